-- One-time invite links. Only a hash of the token is stored: the link itself is
-- shown once to the administrator who made it.
CREATE TABLE invites (
    token_hash TEXT PRIMARY KEY,
    staff_id BIGINT NOT NULL REFERENCES staff(id),
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);

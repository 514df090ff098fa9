-- Consultations belong to an organisation; sessions are live (a room, now) or open
-- (a link between two dates).
ALTER TABLE consultations ADD COLUMN organisation_id BIGINT REFERENCES organisations(id);
ALTER TABLE sessions ADD COLUMN mode TEXT NOT NULL DEFAULT 'open';
ALTER TABLE sessions ADD COLUMN opens_at BIGINT;
ALTER TABLE sessions ADD COLUMN closes_at BIGINT;
CREATE INDEX consultations_organisation ON consultations (organisation_id);
CREATE INDEX sessions_consultation ON sessions (consultation_id);

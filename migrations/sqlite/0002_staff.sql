-- Staff accounts: the only accounts there are. Young people never have one.
CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
);

-- role: 'admin' | 'facilitator' (belongs to one organisation) | 'reviewer' (national, aggregates only).
-- password_hash is an argon2id PHC string; NULL until an invite is accepted.
-- sessions_epoch grows on "sign out everywhere": sessions from an older epoch are refused.
CREATE TABLE staff (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    organisation_id INTEGER REFERENCES organisations(id),
    password_hash TEXT,
    sessions_epoch INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);

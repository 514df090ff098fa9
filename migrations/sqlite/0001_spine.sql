-- Consultations, their questions and options, the sessions young people join,
-- drafts in progress, and stored responses. Authored text is JSON: {"nb": "...", "se": "..."}.
CREATE TABLE consultations (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    intro TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE questions (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations(id),
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    prompt TEXT NOT NULL,
    help TEXT,
    UNIQUE (consultation_id, position)
);

CREATE TABLE options (
    id INTEGER PRIMARY KEY,
    question_id INTEGER NOT NULL REFERENCES questions(id),
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    UNIQUE (question_id, position)
);

CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations(id),
    join_code TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL DEFAULT 'open',
    created_at INTEGER NOT NULL
);

-- Answers given so far, between the first and the last screen. Keyed by the same
-- random token that becomes the submission's idempotency key; deleted when the
-- response is stored, or when it expires.
CREATE TABLE drafts (
    token TEXT PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    answers TEXT NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX drafts_expiry ON drafts (expires_at);

-- One row per submitted response. No IP address, user agent, account or exact time:
-- only the hour it was stored, and the key the phone sent.
CREATE TABLE responses (
    idempotency_key TEXT PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    submitted_hour INTEGER NOT NULL,
    lang TEXT NOT NULL,
    age_band TEXT,
    county TEXT
);
CREATE INDEX responses_session ON responses (session_id);

-- One row per chosen option, scale value, text or idea.
CREATE TABLE answers (
    response_key TEXT NOT NULL REFERENCES responses(idempotency_key),
    seq INTEGER NOT NULL,
    question_id INTEGER NOT NULL REFERENCES questions(id),
    option_id INTEGER REFERENCES options(id),
    scale INTEGER,
    title TEXT,
    body TEXT,
    PRIMARY KEY (response_key, seq)
);
CREATE INDEX answers_question ON answers (question_id);

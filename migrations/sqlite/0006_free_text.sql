-- What the theme engine found in each free text (an answer row with a body), and
-- what the organisation's moderators decided about it. The text in `answers` is
-- redacted before it is stored: the original is never written to the database.

-- status: 'pending' until a facilitator approves or hides it; only approved text
-- is shown on the presenter view or leaves the organisation.
CREATE TABLE text_reviews (
    id INTEGER PRIMARY KEY,
    response_key TEXT NOT NULL,
    seq INTEGER NOT NULL,
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    lang TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending',
    hidden_reason TEXT,
    decided_by INTEGER REFERENCES staff(id),
    decided_at INTEGER,
    -- 0 until the theme engine has labelled it, off the submission's path.
    labelled INTEGER NOT NULL DEFAULT 0,
    UNIQUE (response_key, seq),
    FOREIGN KEY (response_key, seq) REFERENCES answers (response_key, seq)
);
CREATE INDEX text_reviews_queue ON text_reviews (session_id, status);
CREATE INDEX text_reviews_unlabelled ON text_reviews (id) WHERE labelled = 0;

-- Framework labels: dimension is 'goal' | 'arena' | 'factor'; source is 'auto'
-- (the engine) or 'confirmed' (a person set or kept it).
CREATE TABLE text_labels (
    review_id INTEGER NOT NULL REFERENCES text_reviews(id),
    dimension TEXT NOT NULL,
    label TEXT NOT NULL,
    confidence REAL NOT NULL,
    source TEXT NOT NULL,
    PRIMARY KEY (review_id, dimension, label)
);

-- Every correction of labels, kept for good: who, when, the labels before and
-- after (JSON), and the redacted text it was about, which the engine learns from.
CREATE TABLE label_corrections (
    id INTEGER PRIMARY KEY,
    review_id INTEGER NOT NULL REFERENCES text_reviews(id),
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    corrected_at INTEGER NOT NULL,
    text TEXT NOT NULL,
    lang TEXT NOT NULL,
    before_labels TEXT NOT NULL,
    after_labels TEXT NOT NULL
);

-- How many young people in a session were shown the help lines: a count, never
-- linked to a response. The draft remembers it was counted, so once each.
ALTER TABLE sessions ADD COLUMN help_offered INTEGER NOT NULL DEFAULT 0;
ALTER TABLE drafts ADD COLUMN help_offered INTEGER NOT NULL DEFAULT 0;

-- What a consultation is about, in the mission's framework: goal and arena ids
-- (content/framework.json).
CREATE TABLE consultation_tags (
    consultation_id INTEGER NOT NULL REFERENCES consultations(id),
    kind TEXT NOT NULL,
    tag TEXT NOT NULL,
    PRIMARY KEY (consultation_id, kind, tag)
);

-- Themes across all consultations: the theme engine groups every stored free text
-- that is not hidden, as a background job. A run's row is its progress while it
-- works (updated about twice a second, so a run whose heartbeat stops is known to
-- be dead) and its record afterwards.
-- state: 'running' | 'done' | 'failed'; phase: 'loading' | 'vectorising' |
-- 'clustering' | 'naming' | 'saving'.
CREATE TABLE theme_runs (
    id INTEGER PRIMARY KEY,
    started_by INTEGER REFERENCES staff(id),
    started_at INTEGER NOT NULL,
    heartbeat_at INTEGER NOT NULL,
    finished_at INTEGER,
    state TEXT NOT NULL DEFAULT 'running',
    phase TEXT NOT NULL DEFAULT 'loading',
    done INTEGER NOT NULL DEFAULT 0,
    total INTEGER NOT NULL DEFAULT 0,
    texts INTEGER NOT NULL DEFAULT 0
);
-- At most one run works at a time.
CREATE UNIQUE INDEX theme_runs_one_running ON theme_runs (state) WHERE state = 'running';

-- The groups a run found, largest first. terms: JSON [[lang, [word, …]], …];
-- labels: JSON [framework id, …]; representatives: JSON [review id, …], closest to
-- the group's centre first (quotes are taken from these, approved ones only).
CREATE TABLE run_themes (
    run_id INTEGER NOT NULL REFERENCES theme_runs(id),
    theme_no INTEGER NOT NULL,
    size INTEGER NOT NULL,
    terms TEXT NOT NULL,
    labels TEXT NOT NULL,
    representatives TEXT NOT NULL,
    PRIMARY KEY (run_id, theme_no)
);

-- Which group each text fell into; kept for the latest finished run only.
CREATE TABLE theme_members (
    run_id INTEGER NOT NULL,
    review_id INTEGER NOT NULL,
    theme_no INTEGER NOT NULL,
    PRIMARY KEY (run_id, review_id)
);
CREATE INDEX theme_members_theme ON theme_members (run_id, theme_no);

-- text_reviews.labelled: 0 waiting for the engine, 1 the engine's labels, 2 a
-- person's labels (never relabelled). Corrections made so far were a person's.
UPDATE text_reviews SET labelled = 2 WHERE id IN (SELECT review_id FROM label_corrections);

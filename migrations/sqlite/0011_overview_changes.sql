-- Which texts changed in a way the reviewers' overview counts: added, moderated,
-- labelled, their main labels or factors changed. Each server process keeps the
-- overview's facts in memory and reads this log to stay up to date (so several
-- processes against one database all follow it). Old rows are pruned.
CREATE TABLE overview_changes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    review_id INTEGER NOT NULL
);

CREATE TRIGGER overview_text_added AFTER INSERT ON text_reviews
BEGIN
    INSERT INTO overview_changes (review_id) VALUES (NEW.id);
END;

CREATE TRIGGER overview_text_changed
AFTER UPDATE OF status, labelled, main_goal, main_arena, lang ON text_reviews
BEGIN
    INSERT INTO overview_changes (review_id) VALUES (NEW.id);
END;

CREATE TRIGGER overview_factor_added AFTER INSERT ON text_labels
WHEN NEW.dimension = 'factor'
BEGIN
    INSERT INTO overview_changes (review_id) VALUES (NEW.review_id);
END;

CREATE TRIGGER overview_factor_removed AFTER DELETE ON text_labels
WHEN OLD.dimension = 'factor'
BEGIN
    INSERT INTO overview_changes (review_id) VALUES (OLD.review_id);
END;

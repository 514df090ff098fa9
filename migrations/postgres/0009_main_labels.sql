-- Each text's main sub-goal and main arena (the label of each dimension it is most
-- surely about, a person's choice over the engine's), kept beside the review so the
-- reviewers' goal × arena overview counts every text once, in one cell, without
-- ranking labels on every view. NULL: no label of that dimension.
ALTER TABLE text_reviews ADD COLUMN main_goal TEXT;
ALTER TABLE text_reviews ADD COLUMN main_arena TEXT;

UPDATE text_reviews SET
    main_goal = (SELECT l.label FROM text_labels l WHERE l.review_id = text_reviews.id
                 AND l.dimension = 'goal' ORDER BY l.confidence DESC, l.label LIMIT 1),
    main_arena = (SELECT l.label FROM text_labels l WHERE l.review_id = text_reviews.id
                  AND l.dimension = 'arena' ORDER BY l.confidence DESC, l.label LIMIT 1);

-- The overview filters on status and groups by these.
CREATE INDEX text_reviews_overview ON text_reviews (status, main_goal, main_arena);

-- The reviewers' list of approved texts, newest first, a page at a time.
CREATE INDEX text_reviews_status_id ON text_reviews (status, id);
-- Texts by one label (the reviewers' label filter, the overview's factors).
CREATE INDEX text_labels_by_label ON text_labels (dimension, label, review_id);

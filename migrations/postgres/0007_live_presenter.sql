-- What a live session's presenter view is showing: the question the room is on
-- (1-based position), whether phones follow it (paced) or everyone answers at their
-- own pace, and whether results are hidden from the projector. A session starts
-- self-paced, so phones behave as before until the facilitator leads the room.
ALTER TABLE sessions ADD COLUMN live_position BIGINT NOT NULL DEFAULT 1;
ALTER TABLE sessions ADD COLUMN live_paced BIGINT NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN live_results_hidden BIGINT NOT NULL DEFAULT 0;
-- The presenter counts answers still in drafts, per session.
CREATE INDEX drafts_session ON drafts (session_id);

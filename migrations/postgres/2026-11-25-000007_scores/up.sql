-- Reviewers' judgements of written answers: a rubric level (its points,
-- or none for not applicable) and a rationale that will be published.
-- Choice answers are scored from the questionnaire and are not stored.
CREATE TABLE scores (
    target_id TEXT NOT NULL REFERENCES campaign_targets (id) ON DELETE CASCADE,
    question_key TEXT NOT NULL,
    level TEXT NOT NULL,
    points INTEGER,
    rationale TEXT NOT NULL,
    -- The submitted revision that was judged.
    revision INTEGER NOT NULL,
    scored_by TEXT NOT NULL REFERENCES staff_users (id),
    scored_at TIMESTAMP NOT NULL,
    PRIMARY KEY (target_id, question_key)
);

-- Dialogue sessions (issue 4). A conclusion notice assigns opinions to a handling unit: each opinion names the
-- assignment that covers it, so the notice can set the unit and the due date of the petitions they became.
ALTER TABLE opinion ADD COLUMN assignment_id UUID REFERENCES dialogue_assignment (id);
ALTER TABLE dialogue_assignment ADD COLUMN ordinal INT DEFAULT 0 NOT NULL;

-- A readable number per session within its year (ĐT-2026-004), shown in lists, on minutes and in petitions.
ALTER TABLE dialogue_session ADD COLUMN code VARCHAR(40);
ALTER TABLE dialogue_session ADD COLUMN row_version INT DEFAULT 0 NOT NULL;
CREATE UNIQUE INDEX uq_dialogue_session_code ON dialogue_session (code);

-- The session list filters by year and kind and shows the newest first.
DROP INDEX ix_dialogue_session_date;
CREATE INDEX ix_dialogue_session_date_desc ON dialogue_session (session_date DESC, id DESC);
CREATE INDEX ix_opinion_session ON opinion (session_id, ordinal);

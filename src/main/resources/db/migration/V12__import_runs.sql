-- A list import (issue 5) writes its new petitions a thousand at a time, each thousand committed: in one transaction,
-- 100,000 rows spent a third of their time in H2's commit reading back the pages they had written. The import stays
-- all or nothing through this record: it is committed before the first row, every row the import creates (petition,
-- citizen, history event) has an id made for it (time-ordered from first_millis, one millisecond apart, whose last
-- 32 bits are id_tag), and the catalog entries it creates are listed in import_run_created. An import that fails, is
-- cancelled, or whose process dies is undone: its rows are deleted, at once or when the database is next opened,
-- before anyone reads it. Only a run marked DONE keeps its rows. (V10 is unused.)
CREATE TABLE import_run (
    id             UUID          NOT NULL PRIMARY KEY,
    file_name      VARCHAR(260)  NOT NULL,
    officer_id     UUID          REFERENCES officer (id),
    state          VARCHAR(16)   NOT NULL CHECK (state IN ('WRITING', 'DONE', 'UNDONE')),
    first_millis   BIGINT        NOT NULL,
    last_millis    BIGINT        NOT NULL,
    id_tag         INT           NOT NULL,
    first_doc      BIGINT        NOT NULL,
    doc_count      BIGINT        NOT NULL,
    rows_in_file   INT           NOT NULL,
    imported       INT,
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at    TIMESTAMP WITH TIME ZONE
);
COMMENT ON TABLE import_run IS 'List imports: WRITING until the last chunk and the word index are committed (DONE); a run left WRITING is undone at the next opening';

CREATE TABLE import_run_created (
    run_id      UUID         NOT NULL REFERENCES import_run (id),
    table_name  VARCHAR(32)  NOT NULL CHECK (table_name IN ('VILLAGE', 'HANDLING_UNIT')),
    row_id      UUID         NOT NULL,
    PRIMARY KEY (run_id, table_name, row_id)
);

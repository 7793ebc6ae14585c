-- A word index for the petition search, replacing the %...% scan of V4's petition_search (2 s on a million rows).
--
-- Every indexed petition is one search document with a number (doc_no) and its accent-folded words, space-separated
-- with a leading space, so that " word" LIKE-matches the start of any word. A confidential petitioner's identity
-- (every denunciation, and petitions marked confidential) is kept apart in secret_words, searched only for admins.
-- A petition whose text changes is given a new doc_no; index entries of the old number then match no document.
-- The words themselves are made in Java (vn.danvan.desk.petition.search.SearchWords), so this migration cannot fill
-- them: it asks the application to rebuild the index once at start-up (app_setting search.rebuild).
DROP TABLE petition_search;

CREATE SEQUENCE petition_search_doc_seq START WITH 1;

CREATE TABLE petition_search (
    doc_no        BIGINT         NOT NULL PRIMARY KEY,
    petition_id   UUID           NOT NULL,
    words         VARCHAR(12000) NOT NULL,
    secret_words  VARCHAR(1000),
    CONSTRAINT uq_petition_search_petition UNIQUE (petition_id)
);
-- added after the unique constraint so that it uses the same index
ALTER TABLE petition_search ADD CONSTRAINT fk_petition_search_petition FOREIGN KEY (petition_id)
    REFERENCES petition (id);

-- The postings: for each bucket of words (a word's first four characters; a shorter word is its own bucket), the
-- search documents that hold a word of that bucket, in blocks of about 8 KB appended in doc_no order (block_no counts
-- down from 0, so that the newest block of a bucket comes first in the key and is found without sorting). An entry is
-- the doc_no (as the difference from the previous entry of the block; the first entry of a block is absolute) and
-- the rest of the word after the bucket, both as variable-length numbers and UTF-8 bytes. A word typed by the user
-- reads only its own bucket (or, when shorter than four characters, the buckets that begin with it), so a search
-- decodes a few hundred kilobytes instead of scanning a million rows, and a million petitions need some ten thousand
-- rows here instead of twenty million (one per word and petition), which H2 could not insert fast enough.
CREATE TABLE petition_word_block (
    secret    BOOLEAN        NOT NULL,
    bucket    VARCHAR(16)    NOT NULL,
    block_no  INT            NOT NULL,
    entries   INT            NOT NULL,
    last_doc  BIGINT         NOT NULL,
    data      VARBINARY(65536) NOT NULL,
    PRIMARY KEY (secret, bucket, block_no)
);

INSERT INTO app_setting (setting_key, setting_value, updated_at)
    VALUES ('search.rebuild', 'V5', CURRENT_TIMESTAMP);

-- The overdue and due-soon counts (the sidebar badge) read only this index: the due date of a petition whose clock
-- runs and which is not voided, NULL otherwise. Counting through ix_petition_status_due read every matching row to
-- test voided (37,000 row reads for the badge at a million petitions). The statuses are those of
-- PetitionStatus.clockRunning(); a test checks that the two agree. (An index led by voided misled H2's planner, and
-- voided as a later column of the status index made H2 scan the whole index for status IN lists: neither is used.)
ALTER TABLE petition ADD COLUMN running_due DATE GENERATED ALWAYS AS (
    CASE WHEN voided = FALSE AND status IN ('RECEIVED', 'SORTING', 'ACCEPTED', 'IN_PROGRESS', 'EXTENDED')
         THEN due_date END);
CREATE INDEX ix_petition_running_due ON petition (running_due);

-- petition_event's foreign key on petition_id has its own index (it was declared before ix_petition_event), so
-- ix_petition_event only duplicated it on every event insert: a petition's few events are sorted after the lookup.
-- ix_citizen_village duplicated the foreign key's index on citizen.village_id in the same way.
DROP INDEX ix_petition_event;
DROP INDEX ix_citizen_village;

-- The event sequence number is drawn from a sequence that H2 writes to disk, with a commit of the whole store,
-- every time its cache of 32 values runs out: every 32nd status change paid for it, and a bulk load of events
-- rewrote the store every 32 rows. The numbers only order events; a crash may now skip up to 1,000 of them.
ALTER TABLE petition_event ALTER COLUMN seq SET CACHE 1000;

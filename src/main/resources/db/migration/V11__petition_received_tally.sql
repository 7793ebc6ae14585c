-- The dashboard's charts count the petitions received in the last twelve months by month, status, competence, field
-- and village. Read from the petition index (V8) that meant ~100,000 index entries at a million petitions, most of
-- the page's second. This table keeps those counts as the petitions change, one row per combination (about 15,000
-- rows for twelve months of the 1M demo), so the charts read a few thousand rows whatever the register's size.
--
-- The origin office is part of the key: a higher level that merged other offices' hand-over packages (V9) counts
-- its own petitions on its dashboard, not theirs.
--
-- Kept by a row trigger on petition (vn.danvan.desk.dashboard.ReceivedTallyTrigger), in the transaction of the
-- change itself, whatever wrote it: intake, status change, village merge, list import, hand-over package, demo
-- generator. Voided petitions are not counted. A row whose count fell to 0 stays (the readers skip it).
-- (V9 and V10 are other features' migrations.)
CREATE TABLE petition_received_tally (
    received_month     DATE         NOT NULL,
    status             VARCHAR(24)  NOT NULL,
    within_competence  BOOLEAN      NOT NULL,
    field_id           UUID,
    village_id         UUID,
    origin_office_id   UUID,
    petitions          INTEGER      NOT NULL,
    CONSTRAINT uq_petition_received_tally
        UNIQUE NULLS NOT DISTINCT (received_month, status, within_competence, field_id, village_id, origin_office_id)
);
COMMENT ON TABLE petition_received_tally IS 'Petitions not voided, by month received (first day), status, competence, field, village and origin office; kept by a trigger';

INSERT INTO petition_received_tally (received_month, status, within_competence, field_id, village_id,
                                     origin_office_id, petitions)
SELECT DATEADD(DAY, 1 - DAY_OF_MONTH(received_date), received_date), status, COALESCE(competence = 'WITHIN', FALSE),
       field_id, village_id, origin_office_id, COUNT(*)
  FROM petition
 WHERE voided = FALSE
 GROUP BY DATEADD(DAY, 1 - DAY_OF_MONTH(received_date), received_date), status, COALESCE(competence = 'WITHIN', FALSE),
          field_id, village_id, origin_office_id;

-- FORCE: the build creates the schema (for jOOQ's classes) before the trigger's class is compiled.
CREATE FORCE TRIGGER petition_received_tally_kept AFTER INSERT, UPDATE, DELETE ON petition FOR EACH ROW
    CALL 'vn.danvan.desk.dashboard.ReceivedTallyTrigger';

-- The dashboard read, right after the encrypted file was opened, about 130,000 index entries for its cards (open
-- petitions ~46,000 of ix_petition_status_received at a million petitions, resolved this year ~49,000 of
-- ix_petition_resolved, overdue ~34,000 of ix_petition_running_due) and the 15,000 rows of V11's received tally for
-- its charts: each page read is also decrypted, most of the first page's second. These tables keep the same counts
-- as the petitions change, in rows few enough to read in milliseconds:
--   petition_month_tally     not voided, by month received, status, competence, origin office
--                            (the monthly chart by resolution group; open petitions; those carried over)
--   petition_field_tally     not voided, by month received, field, origin office (the chart by field)
--   petition_village_tally   not voided, by month received, village, origin office (the chart by village)
--   petition_due_tally       running petitions (running_due of V5 set), by due date, origin office
--                            (overdue; due within the week)
--   petition_resolved_tally  not voided with a resolution date, by that date, competence, year received, origin office
--                            (resolved this month; the settlement rate's resolved petitions)
-- V11's petition_received_tally, which held month, status, competence, field and village in one key, is replaced.
--
-- They are kept by one row trigger on petition (vn.danvan.desk.dashboard.PetitionTallyTrigger, instead of V11's),
-- in the transaction of each change, whatever wrote it. Their definitions as GROUP BY queries are in
-- vn.danvan.desk.dashboard.PetitionTally, which the crash check and the tests compare with the tables. A row whose
-- count fell to 0 stays (the readers skip it).
--
-- H2 commits each statement of a migration on its own: a program stopped half-way through this one (about a minute
-- on the encrypted million) leaves part of it done and unrecorded, and it runs again at the next start. So it first
-- removes what an earlier, unfinished run of it may have made.
DROP TRIGGER IF EXISTS petition_tallies_kept;
DROP TABLE IF EXISTS petition_month_tally;
DROP TABLE IF EXISTS petition_field_tally;
DROP TABLE IF EXISTS petition_village_tally;
DROP TABLE IF EXISTS petition_due_tally;
DROP TABLE IF EXISTS petition_resolved_tally;

CREATE TABLE petition_month_tally (
    received_month     DATE         NOT NULL,
    status             VARCHAR(24)  NOT NULL,
    within_competence  BOOLEAN      NOT NULL,
    origin_office_id   UUID,
    petitions          INTEGER      NOT NULL,
    CONSTRAINT uq_petition_month_tally
        UNIQUE NULLS NOT DISTINCT (received_month, status, within_competence, origin_office_id)
);
COMMENT ON TABLE petition_month_tally IS 'Petitions not voided, by month received (first day), status, competence and origin office; kept by a trigger';

CREATE TABLE petition_field_tally (
    received_month     DATE         NOT NULL,
    field_id           UUID,
    origin_office_id   UUID,
    petitions          INTEGER      NOT NULL,
    CONSTRAINT uq_petition_field_tally UNIQUE NULLS NOT DISTINCT (received_month, field_id, origin_office_id)
);
COMMENT ON TABLE petition_field_tally IS 'Petitions not voided, by month received (first day), field and origin office; kept by a trigger';

CREATE TABLE petition_village_tally (
    received_month     DATE         NOT NULL,
    village_id         UUID,
    origin_office_id   UUID,
    petitions          INTEGER      NOT NULL,
    CONSTRAINT uq_petition_village_tally UNIQUE NULLS NOT DISTINCT (received_month, village_id, origin_office_id)
);
COMMENT ON TABLE petition_village_tally IS 'Petitions not voided, by month received (first day), village and origin office; kept by a trigger';

CREATE TABLE petition_due_tally (
    running_due        DATE         NOT NULL,
    origin_office_id   UUID,
    petitions          INTEGER      NOT NULL,
    CONSTRAINT uq_petition_due_tally UNIQUE NULLS NOT DISTINCT (running_due, origin_office_id)
);
COMMENT ON TABLE petition_due_tally IS 'Running petitions (running_due set), by due date and origin office; kept by a trigger';

CREATE TABLE petition_resolved_tally (
    resolved_date      DATE         NOT NULL,
    within_competence  BOOLEAN      NOT NULL,
    received_year      INTEGER      NOT NULL,
    origin_office_id   UUID,
    petitions          INTEGER      NOT NULL,
    CONSTRAINT uq_petition_resolved_tally
        UNIQUE NULLS NOT DISTINCT (resolved_date, within_competence, received_year, origin_office_id)
);
COMMENT ON TABLE petition_resolved_tally IS 'Petitions not voided with a resolution date, by that date, competence, year received and origin office; kept by a trigger';

-- one reading of the petitions for the three tallies by month: their common finer count first
DROP TABLE IF EXISTS petition_tally_fill;
CREATE TABLE petition_tally_fill AS
SELECT DATEADD(DAY, 1 - DAY_OF_MONTH(received_date), received_date) received_month, status,
       COALESCE(competence = 'WITHIN', FALSE) within_competence, field_id, village_id, origin_office_id,
       COUNT(*) petitions
  FROM petition
 WHERE voided = FALSE
 GROUP BY DATEADD(DAY, 1 - DAY_OF_MONTH(received_date), received_date), status, COALESCE(competence = 'WITHIN', FALSE),
          field_id, village_id, origin_office_id;

INSERT INTO petition_month_tally (received_month, status, within_competence, origin_office_id, petitions)
SELECT received_month, status, within_competence, origin_office_id, SUM(petitions)
  FROM petition_tally_fill
 GROUP BY received_month, status, within_competence, origin_office_id;

INSERT INTO petition_field_tally (received_month, field_id, origin_office_id, petitions)
SELECT received_month, field_id, origin_office_id, SUM(petitions)
  FROM petition_tally_fill
 GROUP BY received_month, field_id, origin_office_id;

INSERT INTO petition_village_tally (received_month, village_id, origin_office_id, petitions)
SELECT received_month, village_id, origin_office_id, SUM(petitions)
  FROM petition_tally_fill
 GROUP BY received_month, village_id, origin_office_id;

DROP TABLE petition_tally_fill;

INSERT INTO petition_due_tally (running_due, origin_office_id, petitions)
SELECT running_due, origin_office_id, COUNT(*)
  FROM petition
 WHERE running_due IS NOT NULL
 GROUP BY running_due, origin_office_id;

INSERT INTO petition_resolved_tally (resolved_date, within_competence, received_year, origin_office_id, petitions)
SELECT resolved_date, COALESCE(competence = 'WITHIN', FALSE), YEAR(received_date), origin_office_id, COUNT(*)
  FROM petition
 WHERE voided = FALSE AND resolved_date IS NOT NULL
 GROUP BY resolved_date, COALESCE(competence = 'WITHIN', FALSE), YEAR(received_date), origin_office_id;

DROP TRIGGER IF EXISTS petition_received_tally_kept;
DROP TABLE IF EXISTS petition_received_tally;
-- FORCE: the build creates the schema (for jOOQ's classes) before the trigger's class is compiled.
CREATE FORCE TRIGGER petition_tallies_kept AFTER INSERT, UPDATE, DELETE ON petition FOR EACH ROW
    CALL 'vn.danvan.desk.dashboard.PetitionTallyTrigger';

-- The dashboard's cards counted index entries: open petitions (~46,000 entries of ix_petition_status_received at a
-- million petitions), resolved this year (~49,000 of ix_petition_resolved) and overdue (~34,000 of
-- ix_petition_running_due). Right after the encrypted file is opened each of those pages is read and decrypted, most
-- of the first page's second. These three tables keep the same counts as the petitions change, a few thousand rows
-- at most, read in a few milliseconds:
--   petition_status_tally    not voided, by status, competence, year received, origin office
--                            (open petitions; open ones within competence received before this year)
--   petition_due_tally       running petitions (running_due of V5 set), by due date, origin office
--                            (overdue; due within the week)
--   petition_resolved_tally  not voided with a resolution date, by that date, competence, year received, origin office
--                            (resolved this month; the settlement rate's resolved petitions)
--
-- They are kept, with the received tally of V11, by one row trigger on petition
-- (vn.danvan.desk.dashboard.PetitionTallyTrigger, which replaces V11's trigger), in the transaction of each change,
-- whatever wrote it. Their definitions as GROUP BY queries are in vn.danvan.desk.dashboard.PetitionTally, which the
-- crash check and the tests compare with the tables. A row whose count fell to 0 stays (the readers skip it).
-- H2 commits each statement of a migration on its own: a program stopped half-way through this one (50 s on the
-- encrypted million) leaves part of it done and unrecorded, and it runs again at the next start. So it first removes
-- what an earlier, unfinished run of it may have made.
DROP TRIGGER IF EXISTS petition_tallies_kept;
DROP TABLE IF EXISTS petition_status_tally;
DROP TABLE IF EXISTS petition_due_tally;
DROP TABLE IF EXISTS petition_resolved_tally;

CREATE TABLE petition_status_tally (
    status             VARCHAR(24)  NOT NULL,
    within_competence  BOOLEAN      NOT NULL,
    received_year      INTEGER      NOT NULL,
    origin_office_id   UUID,
    petitions          INTEGER      NOT NULL,
    CONSTRAINT uq_petition_status_tally
        UNIQUE NULLS NOT DISTINCT (status, within_competence, received_year, origin_office_id)
);
COMMENT ON TABLE petition_status_tally IS 'Petitions not voided, by status, competence, year received and origin office; kept by a trigger';

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

INSERT INTO petition_status_tally (status, within_competence, received_year, origin_office_id, petitions)
SELECT status, COALESCE(competence = 'WITHIN', FALSE), YEAR(received_date), origin_office_id, COUNT(*)
  FROM petition
 WHERE voided = FALSE
 GROUP BY status, COALESCE(competence = 'WITHIN', FALSE), YEAR(received_date), origin_office_id;

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
-- FORCE: the build creates the schema (for jOOQ's classes) before the trigger's class is compiled.
CREATE FORCE TRIGGER petition_tallies_kept AFTER INSERT, UPDATE, DELETE ON petition FOR EACH ROW
    CALL 'vn.danvan.desk.dashboard.PetitionTallyTrigger';

-- The dashboard (Tổng quan) counts a million petitions in well under a second by reading these two indexes alone,
-- never the petition rows (H2 answers from an index that holds every column a query names).
--
-- Led by the status: the open petitions (status IN the open statuses, not voided) and, one status at a time, the
-- petitions received in the last twelve months by month, competence, field and village (an IN list on the first
-- column made H2 ignore the range on received_date and read the whole index; an equality per status does not).
-- It also serves the list's status filter with a received period.
CREATE INDEX ix_petition_status_received ON petition (status, voided, received_date, competence, field_id, village_id);

-- The petitions settled in a period, by their resolution date: resolved this month, and the settlement rate of the
-- year (resolved within competence; carried over from an earlier year when received before it).
-- V7 made a narrower index of the same name for the period report; this one starts with the same column, so it
-- serves both.
DROP INDEX IF EXISTS ix_petition_resolved;
CREATE INDEX ix_petition_resolved ON petition (resolved_date, voided, competence, received_date);

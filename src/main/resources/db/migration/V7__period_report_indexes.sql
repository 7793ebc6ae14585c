-- Period summary report (issue 5). A period's carried-over petitions are those received before it and still open at
-- its start; among the petitions closed today, those are the ones resolved after the start (resolved_date) or closed
-- by a history event recorded after it (occurred_at). Without these indexes both were full scans of a million rows
-- (the monthly list's carried-over read: 15-19 s on the 1M demo); with them each is a range of the recent rows.
-- The event index also finds the status changes recorded after a past period's end, which take the figures back to
-- what they were on its last day.
CREATE INDEX ix_petition_resolved ON petition (resolved_date);
CREATE INDEX ix_petition_event_occurred ON petition_event (occurred_at);

-- Every foreign key has an index in H2: the key's index is written on every insert and again when the insert is
-- committed, and the parent row is looked up. These four keys point at rows the application never deletes (offices,
-- officers), no query reads through their indexes, and one column is never written at all (handling_officer_id is
-- NULL on every row). Their values are still written as before: the office and officer of the session or of a
-- hand-over package's sender, which exist before anything references them, and the crash check looks for any that
-- point nowhere. (petition_event.officer_id keeps its key: dropping its index read the whole index back from the
-- file, 6.3 s on a register of 100,000 petitions, against 9-44 ms for each of these.)
-- The names are those H2 gave the keys when V1 declared them; DatabaseTest checks which keys remain. IF EXISTS: H2
-- commits each statement on its own, so a run stopped half-way is run again from the start at the next opening.
ALTER TABLE petition DROP CONSTRAINT IF EXISTS CONSTRAINT_4BEF113E_10;  -- petition.created_by -> officer
ALTER TABLE petition DROP CONSTRAINT IF EXISTS CONSTRAINT_4BEF113E_5;   -- petition.handling_officer_id -> officer
ALTER TABLE petition DROP CONSTRAINT IF EXISTS CONSTRAINT_4BEF113E_9;   -- petition.origin_office_id -> office
ALTER TABLE citizen DROP CONSTRAINT IF EXISTS CONSTRAINT_5995;          -- citizen.origin_office_id -> office

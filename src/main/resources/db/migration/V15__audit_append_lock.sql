-- One row that every append to the audit log locks (SELECT ... FOR UPDATE) before it reads the last row's hash, and
-- holds until its transaction ends. Without it, two transactions appending at the same time (a background import
-- finishing while an officer saves a petition) read the same last row and both chain to it: the log is then
-- reported as broken though nobody touched it. The row carries nothing; it is only the lock.
-- IF NOT EXISTS and MERGE: H2 commits each statement on its own, so a run stopped half-way runs again whole.
CREATE TABLE IF NOT EXISTS audit_lock (
    id INT PRIMARY KEY CHECK (id = 1)
);
MERGE INTO audit_lock (id) KEY (id) VALUES (1);

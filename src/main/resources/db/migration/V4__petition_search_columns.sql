-- The identity of a confidential petitioner (every denunciation, and petitions marked confidential) is kept out of
-- search_text, so that searching a name finds nothing for officers who may not see it; it is folded here instead,
-- searched only for admins.
ALTER TABLE petition ADD COLUMN secret_search VARCHAR(1000);

-- The list's default order (newest received first) and the deadline views read these without sorting.
CREATE INDEX ix_petition_received_desc ON petition (received_date DESC, id DESC);

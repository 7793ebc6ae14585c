-- Hand-over packages (issue 6): an office sends its records to the higher level, which keeps them beside its own.
--
-- Catalog rows (villages, fields, handling units) of another office are kept for its petitions and reports, but they
-- are not the receiving office's own lists: origin_office_id names the office they came from (NULL: this office).
ALTER TABLE village ADD COLUMN origin_office_id UUID REFERENCES office (id);
ALTER TABLE petition_field ADD COLUMN origin_office_id UUID REFERENCES office (id);
ALTER TABLE handling_unit ADD COLUMN origin_office_id UUID REFERENCES office (id);

-- Session codes (ĐT-2026-004) are numbered per office: two communes both have an ĐT-2026-004.
DROP INDEX uq_dialogue_session_code;
CREATE UNIQUE INDEX uq_dialogue_session_code ON dialogue_session (origin_office_id, code);

-- The Ed25519 key that signs this office's packages (private part only for the local office), and the public key of
-- every other office whose package was imported, pinned at its first import: a later package of that office signed
-- by another key is refused.
CREATE TABLE office_signing_key (
    office_id    UUID           NOT NULL PRIMARY KEY REFERENCES office (id),
    public_key   VARBINARY(256) NOT NULL,
    private_key  VARBINARY(256),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Every package imported: which office, which period, when it was made and imported, and what it changed.
CREATE TABLE package_import (
    package_id     UUID         NOT NULL PRIMARY KEY,
    office_id      UUID         NOT NULL REFERENCES office (id),
    period_from    DATE         NOT NULL,
    period_to      DATE         NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    imported_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    inserted_rows  INT          NOT NULL,
    updated_rows   INT          NOT NULL,
    unchanged_rows INT          NOT NULL
);

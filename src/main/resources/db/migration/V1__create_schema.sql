-- Sổ Dân Vận: the whole domain schema (../shared/domain.md).
-- Every entity has a UUID primary key so that records of several offices can be merged without collisions.
-- Closed sets (kinds, statuses, channels...) are stored as stable English codes, checked here and mapped to
-- Java enums; their labels live in the resource bundles. All text is stored NFC-normalised by the application;
-- *_search columns hold the accent-folded lower-case form used for Vietnamese search.

-- ---------------------------------------------------------------- the office and its people
CREATE TABLE office (
    id                 UUID         NOT NULL PRIMARY KEY,
    name               VARCHAR(200) NOT NULL,
    level              VARCHAR(16)  NOT NULL CHECK (level IN ('XA', 'PHUONG', 'DAC_KHU')),
    province           VARCHAR(100) NOT NULL,
    commune_code       CHAR(5)      CHECK (commune_code IS NULL OR REGEXP_LIKE(commune_code, '^[0-9]{5}$')),
    higher_level_name  VARCHAR(200) NOT NULL,
    head_name          VARCHAR(120),
    head_title         VARCHAR(120),
    address            VARCHAR(300),
    is_local           BOOLEAN      DEFAULT TRUE NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
COMMENT ON COLUMN office.is_local IS 'TRUE for the office that owns this database; FALSE for offices whose data was merged in';

CREATE TABLE app_setting (
    setting_key   VARCHAR(100)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(4000) NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE officer (
    id             UUID         NOT NULL PRIMARY KEY,
    username       VARCHAR(60)  NOT NULL,
    full_name      VARCHAR(120) NOT NULL,
    title          VARCHAR(120),
    role           VARCHAR(16)  NOT NULL CHECK (role IN ('OFFICER', 'ADMIN')),
    password_hash  VARCHAR(200) NOT NULL,
    active         BOOLEAN      DEFAULT TRUE NOT NULL,
    failed_logins  INT          DEFAULT 0 NOT NULL,
    locked_until   TIMESTAMP WITH TIME ZONE,
    last_login_at  TIMESTAMP WITH TIME ZONE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_officer_username UNIQUE (username)
);

-- ---------------------------------------------------------------- catalogs
CREATE TABLE village (
    id              UUID         NOT NULL PRIMARY KEY,
    name            VARCHAR(120) NOT NULL,
    name_search     VARCHAR(120) NOT NULL,
    kind            VARCHAR(16)  NOT NULL CHECK (kind IN ('THON', 'TO_DAN_PHO', 'AP', 'BAN', 'KHU_PHO', 'OTHER')),
    active          BOOLEAN      DEFAULT TRUE NOT NULL,
    merged_into_id  UUID         REFERENCES village (id),
    sort_order      INT          DEFAULT 0 NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_village_name_search ON village (name_search);

CREATE TABLE petition_field (
    id          UUID         NOT NULL PRIMARY KEY,
    name        VARCHAR(150) NOT NULL,
    name_search VARCHAR(150) NOT NULL,
    sort_order  INT          NOT NULL,
    active      BOOLEAN      DEFAULT TRUE NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_petition_field_order ON petition_field (sort_order);

CREATE TABLE handling_unit (
    id          UUID         NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    name_search VARCHAR(200) NOT NULL,
    kind        VARCHAR(16)  NOT NULL CHECK (kind IN ('COMMUNE', 'OUTSIDE')),
    contact     VARCHAR(200),
    active      BOOLEAN      DEFAULT TRUE NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- ---------------------------------------------------------------- citizens
CREATE TABLE citizen (
    id              UUID         NOT NULL PRIMARY KEY,
    full_name       VARCHAR(120) NOT NULL,
    name_search     VARCHAR(120) NOT NULL,
    id_paper_type   VARCHAR(16)  CHECK (id_paper_type IS NULL OR id_paper_type IN ('CCCD', 'PASSPORT', 'OTHER')),
    id_number       VARCHAR(20),
    id_issue_date   DATE,
    id_issue_place  VARCHAR(200),
    phone           VARCHAR(20),
    village_id      UUID         REFERENCES village (id),
    address         VARCHAR(300),
    ethnicity       VARCHAR(60),
    religion        VARCHAR(60),
    anonymised      BOOLEAN      DEFAULT FALSE NOT NULL,
    origin_office_id UUID        REFERENCES office (id),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_citizen_cccd CHECK (id_paper_type IS NULL OR id_paper_type <> 'CCCD' OR REGEXP_LIKE(id_number, '^[0-9]{12}$'))
);
CREATE INDEX ix_citizen_name_search ON citizen (name_search);
CREATE INDEX ix_citizen_id_number ON citizen (id_number);
CREATE INDEX ix_citizen_village ON citizen (village_id);

-- ---------------------------------------------------------------- dialogue sessions (domain.md 2.5)
CREATE TABLE dialogue_session (
    id                   UUID          NOT NULL PRIMARY KEY,
    kind                 VARCHAR(24)   NOT NULL CHECK (kind IN ('ANNUAL_CONFERENCE', 'LEADER_DIALOGUE',
                                                                 'RECEPTION_PERIODIC', 'RECEPTION_AD_HOC',
                                                                 'VOTER_CONTACT', 'COMPLAINT_DIALOGUE')),
    session_date         DATE          NOT NULL,
    start_time           TIME,
    end_time             TIME,
    place                VARCHAR(300)  NOT NULL,
    participating_bodies VARCHAR(1000),
    citizens_count       INT           DEFAULT 0 NOT NULL CHECK (citizens_count >= 0),
    officials_count      INT           DEFAULT 0 NOT NULL CHECK (officials_count >= 0),
    topics               VARCHAR(4000),
    conclusions          VARCHAR(8000),
    points_agreed        VARCHAR(8000),
    points_disputed      VARCHAR(8000),
    absent_people        VARCHAR(2000),
    note_taker           VARCHAR(120),
    voided               BOOLEAN       DEFAULT FALSE NOT NULL,
    void_reason          VARCHAR(1000),
    origin_office_id     UUID          REFERENCES office (id),
    created_by           UUID          REFERENCES officer (id),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_session_times CHECK (start_time IS NULL OR end_time IS NULL OR end_time >= start_time)
);
CREATE INDEX ix_dialogue_session_date ON dialogue_session (session_date);

CREATE TABLE dialogue_chair (
    id          UUID         NOT NULL PRIMARY KEY,
    session_id  UUID         NOT NULL REFERENCES dialogue_session (id),
    ordinal     INT          NOT NULL,
    name        VARCHAR(120) NOT NULL,
    title       VARCHAR(120),
    CONSTRAINT uq_dialogue_chair UNIQUE (session_id, ordinal)
);

CREATE TABLE dialogue_session_village (
    session_id  UUID NOT NULL REFERENCES dialogue_session (id),
    village_id  UUID NOT NULL REFERENCES village (id),
    PRIMARY KEY (session_id, village_id)
);

CREATE TABLE dialogue_assignment (
    id                UUID          NOT NULL PRIMARY KEY,
    session_id        UUID          NOT NULL REFERENCES dialogue_session (id),
    handling_unit_id  UUID          REFERENCES handling_unit (id),
    content           VARCHAR(4000) NOT NULL,
    due_date          DATE,
    notice_doc_no     VARCHAR(60)
);

-- ---------------------------------------------------------------- petitions (domain.md 2.2 - 2.4)
CREATE TABLE petition (
    id                   UUID          NOT NULL PRIMARY KEY,
    code                 VARCHAR(40)   NOT NULL,
    received_date        DATE          NOT NULL,
    channel              VARCHAR(24)   NOT NULL CHECK (channel IN ('DIALOGUE', 'RECEPTION', 'POST', 'LEADER_ASSIGNED',
                                                                   'TRANSFERRED_IN', 'PRESS', 'ONLINE', 'OTHER')),
    kind                 VARCHAR(24)   NOT NULL CHECK (kind IN ('COMPLAINT', 'DENUNCIATION', 'RECOMMENDATION',
                                                                'FEEDBACK', 'POLICY_QUESTION')),
    complaint_round      INT           CHECK (complaint_round IS NULL OR complaint_round IN (1, 2)),
    field_id             UUID          REFERENCES petition_field (id),
    summary              VARCHAR(8000) NOT NULL,
    people_count         INT           DEFAULT 1 NOT NULL CHECK (people_count >= 1),
    is_group             BOOLEAN       DEFAULT FALSE NOT NULL,
    anonymous            BOOLEAN       DEFAULT FALSE NOT NULL,
    confidential         BOOLEAN       DEFAULT FALSE NOT NULL,
    petitioner_id        UUID          REFERENCES citizen (id),
    village_id           UUID          REFERENCES village (id),
    address              VARCHAR(300),
    submission_count     INT           DEFAULT 1 NOT NULL CHECK (submission_count >= 1),
    competence           VARCHAR(16)   CHECK (competence IS NULL OR competence IN ('WITHIN', 'OUTSIDE')),
    handling_direction   VARCHAR(16)   CHECK (handling_direction IS NULL OR handling_direction IN
                                             ('ACCEPT', 'GUIDE', 'TRANSFER', 'RETURN', 'FILE', 'ANSWER_NOW')),
    transfer_agency      VARCHAR(200),
    transfer_doc_no      VARCHAR(60),
    handling_unit_id     UUID          REFERENCES handling_unit (id),
    handling_officer_id  UUID          REFERENCES officer (id),
    status               VARCHAR(24)   NOT NULL CHECK (status IN ('RECEIVED', 'SORTING', 'GUIDED', 'TRANSFERRED',
                                                                  'FILED', 'ACCEPTED', 'IN_PROGRESS', 'EXTENDED',
                                                                  'SUSPENDED', 'RESOLVED', 'COMMUNICATED',
                                                                  'WITHDRAWN', 'TERMINATED')),
    status_reason        VARCHAR(1000),
    accepted_date        DATE,
    due_date             DATE,
    suspended_date       DATE,
    resumed_date         DATE,
    resolved_date        DATE,
    result_text          VARCHAR(8000),
    settlement_doc_no    VARCHAR(60),
    communicated_date    DATE,
    satisfaction         VARCHAR(16)   CHECK (satisfaction IS NULL OR satisfaction IN ('SATISFIED', 'NOT_SATISFIED')),
    flag_complex         BOOLEAN       DEFAULT FALSE NOT NULL,
    flag_hot_spot        BOOLEAN       DEFAULT FALSE NOT NULL,
    flag_remote          BOOLEAN       DEFAULT FALSE NOT NULL,
    dialogue_session_id  UUID          REFERENCES dialogue_session (id),
    note                 VARCHAR(2000),
    search_text          VARCHAR(12000) NOT NULL,
    voided               BOOLEAN       DEFAULT FALSE NOT NULL,
    void_reason          VARCHAR(1000),
    origin_office_id     UUID          REFERENCES office (id),
    created_by           UUID          REFERENCES officer (id),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version          INT           DEFAULT 0 NOT NULL,
    CONSTRAINT uq_petition_code UNIQUE (origin_office_id, code),
    CONSTRAINT ck_petition_due CHECK (due_date IS NULL OR due_date >= received_date),
    CONSTRAINT ck_petition_resolved CHECK (resolved_date IS NULL OR resolved_date >= received_date)
);
CREATE INDEX ix_petition_received ON petition (received_date);
CREATE INDEX ix_petition_status_due ON petition (status, due_date);
CREATE INDEX ix_petition_due ON petition (due_date);
CREATE INDEX ix_petition_field ON petition (field_id);
CREATE INDEX ix_petition_village ON petition (village_id);
CREATE INDEX ix_petition_unit ON petition (handling_unit_id);
CREATE INDEX ix_petition_petitioner ON petition (petitioner_id);
CREATE INDEX ix_petition_session ON petition (dialogue_session_id);

-- group petitions: 1 to 5 named representatives
CREATE TABLE petition_representative (
    petition_id  UUID NOT NULL REFERENCES petition (id),
    ordinal      INT  NOT NULL CHECK (ordinal BETWEEN 1 AND 5),
    citizen_id   UUID NOT NULL REFERENCES citizen (id),
    PRIMARY KEY (petition_id, ordinal)
);

CREATE TABLE petition_extension (
    id             UUID        NOT NULL PRIMARY KEY,
    petition_id    UUID        NOT NULL REFERENCES petition (id),
    extended_on    DATE        NOT NULL,
    doc_no         VARCHAR(60) NOT NULL,
    previous_due   DATE,
    new_due_date   DATE        NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_petition_extension ON petition_extension (petition_id);

-- full history of every change of a petition
CREATE TABLE petition_event (
    id           UUID          NOT NULL PRIMARY KEY,
    petition_id  UUID          NOT NULL REFERENCES petition (id),
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    officer_id   UUID          REFERENCES officer (id),
    event_type   VARCHAR(24)   NOT NULL,
    from_status  VARCHAR(24),
    to_status    VARCHAR(24),
    note         VARCHAR(4000),
    details      VARCHAR(8000)
);
CREATE INDEX ix_petition_event ON petition_event (petition_id, occurred_at);

-- links between petitions: repeats of the same matter, parts of one split letter (kept both ways)
CREATE TABLE petition_link (
    petition_id         UUID        NOT NULL REFERENCES petition (id),
    linked_petition_id  UUID        NOT NULL REFERENCES petition (id),
    link_type           VARCHAR(16) NOT NULL CHECK (link_type IN ('REPEAT_OF', 'REPEATED_BY', 'SPLIT_SIBLING')),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (petition_id, linked_petition_id),
    CONSTRAINT ck_petition_link_self CHECK (petition_id <> linked_petition_id)
);

-- readable petition codes: prefix per kind, year, sequence (KN-2026-00042)
CREATE TABLE petition_code_sequence (
    prefix      VARCHAR(8) NOT NULL,
    code_year   INT        NOT NULL,
    last_value  INT        NOT NULL,
    PRIMARY KEY (prefix, code_year)
);

CREATE TABLE opinion (
    id                  UUID          NOT NULL PRIMARY KEY,
    session_id          UUID          NOT NULL REFERENCES dialogue_session (id),
    ordinal             INT           NOT NULL,
    speaker_citizen_id  UUID          REFERENCES citizen (id),
    speaker_name        VARCHAR(120),
    village_id          UUID          REFERENCES village (id),
    field_id            UUID          REFERENCES petition_field (id),
    content             VARCHAR(8000) NOT NULL,
    outcome             VARCHAR(16)   NOT NULL CHECK (outcome IN ('ANSWERED', 'FOLLOW_UP')),
    answered_by         VARCHAR(120),
    answer              VARCHAR(8000),
    petition_id         UUID          REFERENCES petition (id),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_opinion_ordinal UNIQUE (session_id, ordinal)
);
CREATE INDEX ix_opinion_petition ON opinion (petition_id);

-- ---------------------------------------------------------------- deadlines and the working calendar (2.4)
CREATE TABLE deadline_rule (
    id           UUID          NOT NULL PRIMARY KEY,
    petition_kind VARCHAR(24)  NOT NULL,
    step         VARCHAR(24)   NOT NULL,
    variant      VARCHAR(16)   DEFAULT 'NORMAL' NOT NULL CHECK (variant IN ('NORMAL', 'COMPLEX', 'REMOTE', 'REMOTE_COMPLEX')),
    limit_days   INT           NOT NULL CHECK (limit_days > 0),
    day_type     VARCHAR(16)   NOT NULL CHECK (day_type IN ('WORKING', 'CALENDAR')),
    legal_basis  VARCHAR(500)  NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_deadline_rule UNIQUE (petition_kind, step, variant)
);

-- office overrides of the computed calendar: extra days off, or computed holidays that are worked
CREATE TABLE calendar_day (
    calendar_date DATE       NOT NULL PRIMARY KEY,
    day_off     BOOLEAN      NOT NULL,
    name        VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- ---------------------------------------------------------------- Skilled Mass Mobilization models (2.6)
CREATE TABLE mobilization_model (
    id                 UUID          NOT NULL PRIMARY KEY,
    name               VARCHAR(300)  NOT NULL,
    area               VARCHAR(24)   NOT NULL CHECK (area IN ('ECONOMY', 'CULTURE_SOCIETY', 'DEFENCE_SECURITY', 'POLITICAL_SYSTEM')),
    collective         BOOLEAN       NOT NULL,
    owner_name         VARCHAR(200)  NOT NULL,
    village_id         UUID          REFERENCES village (id),
    registered_date    DATE          NOT NULL,
    objectives         VARCHAR(4000),
    activities         VARCHAR(4000),
    results            VARCHAR(4000),
    evaluation         VARCHAR(4000),
    recognised_date    DATE,
    recognition_level  VARCHAR(100),
    exemplary          BOOLEAN       DEFAULT FALSE NOT NULL,
    commendation       VARCHAR(1000),
    replication        VARCHAR(2000),
    origin_office_id   UUID          REFERENCES office (id),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

-- ---------------------------------------------------------------- attachments and audit
CREATE TABLE attachment (
    id            UUID          NOT NULL PRIMARY KEY,
    owner_type    VARCHAR(24)   NOT NULL CHECK (owner_type IN ('PETITION', 'DIALOGUE_SESSION', 'MOBILIZATION_MODEL')),
    owner_id      UUID          NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    media_type    VARCHAR(100),
    size_bytes    BIGINT        NOT NULL CHECK (size_bytes >= 0),
    sha256        CHAR(64)      NOT NULL,
    storage_key   VARCHAR(100)  NOT NULL,
    description   VARCHAR(500),
    created_by    UUID          REFERENCES officer (id),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_attachment_owner ON attachment (owner_type, owner_id);

CREATE TABLE audit_log (
    seq          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    id           UUID          NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    officer_id   UUID          REFERENCES officer (id),
    username     VARCHAR(60),
    action       VARCHAR(32)   NOT NULL,
    entity_type  VARCHAR(32),
    entity_id    UUID,
    details      VARCHAR(8000),
    prev_hash    CHAR(64),
    row_hash     CHAR(64)      NOT NULL,
    CONSTRAINT uq_audit_id UNIQUE (id)
);
CREATE INDEX ix_audit_time ON audit_log (occurred_at);

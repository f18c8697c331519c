-- Read models of incident-service, kept in the same transaction as the events (subscribing processor
-- "incident-index"). They hold no personal data in plain text except the school's pseudonymous pupil references
-- (incident_person_reference), whose rows are deleted on erasure; everything else is ids, enums and dates.
create table incident_summary (
    incident_id        uuid         primary key,
    board_id           varchar(5)   not null,
    school_id          varchar(6)   not null,
    occurred_at        timestamptz  not null,
    recorded_at        timestamptz  not null,
    location           varchar(32)  not null,
    category           varchar(32)  not null,
    severity           varchar(16)  not null,
    status             varchar(16)  not null,
    confidential       boolean      not null,
    reported_by        varchar(255) not null,
    handler            varchar(255),
    closed_at          timestamptz,
    report_deadline    timestamptz,
    report_recorded_at timestamptz,
    report_overdue_at  timestamptz,
    meldcode           boolean      not null default false,
    data_expired_at    timestamptz
);
create index incident_summary_school on incident_summary (school_id, recorded_at desc);
create index incident_summary_closed on incident_summary (board_id, closed_at) where data_expired_at is null;
create index incident_summary_deadline on incident_summary (report_deadline)
    where report_deadline is not null and report_recorded_at is null;

create table incident_person (
    incident_id uuid        not null,
    person_id   uuid        not null,
    school_id   varchar(6)  not null,
    kind        varchar(16) not null,
    role        varchar(16) not null,
    erased      boolean     not null default false,
    primary key (incident_id, person_id)
);
create index incident_person_person on incident_person (person_id);

-- The school's pseudonymous reference of a person (a pupil number, a staff user id) -> one person id per school.
create table incident_person_reference (
    school_id varchar(6)  not null,
    kind      varchar(16) not null,
    reference varchar(64) not null,
    person_id uuid        not null unique,
    primary key (school_id, kind, reference)
);

create table incident_legal_hold (
    hold_id     uuid        primary key,
    board_id    varchar(5)  not null,
    school_id   varchar(6)  not null,
    incident_id uuid,
    person_id   uuid,
    placed_by   varchar(255) not null,
    placed_at   timestamptz not null,
    lifted_at   timestamptz
);
create index incident_legal_hold_incident on incident_legal_hold (incident_id) where lifted_at is null;
create index incident_legal_hold_person on incident_legal_hold (person_id) where lifted_at is null;

create table incident_retention_policy (
    board_id varchar(5) primary key,
    months   int        not null
);

create table incident_erasure_receipt (
    receipt_id uuid         primary key,
    board_id   varchar(5)   not null,
    school_id  varchar(6)   not null,
    person_id  uuid         not null,
    subjects   text         not null,
    incidents  text         not null,
    erased_by  varchar(255) not null,
    erased_at  timestamptz  not null
);

create table incident_transfer (
    transfer_id     uuid         primary key,
    board_id        varchar(5)   not null,
    from_school     varchar(6)   not null,
    to_school       varchar(6)   not null,
    person_id       uuid         not null,
    incidents       int          not null,
    transferred_by  varchar(255) not null,
    transferred_at  timestamptz  not null,
    acknowledged_by varchar(255),
    acknowledged_at timestamptz
);
create index incident_transfer_to on incident_transfer (to_school, transferred_at desc);

-- Read models of training-service, written by the subscribing processor 'training-read-model' in the transaction
-- that stores the events. The event store stays the record of truth; these tables can be rebuilt from it.

create table training_course (
    course_id       uuid         primary key,
    board_id        varchar(5),                  -- null: the provider catalogue, visible to every board
    kind            varchar(30)  not null,
    title           varchar(200) not null,
    description     text         not null,
    provider        varchar(200) not null,
    target_roles    varchar(200) not null,       -- comma-separated role claims
    lerarenregister boolean      not null,
    hours           numeric(7,2) not null,
    published_at    timestamptz  not null
);
create index training_course_board on training_course (board_id);

create table training_session (
    session_id          uuid         primary key,
    course_id           uuid         not null references training_course (course_id),
    board_id            varchar(5),
    session_date        date         not null,
    start_time          time         not null,
    end_time            time         not null,
    online              boolean      not null,
    city                varchar(100),
    venue               varchar(200),
    capacity            integer      not null,
    enrolment_deadline  timestamptz  not null,
    cancelled           boolean      not null default false,
    cancel_reason       varchar(500)
);
create index training_session_course on training_session (course_id);

-- One row per person per session. 'seq' is the order of the events (the aggregate's sequence number), so the
-- waiting list reads in the order the aggregate decided it.
create table training_enrolment (
    session_id      uuid         not null references training_session (session_id),
    participant     varchar(255) not null,
    board_id        varchar(5)   not null,
    school_id       varchar(6)   not null,
    role            varchar(30)  not null,
    name_subject    varchar(200) not null,
    name_sealed     text         not null,
    status          varchar(10)  not null,       -- ENROLLED, WAITING, CANCELLED
    seq             bigint       not null,
    enrolled_by     varchar(255) not null,
    attended        boolean,
    primary key (session_id, participant)
);
create index training_enrolment_school on training_enrolment (school_id);
create index training_enrolment_participant on training_enrolment (participant);

create table training_certificate (
    certificate_id  uuid         primary key,
    session_id      uuid         not null,
    course_id       uuid         not null,
    participant     varchar(255) not null,
    board_id        varchar(5)   not null,
    school_id       varchar(6)   not null,
    name_subject    varchar(200) not null,
    name_sealed     text         not null,
    course_title    varchar(200) not null,
    provider        varchar(200) not null,
    session_date    date         not null,
    hours           numeric(7,2) not null,
    issued_at       timestamptz  not null
);
create index training_certificate_participant on training_certificate (participant);

create table training_requirement (
    board_id        varchar(5)   not null,
    role            varchar(30)  not null,
    kind            varchar(30)  not null,
    within_years    integer      not null,
    accredited_only boolean      not null,
    primary key (board_id, role, kind)
);

-- Who is staff of which school, as their own token said when they last used training (ADR 0040). The name is
-- sealed under the person's key, so erasing the person erases it here too.
create table training_member (
    user_id         varchar(255) not null,
    board_id        varchar(5)   not null,
    school_id       varchar(6)   not null,
    roles           varchar(200) not null,
    name_subject    varchar(200),
    name_sealed     text,
    seen_at         timestamptz  not null,
    primary key (user_id, school_id)
);
create index training_member_school on training_member (school_id);

-- The latest coverage published per school (TrainingCoverageChanged), as the API shows it.
create table training_coverage (
    school_id    varchar(6)  primary key,
    board_id     varchar(5)  not null,
    body         text        not null,           -- the event's roles as JSON
    computed_at  timestamptz not null
);

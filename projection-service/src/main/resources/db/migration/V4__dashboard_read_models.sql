-- Read models of the school and board dashboards, one table per kind of fact, every row carrying its board so a
-- query is always scoped. Derived facts (overdue, traffic lights, alerts) are computed at read time against a clock,
-- never stored: a rebuild then reproduces these tables exactly (ADR 0009), and "as of" uses the same queries.

create table incident_state (
    incident_id             uuid         primary key,
    board_id                varchar(5)   not null,
    school_id               varchar(6)   not null,
    category                varchar(40)  not null,
    severity                varchar(20)  not null,
    occurred_at             timestamptz  not null,
    recorded_at             timestamptz  not null,
    open                    boolean      not null,
    closed_at               timestamptz,
    report_deadline         timestamptz,
    reported_to_inspector   timestamptz
);
create index incident_state_school on incident_state (board_id, school_id, occurred_at);

create table plan_topic (
    plan_id     uuid         not null,
    board_id    varchar(5)   not null,
    school_id   varchar(6)   not null,
    school_year varchar(9)   not null,
    block       varchar(20)  not null,
    topic_id    varchar(200) not null,
    status      varchar(20)  not null,
    primary key (plan_id, block, topic_id)
);
create index plan_topic_school on plan_topic (board_id, school_id, school_year);

create table plan_action_point (
    action_point_id uuid         primary key,
    plan_id         uuid         not null,
    board_id        varchar(5)   not null,
    school_id       varchar(6)   not null,
    school_year     varchar(9)   not null,
    title           text         not null,
    block           varchar(20),
    due_date        date,
    status          varchar(20)  not null,
    priority        varchar(20)
);
create index plan_action_point_school on plan_action_point (board_id, school_id, school_year);

-- The latest evaluation of the duties per plan (a DutiesEvaluated replaces the plan's rows).
create table plan_duty (
    plan_id     uuid         not null,
    board_id    varchar(5)   not null,
    school_id   varchar(6)   not null,
    school_year varchar(9)   not null,
    position    integer      not null,
    code        varchar(200) not null,
    kind        varchar(20)  not null,
    state       varchar(20)  not null,
    title       text,
    reason      text,
    rule_set_id varchar(200),
    primary key (plan_id, code)
);
create index plan_duty_school on plan_duty (board_id, school_id, school_year);

create table monitor_round (
    round_id     uuid        primary key,
    board_id     varchar(5)  not null,
    school_id    varchar(6)  not null,
    school_year  varchar(9)  not null,
    opens_at     timestamptz,
    closes_at    timestamptz,
    closed_at    timestamptz,
    respondents  integer,
    delivered_at timestamptz
);
create index monitor_round_school on monitor_round (board_id, school_id, school_year);

-- School-level results per scale of a closed round; a suppressed scale has no numbers.
create table monitor_scale (
    round_id         uuid             not null,
    board_id         varchar(5)       not null,
    school_id        varchar(6)       not null,
    scale            varchar(40)      not null,
    n                integer,
    mean             double precision,
    percent_positive double precision,
    suppressed       boolean          not null,
    primary key (round_id, scale)
);

create table monitor_reminder (
    board_id    varchar(5) not null,
    school_id   varchar(6) not null,
    school_year varchar(9) not null,
    deadline    date       not null,
    primary key (school_id, school_year)
);

-- The latest training coverage per school and role (TrainingCoverageChanged is whole, not a delta).
create table training_coverage (
    board_id       varchar(5)  not null,
    school_id      varchar(6)  not null,
    role           varchar(40) not null,
    trained_people integer     not null,
    kinds          text        not null,
    hours          numeric     not null,
    gaps           text        not null,
    window_years   integer     not null,
    primary key (school_id, role)
);

-- Keys of personal data that were deleted (erasure or retention): the audit trail shows their data as erased.
create table erased_subject (
    subject    varchar(300) primary key,
    board_id   varchar(5)   not null,
    erased_at  timestamptz  not null,
    receipt_id uuid
);

-- incident_state has every count the first slice's table held (and more): one read model per fact, not two.
drop table school_incident_count;

-- One plan per school per school year: the unique key is the set-based rule the aggregate cannot check itself.
-- Written in the same transaction as the plan's first event.
create table plan_index (
    plan_id     uuid primary key,
    board_id    varchar(5)  not null,
    school_id   varchar(6)  not null,
    school_year varchar(9)  not null,
    started_at  timestamptz not null default now(),
    unique (school_id, school_year)
);
create index plan_index_board on plan_index (board_id, school_year);

-- Board presets by board, for listing; the content is in the preset's events.
create table plan_preset (
    preset_id  uuid primary key,
    board_id   varchar(5)   not null,
    title      varchar(200) not null,
    version    int          not null
);
create index plan_preset_board on plan_preset (board_id);

-- Which switchable rule sets (a coming law) a platform admin switched on, and who did, when.
create table plan_rule_set_switch (
    rule_set_id varchar(100) primary key,
    active      boolean      not null,
    switched_by varchar(255) not null,
    switched_at timestamptz  not null
);

-- What the survey context told about monitor rounds: the monitoring duty is met by a round of the school year
-- that was closed and delivered to the Inspectie.
create table plan_monitoring_round (
    round_id     uuid primary key,
    board_id     varchar(5)  not null,
    school_id    varchar(6)  not null,
    school_year  varchar(9)  not null,
    closed_at    timestamptz,
    delivered_at timestamptz
);
create index plan_monitoring_round_school on plan_monitoring_round (school_id, school_year);

-- Read model: incidents per school and category. Carries board_id so every query can be scoped to a board.
create table school_incident_count (
    board_id  varchar(5)  not null,
    school_id varchar(6)  not null,
    category  varchar(40) not null,
    incidents bigint      not null,
    primary key (school_id, category)
);
create index school_incident_count_board on school_incident_count (board_id);

-- Events that could not be applied, with the reason: visible to operators, never silently skipped.
create table projection_dead_letter (
    topic           varchar(200) not null,
    kafka_partition integer      not null,
    kafka_offset    bigint       not null,
    record_key      varchar(200),
    record_value    text,
    reason          text         not null,
    parked_at       timestamptz  not null default now(),
    primary key (topic, kafka_partition, kafka_offset)
);

-- Which board each school belongs to, learned from koers.tenant.events (SchoolOnboarded).
create table platform_school (
    school_id   varchar(6)   primary key,
    board_id    varchar(5)   not null,
    name        varchar(200) not null,
    pupil_count integer      not null
);
create index platform_school_board on platform_school (board_id);

-- Event ids a consumer has applied, committed in the same transaction as the change they caused.
create table platform_processed_event (
    consumer     varchar(100) not null,
    event_id     varchar(64)  not null,
    processed_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);

-- Rebuilds of the read models: progress while one runs, and afterwards the comparison with the live tables it replaced.
create table projection_rebuild (
    id             uuid         primary key,
    requested_by   varchar(255) not null,
    status         varchar(20)  not null,
    started_at     timestamptz  not null,
    finished_at    timestamptz,
    total_events   bigint       not null,
    applied_events bigint       not null,
    equal_to_live  boolean,
    differences    jsonb,
    failure        text
);
-- At most one rebuild runs at a time.
create unique index projection_rebuild_one_running on projection_rebuild ((true)) where status = 'RUNNING';

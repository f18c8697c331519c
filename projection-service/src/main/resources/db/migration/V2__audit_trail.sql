-- The audit trail: every event of a board once, in arrival order, each entry chained to the previous one of the
-- same board by SHA-256 over (previous hash, own content). Changing or deleting any entry breaks the chain from there.
create table audit_entry (
    board_id    varchar(5)   not null,
    seq         bigint       not null,
    event_id    varchar(64)  not null unique,
    event_type  varchar(200) not null,
    record_id   varchar(200) not null,
    school_id   varchar(6),
    actor       varchar(255),
    occurred_at timestamptz  not null,
    payload     text         not null,
    prev_hash   varchar(64)  not null,
    hash        varchar(64)  not null,
    primary key (board_id, seq)
);
create index audit_entry_school on audit_entry (board_id, school_id, occurred_at);
create index audit_entry_record on audit_entry (board_id, record_id, seq);
create index audit_entry_actor on audit_entry (board_id, actor, occurred_at);

-- The head of each board's chain; locked while an entry is appended so the chain stays linear.
create table audit_chain_head (
    board_id  varchar(5)  primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null
);

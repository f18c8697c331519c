-- One encryption key per data subject (crypto-shredding). Erasure deletes the key and keeps the row as proof.
create table platform_subject_key (
    subject    varchar(200) primary key,
    key_bytes  bytea,
    created_at timestamptz not null default now(),
    erased_at  timestamptz,
    check ((key_bytes is null) = (erased_at is not null))
);

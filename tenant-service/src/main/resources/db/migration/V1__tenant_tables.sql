-- Read models of tenant-service, written by a subscribing processor in the same transaction as the events
-- (immediately consistent with the event store), plus the invitation tokens (secrets never enter an event).

-- The schools onboarded here, with their current details: validation of an upload reads this.
create table tenant_school (
    school_id    varchar(6)   primary key,
    board_id     varchar(5)   not null,
    name         varchar(200) not null,
    sector       varchar(3)   not null,
    municipality varchar(100) not null,
    pupil_count  integer      not null
);
create index tenant_school_board on tenant_school (board_id);

-- Imports: what was asked (rows), whether it completed, and which rows failed while it ran.
create table tenant_import (
    import_id    uuid         primary key,
    board_id     varchar(5)   not null,
    started_by   varchar(255) not null,
    total        integer      not null,
    skipped      integer      not null,
    status       varchar(20)  not null,
    started_at   timestamptz  not null default now(),
    completed_at timestamptz
);
create index tenant_import_running on tenant_import (status) where status = 'RUNNING';

create table tenant_import_row (
    import_id    uuid         not null references tenant_import (import_id),
    line         integer      not null,
    school_id    varchar(6)   not null,
    name         varchar(200) not null,
    sector       varchar(3)   not null,
    municipality varchar(100) not null,
    pupil_count  integer      not null,
    primary key (import_id, line)
);

create table tenant_import_error (
    import_id uuid          not null references tenant_import (import_id),
    line      integer       not null,
    field     varchar(50)   not null,
    reason    varchar(500)  not null
);

-- Accounts: the board they belong to, a hash of the user name (unique in Koers, no plain personal data here) and,
-- once provisioned, the Keycloak user id.
create table tenant_account (
    account_id    uuid         primary key,
    board_id      varchar(5)   not null,
    username_hash varchar(64)  not null unique,
    keycloak_id   varchar(64)  unique,
    provisioning  varchar(500) not null default 'PENDING'
);

-- Invitation links: only the SHA-256 of the token is kept; single use, expiring.
create table tenant_invitation (
    token_hash varchar(64) primary key,
    account_id uuid        not null references tenant_account (account_id),
    expires_at timestamptz not null,
    used_at    timestamptz
);

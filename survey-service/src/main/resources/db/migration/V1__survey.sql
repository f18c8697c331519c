-- Instruments: a published version is immutable (no code updates it, and the database refuses it too).
create table survey_instrument (
    instrument_id text not null,
    version int not null,
    title text not null,
    definition jsonb not null,
    published_at timestamptz not null,
    primary key (instrument_id, version)
);

create function survey_instrument_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'a published instrument version is immutable; publish a new version';
end $$;

create trigger survey_instrument_immutable before update or delete on survey_instrument
    for each row execute function survey_instrument_immutable();

-- Rounds as the answer path and the API read them (kept in step with the Round events in the same transaction).
create table survey_round (
    round_id uuid primary key,
    board_id text not null,
    school_id text not null,
    school_year text not null,
    instrument_id text not null,
    instrument_version int not null,
    audience text not null,
    opens_at timestamptz not null,
    closes_at timestamptz not null,
    status text not null,
    closed_at timestamptz,
    early boolean,
    consent_at timestamptz,
    consent_by text,
    delivered_at timestamptz,
    delivered_by text,
    summary_sha256 text
);
create index survey_round_school on survey_round (school_id, opens_at);
create index survey_round_board on survey_round (board_id, school_year);
create index survey_round_open on survey_round (closes_at) where status = 'OPEN';

create table survey_code_batch (
    batch_id uuid primary key,
    round_id uuid not null references survey_round,
    class_label text not null,
    year_group int not null,
    issued int not null
);
create index survey_code_batch_round on survey_code_batch (round_id);

-- Access codes are stored as SHA-256 of the code only. "used" has no time on purpose: a timestamp could be matched
-- with the moment a response was stored and link a pupil's code to their answers.
create table survey_access_code (
    code_hash bytea primary key,
    round_id uuid not null references survey_round,
    class_label text not null,
    year_group int not null,
    used boolean not null default false
);

-- One row per anonymous response (append-only: no row is a hot spot). No code, no time, no address.
create table survey_response (
    response_id uuid primary key,
    round_id uuid not null,
    class_label text not null,
    year_group int not null,
    answers jsonb not null,   -- question id -> option value (closed questions only; open text stays sealed in the event)
    scales jsonb not null     -- scale -> the respondent's scale score 1..5, favourable high
);
create index survey_response_round on survey_response (round_id, class_label);

-- The school result per scale of each closed round (from MonitorResultsPublished): board averages and trends.
create table survey_round_result (
    round_id uuid not null,
    scale text not null,
    n int,
    mean double precision,
    percent_positive double precision,
    suppressed boolean not null,
    primary key (round_id, scale)
);

create table survey_setting (
    name text primary key,
    value text not null,
    changed_at timestamptz not null,
    changed_by text not null
);

-- Reminders sent (one per school and school year).
create table survey_delivery_reminder (
    school_id text not null,
    school_year text not null,
    sent_at timestamptz not null,
    primary key (school_id, school_year)
);

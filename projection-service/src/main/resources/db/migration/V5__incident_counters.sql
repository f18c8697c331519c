-- Counters the dashboards read instead of scanning every incident of a board (ADR 0053): incidents per school, month
-- (Europe/Amsterdam, first day) and category, reported and still open; and closed incidents per school by days to close,
-- in tenths of a day, from which the median is read. The trigger keeps them equal to a GROUP BY over incident_state in
-- the same transaction as the change; a row that drops to zero is deleted, so the counters hold exactly the rows that
-- GROUP BY would give and a rebuild can compare them with EXCEPT ALL.
create table incident_school_month (
    board_id  varchar(5)  not null,
    school_id varchar(6)  not null,
    month     date        not null,
    category  varchar(40) not null,
    reported  bigint      not null,
    open      bigint      not null,
    primary key (board_id, school_id, month, category)
);

create table incident_close_time (
    board_id  varchar(5) not null,
    school_id varchar(6) not null,
    tenths    integer    not null,
    closed    bigint     not null,
    primary key (board_id, school_id, tenths)
);

-- One incident's contribution (delta +1 or -1). Unqualified names: the counters next to the incident_state changed.
create function incident_counters_add(p_board varchar, p_school varchar, p_occurred timestamptz, p_category varchar,
                                      p_open boolean, p_recorded timestamptz, p_closed timestamptz, p_delta integer) returns void
    language plpgsql as $$
declare
    m date := date_trunc('month', p_occurred at time zone 'Europe/Amsterdam')::date;
    t integer;
begin
    insert into incident_school_month as c (board_id, school_id, month, category, reported, open)
    values (p_board, p_school, m, p_category, p_delta, case when p_open then p_delta else 0 end)
    on conflict (board_id, school_id, month, category)
        do update set reported = c.reported + excluded.reported, open = c.open + excluded.open;
    if p_delta < 0 then
        delete from incident_school_month
        where board_id = p_board and school_id = p_school and month = m and category = p_category and reported = 0;
    end if;
    if not p_open and p_closed is not null then
        t := round(extract(epoch from p_closed - p_recorded) / 8640)::integer;
        insert into incident_close_time as c (board_id, school_id, tenths, closed) values (p_board, p_school, t, p_delta)
        on conflict (board_id, school_id, tenths) do update set closed = c.closed + excluded.closed;
        if p_delta < 0 then
            delete from incident_close_time where board_id = p_board and school_id = p_school and tenths = t and closed = 0;
        end if;
    end if;
end $$;

create function incident_counters() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and (old.board_id, old.school_id, old.occurred_at, old.category, old.open, old.recorded_at,
                             old.closed_at) is not distinct from
                            (new.board_id, new.school_id, new.occurred_at, new.category, new.open, new.recorded_at,
                             new.closed_at) then
        return null; -- only the duty to report changed: no counter moves
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        perform incident_counters_add(old.board_id, old.school_id, old.occurred_at, old.category, old.open,
                                      old.recorded_at, old.closed_at, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform incident_counters_add(new.board_id, new.school_id, new.occurred_at, new.category, new.open,
                                      new.recorded_at, new.closed_at, 1);
    end if;
    return null;
end $$;

create trigger incident_counters after insert or update or delete on incident_state
    for each row execute function incident_counters();

insert into incident_school_month
select board_id, school_id, date_trunc('month', occurred_at at time zone 'Europe/Amsterdam')::date, category,
       count(*), count(*) filter (where open)
from incident_state group by 1, 2, 3, 4;
insert into incident_close_time
select board_id, school_id, round(extract(epoch from closed_at - recorded_at) / 8640)::integer, count(*)
from incident_state where not open and closed_at is not null group by 1, 2, 3;

-- The duty to report that is still open: a handful of rows per school, found without reading the others.
create index incident_state_pending_report on incident_state (board_id, school_id)
    where report_deadline is not null and reported_to_inspector is null;
-- The board dashboard reads these per board.
create index monitor_scale_school on monitor_scale (board_id, school_id);
create index training_coverage_board on training_coverage (board_id, school_id);

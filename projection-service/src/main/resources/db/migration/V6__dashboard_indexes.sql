-- The monitor rounds a dashboard shows are, per school, the first entries of these indexes in their order (ADR 0070):
-- the running round and the latest two closed; this school year's latest closed; this school year's latest delivered.
-- A school with years of rounds then costs what one with three does. The year index replaces monitor_round_school.
create index monitor_round_shown on monitor_round (board_id, school_id, closed_at desc, opens_at desc, round_id);
create index monitor_round_year on monitor_round (board_id, school_id, school_year, closed_at desc, opens_at desc, round_id);
create index monitor_round_delivered on monitor_round (board_id, school_id, school_year, closed_at desc, opens_at desc,
    round_id) where delivered_at is not null;
drop index monitor_round_school;
-- Open action points are counted in this index without reading them; those due soon or overdue are found by due date.
create index plan_action_point_open on plan_action_point (board_id, school_id, school_year, due_date)
    where status in ('OPEN', 'IN_PROGRESS');

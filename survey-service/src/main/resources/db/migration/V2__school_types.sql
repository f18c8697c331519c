-- The school type (sector) of each school, from the tenant events: response rates per school type on the board view.
create table survey_school (
    school_id text primary key,
    board_id text not null,
    name text not null,
    sector text not null
);
create index survey_school_board on survey_school (board_id);

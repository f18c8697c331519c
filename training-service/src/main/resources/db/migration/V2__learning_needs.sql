-- Learning needs a school published in its plan (Gesprekskaart theme 6), from koers.plan.events; the latest per
-- school and school year replaces the earlier list.
create table training_learning_need (
    school_id    varchar(6)   not null,
    board_id     varchar(5)   not null,
    school_year  varchar(9)   not null,
    position     integer      not null,
    need         varchar(1000) not null,
    primary key (school_id, school_year, position)
);

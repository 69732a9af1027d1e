-- Business calendars (issue 12): when a team works. A team without one keeps round-the-clock time in the desk's zone.
create table business_calendar (
    code        varchar(40)  primary key,
    name        varchar(200) not null,
    time_zone   varchar(60)  not null,
    -- one line per working weekday, as administrators write it: MON-FRI 09:00-12:00 13:00-18:00
    week        varchar(2000) not null,
    -- public holidays and make-up working days, one date per line: 2026-02-16 休 / 2026-02-14 班
    days        text         not null,
    version     bigint       not null
);

alter table desk_team add column calendar_code varchar(40) references business_calendar (code);

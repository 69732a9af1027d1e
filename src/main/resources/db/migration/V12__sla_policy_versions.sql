-- SLA policies, versioned and pinned (issue 12). A version is what was in force when it was made: the windows and
-- warning share, the desk's time zone, and each team's business calendar as it then read. Rows are never changed:
-- an administrator's change of a window or a calendar makes the next version. A complaint keeps the version it
-- was received under, and every later deadline of it is counted by that version.
create table sla_policy (
    version      integer      primary key,
    created_at   timestamp with time zone not null,
    created_by   varchar(80)  not null,
    time_zone    varchar(60)  not null
);

-- The windows of a version, named as the settings are (desk.sla.simple-window = PT2H).
create table sla_policy_window (
    version      integer      not null references sla_policy (version),
    name         varchar(80)  not null,
    window_value varchar(200) not null,
    primary key (version, name)
);

-- Each team's calendar in a version, copied whole; a team not listed counts round the clock in the version's zone.
create table sla_policy_calendar (
    version       integer       not null references sla_policy (version),
    team_code     varchar(40)   not null,
    calendar_code varchar(40)   not null,
    calendar_name varchar(200)  not null,
    time_zone     varchar(60)   not null,
    week          varchar(2000) not null,
    days          text          not null,
    primary key (version, team_code)
);

-- Filled at the first start after this migration with the first version (the desk knows its configured windows,
-- SQL does not); complaints received before it are held to that version.
alter table complaint add column policy_version integer references sla_policy (version);

-- Teams and the people who log in. Portable SQL: runs on H2 (embedded default) and PostgreSQL.
-- Ids come from sequences: the one id scheme that H2 2.x, PostgreSQL and EclipseLink all share.
create sequence desk_team_seq start with 1 increment by 1;
create sequence desk_user_seq start with 1 increment by 1;

create table desk_team (
    id          bigint       primary key,
    code        varchar(40)  not null,
    name        varchar(200) not null,
    constraint uq_desk_team_code unique (code)
);

create table desk_user (
    id              bigint       primary key,
    username        varchar(80)  not null,
    -- customers know agents only by employee number (DOMAIN.md, section 23)
    employee_number varchar(20)  not null,
    display_name    varchar(200) not null,
    password_hash   varchar(400) not null,
    role            varchar(20)  not null,
    team_id         bigint references desk_team (id),
    enabled         boolean      not null,
    created_at      timestamp with time zone not null,
    version         bigint       not null,
    constraint uq_desk_user_username unique (username),
    constraint uq_desk_user_employee_number unique (employee_number),
    constraint ck_desk_user_role check (role in ('AGENT', 'TEAM_LEAD', 'SUPERVISOR', 'AUDITOR', 'ADMIN'))
);

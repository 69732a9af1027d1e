-- The complaint record, its append-only history, its deadlines and escalations, and the alerts it raised.
create sequence complaint_seq start with 1 increment by 1;
create sequence complaint_number_seq start with 1 increment by 1;
create sequence complaint_history_seq start with 1 increment by 1;
create sequence complaint_deadline_seq start with 1 increment by 1;
create sequence complaint_escalation_seq start with 1 increment by 1;
create sequence alert_seq start with 1 increment by 1;

create table complaint (
    id                          bigint        primary key,
    number                      varchar(20)   not null,
    received_at                 timestamp with time zone not null,
    channel                     varchar(20)   not null,
    customer_surname            varchar(100)  not null,
    form_of_address             varchar(40),
    contact_phone               varchar(20)   not null,
    contact_email               varchar(200),
    account_or_order_number     varchar(60),
    category                    varchar(30)   not null,
    complexity                  varchar(10)   not null,
    customer_account            varchar(4000) not null,
    key_problem                 varchar(300),
    desired_resolution          varchar(1000),
    -- customers know agents only by employee number (DOMAIN.md, section 23): never a name here
    complained_employee_number  varchar(20),
    logging_agent               varchar(80)   not null,
    team_code                   varchar(40),
    status                      varchar(20)   not null,
    reply_deadline              timestamp with time zone,
    replied_at                  timestamp with time zone,
    reply                       varchar(4000),
    reply_channel               varchar(20),
    customer_understood         boolean,
    resolution                  varchar(4000),
    escalation_level            integer       not null,
    rating                      integer,
    apology_offered             boolean,
    apology_accepted            boolean,
    contact_confirmed           boolean,
    forwarded_to                varchar(200),
    lead_contacted_at           timestamp with time zone,
    closed_at                   timestamp with time zone,
    sla_met                     boolean,
    minutes_late                integer,
    process_instance_id         varchar(64),
    version                     bigint        not null,
    constraint uq_complaint_number unique (number),
    constraint ck_complaint_rating check (rating between 1 and 4),
    constraint ck_complaint_escalation check (escalation_level between 0 and 2)
);
create index ix_complaint_received on complaint (received_at);
create index ix_complaint_status_deadline on complaint (status, reply_deadline);
create index ix_complaint_team on complaint (team_code, received_at);
create index ix_complaint_phone on complaint (contact_phone);
create index ix_complaint_agent on complaint (logging_agent, received_at);

-- Append-only: rows are inserted, never updated or deleted. Each row's hash covers its content and the
-- previous row's hash of the same complaint, so an altered row breaks the chain.
create table complaint_history (
    id            bigint        primary key,
    complaint_id  bigint        not null references complaint (id),
    seq_no        integer       not null,
    at            timestamp with time zone not null,
    actor         varchar(80)   not null,
    action        varchar(40)   not null,
    changes       varchar(4000),
    reason        varchar(1000),
    prev_hash     varchar(64),
    hash          varchar(64)   not null,
    constraint uq_complaint_history_seq unique (complaint_id, seq_no)
);

-- Every reply deadline that applied to a complaint and why (initial, reclassified, reopened).
create table complaint_deadline (
    id            bigint        primary key,
    complaint_id  bigint        not null references complaint (id),
    deadline      timestamp with time zone not null,
    complexity    varchar(10)   not null,
    reason        varchar(20)   not null,
    set_at        timestamp with time zone not null,
    set_by        varchar(80)   not null
);
create index ix_complaint_deadline on complaint_deadline (complaint_id);

-- Every escalation: when, to which level and group, why, and by when the escalated holder must act.
create table complaint_escalation (
    id             bigint        primary key,
    complaint_id   bigint        not null references complaint (id),
    level          integer       not null,
    to_role        varchar(20)   not null,
    team_code      varchar(40),
    reason         varchar(20)   not null,
    escalated_at   timestamp with time zone not null,
    deadline       timestamp with time zone not null
);
create index ix_complaint_escalation on complaint_escalation (complaint_id);

-- Alerts for a user, or for a role (within a team when team_code is set).
create table alert (
    id              bigint        primary key,
    complaint_id    bigint        not null references complaint (id),
    complaint_number varchar(20)  not null,
    kind            varchar(30)   not null,
    recipient       varchar(80),
    recipient_role  varchar(20),
    team_code       varchar(40),
    raised_at       timestamp with time zone not null,
    message         varchar(500)  not null,
    read_at         timestamp with time zone,
    constraint ck_alert_recipient check (recipient is not null or recipient_role is not null)
);
create index ix_alert_recipient on alert (recipient, raised_at);
create index ix_alert_role on alert (recipient_role, team_code, raised_at);
create index ix_alert_complaint on alert (complaint_id);

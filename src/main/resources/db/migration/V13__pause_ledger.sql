-- The pause ledger (issue 12): while the desk waits for the customer, a complaint's reply clock stands still. Each pause
-- is a row; on resume the deadline moves by the paused business time (counted in the complaint's policy version).
create sequence complaint_pause_seq;

create table complaint_pause (
    id                 bigint       primary key,
    complaint_id       bigint       not null references complaint (id),
    paused_at          timestamp with time zone not null,
    paused_by          varchar(80)  not null,
    reason             varchar(30)  not null,
    note               varchar(1000),
    -- the latest the pause may last (the policy's max pause): then the clock runs again by itself
    resume_by          timestamp with time zone not null,
    deadline_at_pause  timestamp with time zone not null,
    resumed_at         timestamp with time zone,
    resumed_by         varchar(80),
    resumption         varchar(30),
    -- the business time the deadline moved by (0 for a complaint paused when already overdue)
    paused_seconds     bigint,
    deadline_after     timestamp with time zone
);

-- one open pause per complaint at most; the open pauses by the time they must end
create unique index uq_complaint_pause_open on complaint_pause (complaint_id) where resumed_at is null;
create index ix_complaint_pause_resume_by on complaint_pause (resume_by) where resumed_at is null;
create index ix_complaint_pause_complaint on complaint_pause (complaint_id);

alter table complaint add column paused_since timestamp with time zone;
alter table complaint add column paused_seconds bigint not null default 0;

-- versions made before the maximum pause existed hold the shipped default
insert into sla_policy_window (version, name, window_value) select version, 'desk.sla.max-pause', 'P3D' from sla_policy;

-- Maintained compliance counts per day (in the desk's time zone) and per dimension, so that the auditors'
-- dashboard reads a few hundred rows a day instead of every complaint. Kept in step with the complaint table
-- in the same transaction (ComplianceSummary); open complaints' figures are read live from the complaint table.
create table compliance_summary (
    summary_day date         not null,
    dimension   varchar(20)  not null,
    dim_value   varchar(80)  not null,
    total       bigint       not null,
    replied     bigint       not null,
    met         bigint       not null,
    breached    bigint       not null,
    constraint pk_compliance_summary primary key (dimension, summary_day, dim_value)
);

create index ix_complaint_open on complaint (status, received_at);

-- the complaints logged before this table existed
insert into compliance_summary (summary_day, dimension, dim_value, total, replied, met, breached)
select d.summary_day, d.dimension, d.dim_value, count(*),
       sum(case when d.replied_at is not null then 1 else 0 end),
       sum(case when d.sla_met = true then 1 else 0 end),
       sum(case when d.sla_met = false then 1 else 0 end)
from (
    select cast(received_at at time zone '${deskZone}' as date) as summary_day, 'ALL' as dimension, 'ALL' as dim_value, replied_at, sla_met from complaint where reply_deadline is not null
    union all select cast(received_at at time zone '${deskZone}' as date), 'TEAM', coalesce(team_code, '-'), replied_at, sla_met from complaint where reply_deadline is not null
    union all select cast(received_at at time zone '${deskZone}' as date), 'AGENT', logging_agent, replied_at, sla_met from complaint where reply_deadline is not null
    union all select cast(received_at at time zone '${deskZone}' as date), 'CATEGORY', category, replied_at, sla_met from complaint where reply_deadline is not null
    union all select cast(received_at at time zone '${deskZone}' as date), 'COMPLEXITY', complexity, replied_at, sla_met from complaint where reply_deadline is not null
    union all select cast(received_at at time zone '${deskZone}' as date), 'CHANNEL', channel, replied_at, sla_met from complaint where reply_deadline is not null
) d
group by d.summary_day, d.dimension, d.dim_value;

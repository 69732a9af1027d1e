-- The compliance figures show paused time (issue 12): per day and dimension value, how many complaints had their reply
-- clock paused and for how much business time in all. Counted when a pause ends, as the complaint's paused_seconds.
alter table compliance_summary add column paused bigint not null default 0;
alter table compliance_summary add column paused_seconds bigint not null default 0;
alter table compliance_delta add column paused bigint not null default 0;
alter table compliance_delta add column paused_seconds bigint not null default 0;

drop view compliance_counts;
create view compliance_counts as
select summary_day, dimension, dim_value, total, replied, met, breached, paused, paused_seconds from compliance_summary
union all
select summary_day, dimension, dim_value, total, replied, met, breached, paused, paused_seconds from compliance_delta;

-- the complaints paused before this migration
insert into compliance_delta (summary_day, dimension, dim_value, total, replied, met, breached, paused, paused_seconds)
select cast(c.received_at at time zone '${deskZone}' as date), d.dimension, d.dim_value, 0, 0, 0, 0, count(*), sum(c.paused_seconds)
from complaint c
cross join lateral (values ('ALL', 'ALL'), ('TEAM', coalesce(c.team_code, '-')), ('AGENT', c.logging_agent),
                           ('CATEGORY', c.category), ('COMPLEXITY', c.complexity), ('CHANNEL', c.channel)) d (dimension, dim_value)
where c.reply_deadline is not null and c.paused_seconds > 0
group by 1, 2, 3;

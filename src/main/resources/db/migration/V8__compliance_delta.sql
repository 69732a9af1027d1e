-- The compliance counts without a hot row: every complaint of a day used to update the same six compliance_summary
-- rows (ALL, its team, agent, category, complexity, channel) in its own transaction, so concurrent intakes queued
-- behind each other's row locks. Changes are now appended here (inserts never wait for each other) and folded into
-- compliance_summary every few seconds (ComplianceFolding); readers sum both through compliance_counts, so the
-- figures stay exact between folds.
create table compliance_delta (
    id          bigint generated always as identity primary key,
    summary_day date         not null,
    dimension   varchar(20)  not null,
    dim_value   varchar(80)  not null,
    total       bigint       not null,
    replied     bigint       not null,
    met         bigint       not null,
    breached    bigint       not null
);

create view compliance_counts as
select summary_day, dimension, dim_value, total, replied, met, breached from compliance_summary
union all
select summary_day, dimension, dim_value, total, replied, met, breached from compliance_delta;

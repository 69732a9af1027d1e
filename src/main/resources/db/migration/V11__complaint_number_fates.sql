-- Every complaint number drawn and not given to a complaint (issue 12): its intake did not commit. An auditor sees
-- why a number is missing; a number missing with no fate here is one the desk could not record (it stopped meanwhile).
create table complaint_number_fate (
    complaint_id    bigint       primary key,
    number          varchar(20)  not null,
    fate            varchar(30)  not null,
    recorded_at     timestamp with time zone not null,
    detail          varchar(500)
);

create index ix_complaint_number_fate_recorded on complaint_number_fate (recorded_at);

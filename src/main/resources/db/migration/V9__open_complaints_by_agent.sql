-- Channel intake gives each complaint to the agent with the fewest complaints not yet closed (ChannelIntake): that count
-- now reads this small index of the open complaints only, instead of every complaint an agent ever logged.
create index ix_complaint_open_agent on complaint (logging_agent) where status <> 'CLOSED';

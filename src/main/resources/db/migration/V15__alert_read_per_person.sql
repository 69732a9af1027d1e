-- Read marks per person (issue 13): an alert to a role (the team's leads, the supervisors) is read or unread for each
-- of its readers; one lead marking a team alert read used to mark it read for the supervisor too.
create table alert_read (
    username  varchar(80) not null,
    alert_id  bigint      not null references alert (id),
    read_at   timestamp with time zone not null,
    constraint pk_alert_read primary key (username, alert_id)
);

-- the marks made before: a personal alert's by its recipient; who read a role alert was not kept, so it stays read
-- for everyone who sees it (the role, in its team or every team; supervisors see the leads' alerts too)
insert into alert_read (username, alert_id, read_at)
select recipient, id, read_at from alert where read_at is not null and recipient is not null;

insert into alert_read (username, alert_id, read_at)
select u.username, a.id, a.read_at
from alert a
join desk_user u on (u.role = a.recipient_role or (u.role = 'SUPERVISOR' and a.recipient_role = 'TEAM_LEAD'))
left join desk_team t on t.id = u.team_id
where a.read_at is not null and a.recipient is null
  and (a.team_code is null or t.code is null or t.code = a.team_code)
on conflict do nothing;

alter table alert drop column read_at;

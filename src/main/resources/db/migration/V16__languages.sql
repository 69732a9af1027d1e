-- Alerts keep their words as a key of the alerts bundle and its arguments, shown in each reader's language
-- (complaint.AlertText); the English text stays in message for the API and for alerts raised before this version.
alter table alert add column message_key varchar(60);
alter table alert add column message_args varchar(2000);
-- The language a user last chose on the screens: their pages, live alerts and alert e-mails speak it.
alter table desk_user add column language varchar(20);
-- The customer's language for what the desk writes to them (the satisfaction SMS), chosen at intake.
alter table complaint add column customer_language varchar(10) not null default 'ZH_CN';

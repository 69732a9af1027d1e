-- Administration (settings, categories, the administrators' own history), integrations (API keys,
-- idempotent intake, satisfaction SMS) and the e-mail outbox. Portable SQL: H2 and PostgreSQL.
create sequence admin_history_seq start with 1 increment by 1;
create sequence integration_key_seq start with 1 increment by 1;
create sequence idempotency_record_seq start with 1 increment by 1;
create sequence rating_sms_seq start with 1 increment by 1;
create sequence sms_reply_seq start with 1 increment by 1;
create sequence mail_outbox_seq start with 1 increment by 1;

-- where alerts go by e-mail
alter table desk_user add column email varchar(200);

-- Append-only, one hash chain over all administrative changes: who changed what, when, from what to what.
create table admin_history (
    id        bigint        primary key,
    seq_no    bigint        not null,
    at        timestamp with time zone not null,
    actor     varchar(80)   not null,
    subject   varchar(120)  not null,
    action    varchar(40)   not null,
    changes   varchar(4000),
    prev_hash varchar(64),
    hash      varchar(64)   not null,
    constraint uq_admin_history_seq unique (seq_no)
);

-- A setting changed by an administrator; it wins over the configured default until reset.
create table desk_setting (
    name          varchar(80)  primary key,
    setting_value varchar(200) not null,
    updated_at    timestamp with time zone not null,
    updated_by    varchar(80)  not null
);

-- How the desk offers a category: its label on screens, and whether intake takes it.
create table category_setting (
    category   varchar(30)  primary key,
    label      varchar(100),
    active     boolean      not null,
    updated_at timestamp with time zone not null,
    updated_by varchar(80)  not null
);

-- One key per integration (web form, chat, SMS gateway). Only a SHA-256 of the key is kept; the prefix
-- finds the row and is shown in lists so that a key can be recognised without being revealed.
create table integration_key (
    id           bigint        primary key,
    name         varchar(80)   not null,
    channel      varchar(20)   not null,
    team_code    varchar(40),
    key_prefix   varchar(16)   not null,
    key_hash     varchar(64)   not null,
    created_at   timestamp with time zone not null,
    created_by   varchar(80)   not null,
    revoked_at   timestamp with time zone,
    revoked_by   varchar(80),
    last_used_at timestamp with time zone,
    version      bigint        not null,
    constraint uq_integration_key_name unique (name),
    constraint uq_integration_key_prefix unique (key_prefix)
);

-- An Idempotency-Key seen from an integration, the hash of the request it came with and what it created.
create table idempotency_record (
    id              bigint       primary key,
    integration_id  bigint       not null references integration_key (id),
    idempotency_key varchar(200) not null,
    request_hash    varchar(64)  not null,
    complaint_id    bigint       not null references complaint (id),
    created_at      timestamp with time zone not null,
    constraint uq_idempotency unique (integration_id, idempotency_key)
);

-- The satisfaction SMS the desk asks the gateway to send when a complaint closes; the reference comes back
-- with the customer's reply.
create table rating_sms (
    id             bigint       primary key,
    complaint_id   bigint       not null references complaint (id),
    reference      varchar(16)  not null,
    phone          varchar(20)  not null,
    text           varchar(500) not null,
    created_at     timestamp with time zone not null,
    handed_over_at timestamp with time zone,
    answered_at    timestamp with time zone,
    constraint uq_rating_sms_reference unique (reference)
);
create index ix_rating_sms_pending on rating_sms (handed_over_at, created_at);

-- Every reply the SMS gateway passed on, what the desk made of it (recorded, unknown, late, duplicate, ...).
create table sms_reply (
    id           bigint       primary key,
    received_at  timestamp with time zone not null,
    reference    varchar(40)  not null,
    sender       varchar(40),
    text         varchar(500) not null,
    outcome      varchar(20)  not null,
    complaint_id bigint       references complaint (id)
);
create index ix_sms_reply_reference on sms_reply (reference);

-- Alert e-mails waiting to be sent: written in the transaction that raised the alert, sent after it, retried
-- until sent. claimed_until keeps two desks from sending the same mail at once.
create table mail_outbox (
    id              bigint        primary key,
    alert_id        bigint,
    recipient       varchar(200)  not null,
    subject         varchar(300)  not null,
    body            varchar(4000) not null,
    created_at      timestamp with time zone not null,
    attempts        integer       not null,
    next_attempt_at timestamp with time zone not null,
    claimed_until   timestamp with time zone,
    sent_at         timestamp with time zone,
    last_error      varchar(1000)
);
create index ix_mail_outbox_due on mail_outbox (sent_at, next_attempt_at);

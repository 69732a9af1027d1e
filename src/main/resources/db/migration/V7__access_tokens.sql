-- Personal access tokens: a person's API clients send one as "Authorization: Bearer cdp_<prefix>_<secret>" instead
-- of their password. Only a SHA-256 of the token is kept; the prefix finds the row and is shown in lists so that a
-- token can be recognised without being revealed. A revoked token stays on record and is refused from then on.
create sequence access_token_seq start with 1 increment by 1;

create table access_token (
    id           bigint       primary key,
    owner_id     bigint       not null references desk_user (id),
    name         varchar(60)  not null,
    token_prefix varchar(16)  not null,
    token_hash   varchar(64)  not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone,
    revoked_at   timestamp with time zone,
    revoked_by   varchar(80),
    last_used_at timestamp with time zone,
    version      bigint       not null,
    constraint uq_access_token_prefix unique (token_prefix)
);
create index ix_access_token_owner on access_token (owner_id);

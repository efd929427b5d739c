-- Accounts managed through the API (issue 21): a version for the ETag an admin's PATCH must name in
-- If-Match, and when the account last changed.
alter table account add column version bigint default 0 not null;
alter table account add column updated_at timestamp(6) with time zone;

-- Personal API tokens. The secret is shown once, when issued; only its SHA-256 is kept (a 256-bit
-- random secret cannot be guessed from its hash, so no slow hash is needed and a request with a
-- token costs one indexed read). Tokens name their account by username (unique and never renamed).
-- Credentials, not registry data: not exported, as accounts travel without their password hashes
-- (backup.RegistryTables); issue new tokens on the target after a move.
create table api_token (
    id           uuid          primary key,
    username     varchar(64)   not null references account (username),
    name         varchar(100)  not null,
    token_hash   varchar(64)   not null,
    -- a comma-separated subset of read, report, review, admin
    scopes       varchar(100)  not null,
    created_at   timestamp(6) with time zone not null,
    expires_at   timestamp(6) with time zone not null,
    last_used_at timestamp(6) with time zone,
    revoked_at   timestamp(6) with time zone,
    constraint uk_api_token_hash unique (token_hash)
);
create index api_token_username on api_token (username, created_at);

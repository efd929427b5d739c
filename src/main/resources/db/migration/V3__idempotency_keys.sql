-- Idempotency keys: the first result of a POST sent with an Idempotency-Key, per account.
-- Written in the same transaction as the resource it created, so a key exists exactly when its
-- resource does; the primary key makes racing retries fail instead of creating duplicates.
create table idempotency_key (
    principal     varchar(64)   not null,
    idem_key      varchar(200)  not null,
    operation     varchar(80)   not null,
    request_hash  varchar(64)   not null,
    resource_id   varchar(80)   not null,
    created_at    timestamp(6) with time zone not null,
    primary key (principal, idem_key)
);

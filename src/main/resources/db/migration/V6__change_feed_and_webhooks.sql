-- The change feed and the webhook outbox. Same SQL on H2 2.x and PostgreSQL 15.

-- One row per change, written in the same transaction as the change. feed_position is assigned
-- while that transaction holds the row lock of change_feed_lock (taken last, just before commit),
-- as max + 1: a position is only handed out once every earlier position has committed, so
-- positions become visible in commit order, with no gaps (see org.heritageregistry.changes.ChangeFeed).
create table registry_change (
    feed_position      bigint       primary key,
    kind               varchar(32)  not null,
    recorded_at        timestamp(6) with time zone not null,
    entity_id          varchar(80)  not null,
    monument_id        varchar(80)  not null,
    report_id          uuid,
    decision_id        uuid,
    new_condition      varchar(24),
    previous_condition varchar(24),
    status             varchar(16),
    revision           integer,
    supersedes_id      uuid,
    note               varchar(500)
);

-- The single row whose lock serialises the assignment of feed positions.
create table change_feed_lock (
    id integer primary key
);
insert into change_feed_lock (id) values (1);

-- Webhook subscriptions. starts_after is the feed position at creation (taken under the feed
-- lock): the subscription gets exactly the changes after it. The lease columns let one instance
-- at a time deliver a subscription's events, so they go out in order even with two instances.
create table webhook_subscription (
    id           uuid          primary key,
    url          varchar(2000) not null,
    kinds        varchar(300)  not null,
    secret       varchar(200)  not null,
    description  varchar(200),
    active       boolean       not null,
    starts_after bigint        not null,
    created_at   timestamp(6) with time zone not null,
    created_by   varchar(64)   not null,
    disabled_at  timestamp(6) with time zone,
    lease_owner  varchar(64),
    lease_until  timestamp(6) with time zone
);

-- The outbox: one row per (subscription, change), written in the change's transaction, holding
-- the exact body that is signed and sent on every attempt.
create table webhook_delivery (
    id              uuid          primary key,
    subscription_id uuid          not null references webhook_subscription (id),
    feed_position   bigint        not null,
    kind            varchar(32)   not null,
    body            varchar(4000) not null,
    status          varchar(16)   not null,
    attempts        integer       not null,
    next_attempt_at timestamp(6) with time zone not null,
    last_attempt_at timestamp(6) with time zone,
    last_status     integer,
    last_error      varchar(500),
    delivered_at    timestamp(6) with time zone,
    created_at      timestamp(6) with time zone not null,
    constraint uk_delivery_change unique (subscription_id, feed_position)
);
create index ix_delivery_queue on webhook_delivery (subscription_id, status, feed_position);
create index ix_delivery_due on webhook_delivery (status, next_attempt_at);

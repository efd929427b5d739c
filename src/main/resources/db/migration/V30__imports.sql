-- Bulk imports (issue 20): a job per uploaded file, its rows kept until loaded so that a restart
-- resumes where the last committed batch ended, the rows that failed with their line numbers, and
-- the natural key of every row ever loaded, so that a file sent again adds nothing twice.
create table import_job (
    id            uuid          primary key,
    state         varchar(16)   not null,
    format        varchar(16)   not null,
    created_by    varchar(64)   not null,
    created_at    timestamp(6) with time zone not null,
    started_at    timestamp(6) with time zone,
    finished_at   timestamp(6) with time zone,
    total_rows    integer       not null,
    -- rows taken in line order: every row up to next_line - 1 is created, skipped or failed
    next_line     integer       not null,
    rows_created  integer       default 0 not null,
    rows_skipped  integer       default 0 not null,
    rows_failed   integer       default 0 not null,
    lease_owner   varchar(40),
    lease_until   timestamp(6) with time zone,
    version       bigint        default 0 not null
);
create index import_job_created on import_job (created_by, created_at);
create index import_job_state on import_job (state, lease_until);

-- A row waiting to be loaded: deleted in the transaction that loads it.
create table import_row (
    job_id   uuid          not null references import_job (id),
    line     integer       not null,
    row_type varchar(16)   not null,
    body     varchar(262144) not null,
    primary key (job_id, line)
);

create table import_failure (
    job_id   uuid          not null references import_job (id),
    line     integer       not null,
    message  varchar(1000) not null,
    primary key (job_id, line)
);

-- The natural key of a loaded row ('report:<row id>', 'source:<row id>', 'site:<id>', 'monument:<id>')
-- and what it became. Registry data: it travels in backups, so an import re-run after a move adds nothing twice.
create table import_key (
    row_key     varchar(300)  primary key,
    resource_id varchar(80)   not null,
    job_id      uuid          not null,
    loaded_at   timestamp(6) with time zone not null
);

-- A monument's own record (name, names, category, period, location, identifiers, description,
-- site) is edited in place by PATCH; before each edit the record as it stood is kept here, so the
-- previous version stays readable: GET /monuments/{id}/revisions lists the edits, and an asOf read
-- answers with the record as it was then. Rows are only ever added. Registry data: exported.
create table monument_revision (
    id          uuid          primary key,
    monument_id varchar(80)   not null references monument (id),
    revision    integer       not null,
    recorded_at timestamp(6) with time zone not null,
    recorded_by varchar(64)   not null,
    -- the fields this edit changed, as a JSON object {"field": {"from": ..., "to": ...}}
    changes     varchar(20000) not null,
    -- the record before this edit
    site_id     varchar(80)   not null,
    name        varchar(200)  not null,
    category    varchar(32)   not null,
    period      varchar(200),
    latitude    double precision,
    longitude   double precision,
    wikidata    varchar(20),
    pleiades    varchar(20),
    description varchar(2000),
    -- the alternate names before this edit, as a JSON array of {"name", "lang"}
    names       varchar(10000) not null,
    constraint uq_monument_revision unique (monument_id, revision)
);

-- Sites become records curators keep (issue 21): created, edited by PATCH and retired through the
-- API. A site may carry a boundary, a GeoJSON Polygon or MultiPolygon kept as its validated JSON
-- text (both databases store it as plain text; the service validates it and writes it in one
-- canonical form).
alter table site add column boundary varchar(100000);

-- Before each edit of a site the record as it stood is kept here (as monument_revision does for
-- monuments): GET /sites/{id}/revisions lists the edits, and an asOf read answers with the record as
-- it was then. Rows are only ever added. Registry data: exported.
create table site_revision (
    id              uuid          primary key,
    site_id         varchar(80)   not null references site (id),
    revision        integer       not null,
    recorded_at     timestamp(6) with time zone not null,
    recorded_by     varchar(64)   not null,
    -- the fields this edit changed, as a JSON object {"field": {"from": ..., "to": ...}}
    -- (a boundary's from and to are whole geometries, hence the size)
    changes         varchar(220000) not null,
    -- the record before this edit
    name            varchar(200)  not null,
    country         varchar(2)    not null,
    unesco_id       varchar(20),
    wikidata        varchar(20),
    pleiades        varchar(20),
    latitude        double precision,
    longitude       double precision,
    in_danger_since date,
    description     varchar(2000),
    boundary        varchar(100000),
    -- the alternate names before this edit, as a JSON array of {"name", "lang"}
    names           varchar(10000) not null,
    constraint uq_site_revision unique (site_id, revision)
);

-- Sources become records curators keep (issue 21). Same SQL on H2 2.x and PostgreSQL 15.
--
-- A source's own record (name, aliases, kind, reliability, confidential, description, url) is
-- edited in place by PATCH; before each edit the record as it stood is kept here, as
-- monument_revision keeps a monument's, so GET /sources/{id}/revisions lists every edit with the
-- record before it. A merge is recorded here too, on both sources: the survivor's row keeps its
-- aliases before it took the duplicate's names, the duplicate's row keeps its whole record as it
-- was when it was folded in. Rows are only ever added. Registry data: exported.
create table source_revision (
    id           uuid          primary key,
    source_id    uuid          not null references source (id),
    revision     integer       not null,
    recorded_at  timestamp(6) with time zone not null,
    recorded_by  varchar(64)   not null,
    -- the fields this edit changed, as a JSON object {"field": {"from": ..., "to": ...}}
    changes      varchar(20000) not null,
    -- the record before this edit
    name         varchar(200)  not null,
    kind         varchar(32)   not null,
    reliability  varchar(1)    not null,
    confidential boolean       not null,
    description  varchar(2000),
    url          varchar(2000),
    -- the aliases before this edit, as a JSON array of strings
    aliases      varchar(10000) not null,
    constraint uq_source_revision unique (source_id, revision)
);

-- A duplicate folded into another source (POST /sources/{id}/merge) names its survivor here: reads
-- of the duplicate redirect there, and nothing cites the duplicate any more. Null for every other
-- source. A survivor is never itself merged (the merge refuses it), so the chain is one step long.
alter table source add column merged_into uuid references source (id);

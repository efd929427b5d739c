-- Sources gain aliases (the seed's antiquities chief is spelt three ways) and a search key: the
-- name and aliases folded as SourceNames.fold does (no case, accents, Arabic diacritics or
-- punctuation), one per line, so that one LIKE finds a source by any of them on H2 and PostgreSQL.
create table source_alias (
    source_id uuid         not null references source (id),
    idx       integer      not null,
    alias     varchar(200) not null,
    primary key (source_id, idx)
);

alter table source add column search_key varchar(5000);

-- Incidents beyond a building's condition, sites as the subject of a claim, and conflicts that
-- group every report of one disagreement. Same SQL on H2 2.x and PostgreSQL 15.

-- What a report claims: CONDITION (the building's state, as before), LOOTING, MISUSE of the site
-- (military use, executions), HARM_TO_STAFF, CONTROL of or access to the site. The kind-specific
-- facts are nullable columns of the report, checked by the service for the kind that takes them.
alter table damage_report add column incident_kind varchar(16) default 'CONDITION' not null;
alter table damage_report add column count_value integer;
alter table damage_report add column count_qualifier varchar(16);
alter table damage_report add column count_of varchar(200);
alter table damage_report add column controlled_by varchar(200);
alter table damage_report add column control_extent varchar(16);
alter table damage_report add column affected varchar(500);

-- Every report names its site; a claim about the whole site (who controls it, harm to its staff)
-- has no monument.
alter table damage_report add column site_id varchar(80);
update damage_report set site_id = (select m.site_id from monument m where m.id = damage_report.monument_id);
alter table damage_report alter column site_id set not null;
alter table damage_report add constraint fk_report_site foreign key (site_id) references site (id);
alter table damage_report alter column monument_id drop not null;
create index ix_report_site on damage_report (site_id, submitted_at, id);
create index ix_report_kind on damage_report (incident_kind, submitted_at, id);

-- A monument whose established condition is disputed by another established report.
alter table monument add column condition_contested boolean default false not null;

-- One conflict per disagreement: its reports are a table of their own. The pairwise columns go;
-- the rows they held are derived data, rebuilt at the next start (derivation_pending).
drop table conflict;
create table conflict (
    id          uuid          primary key,
    site_id     varchar(80)   not null references site (id),
    monument_id varchar(80)   references monument (id),
    kind        varchar(16)   not null,
    state       varchar(16)   not null,
    description varchar(1000) not null,
    detected_at timestamp(6) with time zone not null,
    closed_at   timestamp(6) with time zone,
    settled_by  varchar(64),
    settled_at  timestamp(6) with time zone,
    rationale   varchar(2000),
    version     bigint        not null
);
create index ix_conflict_subject on conflict (site_id, monument_id, kind);
create index ix_conflict_state on conflict (state, id);

-- A conflict's reports, by claim (lineage): a correction of one of them stays in the conflict.
create table conflict_report (
    conflict_id uuid not null references conflict (id),
    lineage_id  uuid not null,
    report_id   uuid not null references damage_report (id),
    primary key (conflict_id, lineage_id)
);
create index ix_conflict_report_lineage on conflict_report (lineage_id);

-- Derived state to rebuild at the next start, by the application (it is the one that knows the rules).
create table derivation_pending (
    reason varchar(40) primary key
);
insert into derivation_pending (reason) values ('grouped-conflicts');

-- The feed names the site and the incident kind of a report change.
alter table registry_change add column site_id varchar(80);
alter table registry_change add column incident_kind varchar(16);
alter table registry_change alter column monument_id drop not null;
update registry_change set site_id = (select m.site_id from monument m where m.id = registry_change.monument_id);

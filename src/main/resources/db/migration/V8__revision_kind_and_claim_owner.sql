-- A revision says whether it is editorial (status and decisions carry over) or substantive
-- (a new claim to review); the first revision of a claim is ORIGINAL. Revisions recorded before
-- this distinction started UNVERIFIED, as a substantive one does now.
alter table damage_report add column revision_kind varchar(16) default 'ORIGINAL' not null;
update damage_report set revision_kind = 'SUBSTANTIVE' where revision > 1;

-- The curator responsible for a claim: whoever submitted its first revision, until an admin
-- reassigns it. Only that curator (or a reviewer) may correct the claim. Copied to each revision.
alter table damage_report add column claim_owner varchar(64);
update damage_report set claim_owner = (select f.submitted_by from damage_report f where f.id = damage_report.lineage_id);

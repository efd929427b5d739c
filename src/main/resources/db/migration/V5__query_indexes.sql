-- Indexes for list filters that V1 left without one (seen with EXPLAIN on PostgreSQL 15 over
-- 300,000 reports and audit events, where each of these read most of its table):
--   GET /reports?source=      matches the relaying outlet as well as the maker;
--   GET /reports?condition=   the asserted condition, like ?status=, newest first;
--   GET /audit?entityId=      without entityType, which ix_audit_entity needs first.
-- Each ends in the list's sort key, as the others do, so a page reads only its rows.
create index ix_report_relayed on damage_report (relayed_by_id, submitted_at, id);
create index ix_report_condition on damage_report (asserted_condition, submitted_at, id);
create index ix_audit_entity_id on audit_event (entity_id, id);

-- Full-text search of reports (GET /reports?q=, issue 21): on PostgreSQL a GIN index over the
-- summary and wordings (db/postgresql/V27). H2 has no such index; ReportService.list matches each
-- word with a folded LIKE instead, which reads the rows the other filters leave (fine for the
-- embedded database's sizes). This version exists on H2 too so that both databases stay at one
-- schema version, which backups compare before a restore. It changes nothing.
create table report_search_placeholder (id integer primary key);
drop table report_search_placeholder;

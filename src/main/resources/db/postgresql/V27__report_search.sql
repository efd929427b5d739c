-- Full-text search of reports (GET /reports?q=, issue 21) over their own words: the summary and
-- the source's wording of the condition and of its certainty. PostgreSQL only (db/postgresql):
-- ReportService.list matches to_tsvector('simple', ...) @@ websearch_to_tsquery('simple', q) with
-- exactly this expression, so the planner answers through this GIN index. 'simple' does no
-- stemming and knows no language's stop words: the texts mix English, Arabic and transliterations.
-- The same version under db/h2 keeps both databases at one schema version (backups cross between them).
create index ix_report_search on damage_report using gin (
    to_tsvector('simple', coalesce(summary, '') || ' ' || coalesce(condition_wording, '') || ' ' || coalesce(certainty_wording, '')));

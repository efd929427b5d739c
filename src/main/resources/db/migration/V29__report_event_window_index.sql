-- Incremental derivation: a write derives the condition and the conflicts again from the reports whose
-- event windows lie near its own (DamageReport.currentNear), read through this index, not from all of the
-- monument's reports. A window is "wide" when it is open-ended (no earliest or no latest day) or spans
-- more than DamageReport.NARROW_WINDOW_DAYS (400) days; a narrow one starts at most that long before it
-- ends, so its earliest day alone bounds the range read. Wide windows are few (open-ended dates, decades)
-- and are read whatever their dates. A row written behind the service's back keeps the default, wide:
-- always read, so never missed.
alter table damage_report add column event_wide boolean default true not null;
update damage_report set event_wide = false
    where event_earliest is not null and event_latest is not null and event_latest <= event_earliest + interval '400' day;
create index ix_report_window on damage_report (monument_id, incident_kind, event_wide, event_earliest);

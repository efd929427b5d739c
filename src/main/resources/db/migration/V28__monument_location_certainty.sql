-- How sure a monument's point is, and where it comes from (issue 21: every seeded monument gets
-- a point, and for six of them the reference sheet gives only where they stand relative to others).
-- The certainty is EAMENA's Geometries/Site_Location_Certainty (NEGLIGIBLE .. DEFINITE), the same
-- values as a claim's certainty; both are null when the monument has no point.
alter table monument add column location_certainty varchar(16);
alter table monument add column location_basis varchar(500);
alter table monument_revision add column location_certainty varchar(16);
alter table monument_revision add column location_basis varchar(500);

/**
 * Reports: one claim about one monument, as its source made it, with evidence; submitted,
 * corrected by new revisions, never edited. ReportService holds the submit and amend use cases;
 * ClaimsChanged lets the derivation follow without report/ depending on it.
 */
package org.heritageregistry.report;

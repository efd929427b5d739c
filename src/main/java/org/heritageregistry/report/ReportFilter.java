package org.heritageregistry.report;

import java.time.LocalDate;
import java.util.UUID;

import org.heritageregistry.vocabulary.Condition;
import org.heritageregistry.vocabulary.IncidentKind;
import org.heritageregistry.vocabulary.VerificationStatus;

/**
 * The filters of the report list; a null field does not filter. {@code siteId} takes the claims
 * about the site itself and about each of its monuments. {@code currentOnly} keeps the
 * current revision of each claim (one no correction has superseded) and leaves out the others.
 */
public record ReportFilter(String monumentId, String siteId, VerificationStatus status, UUID sourceId, Condition condition,
        LocalDate eventFrom, LocalDate eventTo, boolean currentOnly, IncidentKind incidentKind, String text) {

    public static ReportFilter ofMonument(String monumentId, VerificationStatus status, boolean currentOnly) {
        return new ReportFilter(monumentId, null, status, null, null, null, null, currentOnly, null, null);
    }
}

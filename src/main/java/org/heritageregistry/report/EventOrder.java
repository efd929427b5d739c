package org.heritageregistry.report;

import java.time.LocalDate;
import java.util.Comparator;


/**
 * Orders reports by when their event happened: by the earliest day the EDTF date allows (the
 * latest day where the start is open), then by the latest day, then by when they were recorded.
 */
public final class EventOrder {

    public static final Comparator<DamageReport> COMPARATOR = Comparator
            .comparing(EventOrder::anchor, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(r -> r.eventDate.latest, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.submittedAt)
            .thenComparing(r -> r.id);

    private EventOrder() {
    }

    static LocalDate anchor(DamageReport report) {
        return report.eventDate.earliest != null ? report.eventDate.earliest : report.eventDate.latest;
    }
}

package org.heritageregistry.conflict;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.heritageregistry.report.DamageReport;
import org.heritageregistry.vocabulary.Cause;
import org.heritageregistry.vocabulary.Condition;
import org.heritageregistry.vocabulary.ControlExtent;
import org.heritageregistry.vocabulary.CountQualifier;
import org.heritageregistry.vocabulary.DamageExtent;
import org.heritageregistry.vocabulary.EdtfDate;
import org.heritageregistry.vocabulary.IncidentKind;
import org.heritageregistry.vocabulary.VerificationStatus;

/** Reports built in memory for the rule tables: only the fields the rules read. */
public final class Claims {

    private Claims() {
    }

    public static DamageReport condition(Condition condition, String edtf, Cause... causes) {
        DamageReport r = base(IncidentKind.CONDITION, edtf);
        r.condition = condition;
        r.causes.addAll(causes.length == 0 ? Set.of(Cause.EXPLOSIVES) : Set.of(causes));
        return r;
    }

    public static DamageReport condition(Condition condition, DamageExtent extent, String edtf) {
        DamageReport r = condition(condition, edtf);
        r.extent = extent;
        return r;
    }

    public static DamageReport counted(IncidentKind kind, int value, CountQualifier qualifier, String edtf) {
        DamageReport r = base(kind, edtf);
        r.countValue = value;
        r.countQualifier = qualifier;
        r.countOf = "people";
        return r;
    }

    public static DamageReport concerning(IncidentKind kind, String affected, String edtf) {
        DamageReport r = base(kind, edtf);
        r.affected = affected;
        return r;
    }

    public static DamageReport control(String party, ControlExtent extent, String edtf) {
        DamageReport r = base(IncidentKind.CONTROL, edtf);
        r.controlledBy = party;
        r.controlExtent = extent;
        return r;
    }

    public static DamageReport with(DamageReport r, VerificationStatus status) {
        r.status = status;
        return r;
    }

    private static DamageReport base(IncidentKind kind, String edtf) {
        DamageReport r = new DamageReport();
        r.id = UUID.randomUUID();
        r.lineageId = r.id;
        r.incidentKind = kind;
        r.eventDate = EdtfDate.of(edtf);
        r.status = VerificationStatus.UNVERIFIED;
        r.submittedAt = Instant.parse("2016-01-01T00:00:00Z");
        return r;
    }
}

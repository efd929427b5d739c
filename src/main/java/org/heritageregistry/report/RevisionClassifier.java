package org.heritageregistry.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.heritageregistry.vocabulary.Condition;
import org.heritageregistry.vocabulary.EdtfDate;
import org.heritageregistry.vocabulary.RevisionKind;

/**
 * Tells an editorial correction from a substantive one by comparing the fields, never by the
 * client's word. Substantive: what is claimed (monument, incident kind, condition, extent, count,
 * control, what was affected, causes, event and
 * publication dates, certainty, source, relaying outlet) and the evidence itself (its kinds, count
 * and acquisition dates, which the rule for VERIFIED reads). Editorial: the source's wording, the
 * summary, and how evidence is described, credited, linked or located.
 */
public final class RevisionClassifier {

    /** The fields a correction changed, named as the client sends them. */
    public record Changes(Set<String> substantive, Set<String> editorial) {

        public RevisionKind kind() {
            return substantive.isEmpty() ? RevisionKind.EDITORIAL : RevisionKind.SUBSTANTIVE;
        }

        public List<String> all() {
            List<String> all = new ArrayList<>(substantive);
            all.addAll(editorial);
            return all;
        }
    }

    private RevisionClassifier() {
    }

    public static Changes compare(DamageReport old, NewReport correction) {
        Set<String> substantive = new LinkedHashSet<>();
        Set<String> editorial = new LinkedHashSet<>();
        note(substantive, "monumentId", old.monumentId, ReportService.blankToNull(correction.monumentId()));
        note(substantive, "incidentKind", old.incidentKind, IncidentFacts.kindOf(correction));
        // the kinds that claim no condition hold UNKNOWN for it
        note(substantive, "condition", old.condition, correction.condition() == null ? Condition.UNKNOWN : correction.condition());
        note(substantive, "count", old.incidentCount(), count(correction.count()));
        note(substantive, "control", old.siteControl(), correction.control() == null ? null : new SiteControl(correction.control().by().strip(), correction.control().extent()));
        note(substantive, "affected", text(old.affected), text(correction.affected()));
        note(substantive, "extent", old.extent, correction.extent());
        note(substantive, "causes", Set.copyOf(old.causes), correction.causes() == null ? Set.of() : Set.copyOf(correction.causes()));
        note(substantive, "eventDate", edtf(old.eventDate), normalized(correction.eventDate()));
        note(substantive, "publishedOn", edtf(old.publishedOn), normalized(correction.publishedOn()));
        note(substantive, "certainty", old.certainty, correction.certainty());
        note(substantive, "sourceId", old.sourceId, correction.sourceId());
        note(substantive, "relayedById", old.relayedById, correction.relayedById());
        note(editorial, "conditionWording", text(old.conditionWording), text(correction.conditionWording()));
        note(editorial, "certaintyWording", text(old.certaintyWording), text(correction.certaintyWording()));
        note(editorial, "summary", text(old.summary), text(correction.summary()));
        compareEvidence(old.evidence, correction.evidence() == null ? List.of() : correction.evidence(), substantive, editorial);
        return new Changes(substantive, editorial);
    }

    private static void compareEvidence(List<EvidenceItem> before, List<EvidenceView> after, Set<String> substantive, Set<String> editorial) {
        if (before.size() != after.size()) {
            substantive.add("evidence");
            return;
        }
        for (int i = 0; i < before.size(); i++) {
            EvidenceItem was = before.get(i);
            EvidenceView now = after.get(i);
            if (was.kind != now.kind() || !Objects.equals(was.acquiredOn, now.acquiredOn())) {
                substantive.add("evidence");
                return;
            }
            if (!Objects.equals(text(was.description), text(now.description())) || !Objects.equals(was.url, now.url())
                    || !Objects.equals(text(was.credit), text(now.credit())) || !Objects.equals(text(was.locator), text(now.locator()))) {
                editorial.add("evidence");
            }
        }
    }

    private static void note(Set<String> into, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            into.add(field);
        }
    }

    private static IncidentCount count(IncidentCount count) {
        return count == null ? null : new IncidentCount(count.value(), count.qualifier(), text(count.of()));
    }

    private static String edtf(EdtfDate date) {
        return date == null ? null : date.edtf;
    }

    private static String normalized(String edtf) {
        return edtf == null || edtf.isBlank() ? null : EdtfDate.of(edtf).edtf;
    }

    /** Blank and absent text are the same text. */
    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

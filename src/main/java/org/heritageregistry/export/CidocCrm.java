package org.heritageregistry.export;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.ws.rs.core.UriInfo;

import org.heritageregistry.condition.HistoryView;
import org.heritageregistry.dossier.MonumentView;
import org.heritageregistry.report.ClaimSummary;
import org.heritageregistry.vocabulary.IncidentKind;
import org.heritageregistry.source.SourceView;
import org.heritageregistry.vocabulary.Condition;
import org.heritageregistry.vocabulary.EdtfView;
import org.heritageregistry.vocabulary.LocalizedName;

/**
 * A monument and its condition history as JSON-LD in CIDOC-CRM (7.1) terms, for heritage
 * systems (Arches, EAMENA) that speak the ISO 21127 ontology:
 * <ul>
 * <li>the monument is an E22 Human-Made Object, its current condition an E3 Condition State
 * (P44 has condition) whose P2 has type is the registry's condition term;</li>
 * <li>each claim is an E14 Condition Assessment that P34 concerned the monument, P14 carried out
 * by its source (an E39 Actor, named only when the caller may see the name), P35 has identified
 * an E3 Condition State, and P4 has time-span an E52 whose P82a/P82b are the EDTF bounds of the
 * event date: the registry knows when the source dates the condition to, not when it looked.</li>
 * </ul>
 * Nodes get IRIs from the service's own URLs (the monument, report and source resources, with a
 * fragment for the parts of a report); the context is inline, so no processor has to fetch it.
 */
public final class CidocCrm {

    public static final String CRM = "http://www.cidoc-crm.org/cidoc-crm/";

    /** Property names and classes are CRM terms through @vocab; the bounds are typed xsd:dateTime. */
    static final Map<String, Object> CONTEXT = context();

    private static Map<String, Object> context() {
        // insertion-ordered, so that the document reads the same on every request
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("@vocab", CRM);
        context.put("crm", CRM);
        context.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        context.put("label", "rdfs:label");
        context.put("seeAlso", ordered("@id", "rdfs:seeAlso", "@type", "@id"));
        context.put("P82a_begin_of_the_begin", Map.of("@type", "xsd:dateTime"));
        context.put("P82b_end_of_the_end", Map.of("@type", "xsd:dateTime"));
        return java.util.Collections.unmodifiableMap(context);
    }

    private CidocCrm() {
    }

    /** A monument with its current condition and the assessments behind what is established and what is said. */
    public static Map<String, Object> monument(MonumentView m, UriInfo uri) {
        Map<String, Object> node = object(m, uri);
        List<ClaimSummary> claims = new ArrayList<>();
        if (m.establishedBy() != null) {
            claims.add(m.establishedBy());
        }
        if (m.latestClaim() != null && (m.establishedBy() == null || !m.latestClaim().reportId().equals(m.establishedBy().reportId()))) {
            claims.add(m.latestClaim());
        }
        node.put("P44_has_condition", currentState(m.id(), m.currentCondition(), m.establishedBy(), uri));
        node.put("P34i_was_assessed_by", claims.stream().map(c -> assessment(c, m.id(), uri)).toList());
        return document(node);
    }

    /**
     * A monument's history: every current claim as an assessment, any review status (P2 has type
     * says which). {@code m} needs only the monument's own fields, not its claims.
     */
    public static Map<String, Object> history(HistoryView history, MonumentView m, UriInfo uri) {
        Map<String, Object> node = object(m, uri);
        ClaimSummary established = history.steps().isEmpty() ? null : last(last(history.steps()).reports());
        node.put("P44_has_condition", currentState(m.id(), history.currentCondition(), established, uri));
        node.put("P34i_was_assessed_by", history.claims().stream().map(c -> assessment(c, m.id(), uri)).toList());
        return document(node);
    }

    private static Map<String, Object> document(Map<String, Object> node) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", CONTEXT);
        document.putAll(node);
        return document;
    }

    private static Map<String, Object> object(MonumentView m, UriInfo uri) {
        Map<String, Object> node = node(Links.monument(uri, m.id()), "E22_Human-Made_Object");
        node.put("label", m.name());
        List<Object> names = new ArrayList<>();
        names.add(appellation(Links.monument(uri, m.id()) + "#name", m.name(), null)); // the main name's language is not recorded
        for (int i = 0; i < m.names().size(); i++) {
            LocalizedName name = m.names().get(i);
            names.add(appellation(Links.monument(uri, m.id()) + "#name-" + (i + 1), name.name, name.lang));
        }
        node.put("P1_is_identified_by", names);
        node.put("P2_has_type", type(uri, "category", m.category().name()));
        return node;
    }

    private static Map<String, Object> appellation(String id, String text, String lang) {
        Map<String, Object> node = node(id, "E41_Appellation");
        node.put("P190_has_symbolic_content", lang == null ? text : ordered("@value", text, "@language", lang));
        return node;
    }

    private static Map<String, Object> currentState(String monumentId, Condition condition, ClaimSummary establishedBy, UriInfo uri) {
        Map<String, Object> state = node(Links.monument(uri, monumentId) + "#current-condition", "E3_Condition_State");
        state.put("P2_has_type", type(uri, "condition", condition.name()));
        if (establishedBy != null) {
            state.put("P35i_was_identified_by", Map.of("@id", assessmentId(establishedBy, uri)));
        }
        return state;
    }

    private static Map<String, Object> assessment(ClaimSummary claim, String monumentId, UriInfo uri) {
        if (claim.incidentKind() != IncidentKind.CONDITION) {
            return incidentClaim(claim, monumentId, uri);
        }
        String report = Links.report(uri, claim.reportId());
        Map<String, Object> node = node(assessmentId(claim, uri), "E14_Condition_Assessment");
        node.put("P2_has_type", type(uri, "verification-status", claim.status().name()));
        node.put("P34_concerned", Map.of("@id", Links.monument(uri, monumentId)));
        node.put("P14_carried_out_by", actor(claim.source(), uri));
        node.put("P4_has_time-span", timeSpan(report + "#event-date", claim.eventDate()));
        Map<String, Object> state = node(report + "#condition", "E3_Condition_State");
        state.put("P2_has_type", type(uri, "condition", claim.condition().name()));
        if (claim.conditionWording() != null) {
            state.put("P3_has_note", claim.conditionWording());
        }
        node.put("P35_has_identified", state);
        node.put("seeAlso", report);
        return node;
    }

    /**
     * A claim of another kind than condition: the source's E13 Attribute Assignment (P14 by the
     * source, P140 about the monument) that P141 assigned an event to it. The event's class fits
     * its kind: looting is an E10 Transfer of Custody (CRM's class for custody taken, theft
     * included) of the E19 objects concerned; misuse, harm to staff and control are E7 Activities,
     * harm to staff P11 with the E21 people concerned, control P14 carried out by the E74 group
     * that holds the site. A number is an E54 Dimension, its qualifier the dimension's type.
     */
    private static Map<String, Object> incidentClaim(ClaimSummary claim, String monumentId, UriInfo uri) {
        String report = Links.report(uri, claim.reportId());
        Map<String, Object> node = node(assessmentId(claim, uri), "E13_Attribute_Assignment");
        node.put("P2_has_type", type(uri, "verification-status", claim.status().name()));
        node.put("P140_assigned_attribute_to", Map.of("@id", Links.monument(uri, monumentId)));
        node.put("P14_carried_out_by", actor(claim.source(), uri));
        Map<String, Object> event = node(report + "#incident", claim.incidentKind() == IncidentKind.LOOTING ? "E10_Transfer_of_Custody" : "E7_Activity");
        event.put("P2_has_type", type(uri, "incident-kind", claim.incidentKind().name()));
        event.put("P4_has_time-span", timeSpan(report + "#event-date", claim.eventDate()));
        if (claim.affected() != null) {
            String kind = switch (claim.incidentKind()) {
                case LOOTING -> "E19_Physical_Object";
                case HARM_TO_STAFF -> "E21_Person";
                default -> "E1_CRM_Entity";
            };
            Map<String, Object> affected = node(report + "#affected", kind);
            affected.put("label", claim.affected());
            event.put(claim.incidentKind() == IncidentKind.LOOTING ? "P30_transferred_custody_of" : "P11_had_participant", affected);
        }
        if (claim.control() != null) {
            Map<String, Object> group = node(report + "#controlled-by", "E74_Group");
            group.put("label", claim.control().by());
            event.put("P14_carried_out_by", group);
            event.put("P3_has_note", "control: " + claim.control().extent());
        }
        if (claim.count() != null) {
            Map<String, Object> dimension = node(report + "#count", "E54_Dimension");
            dimension.put("P2_has_type", type(uri, "count-qualifier", claim.count().qualifier().name()));
            dimension.put("P90_has_value", claim.count().value());
            if (claim.count().of() != null) {
                dimension.put("P3_has_note", claim.count().of());
            }
            event.put("P43_has_dimension", dimension);
        }
        if (claim.conditionWording() != null) {
            node.put("P3_has_note", claim.conditionWording());
        }
        node.put("P141_assigned", event);
        node.put("seeAlso", report);
        return node;
    }

    private static String assessmentId(ClaimSummary claim, UriInfo uri) {
        return Links.report(uri, claim.reportId()) + "#assessment";
    }

    /** The source as the caller may see it: a masked confidential source is only an actor of its kind. */
    private static Map<String, Object> actor(SourceView source, UriInfo uri) {
        Map<String, Object> actor = node(Links.source(uri, source.id()), "E39_Actor");
        if (source.name() != null) {
            actor.put("label", source.name());
        }
        actor.put("P2_has_type", type(uri, "source-kind", source.kind().name()));
        return actor;
    }

    /** The EDTF date's day bounds as instants: the begin of its earliest day, the end of its latest; an open bound is left out. */
    private static Map<String, Object> timeSpan(String id, EdtfView date) {
        Map<String, Object> span = node(id, "E52_Time-Span");
        span.put("label", date.edtf());
        if (date.earliest() != null) {
            span.put("P82a_begin_of_the_begin", date.earliest().atStartOfDay(ZoneOffset.UTC).toInstant().toString());
        }
        if (date.latest() != null) {
            LocalDate after = date.latest().plusDays(1);
            span.put("P82b_end_of_the_end", after.atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1).toString());
        }
        return span;
    }

    private static Map<String, Object> type(UriInfo uri, String vocabulary, String term) {
        Map<String, Object> type = node(Links.term(uri, vocabulary, term), "E55_Type");
        type.put("label", term);
        return type;
    }

    private static Map<String, Object> node(String id, String type) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@id", Objects.requireNonNull(id));
        node.put("@type", type);
        return node;
    }

    /** A two-member object in the order given (Map.of's order changes from run to run). */
    private static Map<String, Object> ordered(String key1, Object value1, String key2, Object value2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key1, value1);
        map.put(key2, value2);
        return map;
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }
}

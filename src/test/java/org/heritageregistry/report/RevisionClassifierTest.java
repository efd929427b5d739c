package org.heritageregistry.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.heritageregistry.vocabulary.Cause;
import org.heritageregistry.vocabulary.Certainty;
import org.heritageregistry.vocabulary.Condition;
import org.heritageregistry.vocabulary.CountQualifier;
import org.heritageregistry.vocabulary.IncidentKind;
import org.heritageregistry.vocabulary.DamageExtent;
import org.heritageregistry.vocabulary.EvidenceKind;
import org.heritageregistry.vocabulary.RevisionKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The revision classifier as a table: what a correction changes, and whether that is editorial. */
class RevisionClassifierTest {

    private static final UUID SOURCE = UUID.fromString("6e729213-9f73-4b0c-b48e-871ddb3b54e0");
    private static final UUID OTHER = UUID.fromString("f4a11630-a422-4df5-a1df-24cab4825b8c");
    private static final EvidenceView ARTICLE = new EvidenceView(EvidenceKind.ARTICLE, "News item A7", null, null, null, "seeds/palmyra-news-2015-2016.txt#L84");
    private static final EvidenceView IMAGE = new EvidenceView(EvidenceKind.SATELLITE_IMAGE, "UNOSAT imagery", null, "UNITAR/UNOSAT", LocalDate.of(2015, 8, 31), null);

    private static NewReport original() {
        return new NewReport("temple-of-bel", null, null, Condition.DESTROYED, "It is total destruction", DamageExtent.UP_TO_100, null, null, null, Set.of(Cause.EXPLOSIVES),
                "2015-08-30~", "2015-08-31~", Certainty.HIGH, "one Palmyra resident told AP", SOURCE, null, "Only the wall remains.",
                List.of(ARTICLE, IMAGE), null);
    }

    private static NewReport with(UnaryOperator<Builder> change) {
        return change.apply(new Builder(original())).build();
    }

    /** The theatre's executions as seed line L70 gives them: a MISUSE report with its count. */
    private static NewReport executions() {
        return new NewReport("roman-theatre", null, IncidentKind.MISUSE, null, "the killing of 25 Syrian soldiers", null,
                new IncidentCount(25, CountQualifier.EXACTLY, "Syrian soldiers killed"), null, "captured Syrian soldiers", Set.of(Cause.MISUSE),
                "2015-05-21/2015-10-27", null, Certainty.HIGH, "stated as fact", SOURCE, null, null, List.of(ARTICLE), null);
    }

    private static NewReport executionsWith(UnaryOperator<Builder> change) {
        return change.apply(new Builder(executions())).build();
    }

    static Stream<Arguments> incidentCorrections() {
        return Stream.of(
                Arguments.of("nothing changed", executionsWith(b -> b), RevisionKind.EDITORIAL, Set.of(), Set.of()),
                Arguments.of("what is counted, respelt", executionsWith(b -> b.count(new IncidentCount(25, CountQualifier.EXACTLY, "Syrian soldiers killed "))),
                        RevisionKind.EDITORIAL, Set.of(), Set.of()),
                Arguments.of("the number", executionsWith(b -> b.count(new IncidentCount(20, CountQualifier.MORE_THAN, "Syrian soldiers killed"))),
                        RevisionKind.SUBSTANTIVE, Set.of("count"), Set.of()),
                Arguments.of("the number withdrawn", executionsWith(b -> b.count(null)), RevisionKind.SUBSTANTIVE, Set.of("count"), Set.of()),
                Arguments.of("who was affected", executionsWith(b -> b.affected("captured Syrian army soldiers")), RevisionKind.SUBSTANTIVE, Set.of("affected"), Set.of()),
                Arguments.of("the kind of incident", executionsWith(b -> b.incidentKind(IncidentKind.HARM_TO_STAFF)), RevisionKind.SUBSTANTIVE,
                        Set.of("incidentKind"), Set.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("incidentCorrections")
    void theFactsOfAnIncidentAreSubstantive(String what, NewReport correction, RevisionKind kind, Set<String> substantive, Set<String> editorial) {
        var changes = RevisionClassifier.compare(recorded(executions()), correction);
        assertEquals(kind, changes.kind(), what);
        assertEquals(substantive, changes.substantive(), what);
        assertEquals(editorial, changes.editorial(), what);
    }

    static Stream<Arguments> corrections() {
        return Stream.of(
                Arguments.of("nothing changed", with(b -> b), RevisionKind.EDITORIAL, Set.of(), Set.of()),
                Arguments.of("summary spelling", with(b -> b.summary("Only the wall remains standing.")), RevisionKind.EDITORIAL, Set.of(), Set.of("summary")),
                Arguments.of("the source's wording", with(b -> b.conditionWording("\"It is total destruction\"")), RevisionKind.EDITORIAL, Set.of(), Set.of("conditionWording")),
                Arguments.of("certainty phrase", with(b -> b.certaintyWording("a resident told AP")), RevisionKind.EDITORIAL, Set.of(), Set.of("certaintyWording")),
                Arguments.of("blank summary is no summary", with(b -> b.summary("Only the wall remains. ")), RevisionKind.EDITORIAL, Set.of(), Set.of()),
                Arguments.of("an evidence link", with(b -> b.evidence(List.of(new EvidenceView(EvidenceKind.ARTICLE, "News item A7", "https://example.org/a7", null, null, ARTICLE.locator()), IMAGE))),
                        RevisionKind.EDITORIAL, Set.of(), Set.of("evidence")),
                Arguments.of("condition", with(b -> b.condition(Condition.SEVERELY_DAMAGED)), RevisionKind.SUBSTANTIVE, Set.of("condition"), Set.of()),
                Arguments.of("extent", with(b -> b.extent(DamageExtent.UP_TO_90)), RevisionKind.SUBSTANTIVE, Set.of("extent"), Set.of()),
                Arguments.of("causes", with(b -> b.causes(Set.of(Cause.EXPLOSIVES, Cause.LOOTING))), RevisionKind.SUBSTANTIVE, Set.of("causes"), Set.of()),
                Arguments.of("event date", with(b -> b.eventDate("2015-08-30")), RevisionKind.SUBSTANTIVE, Set.of("eventDate"), Set.of()),
                Arguments.of("publication date", with(b -> b.publishedOn("2015-09-01")), RevisionKind.SUBSTANTIVE, Set.of("publishedOn"), Set.of()),
                Arguments.of("certainty", with(b -> b.certainty(Certainty.MEDIUM)), RevisionKind.SUBSTANTIVE, Set.of("certainty"), Set.of()),
                Arguments.of("source", with(b -> b.sourceId(OTHER)), RevisionKind.SUBSTANTIVE, Set.of("sourceId"), Set.of()),
                Arguments.of("relaying outlet", with(b -> b.relayedById(OTHER)), RevisionKind.SUBSTANTIVE, Set.of("relayedById"), Set.of()),
                Arguments.of("evidence removed", with(b -> b.evidence(List.of(ARTICLE))), RevisionKind.SUBSTANTIVE, Set.of("evidence"), Set.of()),
                Arguments.of("evidence kind", with(b -> b.evidence(List.of(ARTICLE, new EvidenceView(EvidenceKind.PHOTO, IMAGE.description(), null, IMAGE.credit(), IMAGE.acquiredOn(), null)))),
                        RevisionKind.SUBSTANTIVE, Set.of("evidence"), Set.of()),
                Arguments.of("image acquired on another day", with(b -> b.evidence(List.of(ARTICLE, new EvidenceView(EvidenceKind.SATELLITE_IMAGE, IMAGE.description(), null, IMAGE.credit(), LocalDate.of(2015, 9, 2), null)))),
                        RevisionKind.SUBSTANTIVE, Set.of("evidence"), Set.of()),
                Arguments.of("wording and condition together", with(b -> b.summary("Partly destroyed.").condition(Condition.SEVERELY_DAMAGED)),
                        RevisionKind.SUBSTANTIVE, Set.of("condition"), Set.of("summary")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corrections")
    void aCorrectionIsEditorialOnlyWhenNothingClaimedChanged(String what, NewReport correction, RevisionKind kind, Set<String> substantive, Set<String> editorial) {
        var changes = RevisionClassifier.compare(recorded(original()), correction);
        assertEquals(kind, changes.kind(), what);
        assertEquals(substantive, changes.substantive(), what);
        assertEquals(editorial, changes.editorial(), what);
    }

    private static DamageReport recorded(NewReport request) {
        return ReportService.claim(UUID.randomUUID(), request, "palmyra", "curator", Instant.now());
    }

    /** Changes one field of a NewReport at a time (records have no withers). */
    private static final class Builder {
        private String monumentId, siteId, affected, conditionWording, eventDate, publishedOn, certaintyWording, summary;
        private IncidentKind incidentKind;
        private IncidentCount count;
        private SiteControl control;
        private Condition condition;
        private DamageExtent extent;
        private Set<Cause> causes;
        private Certainty certainty;
        private UUID sourceId, relayedById;
        private List<EvidenceView> evidence;

        Builder(NewReport r) {
            monumentId = r.monumentId(); siteId = r.siteId(); incidentKind = r.incidentKind(); count = r.count(); control = r.control(); affected = r.affected();
            condition = r.condition(); conditionWording = r.conditionWording(); extent = r.extent(); causes = r.causes();
            eventDate = r.eventDate(); publishedOn = r.publishedOn(); certainty = r.certainty(); certaintyWording = r.certaintyWording();
            sourceId = r.sourceId(); relayedById = r.relayedById(); summary = r.summary(); evidence = r.evidence();
        }

        Builder incidentKind(IncidentKind v) { incidentKind = v; return this; }
        Builder count(IncidentCount v) { count = v; return this; }
        Builder affected(String v) { affected = v; return this; }
        Builder condition(Condition v) { condition = v; return this; }
        Builder conditionWording(String v) { conditionWording = v; return this; }
        Builder extent(DamageExtent v) { extent = v; return this; }
        Builder causes(Set<Cause> v) { causes = v; return this; }
        Builder eventDate(String v) { eventDate = v; return this; }
        Builder publishedOn(String v) { publishedOn = v; return this; }
        Builder certainty(Certainty v) { certainty = v; return this; }
        Builder certaintyWording(String v) { certaintyWording = v; return this; }
        Builder sourceId(UUID v) { sourceId = v; return this; }
        Builder relayedById(UUID v) { relayedById = v; return this; }
        Builder summary(String v) { summary = v; return this; }
        Builder evidence(List<EvidenceView> v) { evidence = v; return this; }

        NewReport build() {
            return new NewReport(monumentId, siteId, incidentKind, condition, conditionWording, extent, count, control, affected, causes, eventDate, publishedOn, certainty, certaintyWording,
                    sourceId, relayedById, summary, evidence, null);
        }
    }
}

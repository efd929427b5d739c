package org.heritageregistry.conflict;

import static org.heritageregistry.conflict.Claims.concerning;
import static org.heritageregistry.conflict.Claims.condition;
import static org.heritageregistry.conflict.Claims.control;
import static org.heritageregistry.conflict.Claims.counted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.heritageregistry.report.DamageReport;
import org.heritageregistry.vocabulary.Cause;
import org.heritageregistry.vocabulary.Condition;
import org.heritageregistry.vocabulary.ControlExtent;
import org.heritageregistry.vocabulary.CountQualifier;
import org.heritageregistry.vocabulary.DamageExtent;
import org.heritageregistry.vocabulary.IncidentKind;
import org.heritageregistry.vocabulary.VerificationStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The conflict rules as a table of pairs: what disagrees, about what, and what does not. */
class ConflictDetectorTest {

    static Stream<Arguments> pairs() {
        return Stream.of(
                // condition
                Arguments.of("Bel: part against total, the same days", condition(Condition.SEVERELY_DAMAGED, "2015-08-30"), condition(Condition.DESTROYED, "2015-08-30~"), ConflictKind.CONDITION),
                Arguments.of("an open end overlaps everything after its start", condition(Condition.DESTROYED, "2015-08-23/.."), condition(Condition.INTACT, "2016-03-27"), ConflictKind.CONDITION),
                Arguments.of("unspecified digits overlap the day inside them", condition(Condition.DESTROYED, "2015-08-2X"), condition(Condition.MODERATELY_DAMAGED, "2015-08-25"), ConflictKind.CONDITION),
                Arguments.of("UNKNOWN disagrees with nothing", condition(Condition.UNKNOWN, "2015-08-30"), condition(Condition.DESTROYED, "2015-08-30"), null),
                Arguments.of("a change over time is not a conflict", condition(Condition.INTACT, "2015-05"), condition(Condition.DESTROYED, "2015-08-30"), null),
                // extent
                Arguments.of("same condition, different known extents", condition(Condition.SEVERELY_DAMAGED, DamageExtent.UP_TO_30, "2015-08"), condition(Condition.SEVERELY_DAMAGED, DamageExtent.UP_TO_90, "2015-08-30"), ConflictKind.EXTENT),
                Arguments.of("an unknown extent agrees with any", condition(Condition.SEVERELY_DAMAGED, DamageExtent.UNKNOWN, "2015-08"), condition(Condition.SEVERELY_DAMAGED, DamageExtent.UP_TO_90, "2015-08-30"), null),
                Arguments.of("same condition and extent", condition(Condition.DESTROYED, DamageExtent.UP_TO_100, "2015-08"), condition(Condition.DESTROYED, DamageExtent.UP_TO_100, "2015-08-30"), null),
                // date
                Arguments.of("Baalshamin: 23 August against a month before, the same cause", condition(Condition.SEVERELY_DAMAGED, "2015-08-23"), condition(Condition.SEVERELY_DAMAGED, "2015-07-24~"), ConflictKind.DATE),
                Arguments.of("the same change 60 days apart with no shared cause", condition(Condition.SEVERELY_DAMAGED, "2015-08-23", Cause.EXPLOSIVES), condition(Condition.SEVERELY_DAMAGED, "2015-07-01", Cause.BULLDOZING), null),
                Arguments.of("the same damage twice, a year apart", condition(Condition.SEVERELY_DAMAGED, "2015-08-23"), condition(Condition.SEVERELY_DAMAGED, "2016-08-23"), null),
                Arguments.of("the Arch destroyed at the capture and again in October", condition(Condition.DESTROYED, "2015-05", Cause.UNKNOWN), condition(Condition.DESTROYED, "2015-10-04"), ConflictKind.DATE),
                Arguments.of("destroyed twice more than a year apart", condition(Condition.DESTROYED, "2013-05"), condition(Condition.DESTROYED, "2015-10-04"), null),
                Arguments.of("intact on two dates is not a change", condition(Condition.INTACT, "2015-05-01"), condition(Condition.INTACT, "2015-05-20"), null),
                // count
                Arguments.of("theatre: 25 against more than 20", counted(IncidentKind.MISUSE, 25, CountQualifier.EXACTLY, "2015-05-21/2015-10-27"), counted(IncidentKind.MISUSE, 20, CountQualifier.MORE_THAN, "2015-07"), ConflictKind.COUNT),
                Arguments.of("the same number said the same way", counted(IncidentKind.MISUSE, 25, CountQualifier.EXACTLY, "2015-07"), counted(IncidentKind.MISUSE, 25, CountQualifier.EXACTLY, "2015-07-04"), null),
                Arguments.of("numbers for different kinds of incident", counted(IncidentKind.MISUSE, 25, CountQualifier.EXACTLY, "2015-07"), counted(IncidentKind.LOOTING, 3, CountQualifier.EXACTLY, "2015-07"), null),
                Arguments.of("numbers in windows apart", counted(IncidentKind.LOOTING, 3, CountQualifier.EXACTLY, "2015-07"), counted(IncidentKind.LOOTING, 40, CountQualifier.ABOUT, "2016-02"), null),
                // the date of an incident that is not a condition
                Arguments.of("one killing on two dates", concerning(IncidentKind.HARM_TO_STAFF, "Khaled al-Asaad", "2015-08-18"), concerning(IncidentKind.HARM_TO_STAFF, "khaled  al-asaad", "2015-09-20"), ConflictKind.DATE),
                Arguments.of("the same person, accents aside", concerning(IncidentKind.HARM_TO_STAFF, "Khāled al-Asaad", "2015-08-18"), concerning(IncidentKind.HARM_TO_STAFF, "Khaled al-Asaad", "2015-09-20"), ConflictKind.DATE),
                Arguments.of("the same incident months apart is two incidents", concerning(IncidentKind.LOOTING, "museum storerooms", "2015-06"), concerning(IncidentKind.LOOTING, "museum storerooms", "2016-01"), null),
                Arguments.of("different people concerned", concerning(IncidentKind.HARM_TO_STAFF, "Khaled al-Asaad", "2015-08-18"), concerning(IncidentKind.HARM_TO_STAFF, "a site guard", "2015-09-20"), null),
                Arguments.of("one report says whom, the other does not", concerning(IncidentKind.HARM_TO_STAFF, "Khaled al-Asaad", "2015-08-18"), concerning(IncidentKind.HARM_TO_STAFF, " ", "2015-09-20"), null),
                // control
                Arguments.of("recapture: full control against contested", control("Syrian government forces", ControlExtent.FULL, "2016-03-27~"), control("Syrian government forces", ControlExtent.CONTESTED, "2016-03-27"), ConflictKind.CONTROL),
                Arguments.of("different parties, the same days", control("ISIS", ControlExtent.FULL, "2015-05"), control("Syrian government forces", ControlExtent.FULL, "2015-05-25"), ConflictKind.CONTROL),
                Arguments.of("the same party spelt differently", control("ISIS", ControlExtent.FULL, "2015-05"), control(" isis ", ControlExtent.FULL, "2015-05-25"), null),
                Arguments.of("control on two dates is two observations", control("ISIS", ControlExtent.FULL, "2015-05"), control("Syrian government forces", ControlExtent.FULL, "2016-03-27"), null),
                // kinds are compared only with themselves
                Arguments.of("a condition and a control claim", condition(Condition.DESTROYED, "2015-05"), control("ISIS", ControlExtent.FULL, "2015-05"), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void decidesWhatDisagrees(String what, DamageReport a, DamageReport b, ConflictKind expected) {
        assertEquals(expected, ConflictDetector.detect(a, b).map(ConflictDetector.Disagreement::kind).orElse(null), what);
        assertEquals(expected, ConflictDetector.detect(b, a).map(ConflictDetector.Disagreement::kind).orElse(null), what + ", the other way round");
    }

    @Test
    void oneConflictPerDisagreementThroughReportsThatLinkThem() {
        DamageReport dgam = condition(Condition.SEVERELY_DAMAGED, "2015-08-23");
        DamageReport sohr = condition(Condition.DESTROYED, "2015-08-23~");
        DamageReport satellite = condition(Condition.DESTROYED, "2015-08-2X");
        DamageReport later = condition(Condition.INTACT, "2016-03-27");
        List<ConflictGroups.Group> groups = ConflictGroups.of(List.of(dgam, sohr, satellite, later));
        assertEquals(1, groups.size(), groups.toString());
        assertEquals(ConflictKind.CONDITION, groups.get(0).kind());
        assertEquals(3, groups.get(0).reports().size());
        assertEquals("3 reports disagree on the condition for overlapping event dates: DESTROYED (2); SEVERELY_DAMAGED", groups.get(0).description());
    }

    @Test
    void aDisagreementStandsWhileTwoOfItsReportsThatDisagreeStand() {
        DamageReport part = condition(Condition.SEVERELY_DAMAGED, "2015-08-30");
        DamageReport total = condition(Condition.DESTROYED, "2015-08-30");
        DamageReport again = condition(Condition.DESTROYED, "2015-08-30~");
        assertEquals(true, ConflictGroups.of(List.of(part, total, again)).get(0).standing());
        Claims.with(part, VerificationStatus.DISPUTED);
        // the two DESTROYED claims agree: once the only other claim is disputed, nothing stands against them
        assertEquals(false, ConflictGroups.of(List.of(part, total, again)).get(0).standing());
    }

    @Test
    void kindsMakeSeparateConflictsOverTheSameReports() {
        DamageReport a = condition(Condition.SEVERELY_DAMAGED, DamageExtent.UP_TO_30, "2015-08-30");
        DamageReport b = condition(Condition.SEVERELY_DAMAGED, DamageExtent.UP_TO_90, "2015-08-30");
        DamageReport c = condition(Condition.DESTROYED, "2015-08-30");
        List<ConflictKind> kinds = ConflictGroups.of(List.of(a, b, c)).stream().map(ConflictGroups.Group::kind).sorted().toList();
        assertEquals(List.of(ConflictKind.CONDITION, ConflictKind.EXTENT), kinds);
    }

    @Test
    void anIncidentDatedTwiceNamesWhatItConcerns() {
        List<ConflictGroups.Group> groups = ConflictGroups.of(List.of(concerning(IncidentKind.HARM_TO_STAFF, "Khaled al-Asaad", "2015-08-18"),
                concerning(IncidentKind.HARM_TO_STAFF, "Khaled al-Asaad", "2015-09-20"), concerning(IncidentKind.HARM_TO_STAFF, "Khaled al-Asaad", "2015-07-01")));
        assertEquals(1, groups.size());
        assertEquals("3 reports date the same incident (HARM_TO_STAFF: Khaled al-Asaad) incompatibly: 2015-07-01; 2015-08-18; 2015-09-20", groups.get(0).description());
    }
}

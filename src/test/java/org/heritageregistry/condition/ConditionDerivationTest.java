package org.heritageregistry.condition;

import static org.heritageregistry.conflict.Claims.condition;
import static org.heritageregistry.conflict.Claims.control;
import static org.heritageregistry.conflict.Claims.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.heritageregistry.report.DamageReport;
import org.heritageregistry.vocabulary.Condition;
import org.heritageregistry.vocabulary.ControlExtent;
import org.heritageregistry.vocabulary.VerificationStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The condition rule as a table: which report establishes a monument's condition, and when the
 * condition is contested. Each row is a monument's current reports; the expected condition and the
 * number of established reports that contest it.
 */
class ConditionDerivationTest {

    private static final VerificationStatus V = VerificationStatus.VERIFIED;
    private static final VerificationStatus C = VerificationStatus.CORROBORATED;
    private static final VerificationStatus U = VerificationStatus.UNVERIFIED;
    private static final VerificationStatus D = VerificationStatus.DISPUTED;
    private static final VerificationStatus R = VerificationStatus.REJECTED;

    static Stream<Arguments> monuments() {
        return Stream.of(
                Arguments.of("no reports: unknown", List.of(), Condition.UNKNOWN, 0),
                Arguments.of("only unverified claims establish nothing", List.of(with(condition(Condition.DESTROYED, "2015-08-30"), U)), Condition.UNKNOWN, 0),
                Arguments.of("disputed and rejected claims establish nothing",
                        List.of(with(condition(Condition.DESTROYED, "2015-08-30"), D), with(condition(Condition.SEVERELY_DAMAGED, "2015-08-30"), R)), Condition.UNKNOWN, 0),
                Arguments.of("a verified claim establishes", List.of(with(condition(Condition.DESTROYED, "2015-08-30"), V)), Condition.DESTROYED, 0),
                Arguments.of("a corroborated claim establishes", List.of(with(condition(Condition.SEVERELY_DAMAGED, "2015-08-30"), C)), Condition.SEVERELY_DAMAGED, 0),
                Arguments.of("the latest established event wins, not the latest recorded",
                        List.of(with(condition(Condition.INTACT, "2016-03-27"), V), with(condition(Condition.DESTROYED, "2015-08-30"), V)), Condition.INTACT, 0),
                Arguments.of("a later unverified claim does not move the condition",
                        List.of(with(condition(Condition.DESTROYED, "2015-08-30"), V), with(condition(Condition.INTACT, "2016-03-27"), U)), Condition.DESTROYED, 0),
                Arguments.of("two verified claims that disagree for the same days: contested",
                        List.of(with(condition(Condition.DESTROYED, "2015-08-23/2015-09-04"), V), with(condition(Condition.SEVERELY_DAMAGED, "2015-08-23"), V)),
                        Condition.DESTROYED, 1),
                Arguments.of("a disagreeing claim that is only unverified does not contest",
                        List.of(with(condition(Condition.DESTROYED, "2015-08-30"), V), with(condition(Condition.SEVERELY_DAMAGED, "2015-08-30"), U)), Condition.DESTROYED, 0),
                Arguments.of("verified claims that agree do not contest",
                        List.of(with(condition(Condition.DESTROYED, "2015-08-30"), V), with(condition(Condition.DESTROYED, "2015-08-30~"), C)), Condition.DESTROYED, 0),
                Arguments.of("a verified claim about an earlier time is history, not a contest",
                        List.of(with(condition(Condition.INTACT, "2015-05"), V), with(condition(Condition.DESTROYED, "2015-08-30"), V)), Condition.DESTROYED, 0),
                Arguments.of("claims that are not about condition are not condition",
                        List.of(with(control("ISIS", ControlExtent.FULL, "2015-05-21"), V)), Condition.UNKNOWN, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("monuments")
    void derivesTheConditionAndWhetherItIsContested(String what, List<DamageReport> reports, Condition expected, int contesting) {
        var established = ConditionService.currentConditionReport(reports);
        assertEquals(expected, established.map(r -> r.condition).orElse(Condition.UNKNOWN), what);
        assertEquals(contesting, established.map(r -> ConditionService.contesting(r, reports, List.of()).size()).orElse(0), what);
    }

    @org.junit.jupiter.api.Test
    void aSettledConflictNoLongerContests() {
        DamageReport dgam = with(condition(Condition.SEVERELY_DAMAGED, "2015-08-23"), V);
        DamageReport satellite = with(condition(Condition.DESTROYED, "2015-08-23/2015-09-04"), V);
        List<DamageReport> reports = List.of(dgam, satellite);
        DamageReport established = ConditionService.currentConditionReport(reports).orElseThrow();
        assertEquals(1, ConditionService.contesting(established, reports, List.of()).size());
        List<Set<UUID>> settled = List.of(Set.of(dgam.lineageId, satellite.lineageId));
        assertEquals(0, ConditionService.contesting(established, reports, settled).size());
        // a settlement of some other disagreement does not count
        assertEquals(1, ConditionService.contesting(established, reports, List.of(Set.of(dgam.lineageId, UUID.randomUUID()))).size());
    }
}

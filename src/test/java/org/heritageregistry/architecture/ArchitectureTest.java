package org.heritageregistry.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;

/**
 * The shape of the code, held by a test so it stays: packages stacked in layers, each importing
 * only from the layers below it, and no two packages importing each other. The layers, bottom up,
 * are the ones docs/architecture.md draws; a new package must be placed in one of them here.
 * Plain JUnit over the compiled classes: no application is started.
 */
class ArchitectureTest {

    private static final String ROOT = "org.heritageregistry";

    /** Bottom first. Packages in one layer may use each other (without a cycle); a layer uses only the layers below it. */
    static final List<List<String>> LAYERS = List.of(
            List.of("vocabulary"),
            List.of("common"),
            List.of("idempotency", "audit", "feed"),
            List.of("operations", "account"),
            List.of("site", "source"),
            List.of("monument"),
            List.of("report"),
            List.of("conflict"),
            List.of("condition"),
            List.of("review"),
            List.of("dossier"),
            List.of("export", "webhook", "backup", "seed", "imports"),
            List.of("api", "pages"));

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    @Test
    void noTwoPackagesDependOnEachOtherThroughAnyChain() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        Architectures.LayeredArchitecture layered = Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (int i = 0; i < LAYERS.size(); i++) {
            layered = layered.layer(layerName(i)).definedBy(LAYERS.get(i).stream().map(p -> ROOT + "." + p + "..").toArray(String[]::new));
        }
        for (int i = 0; i < LAYERS.size() - 1; i++) {
            List<String> above = new ArrayList<>();
            for (int j = i + 1; j < LAYERS.size(); j++) {
                above.add(layerName(j));
            }
            layered = layered.whereLayer(layerName(i)).mayOnlyBeAccessedByLayers(above.toArray(String[]::new));
        }
        layered = layered.whereLayer(layerName(LAYERS.size() - 1)).mayNotBeAccessedByAnyLayer();
        layered.check(classes);
    }

    @Test
    void everyPackageOfTheCodeHasAPlaceInTheLayers() {
        var placed = LAYERS.stream().flatMap(List::stream).map(p -> ROOT + "." + p).toList();
        noClasses().should().resideOutsideOfPackages(placed.stream().map(p -> p + "..").toArray(String[]::new))
                .because("a new package needs a layer in ArchitectureTest.LAYERS and docs/architecture.md")
                .check(classes);
    }

    @Test
    void theVocabularyImportsNothingOfOurs() {
        noClasses().that().resideInAPackage(ROOT + ".vocabulary..")
                .should().dependOnClassesThat(resideInAPackage(ROOT + "..").and(resideOutsideOfPackage(ROOT + ".vocabulary..")))
                .check(classes);
    }

    @Test
    void theApiAndThePagesAreTwoFacesThatDoNotUseEachOther() {
        noClasses().that().resideInAPackage(ROOT + ".api..").should().dependOnClassesThat().resideInAPackage(ROOT + ".pages..").check(classes);
        noClasses().that().resideInAPackage(ROOT + ".pages..").should().dependOnClassesThat().resideInAPackage(ROOT + ".api..").check(classes);
    }

    @Test
    void theFacesLeaveIdempotencyTransactionsAndMetricsToTheUseCases() {
        noClasses().that().resideInAnyPackage(ROOT + ".api..", ROOT + ".pages..")
                .should().dependOnClassesThat().haveFullyQualifiedName(ROOT + ".operations.RegistryMetrics")
                .orShould().callMethodWhere(target(name("execute")).and(target(owner(simpleName("Idempotency")))))
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.quarkus.narayana.jta.QuarkusTransaction")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.transaction.Transactional")
                .because("each write is one use-case method of its feature's service, which the API and the pages both call")
                .check(classes);
    }

    private static String layerName(int layer) {
        return String.join("+", LAYERS.get(layer));
    }
}

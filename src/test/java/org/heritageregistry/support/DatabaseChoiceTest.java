package org.heritageregistry.support;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The PostgreSQL stage of CI runs only {@link DatabaseTest} classes, so a new {@code @QuarkusTest}
 * that forgot the tag would silently never meet PostgreSQL. Every one must therefore say which it
 * is. Plain JUnit over the compiled test classes: no application is started.
 */
class DatabaseChoiceTest {

    private static JavaClasses tests;

    @BeforeAll
    static void importTestClasses() {
        tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS).importPackages("org.heritageregistry");
    }

    @Test
    void everyQuarkusTestSaysWhetherItDependsOnTheDatabase() {
        classes().that().areAnnotatedWith(QuarkusTest.class)
                .should().beAnnotatedWith(DatabaseTest.class).orShould().beAnnotatedWith(DatabaseIndependent.class)
                .because("the PostgreSQL stage runs only @DatabaseTest classes (see DatabaseTest for the rule; when in doubt, tag)")
                .check(tests);
    }

    @Test
    void noClassSaysBoth() {
        noClasses().that().areAnnotatedWith(DatabaseTest.class).should().beAnnotatedWith(DatabaseIndependent.class).check(tests);
    }
}

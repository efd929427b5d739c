package org.heritageregistry.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test class whose outcome can depend on the database under the service: the ones CI runs a
 * second time, on PostgreSQL.
 * <p>
 * CI runs the whole suite on the embedded H2 database ({@code ./mvnw verify}), then only the classes
 * tagged {@value #TAG} on PostgreSQL ({@code ./mvnw verify -Ppostgres}, whose surefire and failsafe
 * take {@code groups=database}; {@code -Dpostgres.test.groups=} runs everything there). A class is
 * tagged when any of its tests exercises what the two databases may do differently: queries
 * (filters, text search, ordering, paging), transactions, locking and concurrent writers,
 * constraints, migrations and the seed, values stored and read back (text, NUL, dates, instants),
 * the change feed and the webhook outbox, idempotency races, backup and restore, the derivation of
 * conditions and conflicts, asOf, statement counts, bulk loads, and what exists only on
 * PostgreSQL (LISTEN/NOTIFY). When in doubt, tag: a tagged class costs seconds on PostgreSQL, an
 * untagged one that needed it is a gap nobody sees.
 * <p>
 * A {@code @QuarkusTest} that proves nothing new on PostgreSQL (HTTP headers and limits, content
 * negotiation, page rendering, the browser, configuration, the contract, authorization and
 * masking decided in Java) says so with {@link DatabaseIndependent} and its reason instead; every
 * {@code @QuarkusTest} carries one of the two ({@link DatabaseChoiceTest}). Plain JUnit tests start
 * no service and need neither.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(DatabaseTest.TAG)
public @interface DatabaseTest {

    /** The JUnit tag, as the postgres profile of pom.xml names it. */
    String TAG = "database";
}

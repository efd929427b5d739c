package org.heritageregistry.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code @QuarkusTest} whose outcome does not depend on the database under the service, so CI
 * runs it on the embedded H2 database only and leaves it out of the PostgreSQL stage. The value
 * says why; the rule, and what counts as depending on the database, is in {@link DatabaseTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface DatabaseIndependent {

    /** Why this class would prove nothing new on PostgreSQL. */
    String value();
}

package org.heritageregistry.common;

import java.util.Optional;

import io.quarkus.arc.Unremovable;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the database is. No code reads it: application.properties builds the datasource's JDBC
 * URL and credentials from these by ${registry...} expansion. It is declared because SmallRye
 * Config refuses a registry.* property that no mapping declares, so REGISTRY_DB_HOST (or
 * -Dregistry.test.db.name) would stop the start-up; and it is {@link Unremovable} because Quarkus
 * registers a mapping nothing injects only when marked so. docs/operations.md ("Configuration")
 * lists every property.
 */
@Unremovable
@ConfigMapping(prefix = "registry")
public interface DatabaseConfig {

    /** Folder of the embedded H2 database. */
    @WithDefault("./data")
    String dataDir();

    /** PostgreSQL connection parts used by the postgres profile's JDBC URL. */
    Db db();

    /**
     * Read by the build only: {@code -Dregistry.test.db.name=...} names the PostgreSQL suite's
     * database (pom.xml), and Maven hands command-line properties on to the tests.
     */
    TestSuite test();

    interface Db {
        @WithDefault("127.0.0.1")
        String host();

        @WithDefault("5432")
        int port();

        @WithDefault("registry")
        String name();

        @WithDefault("postgres")
        String user();

        Optional<String> password();
    }

    interface TestSuite {
        TestDb db();
    }

    interface TestDb {
        Optional<String> name();
    }
}

package org.heritageregistry.operations;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;

/**
 * Ready only when the database schema is the one this build expects: every migration it carries
 * applied, none failed. (The datasource's own check, from Agroal, says whether it is reachable.)
 * A load balancer so never sends traffic to an instance whose schema is behind. The versions the
 * build carries are read from Flyway once; each check then reads Flyway's history table, which is
 * cheap and, unlike Flyway's API, does not log two lines per probe.
 */
@Readiness
@ApplicationScoped
public class MigrationsReadiness implements HealthCheck {

    private final Flyway flyway;
    private final DataSource dataSource;
    private volatile Set<String> expected;

    MigrationsReadiness(Flyway flyway, DataSource dataSource) {
        this.flyway = flyway;
        this.dataSource = dataSource;
    }

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("Database migrations");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select \"version\", \"success\" from \"flyway_schema_history\" where \"version\" is not null")) {
            Set<String> applied = new TreeSet<>();
            int failed = 0;
            while (rows.next()) {
                if (rows.getBoolean(2)) {
                    applied.add(rows.getString(1));
                } else {
                    failed++;
                }
            }
            Set<String> missing = new TreeSet<>(expected());
            missing.removeAll(applied);
            builder.withData("applied", applied.size()).withData("pending", missing.size()).withData("failed", failed);
            if (!missing.isEmpty()) {
                builder.withData("missing", String.join(", ", missing));
            }
            return builder.status(missing.isEmpty() && failed == 0).build();
        } catch (Exception e) {
            return builder.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }

    private Set<String> expected() {
        if (expected == null) {
            expected = new TreeSet<>(Arrays.stream(flyway.info().all()).filter(m -> m.getVersion() != null).map(m -> m.getVersion().getVersion()).toList());
        }
        return expected;
    }
}

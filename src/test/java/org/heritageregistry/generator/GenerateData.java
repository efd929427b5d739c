package org.heritageregistry.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/**
 * The data generator: with {@code registry.generate.reports} above zero, {@link #run()} writes a
 * large synthetic registry into the application's database and lets the service's own rules
 * derive every monument's condition and conflicts. A database that already holds generated data
 * is left alone. It is test-scope code, not part of the packaged service: {@link GenerateDataRun}
 * runs it inside the application started on the test classpath (scripts/generate-data).
 */
@ApplicationScoped
public class GenerateData {

    private static final Logger LOG = Logger.getLogger(GenerateData.class);
    private static final int MONUMENTS_PER_TRANSACTION = 20;

    private final GeneratorConfig settings;
    private final DataSource dataSource;
    private final MonumentRederivation rederivation;

    GenerateData(GeneratorConfig settings, DataSource dataSource, MonumentRederivation rederivation) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.rederivation = rederivation;
    }

    public void run() throws Exception {
        if (settings.reports() <= 0) {
            return;
        }
        if (alreadyGenerated()) {
            LOG.infof("The database already holds generated data (sites %s*): nothing written", SyntheticRegistry.SITE_PREFIX);
        } else {
            long start = System.nanoTime();
            SyntheticRegistry.Counts counts;
            try (Connection connection = dataSource.getConnection()) {
                counts = new SyntheticRegistry(settings, connection).write();
            }
            long written = System.nanoTime();
            LOG.infof("Generated %d sites, %d monuments, %d sources, %d reports (%d of them corrections), %d decisions in %d s", counts.sites(), counts.monuments(),
                    counts.sources(), counts.reports(), counts.revisions(), counts.decisions(), (written - start) / 1_000_000_000L);
            rederiveAll(counts.monuments(), settings.threads());
            LOG.infof("Derived conditions and conflicts of %d monuments in %d s", counts.monuments(), (System.nanoTime() - written) / 1_000_000_000L);
        }
    }

    private boolean alreadyGenerated() throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement("select count(*) from site where id like ?")) {
            query.setString(1, SyntheticRegistry.SITE_PREFIX + "%");
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }

    private void rederiveAll(int monuments, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int from = 1; from <= monuments; from += MONUMENTS_PER_TRANSACTION) {
                List<String> ids = new ArrayList<>();
                for (int i = from; i < from + MONUMENTS_PER_TRANSACTION && i <= monuments; i++) {
                    ids.add(SyntheticRegistry.monumentId(i));
                }
                work.add(pool.submit(() -> {
                    rederivation.rederive(ids, Instant.parse("2026-01-01T00:00:00Z"));
                    int total = done.addAndGet(ids.size());
                    if (total % 1000 < MONUMENTS_PER_TRANSACTION) {
                        LOG.infof("derived %d of %d monuments", total, monuments);
                    }
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}

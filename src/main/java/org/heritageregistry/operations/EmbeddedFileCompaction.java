package org.heritageregistry.operations;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Keeps the embedded H2 file near the size of its live data while the service runs.
 * <p>
 * H2 writes every commit as a new chunk of the changed B-tree pages and never overwrites a page
 * in place; a chunk's space is reused once none of its pages is live. Compacting the chunks that
 * keep a few live pages (and moving chunks down to cut the file's end) is done by H2's background
 * writer thread, which H2 starts only when WRITE_DELAY is above 0. The service's URL has
 * WRITE_DELAY=0 (a report that got its 201 is on disk, docs/reliability.md), so without this job
 * the file only ever grew while the service ran: 64-90 KB per report posted, most of it chunks
 * 9 % live (docs/performance.md, "Disk per report on H2").
 * <p>
 * Every {@code registry.h2.compaction-interval} this job runs H2's own online compaction
 * ({@link MVStore#compactFile}) for at most {@code registry.h2.compaction-max-time}: it rewrites
 * the live pages of sparse chunks into a new one, syncs, moves chunks into the freed space and
 * truncates the file, all under H2's store lock, so commits wait for it (a few milliseconds when
 * it runs often). It sets H2's retention time to 0 for that run, as a closing compaction does, and
 * puts it back after. On PostgreSQL and on in-memory H2 it does nothing.
 */
@ApplicationScoped
public class EmbeddedFileCompaction {

    private static final Logger LOG = Logger.getLogger(EmbeddedFileCompaction.class);

    private final DataSource dataSource;
    private final boolean embeddedFile;
    private final int maxMillis;
    /** The file's write count when the last run ended: the same count now means nothing was committed since. */
    private volatile long writesAfterLastRun = -1;

    EmbeddedFileCompaction(DataSource dataSource,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String databaseKind,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url, EmbeddedFileConfig config) {
        this.dataSource = dataSource;
        this.maxMillis = (int) Math.min(Integer.MAX_VALUE, config.compactionMaxTime().toMillis());
        this.embeddedFile = "h2".equals(databaseKind) && url.startsWith("jdbc:h2:file:") && maxMillis > 0;
    }

    @Scheduled(identity = "h2-file-compaction", every = "${registry.h2.compaction-interval}", delayed = "${registry.h2.compaction-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void compact() {
        if (!embeddedFile) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            MVStore store = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore().getMvStore();
            FileStore<?> file = store.getFileStore();
            if (file == null || file.isReadOnly() || store.isClosed()) {
                return;
            }
            if (file.getWriteCount() == writesAfterLastRun) {
                // H2's compaction leaves chunks about 80 % live, below its own 90 % target, so on a
                // file that nothing changed it would move the same chunks again, holding the lock
                // for seconds and growing the file while it moves them (seen during a read load)
                return;
            }
            long before = file.size();
            long started = System.nanoTime();
            int retention = store.getRetentionTime();
            try {
                store.compactFile(maxMillis);
            } finally {
                store.setRetentionTime(retention);
                writesAfterLastRun = file.getWriteCount();
            }
            LOG.debugf("H2 file %d -> %d bytes in %d ms (chunks %d %% live)", before, file.size(), (System.nanoTime() - started) / 1_000_000,
                    file.getChunksFillRate());
        } catch (SQLException | RuntimeException e) {
            // the next run tries again; a store H2 closed (shutdown) is not an error worth more than a line
            LOG.warnf("H2 file compaction skipped: %s", e.toString());
        }
    }
}

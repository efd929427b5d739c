package org.heritageregistry.imports;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.heritageregistry.audit.AuditLog;
import org.heritageregistry.common.ProblemException;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Loads accepted import files. Each poll, an instance claims a job whose lease is free (a QUEUED
 * job, or a RUNNING one whose loader stopped renewing: a crash or a restart) and loads its rows in
 * line order, a batch per transaction: the rows' writes (a run of report rows together, set-based,
 * through {@link ReportRowBatch}; other rows one by one), their keys, the job's counts and the
 * deletion of the rows loaded commit together, so a job goes on after a crash exactly where its
 * last batch ended. A batch that a row breaks is rolled back and its rows are loaded one per
 * transaction, so that only the rows the registry refuses fail, each listed with its line.
 */
@ApplicationScoped
public class ImportLoader {

    public static final String JOB = "import-loader";

    /** A batch is one transaction; on a loaded machine a default 60 s would roll back work that is only slow. */
    private static final int BATCH_TIMEOUT_SECONDS = 600;
    private static final Logger LOG = Logger.getLogger(ImportLoader.class);

    private final String instance = "instance-" + UUID.randomUUID().toString().substring(0, 13);

    /** Held by a poll while it runs and by the stop for good, as WebhookDispatcher's (the database must outlive every batch). */
    private final Semaphore polling = new Semaphore(1);
    private volatile boolean stopping;

    private final RowLoader rows;
    private final ReportRowBatch reportRows;
    private final ImportConfig config;
    private final AuditLog audit;
    private final EntityManager entities;
    private final ObjectMapper json;

    ImportLoader(RowLoader rows, ReportRowBatch reportRows, ImportConfig config, AuditLog audit, EntityManager entities, ObjectMapper json) {
        this.rows = rows;
        this.reportRows = reportRows;
        this.config = config;
        this.audit = audit;
        this.entities = entities;
        this.json = json;
    }

    @Scheduled(identity = ImportLoader.JOB, every = "${registry.imports.poll-interval}", delayed = "${registry.imports.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        if (!polling.tryAcquire()) {
            return;
        }
        try {
            for (UUID job : claimable()) {
                if (stopping) {
                    return;
                }
                if (claim(job)) {
                    load(job);
                }
            }
        } finally {
            polling.release();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        try {
            if (!polling.tryAcquire(30, TimeUnit.SECONDS)) {
                LOG.warn("Stopping while an import batch is still being loaded; the job goes on after the restart from its last committed batch");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<UUID> claimable() {
        return QuarkusTransaction.requiringNew().call(() -> entities.createQuery(
                "select j.id from ImportJob j where j.state <> :finished and (j.leaseUntil is null or j.leaseUntil < :now) order by j.createdAt", UUID.class)
                .setParameter("finished", ImportState.FINISHED).setParameter("now", Instant.now()).setMaxResults(10).getResultList());
    }

    /** Takes the job's lease if it is still free: one instance loads a job at a time. */
    private boolean claim(UUID job) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now();
            int taken = entities.createQuery("update ImportJob j set j.leaseOwner = :me, j.leaseUntil = :until, j.state = :running, "
                    + "j.startedAt = coalesce(j.startedAt, :now) where j.id = :id and j.state <> :finished and (j.leaseUntil is null or j.leaseUntil < :now)")
                    .setParameter("me", instance).setParameter("until", now.plus(config.lease())).setParameter("running", ImportState.RUNNING)
                    .setParameter("now", now).setParameter("id", job).setParameter("finished", ImportState.FINISHED).executeUpdate();
            return taken == 1;
        });
    }

    private void load(UUID job) {
        while (!stopping) {
            Boolean more = batch(job);
            if (more == null) {
                return; // the lease was lost: another instance has the job
            }
            if (!more) {
                return;
            }
        }
    }

    /** Loads the next batch; true while rows remain, false when the job finished, null when this instance no longer holds it. */
    private Boolean batch(UUID id) {
        try {
            return QuarkusTransaction.requiringNew().timeout(BATCH_TIMEOUT_SECONDS).call(() -> {
                ImportJob job = held(id);
                if (job == null) {
                    return null;
                }
                List<Stored> next = next(job);
                for (List<ImportRowRecord> run : RowRuns.of(next.stream().map(Stored::record).toList())) {
                    job = loadRun(job, run);
                }
                return advance(job, next);
            });
        } catch (RuntimeException e) {
            // a row broke the batch, which is rolled back whole: load its rows one by one, so only that row fails
            LOG.debugf(e, "Import %s: a batch was refused; loading its rows one at a time", id);
            return oneByOne(id);
        }
    }

    /** Loads a run of rows ({@link RowRuns}) in the batch's transaction; returns the job to go on with. */
    private ImportJob loadRun(ImportJob job, List<ImportRowRecord> run) {
        UUID id = job.id;
        if (run.get(0).type() == RowType.REPORT) {
            ReportRowBatch.Counts counts = reportRows.load(run, job.createdBy, id, Instant.now());
            // the bulk write clears the session before it derives each monument, the job with it, so
            // the job is read again (when it recorded nothing, it is the same one). No clear of our
            // own: the session keeps only the last monument's (or site's) entities, already written,
            // and the row after a run of reports is never a report, so its clear (or the commit) drops them
            ImportJob again = entities.find(ImportJob.class, id);
            again.rowsCreated += counts.created();
            again.rowsSkipped += counts.skipped();
            return again;
        }
        count(job, rows.load(run.get(0), job.createdBy, id, Instant.now()));
        // a row's write loads its monument's claims: without a clear the session would hold
        // every row's, and each flush would check them all again
        entities.flush();
        entities.clear();
        return entities.find(ImportJob.class, id); // still locked: the lock is the transaction's
    }

    private Boolean oneByOne(UUID id) {
        List<Stored> next = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = held(id);
            return job == null ? null : next(job);
        });
        if (next == null) {
            return null;
        }
        for (Stored row : next) {
            Boolean held = loadAlone(id, row);
            if (held == null) {
                return null;
            }
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = held(id);
            return job == null ? null : advance(job, List.of());
        });
    }

    private Boolean loadAlone(UUID id, Stored row) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                ImportJob job = held(id);
                if (job == null) {
                    return null;
                }
                count(job, rows.load(row.record(), job.createdBy, job.id, Instant.now()));
                done(job, row);
                return true;
            });
        } catch (RuntimeException e) {
            String reason = e instanceof ProblemException p ? p.getMessage() : "the registry could not load it (" + e.getClass().getSimpleName() + ")";
            if (!(e instanceof ProblemException)) {
                LOG.warnf(e, "Import %s, line %d: refused", id, row.record().line());
            }
            return QuarkusTransaction.requiringNew().call(() -> {
                ImportJob job = held(id);
                if (job == null) {
                    return null;
                }
                job.rowsFailed++;
                entities.createNativeQuery("insert into import_failure (job_id, line, message) values (?1, ?2, ?3)").setParameter(1, id)
                        .setParameter(2, row.record().line()).setParameter(3, new RowError(row.record().line(), null, reason).message()).executeUpdate();
                done(job, row);
                return true;
            });
        }
    }

    /** The job, locked, while this instance holds its lease (renewed); null once another instance has it. */
    private ImportJob held(UUID id) {
        ImportJob job = entities.find(ImportJob.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (job == null || job.state == ImportState.FINISHED || !instance.equals(job.leaseOwner)) {
            return null;
        }
        job.leaseUntil = Instant.now().plus(config.lease());
        return job;
    }

    private record Stored(int line, ImportRowRecord record) {
    }

    private List<Stored> next(ImportJob job) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = entities.createNativeQuery("select line, body from import_row where job_id = ?1 and line >= ?2 order by line")
                .setParameter(1, job.id).setParameter(2, job.nextLine).setMaxResults(config.batchSize()).getResultList();
        return found.stream().map(r -> new Stored(((Number) r[0]).intValue(), parse((String) r[1]))).toList();
    }

    private ImportRowRecord parse(String body) {
        try {
            return json.readValue(body, ImportRowRecord.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an import row kept by this registry could not be read back", e);
        }
    }

    private static void count(ImportJob job, RowLoader.Outcome outcome) {
        if (outcome == RowLoader.Outcome.CREATED) {
            job.rowsCreated++;
        } else {
            job.rowsSkipped++;
        }
    }

    private void done(ImportJob job, Stored row) {
        entities.createNativeQuery("delete from import_row where job_id = ?1 and line = ?2").setParameter(1, job.id).setParameter(2, row.line()).executeUpdate();
        job.nextLine = row.line() + 1;
    }

    /** After a batch: its rows are gone and the job moves past them; with none left, it is finished (and audited). */
    private boolean advance(ImportJob job, List<Stored> batch) {
        if (!batch.isEmpty()) {
            entities.createNativeQuery("delete from import_row where job_id = ?1 and line >= ?2 and line <= ?3").setParameter(1, job.id)
                    .setParameter(2, batch.get(0).line()).setParameter(3, batch.get(batch.size() - 1).line()).executeUpdate();
            job.nextLine = batch.get(batch.size() - 1).line() + 1;
            return true;
        }
        Number left = (Number) entities.createNativeQuery("select count(*) from import_row where job_id = ?1").setParameter(1, job.id).getSingleResult();
        if (left.longValue() > 0) {
            return true;
        }
        job.state = ImportState.FINISHED;
        job.finishedAt = Instant.now();
        job.leaseOwner = null;
        job.leaseUntil = null;
        audit.record(job.createdBy, "IMPORT_FINISHED", "import", job.id,
                Map.of("created", job.rowsCreated, "skipped", job.rowsSkipped, "failed", job.rowsFailed), job.finishedAt);
        return false;
    }
}

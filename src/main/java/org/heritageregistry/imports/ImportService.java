package org.heritageregistry.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import org.heritageregistry.account.Roles;
import org.heritageregistry.audit.AuditLog;
import org.heritageregistry.common.ApiProblem;
import org.heritageregistry.common.Cursor;
import org.heritageregistry.common.JdbcBatch;
import org.heritageregistry.common.PageRequest;
import org.heritageregistry.common.ProblemException;
import org.heritageregistry.monument.MonumentService;
import org.heritageregistry.site.SiteService;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The bulk import use cases: check a file (a dry run: every row's errors by line, nothing changed),
 * and accept one (checked whole the same way; a file with any invalid row is refused whole, so a
 * job never starts on a file it cannot finish). An accepted file's rows are kept with its job in
 * one transaction, and {@link ImportLoader} loads them in batches.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ImportService {

    /** Rows written to import_row per JDBC batch while a file is accepted. */
    private static final int INSERT_BATCH = 500;

    private final ObjectMapper json;
    private final RowRecords records;
    private final SiteService sites;
    private final MonumentService monuments;
    private final SourceReferences sources;
    private final AuditLog audit;
    private final EntityManager entities;

    ImportService(ObjectMapper json, Validator validator, SiteService sites, MonumentService monuments, SourceReferences sources, AuditLog audit,
            EntityManager entities) {
        this.json = json;
        this.records = new RowRecords(json, validator);
        this.sites = sites;
        this.monuments = monuments;
        this.sources = sources;
        this.audit = audit;
        this.entities = entities;
    }

    /** The checkImport use case (dryRun=true): reads and checks every row, changes nothing. */
    public ImportCheck check(ImportFormat format, InputStream body) {
        Reading reading = new Reading(null);
        read(format, body, reading);
        return reading.check();
    }

    /**
     * The startImport use case: checks the file as a dry run does and keeps its rows with a new
     * QUEUED job, in one transaction; an invalid row is a 400 listing the rows (the first
     * {@value ImportJobView#MAX_FAILURES}) and keeps nothing. Audited.
     */
    @Transactional
    public ImportJob start(ImportFormat format, InputStream body, String by) {
        ImportJob job = new ImportJob();
        job.id = UUID.randomUUID();
        job.state = ImportState.QUEUED;
        job.format = format;
        job.createdBy = by;
        job.createdAt = Instant.now();
        job.nextLine = 1;
        job.persist();
        entities.flush();
        Reading reading = new Reading(job.id);
        read(format, body, reading);
        reading.flush();
        ImportCheck check = reading.check();
        if (!check.valid()) {
            List<ApiProblem.FieldError> errors = check.errors().stream().limit(ImportJobView.MAX_FAILURES)
                    .map(e -> new ApiProblem.FieldError("line " + e.line() + (e.field() == null ? "" : ": " + e.field()), e.message())).toList();
            throw new ProblemException(400, "/problems/invalid-import", "Invalid import file", check.errorCount() + " error(s) in the file, nothing was imported; "
                    + "send it with dryRun=true for every error with its line", errors);
        }
        if (check.rows() == 0) {
            throw ProblemException.invalidField("body", "the file has no rows");
        }
        job.totalRows = check.rows();
        audit.record(by, "IMPORT_STARTED", "import", job.id, Map.of("format", format, "rows", check.rows(), "sites", check.sites(), "monuments", check.monuments(),
                "sources", check.sources(), "reports", check.reports()), job.createdAt);
        return job;
    }

    public Optional<ImportJob> find(UUID id) {
        return ImportJob.findByIdOptional(id);
    }

    /**
     * The owner rule of import jobs: a curator follows their own jobs, an admin every one. Another
     * curator's job is not found, as no job is (its existence, and what it imports, are not told).
     */
    public Optional<ImportJob> visibleTo(SecurityIdentity caller, String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return find(uuid).filter(job -> caller.hasRole(Roles.ADMIN) || job.createdBy.equals(caller.getPrincipal().getName()));
    }

    /** The jobs the caller may follow ({@link #visibleTo}), newest first. */
    public List<ImportJob> listVisibleTo(SecurityIdentity caller, PageRequest page) {
        return list(caller.hasRole(Roles.ADMIN) ? null : caller.getPrincipal().getName(), page);
    }

    /** The jobs, newest first; only {@code by}'s unless null (an admin sees all). */
    private List<ImportJob> list(String by, PageRequest page) {
        List<String> after = Cursor.decode(page.cursor(), 2);
        StringBuilder where = new StringBuilder("1 = 1");
        var params = new java.util.HashMap<String, Object>();
        if (by != null) {
            where.append(" and createdBy = :by");
            params.put("by", by);
        }
        if (after != null) {
            Instant at;
            UUID id;
            try {
                at = Instant.parse(after.get(0));
                id = UUID.fromString(after.get(1));
            } catch (RuntimeException e) {
                throw ProblemException.invalidField("cursor", "is not a cursor this API issued; start again without it");
            }
            where.append(" and (createdAt < :at or (createdAt = :at and id < :id))");
            params.put("at", at);
            params.put("id", id);
        }
        return ImportJob.<ImportJob>find(where + " order by createdAt desc, id desc", params).range(0, page.limit()).list();
    }

    public static String cursorOf(ImportJob job) {
        return Cursor.encode(job.createdAt.toString(), job.id.toString());
    }

    /** The job's failed rows, by line, the first {@code max}. */
    public List<RowError> failures(UUID job, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery("select line, message from import_failure where job_id = ?1 order by line")
                .setParameter(1, job).setMaxResults(max).getResultList();
        return rows.stream().map(r -> new RowError(((Number) r[0]).intValue(), null, (String) r[1])).toList();
    }

    private void read(ImportFormat format, InputStream body, Reading reading) {
        try {
            ImportFile.read(format, body, json, reading);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One pass over a file: each row checked, counted, and (when a job is given) kept. */
    private final class Reading implements ImportFile.RowSink {
        private final UUID job;
        private final ImportChecker checker = new ImportChecker(records, sites, monuments, sources, json);
        private final Map<RowType, Integer> counts = new EnumMap<>(RowType.class);
        private final List<RowError> errors = new ArrayList<>();
        private final List<ImportRowRecord> pending = new ArrayList<>();
        private int rows;
        private int errorCount;

        Reading(UUID job) {
            this.job = job;
        }

        @Override
        public void row(ImportRowRecord row) {
            rows++;
            counts.merge(row.type(), 1, Integer::sum);
            if (checker.check(row, this) && job != null && errorCount == 0) {
                pending.add(row);
                if (pending.size() >= INSERT_BATCH) {
                    flush();
                }
            }
        }

        @Override
        public void error(RowError error) {
            errorCount++;
            if (errors.size() < ImportCheck.MAX_LISTED) {
                errors.add(error);
            }
        }

        void flush() {
            if (pending.isEmpty() || errorCount > 0) {
                pending.clear();
                return;
            }
            JdbcBatch.insert(entities, "insert into import_row (job_id, line, row_type, body) values (?, ?, ?, ?)", pending,
                    (statement, row) -> statement.object(job).integer(row.line()).text(row.type().jsonName()).text(stored(row)));
            pending.clear();
        }

        private String stored(ImportRowRecord row) {
            try {
                return json.writeValueAsString(row);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("an import row could not be written", e);
            }
        }

        ImportCheck check() {
            return new ImportCheck(errorCount == 0, rows, counts.getOrDefault(RowType.SITE, 0), counts.getOrDefault(RowType.MONUMENT, 0),
                    counts.getOrDefault(RowType.SOURCE, 0), counts.getOrDefault(RowType.REPORT, 0), errorCount, List.copyOf(errors));
        }
    }
}

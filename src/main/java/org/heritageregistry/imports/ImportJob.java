package org.heritageregistry.imports;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An uploaded file being loaded. Its rows wait in import_row until the batch that loads them
 * commits, with the counts here in the same transaction: after a crash the job goes on from
 * {@link #nextLine}, and nothing is counted or loaded twice.
 */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public ImportState state;

    @Enumerated(EnumType.STRING)
    public ImportFormat format;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "total_rows")
    public int totalRows;

    @Column(name = "next_line")
    public int nextLine;

    @Column(name = "rows_created")
    public int rowsCreated;

    @Column(name = "rows_skipped")
    public int rowsSkipped;

    @Column(name = "rows_failed")
    public int rowsFailed;

    @Column(name = "lease_owner")
    public String leaseOwner;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Version
    public long version;

    public int rowsDone() {
        return rowsCreated + rowsSkipped + rowsFailed;
    }
}

package org.heritageregistry.conflict;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A claim in a conflict: by lineage, so a correction keeps its place, with the revision that is current. */
@Embeddable
public class ConflictMember {

    @Column(name = "lineage_id")
    public UUID lineageId;

    @Column(name = "report_id")
    public UUID reportId;

    protected ConflictMember() {
    }

    ConflictMember(UUID lineageId, UUID reportId) {
        this.lineageId = lineageId;
        this.reportId = reportId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConflictMember other && lineageId.equals(other.lineageId) && reportId.equals(other.reportId);
    }

    @Override
    public int hashCode() {
        return lineageId.hashCode() * 31 + reportId.hashCode();
    }
}

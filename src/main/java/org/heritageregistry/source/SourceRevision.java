package org.heritageregistry.source;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.heritageregistry.common.RecordRevision;
import org.heritageregistry.vocabulary.Reliability;
import org.heritageregistry.vocabulary.SourceKind;

/**
 * One edit of a source's record (a PATCH, or either side of a merge): who, when, the fields it
 * changed (from and to), and the record as it stood before. Only ever added, as
 * {@code MonumentRevision} is for monuments: a merged duplicate's last row keeps its whole record.
 */
@Entity
@Table(name = "source_revision")
public class SourceRevision extends RecordRevision {

    @Column(name = "source_id")
    public UUID sourceId;

    public String name;

    @Enumerated(EnumType.STRING)
    public SourceKind kind;

    @Enumerated(EnumType.STRING)
    public Reliability reliability;

    public boolean confidential;

    public String description;

    public String url;

    /** JSON array of the aliases before the edit. */
    public String aliases;
}

package org.heritageregistry.conflict;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.heritageregistry.common.PageRequest;
import org.hibernate.annotations.BatchSize;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One disagreement: every current report about one subject (a monument, or a whole site) that
 * disagrees about one thing with another of them, over overlapping event dates. Shown, never
 * silently resolved.
 */
@Entity
@Table(name = "conflict")
public class Conflict extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "site_id")
    public String siteId;

    /** Null for a conflict between claims about the whole site. */
    @Column(name = "monument_id")
    public String monumentId;

    @Enumerated(EnumType.STRING)
    public ConflictKind kind;

    @Enumerated(EnumType.STRING)
    public ConflictState state;

    public String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "conflict_report", joinColumns = @JoinColumn(name = "conflict_id"))
    @BatchSize(size = PageRequest.MAX_LIMIT + 1)
    public Set<ConflictMember> members = new HashSet<>();

    @Column(name = "detected_at")
    public Instant detectedAt;

    /** When it was last settled or resolved; null while open. */
    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "settled_by")
    public String settledBy;

    @Column(name = "settled_at")
    public Instant settledAt;

    public String rationale;

    @Version
    public long version;

    Set<UUID> lineages() {
        Set<UUID> lineages = new HashSet<>();
        members.forEach(m -> lineages.add(m.lineageId));
        return lineages;
    }

    public Set<UUID> reportIds() {
        Set<UUID> ids = new HashSet<>();
        members.forEach(m -> ids.add(m.reportId));
        return ids;
    }
}

package org.heritageregistry.conflict;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Two reports on one monument that disagree; shown, never silently resolved. */
@Entity
@Table(name = "conflict")
public class Conflict extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "monument_id")
    public String monumentId;

    @Enumerated(EnumType.STRING)
    public ConflictKind kind;

    @Column(name = "report_a_id")
    public UUID reportAId;

    @Column(name = "report_b_id")
    public UUID reportBId;

    public String description;

    public boolean resolved;

    @Column(name = "detected_at")
    public Instant detectedAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;
}

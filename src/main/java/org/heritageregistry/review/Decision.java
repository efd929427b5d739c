package org.heritageregistry.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.heritageregistry.common.PageRequest;
import org.heritageregistry.report.EvidenceItem;
import org.heritageregistry.vocabulary.VerificationStatus;
import org.hibernate.annotations.BatchSize;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A reviewer's judgment on one report revision. Append-only: never updated or deleted. */
@Entity
@Table(name = "decision")
public class Decision extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "report_id")
    public UUID reportId;

    @Enumerated(EnumType.STRING)
    public VerificationStatus status;

    public String rationale;

    @Column(name = "corroborating_report_id")
    public UUID corroboratingReportId;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @ElementCollection
    @CollectionTable(name = "decision_evidence", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "idx")
    @BatchSize(size = PageRequest.MAX_LIMIT)
    public List<EvidenceItem> evidence = new ArrayList<>();
}

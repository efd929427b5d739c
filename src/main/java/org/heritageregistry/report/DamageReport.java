package org.heritageregistry.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.heritageregistry.common.PageRequest;
import org.heritageregistry.vocabulary.Cause;
import org.heritageregistry.vocabulary.Certainty;
import org.heritageregistry.vocabulary.Condition;
import org.heritageregistry.vocabulary.ControlExtent;
import org.heritageregistry.vocabulary.CountQualifier;
import org.heritageregistry.vocabulary.IncidentKind;
import org.heritageregistry.vocabulary.DamageExtent;
import org.heritageregistry.vocabulary.EdtfDate;
import org.heritageregistry.vocabulary.RevisionKind;
import org.heritageregistry.vocabulary.VerificationStatus;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One claim about one monument (or one site), in one revision. The claim is never edited: a correction is a
 * new revision that supersedes this one. Only the review status and the supersession link change.
 */
@Entity
@Table(name = "damage_report")
public class DamageReport extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "lineage_id")
    public UUID lineageId;

    public int revision;

    @Column(name = "supersedes_id")
    public UUID supersedesId;

    @Column(name = "superseded_by_id")
    public UUID supersededById;

    /** The monument the claim is about; null when it is about the whole site. */
    @Column(name = "monument_id")
    public String monumentId;

    /** The site: the monument's, or the subject itself when there is no monument. */
    @Column(name = "site_id")
    public String siteId;

    @Enumerated(EnumType.STRING)
    @Column(name = "incident_kind")
    public IncidentKind incidentKind = IncidentKind.CONDITION;

    @Column(name = "count_value")
    public Integer countValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "count_qualifier")
    public CountQualifier countQualifier;

    @Column(name = "count_of")
    public String countOf;

    @Column(name = "controlled_by")
    public String controlledBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "control_extent")
    public ControlExtent controlExtent;

    /** The objects or people concerned, in the source's words ("artefacts looted at Palmyra", "Khaled al-Asaad"). */
    public String affected;

    @Enumerated(EnumType.STRING)
    @Column(name = "asserted_condition")
    public Condition condition;

    @Column(name = "condition_wording")
    public String conditionWording;

    @Enumerated(EnumType.STRING)
    public DamageExtent extent;

    // A revision's claim (its causes, its evidence) never changes once recorded: a correction is a
    // new revision. So these collections stay in the second-level cache, and a page of reports
    // reads them from memory; the report's own row (status, version) is always read from the database.
    @ElementCollection
    @Cache(usage = CacheConcurrencyStrategy.READ_ONLY)
    @CollectionTable(name = "report_cause", joinColumns = @JoinColumn(name = "report_id"))
    @Column(name = "cause")
    @Enumerated(EnumType.STRING)
    @BatchSize(size = PageRequest.MAX_LIMIT)
    public Set<Cause> causes = new LinkedHashSet<>();

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "edtf", column = @Column(name = "event_edtf")),
            @AttributeOverride(name = "earliest", column = @Column(name = "event_earliest")),
            @AttributeOverride(name = "latest", column = @Column(name = "event_latest")) })
    public EdtfDate eventDate;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "edtf", column = @Column(name = "published_edtf")),
            @AttributeOverride(name = "earliest", column = @Column(name = "published_earliest")),
            @AttributeOverride(name = "latest", column = @Column(name = "published_latest")) })
    public EdtfDate publishedOn;

    @Enumerated(EnumType.STRING)
    public Certainty certainty;

    @Column(name = "certainty_wording")
    public String certaintyWording;

    @Column(name = "source_id")
    public UUID sourceId;

    @Column(name = "relayed_by_id")
    public UUID relayedById;

    public String summary;

    @ElementCollection
    @Cache(usage = CacheConcurrencyStrategy.READ_ONLY)
    @CollectionTable(name = "report_evidence", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "idx")
    @BatchSize(size = PageRequest.MAX_LIMIT)
    public List<EvidenceItem> evidence = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public VerificationStatus status = VerificationStatus.UNVERIFIED;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "revision_kind")
    public RevisionKind revisionKind = RevisionKind.ORIGINAL;

    /** The curator responsible for the claim; null only on rows written behind the service's back (the data generator). */
    @Column(name = "claim_owner")
    public String claimOwner;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Version
    public long version;

    /**
     * Whether the event window is open-ended or longer than {@value #NARROW_WINDOW_DAYS} days: such
     * reports are read by {@link #currentNear} whatever their dates (V29's index, ix_report_window).
     */
    @Column(name = "event_wide")
    public boolean eventWide = true;

    /** The longest window that counts as narrow; V29 holds the same number. */
    public static final int NARROW_WINDOW_DAYS = 400;

    @jakarta.persistence.PrePersist
    void classifyWindow() {
        eventWide = eventDate == null || eventDate.earliest == null || eventDate.latest == null
                || eventDate.latest.isAfter(eventDate.earliest.plusDays(NARROW_WINDOW_DAYS));
    }

    public IncidentCount incidentCount() {
        return countValue == null ? null : new IncidentCount(countValue, countQualifier, countOf);
    }

    public SiteControl siteControl() {
        return controlledBy == null ? null : new SiteControl(controlledBy, controlExtent);
    }

    /** What the claim is about: its monument, or its site when it is about the whole site. */
    public String subjectId() {
        return monumentId != null ? monumentId : siteId;
    }

    /** The curator who may correct this claim (besides reviewers). */
    public String owner() {
        return claimOwner != null ? claimOwner : submittedBy;
    }

    public boolean isSuperseded() {
        return supersededById != null;
    }

    /**
     * The current revisions of a monument's reports. Selected by monument alone and filtered here:
     * with {@code superseded_by_id is null} in the query, H2's planner reads through the index on
     * superseded_by_id, whose IS NULL matches nearly every report of every monument (its statistics
     * count distinct values, not nulls): a scan of the whole table for each monument on a large registry.
     */
    public static List<DamageReport> currentOf(String monumentId) {
        return DamageReport.<DamageReport>list("monumentId", monumentId).stream().filter(r -> r.supersededById == null).toList();
    }

    /** Four eyes: whether the account submitted any revision of these claims (lineages). */
    public static boolean anyRevisionSubmittedBy(java.util.Collection<UUID> lineages, String account) {
        return DamageReport.count("lineageId in ?1 and submittedBy = ?2", lineages, account) > 0;
    }

    /** The current revisions of the claims about a whole site (those with no monument). */
    public static List<DamageReport> currentOfSite(String siteId) {
        return DamageReport.<DamageReport>list("siteId = ?1 and monumentId is null", siteId).stream().filter(r -> r.supersededById == null).toList();
    }

    /**
     * The current revisions about the same subject (a monument, or with {@code monumentId} null the
     * claims about a whole site) and of the same incident kind whose event windows come within
     * {@code days} days of the window [earliest, latest] (null: open-ended), an open-ended window
     * always qualifying. Two indexed reads (ix_report_window): the narrow windows by their earliest
     * day, which lies at most {@value #NARROW_WINDOW_DAYS} days before their latest, and the wide
     * ones, few, whatever their dates. The causes come with them: the conflict rules compare them.
     * Only the claims {@code narrowing} keeps are read.
     */
    public static List<DamageReport> currentNear(String monumentId, String siteId, IncidentKind kind, java.time.LocalDate earliest,
            java.time.LocalDate latest, int days, ClaimNarrowing narrowing) {
        java.time.LocalDate from = earliest == null ? null : earliest.minusDays(days);
        java.time.LocalDate to = latest == null ? null : latest.plusDays(days);
        String subject = monumentId != null ? "r.monumentId = :subject" : "r.siteId = :subject and r.monumentId is null";
        var em = getEntityManager();
        var narrow = em.createQuery("select r from DamageReport r left join fetch r.causes where " + subject
                + " and r.incidentKind = :kind and r.eventWide = false and (" + narrowing.where() + ")"
                + (to != null ? " and r.eventDate.earliest <= :to" : "")
                + (from != null ? " and r.eventDate.earliest >= :lowest and r.eventDate.latest >= :from" : ""), DamageReport.class)
                .setParameter("subject", monumentId != null ? monumentId : siteId).setParameter("kind", kind);
        if (to != null) {
            narrow.setParameter("to", to);
        }
        if (from != null) {
            narrow.setParameter("lowest", from.minusDays(NARROW_WINDOW_DAYS)).setParameter("from", from);
        }
        var wide = em.createQuery("select r from DamageReport r left join fetch r.causes where " + subject
                + " and r.incidentKind = :kind and r.eventWide = true and (" + narrowing.where() + ")"
                + (to != null ? " and (r.eventDate.earliest is null or r.eventDate.earliest <= :to)" : "")
                + (from != null ? " and (r.eventDate.latest is null or r.eventDate.latest >= :from)" : ""), DamageReport.class)
                .setParameter("subject", monumentId != null ? monumentId : siteId).setParameter("kind", kind);
        if (to != null) {
            wide.setParameter("to", to);
        }
        if (from != null) {
            wide.setParameter("from", from);
        }
        narrowing.parameters().forEach((name, value) -> {
            narrow.setParameter(name, value);
            wide.setParameter(name, value);
        });
        List<DamageReport> near = new ArrayList<>();
        java.util.stream.Stream.concat(narrow.getResultList().stream(), wide.getResultList().stream())
                .filter(r -> r.supersededById == null).distinct().forEach(near::add);
        return near;
    }

    /** The current revisions of these claims (lineages), with their causes: one read, whatever their number. */
    public static List<DamageReport> currentOfLineages(java.util.Collection<UUID> lineages) {
        if (lineages.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select r from DamageReport r left join fetch r.causes where r.lineageId in :lineages", DamageReport.class)
                .setParameter("lineages", lineages).getResultList().stream().filter(r -> r.supersededById == null).distinct().toList();
    }

    /**
     * The current CONDITION revisions of a monument with one of these statuses (all statuses when
     * empty) that come last in event order ({@link EventOrder}), as the database sorts them: the
     * caller picks the last with the comparator. Enough rows are read that ties on the sorted columns
     * (the id, which the database orders otherwise than Java, breaks them) are all among them, or
     * all the matching rows are read.
     */
    public static List<DamageReport> lastInEventOrder(String monumentId, java.util.Collection<VerificationStatus> statuses) {
        String where = "r.monumentId = :m and r.incidentKind = :kind and r.supersededById is null" + (statuses.isEmpty() ? "" : " and r.status in :statuses");
        var query = getEntityManager().createQuery("select r from DamageReport r where " + where
                + " order by coalesce(r.eventDate.earliest, r.eventDate.latest) desc nulls last, r.eventDate.latest desc nulls first, r.submittedAt desc",
                DamageReport.class).setParameter("m", monumentId).setParameter("kind", IncidentKind.CONDITION);
        if (!statuses.isEmpty()) {
            query.setParameter("statuses", statuses);
        }
        List<DamageReport> top = query.setMaxResults(8).getResultList();
        if (top.size() < 8 || !tiedOnSortedColumns(top.get(0), top.get(7))) {
            return top;
        }
        query.setMaxResults(Integer.MAX_VALUE);
        return query.getResultList();
    }

    private static boolean tiedOnSortedColumns(DamageReport a, DamageReport b) {
        return java.util.Objects.equals(EventOrder.anchor(a), EventOrder.anchor(b)) && java.util.Objects.equals(a.eventDate.latest, b.eventDate.latest)
                && a.submittedAt.equals(b.submittedAt);
    }
}

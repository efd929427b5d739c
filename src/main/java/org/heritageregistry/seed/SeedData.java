package org.heritageregistry.seed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.heritageregistry.report.EvidenceView;
import org.heritageregistry.conflict.ConflictKind;
import org.heritageregistry.report.IncidentCount;
import org.heritageregistry.report.NewReport;
import org.heritageregistry.report.SiteControl;
import org.heritageregistry.source.NewSource;
import org.heritageregistry.vocabulary.Cause;
import org.heritageregistry.vocabulary.Certainty;
import org.heritageregistry.vocabulary.Condition;
import org.heritageregistry.vocabulary.DamageExtent;
import org.heritageregistry.vocabulary.IncidentKind;
import org.heritageregistry.vocabulary.LocalizedName;
import org.heritageregistry.vocabulary.Certainty;
import org.heritageregistry.vocabulary.MonumentCategory;
import org.heritageregistry.vocabulary.Reliability;
import org.heritageregistry.vocabulary.SourceKind;
import org.heritageregistry.vocabulary.VerificationStatus;

/** The shape of {@code seed/palmyra.json}; see docs/seed-data.md for where each record comes from. */
public record SeedData(List<SeedSite> sites, List<SeedMonument> monuments, List<SeedSource> sources, List<SeedReport> reports,
        List<SeedDecision> decisions, List<SeedSettlement> settlements) {

    public record SeedSite(String id, String name, String country, String unescoId, String wikidata, String pleiades, Double latitude,
            Double longitude, LocalDate inDangerSince, String description, List<LocalizedName> names) {
    }

    public record SeedMonument(String id, String siteId, String name, MonumentCategory category, String period, Double latitude,
            Double longitude, Certainty locationCertainty, String locationBasis, String wikidata, String pleiades, String description,
            List<LocalizedName> names) {
    }

    public record SeedSource(UUID id, String name, SourceKind kind, Reliability reliability, boolean confidential, String description,
            String url, List<String> aliases) {

        NewSource toRequest() {
            return new NewSource(name, kind, reliability, confidential, description, url, aliases);
        }
    }

    /** A seeded claim: about a monument, or with siteId instead about a whole site; CONDITION unless incidentKind says otherwise. */
    public record SeedReport(UUID id, String monumentId, String siteId, IncidentKind incidentKind, Condition condition, String conditionWording,
            DamageExtent extent, IncidentCount count, SiteControl control, String affected, Set<Cause> causes, String eventDate, String publishedOn,
            Certainty certainty, String certaintyWording, UUID sourceId, UUID relayedById, String summary, Instant submittedAt, List<EvidenceView> evidence) {

        NewReport toRequest() {
            return new NewReport(monumentId, siteId, incidentKind, condition, conditionWording, extent, count, control, affected, causes, eventDate,
                    publishedOn, certainty, certaintyWording, sourceId, relayedById, summary, evidence, null);
        }
    }

    public record SeedDecision(UUID id, UUID reportId, VerificationStatus status, String rationale, UUID corroboratingReportId,
            String decidedBy, Instant decidedAt, List<EvidenceView> evidence) {
    }

    /** A reviewer's settlement of the conflict of this kind that holds this report (conflict ids are not known before the reports are). */
    public record SeedSettlement(UUID reportId, ConflictKind kind, String rationale, String settledBy, Instant settledAt) {
    }
}

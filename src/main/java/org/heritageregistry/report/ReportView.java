package org.heritageregistry.report;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.heritageregistry.source.SourceView;
import org.heritageregistry.vocabulary.Cause;
import org.heritageregistry.vocabulary.Certainty;
import org.heritageregistry.vocabulary.Condition;
import org.heritageregistry.vocabulary.DamageExtent;
import org.heritageregistry.vocabulary.EdtfView;
import org.heritageregistry.vocabulary.IncidentKind;
import org.heritageregistry.vocabulary.RevisionKind;
import org.heritageregistry.vocabulary.VerificationStatus;

/** A damage report in one revision, with its source (masked when confidential) and review status. */
@Schema(name = "Report", description = "A claim about one monument or one whole site, in one revision. Its condition is UNKNOWN on the kinds of incident that "
        + "claim none (all but CONDITION), whose facts are count, control and affected instead.")
public record ReportView(
        @Schema(format = "uuid", required = true) UUID id,
        @Schema(format = "uuid", description = "Id of the first revision; shared by all revisions of this claim.", required = true) UUID lineageId,
        @Schema(examples = "1", minimum = "1", maximum = "2147483647", required = true) int revision,
        @Schema(format = "uuid", description = "The revision this one corrects.") UUID supersedes,
        @Schema(format = "uuid", description = "The revision that corrects this one; present once superseded.") UUID supersededBy,
        @Schema(description = "The monument the claim is about; absent for a claim about the whole site.", examples = "temple-of-bel", maxLength = 80) String monumentId,
        @Schema(description = "The site: the monument's, or the subject of a claim about the whole site.", examples = "palmyra", maxLength = 80, required = true) String siteId,
        @Schema(required = true) IncidentKind incidentKind,
        @Schema(required = true) Condition condition,
        @Schema(examples = "It is total destruction", maxLength = 500) String conditionWording,
        DamageExtent extent,
        @Schema(description = "A number the claim states, as the source qualified it.") IncidentCount count,
        @Schema(description = "Who the claim says controls the site; only on a CONTROL report.") SiteControl control,
        @Schema(description = "The objects or people concerned.", examples = "artefacts looted at Palmyra", maxLength = 500) String affected,
        @Schema(required = true, maxItems = 13) List<Cause> causes,
        @Schema(required = true) EdtfView eventDate,
        EdtfView publishedOn,
        @Schema(required = true) Certainty certainty,
        @Schema(examples = "one Palmyra resident told the Associated Press", maxLength = 500) String certaintyWording,
        @Schema(required = true) SourceView source,
        SourceView relayedBy,
        @Schema(maxLength = 2000) String summary,
        @Schema(required = true, maxItems = 20) List<EvidenceView> evidence,
        @Schema(required = true) VerificationStatus status,
        @Schema(examples = "curator", maxLength = 64, required = true) String submittedBy,
        @Schema(required = true) Instant submittedAt,
        @Schema(required = true, description = "What this revision changed: ORIGINAL (the first), EDITORIAL (its status and decisions carried over) or SUBSTANTIVE.") RevisionKind revisionKind,
        @Schema(examples = "curator", maxLength = 64, required = true, description = "The curator responsible for the claim, who (besides reviewers) may correct it; an admin can reassign it.") String owner) {
}

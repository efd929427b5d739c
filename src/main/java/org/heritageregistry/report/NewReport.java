package org.heritageregistry.report;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.heritageregistry.vocabulary.Cause;
import org.heritageregistry.vocabulary.Certainty;
import org.heritageregistry.vocabulary.Condition;
import org.heritageregistry.vocabulary.DamageExtent;
import org.heritageregistry.vocabulary.IncidentKind;
import org.heritageregistry.vocabulary.RevisionKind;
import org.heritageregistry.vocabulary.ValidEdtf;

/** A curator's report: one claim about one monument or one site, as its source made it. */
@ValidIncidentFacts
@Schema(name = "NewReport", description = "A claim to record: about a monument (monumentId) or, for a claim about the whole site, a site (siteId). "
        + "incidentKind says what it claims (CONDITION when absent), and each kind takes its own facts: a CONDITION report requires condition and may give "
        + "extent; LOOTING, MISUSE and HARM_TO_STAFF may give count and affected; CONTROL requires control and may give affected. A fact of another kind is a 400 naming it.")
public record NewReport(
        @Size(max = 80) @Schema(description = "The monument the claim is about; give it or siteId, not both.", examples = "temple-of-bel", maxLength = 80) String monumentId,
        @Size(max = 80) @Schema(description = "The site, for a claim about the whole site (who controls it, harm to its staff); give it or monumentId, not both.",
                examples = "palmyra", maxLength = 80) String siteId,
        IncidentKind incidentKind,
        Condition condition,
        @Size(max = 500) @Schema(description = "The source's own wording.", examples = "partly destroyed", maxLength = 500) String conditionWording,
        DamageExtent extent,
        @Valid @Schema(description = "A number the claim states (objects taken, people killed or harmed); for LOOTING, MISUSE and HARM_TO_STAFF.") IncidentCount count,
        @Valid @Schema(description = "Who controls the site; required for a CONTROL report, not taken by the others.") SiteControl control,
        @Size(max = 500) @Schema(description = "The objects or people concerned, in the source's words; not for a CONDITION report.",
                examples = "artefacts looted at Palmyra", maxLength = 500) String affected,
        @NotEmpty @Size(max = 13) @Schema(required = true, minItems = 1, maxItems = 13) Set<@NotNull Cause> causes,
        @NotBlank @ValidEdtf @Schema(description = "When the event happened, as EDTF (ISO 8601-2 levels 0 and 1, and level 2 sets): a day 2015-08-23, month 2015-08 or year 2015; approximate 2015-08~, uncertain 2015-08-23?, both 2015-08-23%; unspecified digits 2016-12-2X, 201X; a season 2015-22 (summer); a date and time 2015-08-23T10:15:00Z (the day is kept); an interval 2015-07-23/2015-08-23, with an open end ../2015-09-02 or an unknown one 2015-05-21/; a set [..2017-01-20] (one of) or {2015, 2016} (all of). Years 1 to 9999, not in the future; a refusal names the part that is wrong.", examples = "2015-08-30", maxLength = 64, required = true) String eventDate,
        @ValidEdtf @Schema(description = "When the claim was published, as EDTF, in the forms eventDate takes.", examples = "2015-08-31~", maxLength = 64) String publishedOn,
        @NotNull @Schema(required = true) Certainty certainty,
        @Size(max = 500) @Schema(description = "The source's certainty phrase.", examples = "activists and witnesses say", maxLength = 500) String certaintyWording,
        @NotNull @Schema(format = "uuid", required = true) UUID sourceId,
        @Schema(format = "uuid", description = "The outlet that relayed the claim (e.g. AFP relaying SOHR).") UUID relayedById,
        @Size(max = 2000) @Schema(examples = "ISIS has destroyed part of Palmyra's Temple of Bel.", maxLength = 2000) String summary,
        @Size(max = 20) @Schema(maxItems = 20) List<@Valid @NotNull EvidenceView> evidence,
        @Schema(description = "Only on a correction: what the curator says it is. The service classifies it by the fields that changed: "
                + "EDITORIAL is refused (422) when a substantive field changed; SUBSTANTIVE is honoured even for a wording change, to ask for a new review.",
                enumeration = { "EDITORIAL", "SUBSTANTIVE" }) RevisionKind revisionKind) {
}

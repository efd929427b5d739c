package org.heritageregistry.report;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.heritageregistry.vocabulary.EvidenceKind;
import org.hibernate.validator.constraints.URL;

/** An evidence item, as sent and as returned. */
@Schema(name = "Evidence", description = "One piece of evidence: an article, an official statement, a photo or video with its credit, a satellite image with its acquisition date, an on-site inspection.")
public record EvidenceView(
        @NotNull @Schema(required = true) EvidenceKind kind,
        @NotBlank @Size(max = 2000) @Schema(examples = "UNITAR/UNOSAT analysis of imagery of 31 Aug 2015: the main building and a row of columns destroyed", maxLength = 2000, required = true) String description,
        @Size(max = 2000) @URL @Schema(format = "uri", maxLength = 2000) String url,
        @Size(max = 200) @Schema(description = "Who made the photo, video or image.", examples = "UNITAR/UNOSAT", maxLength = 200) String credit,
        @PastOrPresent @Schema(description = "When a photo, video or satellite image was taken.", examples = "2015-08-31", format = "date") LocalDate acquiredOn,
        @Size(max = 500) @Schema(description = "Where in the cited material the claim stands, e.g. a seed line.", examples = "seeds/palmyra-news-2015-2016.txt#L84", maxLength = 500) String locator) {

    public static EvidenceView from(EvidenceItem item) {
        return new EvidenceView(item.kind, item.description, item.url, item.credit, item.acquiredOn, item.locator);
    }

    public EvidenceItem toItem() {
        EvidenceItem item = new EvidenceItem();
        item.kind = kind;
        item.description = description.strip();
        item.url = url;
        item.credit = credit;
        item.acquiredOn = acquiredOn;
        item.locator = locator;
        return item;
    }
}

package org.heritageregistry.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.heritageregistry.vocabulary.ControlExtent;

/** Who a claim says controls the site, and how far. */
@Schema(name = "SiteControl", description = "Who the claim says controls the site (or can reach it), and how far.")
public record SiteControl(
        @NotBlank @Size(max = 200) @Schema(examples = "Syrian government forces", maxLength = 200, required = true) String by,
        @NotNull @Schema(required = true) ControlExtent extent) {

    /** Two claims about control agree when they name the same party (ignoring case and spacing) with the same extent. */
    public boolean agreesWith(SiteControl other) {
        return normalized(by).equals(normalized(other.by)) && extent == other.extent;
    }

    public String phrase() {
        return by.strip() + " (" + extent + ")";
    }

    private static String normalized(String party) {
        return party.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}

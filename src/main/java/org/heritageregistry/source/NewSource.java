package org.heritageregistry.source;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.heritageregistry.vocabulary.Reliability;
import org.heritageregistry.vocabulary.SourceKind;
import org.hibernate.validator.constraints.URL;

/** A curator's request to register a source. */
@Schema(name = "NewSource", description = "A source to register.")
public record NewSource(
        @NotBlank @Size(max = 200) @Schema(examples = "Associated Press", maxLength = 200, required = true) String name,
        @NotNull @Schema(required = true) SourceKind kind,
        @NotNull @Schema(required = true) Reliability reliability,
        @Schema(description = "True when revealing the source could endanger people; defaults to false.") Boolean confidential,
        @Size(max = 2000) @Schema(examples = "News agency; quoted a Palmyra resident on the Temple of Bel (seed L84).", maxLength = 2000) String description,
        @Size(max = 2000) @URL @Schema(format = "uri", examples = "https://apnews.com/", maxLength = 2000) String url,
        @Size(max = 20) @Schema(description = "Other spellings of the name, as sources give them; a search by any of them finds the source.",
                examples = "[\"Mamoun Abdelkarim\", \"Maamoun Abdul Karim\"]", maxItems = 20) List<@NotBlank @Size(max = 200) String> aliases) {

    /** The aliases as given, stripped, without blanks or repeats of the name. */
    public List<String> aliasList() {
        if (aliases == null) {
            return List.of();
        }
        return aliases.stream().filter(a -> a != null && !a.isBlank()).map(String::strip).distinct()
                .filter(a -> !SourceNames.fold(a).equals(SourceNames.fold(name))).toList();
    }
}

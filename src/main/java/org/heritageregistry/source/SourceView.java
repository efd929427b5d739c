package org.heritageregistry.source;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.heritageregistry.vocabulary.Reliability;
import org.heritageregistry.vocabulary.SourceKind;

/** A source as a reader may see it: a confidential one, to the public, is only its kind. */
@Schema(name = "Source", description = "Who makes claims. For a confidential source, anonymous readers see only id, kind and confidential=true.")
public record SourceView(
        @Schema(format = "uuid", examples = "3f1c2a4e-8d0b-4f7e-9c61-2b5d7a9e4c10", required = true) UUID id,
        @Schema(description = "Absent when the source is confidential and the reader may not see it.", examples = "Syrian Observatory for Human Rights", maxLength = 200) String name,
        @Schema(required = true) SourceKind kind,
        Reliability reliability,
        @Schema(required = true) boolean confidential,
        @Schema(examples = "UK-based monitoring group relying on a network of sources on the ground.", maxLength = 2000) String description,
        @Schema(format = "uri", maxLength = 2000) String url,
        @Schema(description = "Other spellings of the name; absent when the name is.", examples = "[\"Mamoun Abdelkarim\", \"Maamoun Abdul Karim\"]",
                maxItems = 20) java.util.List<@jakarta.validation.constraints.Size(max = 200) String> aliases) {

    public static SourceView of(Source source, boolean revealConfidential) {
        if (source.confidential && !revealConfidential) {
            return new SourceView(source.id, null, source.kind, null, true, null, null, null);
        }
        return new SourceView(source.id, source.name, source.kind, source.reliability, source.confidential, source.description, source.url,
                source.aliases.isEmpty() ? null : java.util.List.copyOf(source.aliases));
    }
}

package org.heritageregistry.source;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A curator's request to fold a duplicate source (the one in the path) into another. */
@Schema(name = "SourceMerge", description = "The source that survives the merge: it takes the duplicate's name and aliases as aliases, and every claim citing the duplicate.")
public record SourceMerge(
        @NotNull @Schema(required = true, format = "uuid", description = "Id of the surviving source.", examples = "3f4983da-21b7-4fd9-9914-35a06c333d8d") UUID into) {
}

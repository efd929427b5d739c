package org.heritageregistry.conflict;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConflictPage", description = "A page of conflicts.")
public record ConflictPage(@Schema(required = true, maxItems = 100) List<ConflictView> items,
        @Schema(description = "Cursor of the next page; absent on the last page.", maxLength = 500) String nextCursor) {
}

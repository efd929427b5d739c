package org.heritageregistry.report;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportPage", description = "A page of reports.")
public record ReportPage(@Schema(required = true, maxItems = 100) List<ReportView> items,
        @Schema(description = "Cursor of the next page; absent on the last page.", maxLength = 500) String nextCursor) {
}

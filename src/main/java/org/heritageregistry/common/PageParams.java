package org.heritageregistry.common;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code cursor} and {@code limit} query parameters every list shares. */
public class PageParams {

    @QueryParam("cursor")
    @Parameter(description = "Opaque cursor from a previous page's nextCursor.", schema = @Schema(type = SchemaType.STRING, maxLength = 500))
    public String cursor;

    @QueryParam("limit")
    @Parameter(description = "Page size.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    public String limit;

    public PageRequest toRequest() {
        int size = PageRequest.DEFAULT_LIMIT;
        if (limit != null) {
            try {
                size = Integer.parseInt(limit.strip());
            } catch (NumberFormatException e) {
                throw ProblemException.invalidField("limit", "must be a whole number from 1 to " + PageRequest.MAX_LIMIT);
            }
            if (size < 1 || size > PageRequest.MAX_LIMIT) {
                throw ProblemException.invalidField("limit", "must be from 1 to " + PageRequest.MAX_LIMIT);
            }
        }
        if (cursor != null && cursor.length() > 500) {
            throw ProblemException.invalidField("cursor", "is not a cursor this API issued; start again without it");
        }
        return new PageRequest(cursor, size);
    }
}

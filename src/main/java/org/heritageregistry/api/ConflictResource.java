package org.heritageregistry.api;

import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.heritageregistry.common.PageParams;
import org.heritageregistry.common.QueryParams;
import org.heritageregistry.conflict.ConflictPage;
import org.heritageregistry.conflict.ConflictService;
import org.heritageregistry.conflict.ConflictViews;

@Path("/api/v1/conflicts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review")
public class ConflictResource {

    private final ConflictService conflicts;
    private final ConflictViews views;

    ConflictResource(ConflictService conflicts, ConflictViews views) {
        this.conflicts = conflicts;
        this.views = views;
    }

    @GET
    @Operation(operationId = "listConflicts", summary = "List conflicting reports",
            description = "Pairs of reports on the same monument that disagree on the condition over overlapping event dates, or date the same change incompatibly. Filter by monument and by whether reviewers' decisions have settled them.")
    @APIResponse(responseCode = "200", description = "A page of conflicts.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConflictPage.class)))
    public ConflictPage list(
            @QueryParam("monument") @Parameter(description = "Only conflicts about this monument.", example = "temple-of-baalshamin", schema = @Schema(type = SchemaType.STRING, maxLength = 80)) String monument,
            @QueryParam("resolved") @Parameter(description = "Only resolved (true) or open (false) conflicts.", schema = @Schema(type = SchemaType.BOOLEAN)) String resolved,
            @BeanParam PageParams paging) {
        return views.page(QueryParams.text(monument, "monument", 80), QueryParams.bool(resolved, "resolved"), paging.toRequest());
    }

}

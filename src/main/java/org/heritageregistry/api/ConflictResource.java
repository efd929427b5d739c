package org.heritageregistry.api;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.heritageregistry.account.Roles;
import org.heritageregistry.common.JsonEnums;
import org.heritageregistry.common.PageParams;
import org.heritageregistry.common.QueryParams;
import org.heritageregistry.common.Versions;
import org.heritageregistry.conflict.Conflict;
import org.heritageregistry.conflict.ConflictFilter;
import org.heritageregistry.conflict.ConflictKind;
import org.heritageregistry.conflict.ConflictPage;
import org.heritageregistry.conflict.ConflictService;
import org.heritageregistry.conflict.ConflictState;
import org.heritageregistry.conflict.ConflictView;
import org.heritageregistry.conflict.ConflictViews;
import org.heritageregistry.conflict.NewSettlement;
import org.heritageregistry.idempotency.Idempotency;

import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/conflicts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review")
public class ConflictResource {

    static final String STATE_DESCRIPTION = "Only conflicts in this state: OPEN (the reviewers' work list), SETTLED or RESOLVED.";
    static final String RESOLVED_DESCRIPTION = "Deprecated (use state): false for OPEN conflicts, true for SETTLED and RESOLVED ones.";

    private final ConflictService conflicts;
    private final ConflictViews views;
    private final SecurityIdentity identity;

    ConflictResource(ConflictService conflicts, ConflictViews views, SecurityIdentity identity) {
        this.conflicts = conflicts;
        this.views = views;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listConflicts", summary = "List conflicts",
            description = "One conflict per disagreement: the reports about one monument or one whole site that disagree about its condition, the extent of "
                    + "damage, a number (COUNT) or who controls it, over overlapping event dates, or that date the same change incompatibly. "
                    + "Filter by monument, site, kind and state; state=OPEN is the list a reviewer works through until it is empty.")
    @APIResponse(responseCode = "200", description = "A page of conflicts.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ConflictPage.class), examples = @ExampleObject(name = "theatre-executions",
                    summary = "The theatre's execution count: '25' against 'more than 20' (seed L70, L98)")))
    public ConflictPage list(
            @QueryParam("monument") @Parameter(description = "Only conflicts about this monument.", example = "roman-theatre", schema = @Schema(type = SchemaType.STRING, maxLength = 80)) String monument,
            @QueryParam("site") @Parameter(description = "Only conflicts about this site: about the whole site and about each of its monuments.", example = "palmyra", schema = @Schema(type = SchemaType.STRING, maxLength = 80)) String site,
            @QueryParam("kind") @Parameter(description = "Only conflicts of this kind.", example = "COUNT", schema = @Schema(implementation = ConflictKind.class)) String kind,
            @QueryParam("state") @Parameter(description = STATE_DESCRIPTION, example = "OPEN", schema = @Schema(implementation = ConflictState.class)) String state,
            @QueryParam("resolved") @Parameter(description = RESOLVED_DESCRIPTION, deprecated = true, schema = @Schema(type = SchemaType.BOOLEAN)) String resolved,
            @BeanParam PageParams paging) {
        return views.page(new ConflictFilter(QueryParams.text(monument, "monument", 80), QueryParams.text(site, "site", 80),
                JsonEnums.parse(ConflictKind.class, kind, "kind"), JsonEnums.parse(ConflictState.class, state, "state"), QueryParams.bool(resolved, "resolved")),
                paging.toRequest());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getConflict", summary = "Read a conflict",
            description = "One disagreement with its reports, its state and, once settled, the reviewer's rationale. Carries an ETag, which a settlement sends in If-Match.")
    @APIResponse(responseCode = "200", description = "The conflict.", headers = @Header(name = "ETag", description = "Version of this conflict."),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConflictView.class)))
    public Response get(@PathParam("id") String id, @Context Request request) {
        Conflict conflict = conflicts.require(id);
        return Versions.conditionalGet(request, Versions.tag(conflicts.representationVersion(conflict), views.revealsConfidential()), views.of(conflict));
    }

    @POST
    @Path("/{id}/settlement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    @SecurityRequirement(name = "basicAuth")
    @Operation(operationId = "settleConflict", summary = "Settle a conflict",
            description = "A reviewer accepts an open disagreement with a rationale: the reports stand as they are, the conflict leaves the open list, and a "
                    + "monument whose established condition it made contested is no longer contested. The other way to end a conflict is to decide on its "
                    + "reports (dispute or reject one side). Needs the reviewer role and the conflict's ETag in If-Match (428 without it, 412 when stale); "
                    + "nobody settles a conflict holding a report of which they submitted a revision (403); a conflict that is not open is a 409. "
                    + "A report that joins the disagreement later opens it again.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewSettlement.class),
            examples = @ExampleObject(name = "theatre-count", summary = "Both counts fit the July 2015 video of 25 captives")))
    @APIResponse(responseCode = "201", description = "Settled.", headers = {
            @Header(name = "Location", description = "URL of the conflict."),
            @Header(name = "ETag", description = "The conflict's new version.") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConflictView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response settle(@PathParam("id") String id,
            @HeaderParam("If-Match") @Parameter(description = "The conflict's ETag as last read.") String ifMatch,
            @HeaderParam("Idempotency-Key") String idempotencyKey, @Valid @NotNull NewSettlement body, @Context UriInfo uri) {
        var outcome = conflicts.settle(id, body, identity.getPrincipal().getName(), ifMatch, idempotencyKey);
        Conflict settled = conflicts.require(outcome.resourceId());
        URI location = uri.getBaseUriBuilder().path("/api/v1/conflicts").path(settled.id.toString()).build();
        return Idempotency.mark(Response.created(location).tag(Versions.tag(conflicts.representationVersion(settled), true)).entity(views.of(settled)), outcome).build();
    }
}

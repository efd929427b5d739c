package org.heritageregistry.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
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
import org.heritageregistry.common.Versions;
import org.heritageregistry.idempotency.Idempotency;
import org.heritageregistry.report.DamageReport;
import org.heritageregistry.report.ReportService;
import org.heritageregistry.review.Decision;
import org.heritageregistry.review.DecisionView;
import org.heritageregistry.review.NewDecision;
import org.heritageregistry.review.ReviewService;

import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/reports/{id}/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review")
public class DecisionResource {

    private final ReviewService review;
    private final ReportService reports;
    private final SecurityIdentity identity;

    DecisionResource(ReviewService review, ReportService reports, SecurityIdentity identity) {
        this.review = review;
        this.reports = reports;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listDecisions", summary = "List a report's decisions", description = "The review decisions on this report revision, oldest first; the last one is the report's status.")
    @APIResponse(responseCode = "200", description = "The decisions.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionList.class)))
    public DecisionList list(@PathParam("id") String id) {
        DamageReport report = reports.require(id);
        return new DecisionList(review.decisionsOn(report).stream().map(DecisionView::from).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    @SecurityRequirement(name = "basicAuth")
    @Operation(operationId = "decideOnReport", summary = "Decide on a report",
            description = "Appends a review decision; the report's status becomes its status and the monument's condition and conflicts are recomputed. "
                    + "Rules: nobody decides on a report they submitted (403); VERIFIED needs strong evidence on the report or the decision (422); "
                    + "CORROBORATED names an agreeing report from another source (422); DISPUTED, REJECTED and UNVERIFIED need a rationale (400); "
                    + "a superseded revision takes no decisions (409). Send the report's ETag in If-Match to be sure nobody decided in between (412 otherwise).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewDecision.class),
            examples = @ExampleObject(name = "verify-bel-by-satellite", summary = "Verify the Temple of Bel's destruction with UNOSAT imagery")))
    @APIResponse(responseCode = "201", description = "Recorded.", headers = {
            @Header(name = "Location", description = "URL of the report's decisions."),
            @Header(name = "ETag", description = "The report's new version.") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "RuleViolated")
    public Response decide(@PathParam("id") String id,
            @HeaderParam("If-Match") @Parameter(description = "The report's ETag as last read.") String ifMatch,
            @HeaderParam("Idempotency-Key") String idempotencyKey, @Valid @NotNull NewDecision body, @Context UriInfo uri) {
        DamageReport report = reports.require(id);
        String reviewer = identity.getPrincipal().getName();
        var outcome = review.decide(report.id, body, reviewer, ifMatch, idempotencyKey);
        Decision decision = Decision.findById(UUID.fromString(outcome.resourceId()));
        DamageReport after = reports.find(report.id).orElseThrow();
        URI location = uri.getBaseUriBuilder().path("/api/v1/reports").path(report.id.toString()).path("decisions").build();
        return Idempotency.mark(Response.created(location).tag(Versions.tag(after.version, true)).entity(DecisionView.from(decision)), outcome).build();
    }

    @Schema(name = "DecisionList", description = "A report's decisions, oldest first.")
    public record DecisionList(@Schema(required = true, maxItems = 100) List<DecisionView> items) {
    }
}

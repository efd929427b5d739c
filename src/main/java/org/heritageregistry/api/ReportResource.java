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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
import org.heritageregistry.common.Pages;
import org.heritageregistry.common.ProblemException;
import org.heritageregistry.common.QueryParams;
import org.heritageregistry.common.Versions;
import org.heritageregistry.export.ExportExamples;
import org.heritageregistry.export.PagedAnswer;
import org.heritageregistry.export.ReportCsv;
import org.heritageregistry.export.Representation;
import org.heritageregistry.idempotency.Idempotency;
import org.heritageregistry.report.DamageReport;
import org.heritageregistry.report.NewOwner;
import org.heritageregistry.report.NewReport;
import org.heritageregistry.report.ReportFilter;
import org.heritageregistry.report.ReportPage;
import org.heritageregistry.report.ReportService;
import org.heritageregistry.report.ReportView;
import org.heritageregistry.report.ReportViews;
import org.heritageregistry.vocabulary.Condition;
import org.heritageregistry.vocabulary.IncidentKind;
import org.heritageregistry.vocabulary.VerificationStatus;

import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class ReportResource {

    /** The report lists' choice between the current revision of each claim and every revision. */
    static final String CURRENT = "current";
    static final String CURRENT_DESCRIPTION = "true (the default): only the current revision of each claim, the one no correction has superseded; "
            + "false: every revision, superseded ones included (each names its successor in supersededBy).";

    private final ReportService reports;
    private final ReportViews views;
    private final SecurityIdentity identity;

    ReportResource(ReportService reports, ReportViews views, SecurityIdentity identity) {
        this.reports = reports;
        this.views = views;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listReports", summary = "List damage reports",
            description = "Reports, newest submission first: the current revision of each claim, or every revision with current=false; filtered by monument, site, incident kind, review status, source (as maker or relaying outlet), asserted condition, an event-date range that the report's EDTF bounds overlap, and words of its summary or wording (q).")
    @Produces({ MediaType.APPLICATION_JSON, Representation.TEXT_CSV })
    @APIResponse(responseCode = "200", description = "A page of reports: JSON by default, CSV on request (Accept). Confidential sources are masked in both alike.",
            headers = @Header(name = "Link", description = ExportExamples.LINK_NEXT),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportPage.class)),
                    @Content(mediaType = Representation.TEXT_CSV, schema = @Schema(type = SchemaType.STRING, maxLength = ExportExamples.CSV_MAX_LENGTH),
                            examples = @ExampleObject(name = "temple-of-bel", summary = "Two claims about the Temple of Bel as an anonymous reader gets them (the resident masked)")) })
    public Response list(
            @QueryParam("monument") @Parameter(description = "Only reports about this monument.", example = "temple-of-bel", schema = @Schema(type = SchemaType.STRING, maxLength = 80)) String monument,
            @QueryParam("site") @Parameter(description = "Only reports about this site: about the whole site and about each of its monuments.", example = "palmyra", schema = @Schema(type = SchemaType.STRING, maxLength = 80)) String site,
            @QueryParam("incidentKind") @Parameter(description = "Only reports of this kind of incident.", example = "MISUSE", schema = @Schema(implementation = IncidentKind.class)) String incidentKind,
            @QueryParam("status") @Parameter(description = "Only reports with this review status.", schema = @Schema(implementation = VerificationStatus.class)) String status,
            @QueryParam("source") @Parameter(description = "Only reports made or relayed by this source.", schema = @Schema(type = SchemaType.STRING, format = "uuid")) String source,
            @QueryParam("condition") @Parameter(description = "Only reports asserting this condition.", schema = @Schema(implementation = Condition.class)) String condition,
            @QueryParam("eventFrom") @Parameter(description = "Only events that may have happened on or after this day.", example = "2015-08-01", schema = @Schema(type = SchemaType.STRING, format = "date")) String eventFrom,
            @QueryParam("eventTo") @Parameter(description = "Only events that may have happened on or before this day.", example = "2015-09-30", schema = @Schema(type = SchemaType.STRING, format = "date")) String eventTo,
            @QueryParam(CURRENT) @Parameter(description = CURRENT_DESCRIPTION, schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true")) String current,
            @QueryParam("q") @Parameter(description = "Only reports whose summary or wording (of the condition, of the certainty) holds these words: every "
                    + "word, in any case. On PostgreSQL a web-search query: \"a phrase\" in quotes, -word to exclude, or between alternatives.",
                    example = "blown up", schema = @Schema(type = SchemaType.STRING, maxLength = 200)) String q,
            @BeanParam PageParams paging, @Context HttpHeaders headers, @Context UriInfo uri) {
        Representation as = Representation.choose(headers, Representation.JSON, Representation.CSV);
        var filter = new ReportFilter(QueryParams.text(monument, "monument", 80), QueryParams.text(site, "site", 80),
                JsonEnums.parse(VerificationStatus.class, status, "status"), QueryParams.uuid(source, "source"),
                JsonEnums.parse(Condition.class, condition, "condition"), QueryParams.date(eventFrom, "eventFrom"), QueryParams.date(eventTo, "eventTo"),
                currentOnly(current), JsonEnums.parse(IncidentKind.class, incidentKind, "incidentKind"), QueryParams.text(q, "q", 200));
        if (filter.eventFrom() != null && filter.eventTo() != null && filter.eventFrom().isAfter(filter.eventTo())) {
            throw ProblemException.invalidField("eventTo", "must not be before eventFrom");
        }
        var page = paging.toRequest();
        var result = Pages.of(reports.list(filter, page), page.limit(), ReportService::cursorOf, views::of);
        Object body = as == Representation.CSV ? ReportCsv.write(result.items(), uri) : new ReportPage(result.items(), result.nextCursor());
        return PagedAnswer.of(as, body, result.nextCursor(), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getReport", summary = "Read a damage report",
            description = "One revision of a claim with its evidence, source (masked when confidential and the caller is anonymous) and review status. Carries an ETag.")
    @APIResponse(responseCode = "200", description = "The report.", headers = @Header(name = "ETag", description = "Version of this representation."),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class),
                    examples = @ExampleObject(name = "bel-total-destruction", summary = "A Palmyra resident to AP: 'It is total destruction' (verified)")))
    public Response get(@PathParam("id") String id,
            @Context Request request) {
        DamageReport report = reports.require(id);
        return Versions.conditionalGet(request, Versions.tag(report.version, views.revealsConfidential()), views.of(report));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CURATOR)
    @SecurityRequirement(name = "basicAuth")
    @Operation(operationId = "submitReport", summary = "Submit a damage report",
            description = "Records one claim, as its source made it, with status UNVERIFIED: about a monument (monumentId), or about the whole site (siteId) "
                    + "for the kinds that can be; CONDITION by default, or LOOTING, MISUSE, HARM_TO_STAFF or CONTROL with the facts of that kind. Needs the curator role.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewReport.class),
            examples = @ExampleObject(name = "bel-partly-destroyed", summary = "Activists say part of the Temple of Bel was destroyed (seed L79)")))
    @APIResponse(responseCode = "201", description = "Recorded.", headers = {
            @Header(name = "Location", description = "URL of the new report."),
            @Header(name = "ETag", description = "Version of the new report.") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "422", ref = "RuleViolated")
    public Response submit(@HeaderParam("Idempotency-Key") String idempotencyKey, @Valid @NotNull NewReport body, @Context UriInfo uri) {
        String curator = identity.getPrincipal().getName();
        return created(reports.submit(body, curator, idempotencyKey), uri);
    }

    @GET
    @Path("/{id}/revisions")
    @Operation(operationId = "listReportRevisions", summary = "List a report's revisions",
            description = "Every revision of the claim this report belongs to, first to latest; superseded ones stay readable with their decisions.")
    @APIResponse(responseCode = "200", description = "The revisions.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportPage.class)))
    public ReportPage revisions(@PathParam("id") @Parameter(description = "Id of any revision of the report.") String id) {
        DamageReport report = reports.require(id);
        return new ReportPage(views.of(reports.revisions(report.lineageId)), null);
    }

    @POST
    @Path("/{id}/revisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CURATOR, Roles.REVIEWER })
    @SecurityRequirement(name = "basicAuth")
    @Operation(operationId = "amendReport", summary = "Correct a report with a new revision",
            description = "Records the corrected claim as a new revision that supersedes this one; the old revision stays readable and keeps its decisions. "
                    + "The service compares the fields: an EDITORIAL correction (wording, summary, spelling, links) keeps the status and decisions of the revision it corrects; "
                    + "a SUBSTANTIVE one (condition, extent, causes, dates, source, certainty, evidence) starts UNVERIFIED. Only the claim's curator (its owner) or a reviewer may correct it (403). "
                    + "Only the current revision can be corrected (409), on the same monument; If-Match with its ETag is required (428 without, 412 when stale).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewReport.class),
            examples = @ExampleObject(name = "bel-corrected-date", summary = "The same claim with the event date corrected")))
    @APIResponse(responseCode = "201", description = "The new revision.", headers = {
            @Header(name = "Location", description = "URL of the new revision."),
            @Header(name = "ETag", description = "Version of the new revision.") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "RuleViolated")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response amend(@PathParam("id") @Parameter(description = "Id of the current revision.") String id,
            @HeaderParam("If-Match") @Parameter(description = "The report's ETag as last read.") String ifMatch,
            @HeaderParam("Idempotency-Key") String idempotencyKey, @Valid @NotNull NewReport body, @Context UriInfo uri) {
        return created(reports.amend(id, body, identity, ifMatch, idempotencyKey), uri);
    }

    @PUT
    @Path("/{id}/owner")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "basicAuth")
    @Operation(operationId = "reassignReport", summary = "Make another curator responsible for a claim",
            description = "The named curator becomes the claim's owner and may correct it (reviewers always may). Set on the current revision, whose ETag moves; "
                    + "If-Match is required (428 without, 412 when stale). The account must be an enabled curator (422). Needs the admin role.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewOwner.class),
            examples = @ExampleObject(name = "to-curator2", summary = "curator2 takes over the claim", value = "{\"curator\":\"curator2\"}")))
    @APIResponse(responseCode = "200", description = "The report with its new owner.", headers = @Header(name = "ETag", description = "Version of the report."),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "RuleViolated")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response reassign(@PathParam("id") @Parameter(description = "Id of the current revision.") String id,
            @HeaderParam("If-Match") @Parameter(description = "The report's ETag as last read.") String ifMatch,
            @Valid @NotNull NewOwner body) {
        reports.reassign(id, body.curator(), identity.getPrincipal().getName(), ifMatch);
        DamageReport report = reports.require(id);
        return Response.ok(views.of(report)).tag(Versions.tag(report.version, true)).build();
    }

    /** The {@value #CURRENT} parameter: true unless false is asked for. */
    static boolean currentOnly(String current) {
        return !Boolean.FALSE.equals(QueryParams.bool(current, CURRENT));
    }

    private Response created(Idempotency.Outcome outcome, UriInfo uri) {
        DamageReport report = reports.require(outcome.resourceId());
        URI location = uri.getBaseUriBuilder().path(ReportResource.class).path(report.id.toString()).build();
        return Idempotency.mark(Response.created(location).tag(Versions.tag(report.version, true)).entity(views.of(report)), outcome).build();
    }

}

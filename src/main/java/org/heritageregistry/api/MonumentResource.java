package org.heritageregistry.api;

import java.net.URI;
import java.util.List;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
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
import org.heritageregistry.common.Cursor;
import org.heritageregistry.common.JsonEnums;
import org.heritageregistry.common.PageParams;
import org.heritageregistry.common.Pages;
import org.heritageregistry.common.ProblemException;
import org.heritageregistry.common.QueryParams;
import org.heritageregistry.common.Versions;
import org.heritageregistry.condition.ConditionService;
import org.heritageregistry.condition.HistoryView;
import org.heritageregistry.conflict.ConflictFilter;
import org.heritageregistry.conflict.ConflictPage;
import org.heritageregistry.conflict.ConflictState;
import org.heritageregistry.conflict.ConflictViews;
import org.heritageregistry.dossier.AsOf;
import org.heritageregistry.dossier.MonumentReads;
import org.heritageregistry.dossier.MonumentView;
import org.heritageregistry.dossier.MonumentViewCache;
import org.heritageregistry.export.CidocCrm;
import org.heritageregistry.export.ExportExamples;
import org.heritageregistry.export.GeoJson;
import org.heritageregistry.export.MonumentCsv;
import org.heritageregistry.export.PagedAnswer;
import org.heritageregistry.export.Representation;
import org.heritageregistry.idempotency.Idempotency;
import org.heritageregistry.monument.Monument;
import org.heritageregistry.monument.MonumentFilter;
import org.heritageregistry.monument.MonumentService;
import org.heritageregistry.monument.MonumentSummary;
import org.heritageregistry.monument.MonumentPatch;
import org.heritageregistry.monument.NewMonument;
import org.heritageregistry.monument.NewRetirement;
import org.heritageregistry.report.DamageReport;
import org.heritageregistry.report.ReportFilter;
import org.heritageregistry.report.ReportPage;
import org.heritageregistry.report.ReportService;
import org.heritageregistry.report.ReportViews;
import org.heritageregistry.vocabulary.Condition;
import org.heritageregistry.vocabulary.MonumentCategory;
import org.heritageregistry.vocabulary.VerificationStatus;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/monuments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Monuments")
public class MonumentResource {

    private final MonumentService monuments;
    private final ReportService reports;
    private final ReportViews views;
    private final SecurityIdentity identity;
    private final ConditionService conditions;
    private final ConflictViews conflicts;

    private final MonumentReads reads;
    private final ObjectMapper json;

    MonumentResource(MonumentService monuments, ReportService reports, ReportViews views, SecurityIdentity identity, ConditionService conditions,
            ConflictViews conflicts, MonumentReads reads, ObjectMapper json) {
        this.json = json;
        this.reads = reads;
        this.monuments = monuments;
        this.reports = reports;
        this.views = views;
        this.identity = identity;
        this.conditions = conditions;
        this.conflicts = conflicts;
    }

    @GET
    @Operation(operationId = "listMonuments", summary = "List monuments",
            description = "Monuments ordered by id, filtered by site, category, current condition and text (name or any alternate name, case-insensitive).")
    @Produces({ MediaType.APPLICATION_JSON, Representation.GEO_JSON, Representation.TEXT_CSV })
    @APIResponse(responseCode = "200", description = "A page of monuments: JSON by default, GeoJSON or CSV on request (Accept).",
            headers = @Header(name = "Link", description = ExportExamples.LINK_NEXT),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonumentPage.class),
                            examples = @ExampleObject(name = "destroyed-at-palmyra", summary = "Destroyed monuments at Palmyra")),
                    @Content(mediaType = Representation.GEO_JSON, schema = @Schema(implementation = GeoJson.FeatureCollection.class),
                            examples = @ExampleObject(name = "palmyra-temples", summary = "Palmyra's temples as GeoJSON ([longitude, latitude])")),
                    @Content(mediaType = Representation.TEXT_CSV, schema = @Schema(type = SchemaType.STRING, maxLength = ExportExamples.CSV_MAX_LENGTH),
                            examples = @ExampleObject(name = "palmyra-temples", summary = "Palmyra's temples as CSV (RFC 4180, UTF-8, header row)")) })
    public Response list(
            @QueryParam("site") @Parameter(description = "Only monuments of this site.", example = "palmyra", schema = @Schema(type = SchemaType.STRING, maxLength = 80)) String site,
            @QueryParam("category") @Parameter(description = "Only monuments of this category.", schema = @Schema(implementation = MonumentCategory.class)) String category,
            @QueryParam("condition") @Parameter(description = "Only monuments whose current (established) condition is this.", schema = @Schema(implementation = Condition.class)) String condition,
            @QueryParam("q") @Parameter(description = "Text in the name or an alternate name.", example = "bel", schema = @Schema(type = SchemaType.STRING, maxLength = 200)) String text,
            @BeanParam PageParams paging, @Context HttpHeaders headers, @Context UriInfo uri) {
        Representation as = Representation.choose(headers, Representation.JSON, Representation.GEOJSON, Representation.CSV);
        var filter = new MonumentFilter(QueryParams.text(site, "site", 80), JsonEnums.parse(MonumentCategory.class, category, "category"),
                JsonEnums.parse(Condition.class, condition, "condition"), QueryParams.text(text, "q", 200));
        var page = paging.toRequest();
        var result = Pages.of(monuments.list(filter, page), page.limit(), m -> Cursor.encode(m.id), rows -> rows);
        List<MonumentSummary> summaries = result.items().stream().map(MonumentSummary::from).toList();
        Object body = switch (as) {
            case GEOJSON -> GeoJson.monuments(summaries, result.nextCursor(), uri);
            case CSV -> MonumentCsv.write(result.items(), uri);
            default -> new MonumentPage(summaries, result.nextCursor());
        };
        return PagedAnswer.of(as, body, result.nextCursor(), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMonument", summary = "Read a monument with its current condition and latest claim",
            description = "What is established (the latest VERIFIED or CORROBORATED report by event date) beside what is being said (the latest claim of any status). Carries an ETag; send it in If-None-Match to get 304 while nothing changed. With asOf, the answer the registry would have given then: only reports, corrections and decisions recorded by then count (no ETag; 404 if the monument was not yet in the registry).")
    @Produces({ MediaType.APPLICATION_JSON, Representation.GEO_JSON, Representation.LD_JSON })
    @APIResponse(responseCode = "200", description = "The monument: JSON by default, a GeoJSON Feature or CIDOC-CRM JSON-LD on request (Accept).",
            headers = @Header(name = "ETag", description = "Version of this representation (each media type has its own)."),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonumentView.class),
                            examples = @ExampleObject(name = "temple-of-bel", summary = "The Temple of Bel: destroyed, verified by satellite imagery")),
                    @Content(mediaType = Representation.GEO_JSON, schema = @Schema(implementation = GeoJson.Feature.class),
                            examples = @ExampleObject(name = "temple-of-bel", summary = "The Temple of Bel as a GeoJSON Feature")),
                    @Content(mediaType = Representation.LD_JSON, schema = @Schema(ref = "CidocCrmMonument"),
                            examples = @ExampleObject(name = "temple-of-bel", summary = "The Temple of Bel in CIDOC-CRM (abridged)")) })
    public Response get(@PathParam("id") String id,
            @QueryParam(AsOf.PARAMETER) String asOf,
            @Context Request request, @Context HttpHeaders headers, @Context UriInfo uri) {
        Representation as = Representation.choose(headers, Representation.JSON, Representation.GEOJSON, Representation.JSONLD);
        var recordedBefore = AsOf.recordedBefore(asOf);
        if (recordedBefore.isPresent()) {
            return asRecorded(id, recordedBefore.get(), as, recorded -> monumentIn(as, reads.view(recorded), uri));
        }
        boolean revealed = views.revealsConfidential();
        long version = monuments.version(id).orElseThrow(() -> ProblemException.notFound("Monument", id));
        // a polling client that holds the current version costs this one read
        var notModified = Versions.notModified(request, as.tag(version, revealed));
        if (notModified.isPresent()) {
            return notModified.get();
        }
        return represent(as, view(id, revealed, version), revealed, answer -> monumentIn(as, (MonumentView) answer, uri));
    }

    private MonumentViewCache.Json view(String id, boolean revealed, long version) {
        return reads.view(id, revealed, version);
    }

    @POST
    @Path("/{id}/retirement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "basicAuth")
    @Operation(operationId = "retireMonument", summary = "Retire a monument",
            description = "Retires the monument with a reason: it stays readable with its reports, history and conflicts, but takes no new reports. Nothing is deleted. "
                    + "A monument already retired is a 409; send its ETag in If-Match to be sure nobody changed it in between (412 otherwise). Needs the admin role.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewRetirement.class),
            examples = @ExampleObject(name = "duplicate-record", summary = "A column group recorded twice", value = "{\"reason\":\"Recorded twice: merged into the Great Colonnade record\"}")))
    @APIResponse(responseCode = "200", description = "Retired; the monument as it now stands.",
            headers = @Header(name = "ETag", description = "The monument's new version."),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonumentView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response retire(@PathParam("id") String id,
            @HeaderParam("If-Match") @Parameter(description = "The monument's ETag as last read.") String ifMatch,
            @HeaderParam("Idempotency-Key") String idempotencyKey, @Valid @NotNull NewRetirement body) {
        String admin = identity.getPrincipal().getName();
        monuments.version(id).orElseThrow(() -> ProblemException.notFound("Monument", id));
        var outcome = monuments.retire(id, body, admin, ifMatch, idempotencyKey);
        var answer = view(id, true, monuments.version(id).orElseThrow());
        return Idempotency.mark(Response.ok(answer.body(), MediaType.APPLICATION_JSON_TYPE).tag(Versions.tag(answer.version(), true)).header("Vary", Versions.VARY), outcome).build();
    }

    /** RFC 7396's media type: the only one a monument edit takes. */
    static final String MERGE_PATCH = "application/merge-patch+json";

    @PATCH
    @Path("/{id}")
    @Consumes(MERGE_PATCH)
    @RolesAllowed({ Roles.CURATOR, Roles.ADMIN })
    @SecurityRequirement(name = "basicAuth")
    @Operation(operationId = "updateMonument", summary = "Correct a monument's record",
            description = "Edits the monument's own record with a JSON Merge Patch (RFC 7396): a field left out stays as it is, null removes an optional field "
                    + "(period, location, wikidata, pleiades, description; null or [] for names), names replaces the whole list. Editable: name, names, category, "
                    + "period, location, wikidata, pleiades, description, siteId (moving the monument to another site, which must exist: 422 otherwise). "
                    + "The id never changes: id in the patch is a 400, as is any unknown field; values are validated as on create. A refused patch changes nothing. "
                    + "Needs the ETag you read in If-Match (428 without it, 412 when stale). The record as it stood before the edit stays readable: "
                    + "GET /monuments/{id}/revisions lists the edits, and asOf reads show the record as it was then. A retired monument can still be corrected. "
                    + "Needs the curator or admin role.")
    @RequestBody(required = true, content = @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = MonumentPatch.class),
            examples = {
                    @ExampleObject(name = "baalshamin-location", summary = "Correct the Temple of Baalshamin's location",
                            value = "{\"location\":{\"latitude\":34.5534,\"longitude\":38.2699}}"),
                    @ExampleObject(name = "baalshamin-arabic-name", summary = "Add the Arabic name of the Temple of Baalshamin (names replaces the whole list)",
                            value = "{\"names\":[{\"name\":\"معبد بعل شمين\",\"lang\":\"ar\"},{\"name\":\"Temple of Baal Shamin\",\"lang\":\"en\"}]}"),
                    @ExampleObject(name = "remove-location", summary = "Remove a location found to be wrong", value = "{\"location\":null}") }))
    @APIResponse(responseCode = "200", description = "Corrected (or unchanged when the patch changes nothing); the monument as GET shows it.",
            headers = @Header(name = "ETag", description = "The monument's new version."),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonumentView.class)))
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "RuleViolated")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response update(@PathParam("id") @Parameter(example = "temple-of-baalshamin") String id,
            @HeaderParam("If-Match") @Parameter(description = "The monument's ETag as last read. Required: without it the answer is 428.") String ifMatch,
            byte[] body) throws java.io.IOException {
        String by = identity.getPrincipal().getName();
        // bytes, not text: JSON is UTF-8 whatever charset (if any) the Content-Type names, and Jackson detects it
        var patch = MonumentPatch.read(body == null || body.length == 0 ? null : json.readTree(body), json);
        monuments.update(id, patch, by, ifMatch);
        var answer = view(id, true, monuments.version(id).orElseThrow());
        return Response.ok(answer.body(), MediaType.APPLICATION_JSON_TYPE).tag(Versions.tag(answer.version(), true)).header("Vary", Versions.VARY).build();
    }

    @GET
    @Path("/{id}/revisions")
    @Operation(operationId = "listMonumentRevisions", summary = "List the edits of a monument's record",
            description = "Each edit of the monument's own record (PATCH), oldest first: its number, when, who, and each changed field with its value before (from) and after (to). "
                    + "The record as it was before an instant is also what GET /monuments/{id}?asOf= shows.")
    @APIResponse(responseCode = "200", description = "A page of edits.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonumentRevisionPage.class)))
    public MonumentRevisionPage revisions(@PathParam("id") @Parameter(example = "temple-of-baalshamin") String id, @BeanParam PageParams paging) {
        monuments.find(id).orElseThrow(() -> ProblemException.notFound("Monument", id));
        var page = paging.toRequest();
        var result = Pages.of(monuments.revisions(id, page), page.limit(), r -> Cursor.encode(Integer.toString(r.revision)),
                rows -> rows.stream().map(r -> new MonumentRevisionView(r.revision, r.recordedAt, r.recordedBy, r.changes)).toList());
        return new MonumentRevisionPage(result.items(), result.nextCursor());
    }

    @Schema(name = "MonumentRevision", description = "One edit of a monument's record.")
    public record MonumentRevisionView(@Schema(required = true, minimum = "1", maximum = "2147483647", examples = "1") int revision,
            @Schema(required = true) java.time.Instant recordedAt,
            @Schema(required = true, maxLength = 64, examples = "curator") String recordedBy,
            @Schema(required = true, type = SchemaType.OBJECT, maxProperties = 9,
                    description = "Each changed field (name, names, category, period, location, wikidata, pleiades, description, siteId), "
                            + "as an object with from (before the edit) and to (after it); a removed value is null.",
                    examples = "{\"location\":{\"from\":{\"latitude\":34.555,\"longitude\":38.272},\"to\":{\"latitude\":34.5534,\"longitude\":38.2699}}}")
            @com.fasterxml.jackson.annotation.JsonRawValue String changes) {
    }

    @Schema(name = "MonumentRevisionPage", description = "A page of a monument's edits, oldest first.")
    public record MonumentRevisionPage(@Schema(required = true, maxItems = 100) List<MonumentRevisionView> items,
            @Schema(description = "Cursor of the next page; absent on the last page.", maxLength = 500) String nextCursor) {
    }

    /** The monument in the chosen representation: the JSON view as it is, or written as an export. */
    private static Object monumentIn(Representation as, MonumentView view, UriInfo uri) {
        return switch (as) {
            case GEOJSON -> GeoJson.monument(view, uri);
            case JSONLD -> CidocCrm.monument(view, uri);
            default -> view;
        };
    }

    /** A cached answer: JSON as the bytes already written (Jackson does not run again), an export written from the kept view. */
    private static Response represent(Representation as, MonumentViewCache.Json answer, boolean revealed, Function<Object, Object> export) {
        Object body = as == Representation.JSON ? answer.body() : export.apply(answer.answer());
        return Response.ok(body, as.mediaType()).tag(as.tag(answer.version(), revealed)).header("Vary", Versions.VARY).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "basicAuth")
    @Operation(operationId = "createMonument", summary = "Add a monument", description = "Adds a monument to a site, with condition UNKNOWN until reports establish one. Needs the admin role.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewMonument.class),
            examples = @ExampleObject(name = "temple-of-nabu", summary = "The Temple of Nabu at Palmyra")))
    @APIResponse(responseCode = "201", description = "Added.", headers = @Header(name = "Location", description = "URL of the new monument."),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonumentView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "RuleViolated")
    public Response create(@HeaderParam("Idempotency-Key") String idempotencyKey, @Valid @NotNull NewMonument body, @Context UriInfo uri) {
        String admin = identity.getPrincipal().getName();
        var outcome = monuments.create(body, admin, idempotencyKey);
        Monument monument = monuments.find(outcome.resourceId()).orElseThrow();
        URI location = uri.getBaseUriBuilder().path(MonumentResource.class).path(monument.id).build();
        return Idempotency.mark(Response.created(location).tag(Versions.tag(monument.version, true)).entity(MonumentView.of(monument, null, List.of(), null)), outcome).build();
    }

    @GET
    @Path("/{id}/reports")
    @Operation(operationId = "listMonumentReports", summary = "List a monument's reports",
            description = "The monument's reports, newest submission first: the current revision of each claim, or every revision with current=false.")
    @APIResponse(responseCode = "200", description = "A page of reports.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportPage.class)))
    public ReportPage reports(@PathParam("id") @Parameter(example = "temple-of-baalshamin") String id,
            @QueryParam("status") @Parameter(description = "Only reports with this review status.", schema = @Schema(implementation = VerificationStatus.class)) String status,
            @QueryParam(ReportResource.CURRENT) @Parameter(description = ReportResource.CURRENT_DESCRIPTION, schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true")) String current,
            @BeanParam PageParams paging) {
        monuments.find(id).orElseThrow(() -> ProblemException.notFound("Monument", id));
        var page = paging.toRequest();
        var filter = ReportFilter.ofMonument(id, JsonEnums.parse(VerificationStatus.class, status, "status"), ReportResource.currentOnly(current));
        List<DamageReport> rows = reports.list(filter, page);
        var result = Pages.of(rows, page.limit(), ReportService::cursorOf, views::of);
        return new ReportPage(result.items(), result.nextCursor());
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getMonumentHistory", summary = "Read a monument's condition history",
            description = "The established condition over event time (steps of VERIFIED or CORROBORATED reports, ordered by their EDTF bounds), each step with the reports behind it, beside every current claim of any status. Carries the monument's ETag. With asOf, the history as the registry held it then, by recording time.")
    @Produces({ MediaType.APPLICATION_JSON, Representation.LD_JSON })
    @APIResponse(responseCode = "200", description = "The history: JSON by default, CIDOC-CRM JSON-LD on request (Accept).",
            headers = @Header(name = "ETag", description = "Version of the monument (each media type has its own)."),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HistoryView.class)),
                    @Content(mediaType = Representation.LD_JSON, schema = @Schema(ref = "CidocCrmMonument"),
                            examples = @ExampleObject(name = "temple-of-bel", summary = "The Temple of Bel's condition assessments in CIDOC-CRM (abridged)")) })
    public Response history(@PathParam("id") String id,
            @QueryParam(AsOf.PARAMETER) String asOf,
            @Context Request request, @Context HttpHeaders headers, @Context UriInfo uri) {
        Representation as = Representation.choose(headers, Representation.JSON, Representation.JSONLD);
        var recordedBefore = AsOf.recordedBefore(asOf);
        if (recordedBefore.isPresent()) {
            return asRecorded(id, recordedBefore.get(), as, recorded -> historyIn(as, reads.history(recorded), recorded.monument(), uri));
        }
        boolean revealed = views.revealsConfidential();
        long version = monuments.version(id).orElseThrow(() -> ProblemException.notFound("Monument", id));
        var notModified = Versions.notModified(request, as.tag(version, revealed));
        if (notModified.isPresent()) {
            return notModified.get();
        }
        if (as == Representation.JSONLD) {
            // the JSON-LD names the monument too, so it is written from the rows, not from the kept JSON
            Monument monument = monuments.find(id).orElseThrow(() -> ProblemException.notFound("Monument", id));
            HistoryView view = reads.history(id, monument.currentCondition, conditions.currentReports(id), null);
            return Versions.conditionalGet(request, as.tag(monument.version, revealed), historyIn(as, view, monument, uri), as.mediaType());
        }
        return represent(as, reads.history(id, revealed, version), revealed, answer -> answer);
    }

    private static Object historyIn(Representation as, HistoryView view, Monument monument, UriInfo uri) {
        return as == Representation.JSONLD ? CidocCrm.history(view, MonumentView.of(monument, null, List.of(), null), uri) : view;
    }

    /**
     * An answer as the registry held it before an instant: built from the recorded revisions and
     * decisions each time (the past is not cached), with no ETag, and 404 for a monument the
     * registry did not hold yet.
     */
    private Response asRecorded(String id, java.time.Instant before, Representation as, Function<MonumentReads.Recorded, Object> answer) {
        return Response.ok(answer.apply(reads.recorded(id, before)), as.mediaType()).header("Vary", Versions.VARY).build();
    }

    @GET
    @Path("/{id}/conflicts")
    @Operation(operationId = "listMonumentConflicts", summary = "List a monument's conflicts", description = "The conflicts about one monument, one per disagreement, in every state unless state says which.")
    @APIResponse(responseCode = "200", description = "A page of conflicts.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConflictPage.class)))
    public ConflictPage conflicts(@PathParam("id") @Parameter(example = "temple-of-baalshamin") String id,
            @QueryParam("state") @Parameter(description = ConflictResource.STATE_DESCRIPTION, schema = @Schema(implementation = ConflictState.class)) String state,
            @QueryParam("resolved") @Parameter(description = ConflictResource.RESOLVED_DESCRIPTION, deprecated = true, schema = @Schema(type = SchemaType.BOOLEAN)) String resolved,
            @BeanParam PageParams paging) {
        monuments.find(id).orElseThrow(() -> ProblemException.notFound("Monument", id));
        return conflicts.page(ConflictFilter.ofMonument(id, JsonEnums.parse(ConflictState.class, state, "state"), QueryParams.bool(resolved, "resolved")),
                paging.toRequest());
    }

    @Schema(name = "MonumentPage", description = "A page of monuments.")
    public record MonumentPage(@Schema(required = true, maxItems = 100) List<MonumentSummary> items,
            @Schema(description = "Cursor of the next page; absent on the last page.", maxLength = 500) String nextCursor) {
    }
}

package org.heritageregistry.api;

import java.net.URI;
import java.util.List;

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
import org.heritageregistry.common.PageParams;
import org.heritageregistry.common.Pages;
import org.heritageregistry.common.ProblemException;
import org.heritageregistry.common.Versions;
import org.heritageregistry.dossier.AsOf;
import org.heritageregistry.idempotency.Idempotency;
import org.heritageregistry.site.NewSite;
import org.heritageregistry.site.Site;
import org.heritageregistry.site.SitePatch;
import org.heritageregistry.site.SiteRetirement;
import org.heritageregistry.site.SiteService;
import org.heritageregistry.site.SiteView;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/sites")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sites")
public class SiteResource {

    private final SiteService sites;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    SiteResource(SiteService sites, SecurityIdentity identity, ObjectMapper json) {
        this.sites = sites;
        this.identity = identity;
        this.json = json;
    }

    @GET
    @Operation(operationId = "listSites", summary = "List sites", description = "Heritage places, ordered by id, one page at a time.")
    @APIResponse(responseCode = "200", description = "A page of sites.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SitePage.class)))
    public SitePage list(@BeanParam PageParams paging) {
        var page = paging.toRequest();
        var result = Pages.of(sites.list(page), page.limit(), s -> Cursor.encode(s.id), rows -> rows.stream().map(SiteView::from).toList());
        return new SitePage(result.items(), result.nextCursor());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSite", summary = "Read a site",
            description = "One heritage place with its alternate names, identifiers and boundary. Carries an ETag (send it in If-None-Match to get 304 while nothing "
                    + "changed, in If-Match to edit or retire it). With asOf, the site's record as the registry held it then (no ETag; 404 if the site was not yet in the registry).")
    @APIResponse(responseCode = "200", description = "The site.", headers = @Header(name = "ETag", description = "Version of the site."),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteView.class)))
    public Response get(@PathParam("id") @Parameter(example = "palmyra") String id, @QueryParam(AsOf.PARAMETER) String asOf, @Context Request request) {
        var recordedBefore = AsOf.recordedBefore(asOf);
        if (recordedBefore.isPresent()) {
            Site then = sites.recordAsOf(id, recordedBefore.get()).orElseThrow(() -> ProblemException.notFound("Site", id));
            return Response.ok(SiteView.from(then), MediaType.APPLICATION_JSON_TYPE).build();
        }
        Site site = sites.find(id).orElseThrow(() -> ProblemException.notFound("Site", id));
        return Versions.conditionalGet(request, Versions.tag(site.version, true), SiteView.from(site));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CURATOR, Roles.ADMIN })
    @SecurityRequirement(name = "basicAuth")
    @Operation(operationId = "createSite", summary = "Add a site",
            description = "Adds a heritage place with its client-chosen id (a slug that never changes: an id already taken is a 409), its names in several languages, "
                    + "country, point, optional boundary (a GeoJSON Polygon or MultiPolygon, validated: a 400 names the offending member) and identifiers "
                    + "(Wikidata, Pleiades, UNESCO World Heritage). Needs the curator or admin role.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewSite.class),
            examples = @ExampleObject(name = "palmyra", summary = "Palmyra, with its Arabic name, identifiers and an outline of the ancient city")))
    @APIResponse(responseCode = "201", description = "Added.", headers = {
            @Header(name = "Location", description = "URL of the new site."),
            @Header(name = "ETag", description = "The site's version.") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(@HeaderParam("Idempotency-Key") String idempotencyKey, @Valid @NotNull NewSite body, @Context UriInfo uri) {
        String by = identity.getPrincipal().getName();
        var outcome = sites.create(body, by, idempotencyKey);
        Site site = sites.find(outcome.resourceId()).orElseThrow();
        URI location = uri.getBaseUriBuilder().path(SiteResource.class).path(site.id).build();
        return Idempotency.mark(Response.created(location).tag(Versions.tag(site.version, true)).entity(SiteView.from(site)), outcome).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MonumentResource.MERGE_PATCH)
    @RolesAllowed({ Roles.CURATOR, Roles.ADMIN })
    @SecurityRequirement(name = "basicAuth")
    @Operation(operationId = "updateSite", summary = "Correct a site's record",
            description = "Edits the site's record with a JSON Merge Patch (RFC 7396), as a monument's: a field left out stays as it is, null removes an optional field "
                    + "(location, boundary, wikidata, pleiades, unescoId, inDangerSince, description; null or [] for names), names replaces the whole list, "
                    + "boundary the whole geometry. Editable: name, names, country, location, boundary, wikidata, pleiades, unescoId, inDangerSince, description. "
                    + "The id never changes: id in the patch is a 400, as is any unknown field; values are validated as on create. A refused patch changes nothing. "
                    + "Needs the ETag you read in If-Match (428 without it, 412 when stale). The record as it stood before the edit stays readable: "
                    + "GET /sites/{id}/revisions lists the edits, and GET /sites/{id}?asOf= shows the record as it was then. A retired site can still be corrected. "
                    + "Needs the curator or admin role.")
    @RequestBody(required = true, content = @Content(mediaType = MonumentResource.MERGE_PATCH, schema = @Schema(implementation = SitePatch.class),
            examples = {
                    @ExampleObject(name = "palmyra-identifiers", summary = "Record Palmyra's Wikidata, Pleiades and World Heritage ids",
                            value = "{\"wikidata\":\"Q5747\",\"pleiades\":\"668331\",\"unescoId\":\"23\"}"),
                    @ExampleObject(name = "palmyra-names", summary = "Palmyra's names in Arabic and in transliteration (names replaces the whole list)",
                            value = "{\"names\":[{\"name\":\"تدمر\",\"lang\":\"ar\"},{\"name\":\"Tadmur\",\"lang\":\"ar-Latn\"}]}"),
                    @ExampleObject(name = "palmyra-boundary", summary = "An outline of the ancient city of Palmyra",
                            value = "{\"boundary\":{\"type\":\"Polygon\",\"coordinates\":[[[38.2585,34.5565],[38.2830,34.5565],[38.2830,34.5440],[38.2585,34.5440],[38.2585,34.5565]]]}}"),
                    @ExampleObject(name = "remove-boundary", summary = "Remove a boundary found to be wrong", value = "{\"boundary\":null}") }))
    @APIResponse(responseCode = "200", description = "Corrected (or unchanged when the patch changes nothing); the site as GET shows it.",
            headers = @Header(name = "ETag", description = "The site's new version."),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteView.class)))
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response update(@PathParam("id") @Parameter(example = "palmyra") String id,
            @HeaderParam("If-Match") @Parameter(description = "The site's ETag as last read. Required: without it the answer is 428.") String ifMatch,
            byte[] body) throws java.io.IOException {
        String by = identity.getPrincipal().getName();
        // bytes, not text: JSON is UTF-8 whatever charset (if any) the Content-Type names, and Jackson detects it
        var patch = SitePatch.read(body == null || body.length == 0 ? null : json.readTree(body), json);
        Site site = sites.update(id, patch, by, ifMatch);
        Site now = sites.find(site.id).orElseThrow();
        return Response.ok(SiteView.from(now), MediaType.APPLICATION_JSON_TYPE).tag(Versions.tag(now.version, true)).header("Vary", Versions.VARY).build();
    }

    @POST
    @Path("/{id}/retirement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "basicAuth")
    @Operation(operationId = "retireSite", summary = "Retire a site",
            description = "Retires the site with a reason: it stays readable with its monuments, reports and history, but takes no new monuments (a create or a move "
                    + "onto it is a 422) and no new claims about the whole site. Nothing is deleted. A site already retired is a 409; send its ETag in If-Match to be sure "
                    + "nobody changed it in between (412 otherwise). Needs the admin role.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteRetirement.class),
            examples = @ExampleObject(name = "duplicate-record", summary = "A site recorded twice", value = "{\"reason\":\"Recorded twice: merged into the Palmyra record\"}")))
    @APIResponse(responseCode = "200", description = "Retired; the site as it now stands.",
            headers = @Header(name = "ETag", description = "The site's new version."),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response retire(@PathParam("id") @Parameter(example = "palmyra") String id,
            @HeaderParam("If-Match") @Parameter(description = "The site's ETag as last read.") String ifMatch,
            @HeaderParam("Idempotency-Key") String idempotencyKey, @Valid @NotNull SiteRetirement body) {
        String admin = identity.getPrincipal().getName();
        if (!sites.exists(id)) {
            throw ProblemException.notFound("Site", id);
        }
        var outcome = sites.retire(id, body, admin, ifMatch, idempotencyKey);
        Site site = sites.find(outcome.resourceId()).orElseThrow();
        return Idempotency.mark(Response.ok(SiteView.from(site), MediaType.APPLICATION_JSON_TYPE).tag(Versions.tag(site.version, true)).header("Vary", Versions.VARY),
                outcome).build();
    }

    @GET
    @Path("/{id}/revisions")
    @Operation(operationId = "listSiteRevisions", summary = "List the edits of a site's record",
            description = "Each edit of the site's record (PATCH), oldest first: its number, when, who, and each changed field with its value before (from) and after (to). "
                    + "The record as it was before an instant is also what GET /sites/{id}?asOf= shows.")
    @APIResponse(responseCode = "200", description = "A page of edits.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteRevisionPage.class)))
    public SiteRevisionPage revisions(@PathParam("id") @Parameter(example = "palmyra") String id, @BeanParam PageParams paging) {
        sites.find(id).orElseThrow(() -> ProblemException.notFound("Site", id));
        var page = paging.toRequest();
        var result = Pages.of(sites.revisions(id, page), page.limit(), r -> Cursor.encode(Integer.toString(r.revision)),
                rows -> rows.stream().map(r -> new SiteRevisionView(r.revision, r.recordedAt, r.recordedBy, r.changes)).toList());
        return new SiteRevisionPage(result.items(), result.nextCursor());
    }

    @Schema(name = "SitePage", description = "A page of sites.")
    public record SitePage(@Schema(required = true, maxItems = 100) List<SiteView> items,
            @Schema(description = "Cursor of the next page; absent on the last page.", maxLength = 500) String nextCursor) {
    }

    @Schema(name = "SiteRevision", description = "One edit of a site's record.")
    public record SiteRevisionView(@Schema(required = true, minimum = "1", maximum = "2147483647", examples = "1") int revision,
            @Schema(required = true) java.time.Instant recordedAt,
            @Schema(required = true, maxLength = 64, examples = "curator") String recordedBy,
            @Schema(required = true, type = SchemaType.OBJECT, maxProperties = 10,
                    description = "Each changed field (name, names, country, location, boundary, wikidata, pleiades, unescoId, inDangerSince, description), "
                            + "as an object with from (before the edit) and to (after it); a removed value is null.",
                    examples = "{\"wikidata\":{\"from\":null,\"to\":\"Q5747\"}}")
            @com.fasterxml.jackson.annotation.JsonRawValue String changes) {
    }

    @Schema(name = "SiteRevisionPage", description = "A page of a site's edits, oldest first.")
    public record SiteRevisionPage(@Schema(required = true, maxItems = 100) List<SiteRevisionView> items,
            @Schema(description = "Cursor of the next page; absent on the last page.", maxLength = 500) String nextCursor) {
    }
}

package org.heritageregistry.api;

import org.heritageregistry.common.ApiProblem;

import org.heritageregistry.common.QueryParams;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

import java.net.URI;
import java.util.List;
import java.util.UUID;

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
import org.heritageregistry.common.Versions;
import org.heritageregistry.idempotency.Idempotency;
import org.heritageregistry.source.NewSource;
import org.heritageregistry.source.Source;
import org.heritageregistry.source.SourceMerge;
import org.heritageregistry.source.SourcePatch;
import org.heritageregistry.source.SourceService;
import org.heritageregistry.source.SourceView;
import org.heritageregistry.source.SourceVisibility;
import org.heritageregistry.vocabulary.SourceKind;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources")
public class SourceResource {

    private final SourceService sources;
    private final SourceVisibility visibility;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    SourceResource(SourceService sources, SourceVisibility visibility, SecurityIdentity identity, ObjectMapper json) {
        this.json = json;
        this.sources = sources;
        this.visibility = visibility;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listSources", summary = "List sources",
            description = "Who makes claims, with kind and reliability grade. Confidential sources appear to anonymous readers only as their kind, "
                    + "and a search never matches a name the reader may not see.")
    @APIResponse(responseCode = "200", description = "A page of sources.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourcePage.class)))
    public SourcePage list(@QueryParam("kind") @Parameter(description = "Only sources of this kind.", schema = @Schema(implementation = SourceKind.class)) String kind,
            @QueryParam("q") @Parameter(description = "Only sources whose name or an alias contains this text, compared without case, accents, Arabic "
                    + "short vowels, spaces or punctuation ('abdul karim' finds 'Maamoun Abdulkarim').", example = "Abdulkarim",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200)) String q,
            @BeanParam PageParams paging) {
        var page = paging.toRequest();
        boolean reveal = visibility.revealsConfidential();
        var result = Pages.of(sources.list(JsonEnums.parse(SourceKind.class, kind, "kind"), QueryParams.text(q, "q", 200), reveal, page), page.limit(),
                s -> Cursor.encode(s.id.toString()),
                rows -> rows.stream().map(s -> SourceView.of(s, reveal)).toList());
        return new SourcePage(result.items(), result.nextCursor());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSource", summary = "Read a source", description = "One source; a confidential one is shown to anonymous readers only as its kind.")
    @APIResponse(responseCode = "200", description = "The source.", headers = @Header(name = "ETag", description = "Version of this representation."),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceView.class)))
    @APIResponse(responseCode = "308", description = "The source was merged into another: Location names the survivor, which now bears its names and claims.",
            headers = @Header(name = "Location", description = "URL of the surviving source."))
    public Response get(@PathParam("id") String id,
            @Context Request request, @Context UriInfo uri) {
        Source source = parse(id).flatMap(sources::find).orElseThrow(() -> ProblemException.notFound("Source", id));
        if (source.mergedInto != null) {
            return Response.status(308).location(sourceUri(uri, source.mergedInto)).build();
        }
        boolean reveal = visibility.revealsConfidential();
        return Versions.conditionalGet(request, Versions.tag(source.version, reveal || !source.confidential), SourceView.of(source, reveal));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CURATOR)
    @SecurityRequirement(name = "basicAuth")
    @Operation(operationId = "registerSource", summary = "Register a source", description = "Adds a source that reports can name. Needs the curator role. "
            + "A name or alias that another source already bears (compared as the q search compares) is a 409 listing the candidates, so that a "
            + "source is not registered twice; allowSimilar=true registers it all the same (two people of one name).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewSource.class),
            examples = @ExampleObject(name = "associated-press", summary = "The news agency that quoted a Palmyra resident (seed L84)")))
    @APIResponse(responseCode = "201", description = "Registered.", headers = @Header(name = "Location", description = "URL of the new source."),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceView.class)))
    @APIResponse(responseCode = "409", description = "A source of this name or alias exists: the problem lists the candidates.",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    public Response register(@HeaderParam("Idempotency-Key") String idempotencyKey,
            @QueryParam("allowSimilar") @Parameter(description = "Register even when a source of the same name or alias exists.",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String allowSimilar,
            @Valid @NotNull NewSource body, @Context UriInfo uri) {
        String curator = identity.getPrincipal().getName();
        var outcome = sources.register(body, curator, Boolean.TRUE.equals(QueryParams.bool(allowSimilar, "allowSimilar")), idempotencyKey);
        Source source = sources.find(UUID.fromString(outcome.resourceId())).orElseThrow();
        URI location = uri.getBaseUriBuilder().path(SourceResource.class).path(source.id.toString()).build();
        return Idempotency.mark(Response.created(location).tag(Versions.tag(source.version, true)).entity(SourceView.of(source, true)), outcome).build();
    }

    /** RFC 7396's media type: the only one a source edit takes. */
    static final String MERGE_PATCH = MonumentResource.MERGE_PATCH;

    @PATCH
    @Path("/{id}")
    @Consumes(MERGE_PATCH)
    @RolesAllowed({ Roles.CURATOR, Roles.ADMIN })
    @SecurityRequirement(name = "basicAuth")
    @Operation(operationId = "updateSource", summary = "Correct a source's record",
            description = "Edits the source's record with a JSON Merge Patch (RFC 7396), as a monument's is edited: a field left out stays as it is, null "
                    + "removes an optional field (description, url; null or [] for aliases), aliases replaces the whole list. Editable: name, aliases, kind, "
                    + "reliability, confidential, description, url. The id never changes: id in the patch is a 400, as is any unknown field; values are "
                    + "validated as on registration. A name or alias the edit adds that another source already bears is a 409 listing the candidates "
                    + "(merge them instead), unless allowSimilar=true. A refused patch changes nothing. Needs the ETag you read in If-Match (428 without "
                    + "it, 412 when stale). The record as it stood before the edit stays readable in GET /sources/{id}/revisions. A merged source is "
                    + "no longer edited (409). Needs the curator or admin role.")
    @RequestBody(required = true, content = @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = SourcePatch.class),
            examples = {
                    @ExampleObject(name = "abdulkarim-spellings", summary = "Give the antiquities chief the spellings the texts use (aliases replaces the whole list)",
                            value = "{\"aliases\":[\"Mamoun Abdelkarim\",\"Maamoun Abdul Karim\",\"Maamoun Abdulkarim\"]}"),
                    @ExampleObject(name = "sohr-reliability", summary = "Grade the Syrian Observatory for Human Rights again after the Baalshamin dates disagreed",
                            value = "{\"reliability\":\"C\",\"description\":\"UK-based monitoring group relying on a network of sources on the ground; "
                                    + "dated Baalshamin's destruction a month early.\"}"),
                    @ExampleObject(name = "remove-url", summary = "Remove a dead link", value = "{\"url\":null}") }))
    @APIResponse(responseCode = "200", description = "Corrected (or unchanged when the patch changes nothing); the source as a signed-in reader sees it.",
            headers = @Header(name = "ETag", description = "The source's new version."),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceView.class)))
    @APIResponse(responseCode = "409", description = "Another source bears a name or alias the edit adds (the problem lists the candidates), or the source was merged.",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response update(@PathParam("id") String id,
            @HeaderParam("If-Match") @Parameter(description = "The source's ETag as last read. Required: without it the answer is 428.") String ifMatch,
            @QueryParam("allowSimilar") @Parameter(description = "Make the edit even when another source bears a name or alias it adds.",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String allowSimilar,
            byte[] body) throws java.io.IOException {
        UUID sourceId = parse(id).orElseThrow(() -> ProblemException.notFound("Source", id));
        boolean insist = Boolean.TRUE.equals(QueryParams.bool(allowSimilar, "allowSimilar"));
        // bytes, not text: JSON is UTF-8 whatever charset (if any) the Content-Type names, and Jackson detects it
        var patch = SourcePatch.read(body == null || body.length == 0 ? null : json.readTree(body), json);
        Source source = sources.update(sourceId, patch, identity.getPrincipal().getName(), ifMatch, insist);
        return Response.ok(SourceView.of(source, true), MediaType.APPLICATION_JSON_TYPE).tag(Versions.tag(source.version, true)).header("Vary", Versions.VARY).build();
    }

    @POST
    @Path("/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CURATOR, Roles.ADMIN })
    @SecurityRequirement(name = "basicAuth")
    @Operation(operationId = "mergeSource", summary = "Merge a duplicate source into another",
            description = "Folds the source in the path (the duplicate, registered twice under another spelling) into the source named by into (the "
                    + "survivor): every report citing the duplicate, as source or relay and in every revision, now cites the survivor; the duplicate's "
                    + "name and aliases become aliases of the survivor (so a search by them finds it); the duplicate is marked merged, and reading it "
                    + "answers 308 with the survivor's URL. Nothing is lost: GET /sources/{id}/revisions keeps the duplicate's record, and the audit "
                    + "line SOURCE_MERGED keeps it too; the feed has SOURCE_MERGED for both. Needs the duplicate's ETag in If-Match (428 without it, "
                    + "412 when stale). Refused, changing nothing: into the source itself or an unknown source (422), into a merged source or a "
                    + "duplicate already merged (409), sources of different confidentiality (422: the merge would show a confidential name to the "
                    + "public or hide public claims' source; make them alike with PATCH first), or a survivor that would bear more than 20 aliases "
                    + "(422). Needs the curator or admin role.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceMerge.class),
            examples = @ExampleObject(name = "abdulkarim-duplicate", summary = "The antiquities chief, registered a second time as 'Maamoun Abdul Karim'",
                    value = "{\"into\":\"3f4983da-21b7-4fd9-9914-35a06c333d8d\"}")))
    @APIResponse(responseCode = "200", description = "Merged; the survivor as a signed-in reader sees it, with the duplicate's names among its aliases.",
            headers = @Header(name = "ETag", description = "The survivor's new version."),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "RuleViolated")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response merge(@PathParam("id") String id,
            @HeaderParam("If-Match") @Parameter(description = "The duplicate's ETag as last read. Required: without it the answer is 428.") String ifMatch,
            @HeaderParam("Idempotency-Key") String idempotencyKey, @Valid @NotNull SourceMerge body) {
        UUID duplicate = parse(id).orElseThrow(() -> ProblemException.notFound("Source", id));
        var outcome = sources.merge(duplicate, body, identity.getPrincipal().getName(), ifMatch, idempotencyKey);
        Source survivor = sources.find(UUID.fromString(outcome.resourceId())).orElseThrow();
        return Idempotency.mark(Response.ok(SourceView.of(survivor, true), MediaType.APPLICATION_JSON_TYPE).tag(Versions.tag(survivor.version, true))
                .header("Vary", Versions.VARY), outcome).build();
    }

    @GET
    @Path("/{id}/revisions")
    @Operation(operationId = "listSourceRevisions", summary = "List the edits of a source's record",
            description = "Each edit of the source's record (PATCH) and each merge it took part in, oldest first: its number, when, who, and each changed "
                    + "field with its value before (from) and after (to); a merge shows as merged, from the duplicate's id to the survivor's. A merged "
                    + "source keeps its own revisions here (this is how its record stays readable once reads of it redirect). For a source that is "
                    + "confidential, or was before the edit, anonymous readers see which fields changed but not their values.")
    @APIResponse(responseCode = "200", description = "A page of edits.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceRevisionPage.class)))
    public SourceRevisionPage revisions(@PathParam("id") String id, @BeanParam PageParams paging) {
        Source source = parse(id).flatMap(sources::find).orElseThrow(() -> ProblemException.notFound("Source", id));
        boolean reveal = visibility.revealsConfidential();
        var page = paging.toRequest();
        var result = Pages.of(sources.revisions(source.id, page), page.limit(), r -> Cursor.encode(Integer.toString(r.revision)),
                rows -> rows.stream().map(r -> new SourceRevisionView(r.revision, r.recordedAt, r.recordedBy,
                        reveal || !(source.confidential || r.confidential) ? r.changes : fieldsOnly(r.changes))).toList());
        return new SourceRevisionPage(result.items(), result.nextCursor());
    }

    /** The changed fields without their values, for a reader who may not see a confidential source's record. */
    private String fieldsOnly(String changes) {
        try {
            var masked = json.createObjectNode();
            json.readTree(changes).fieldNames().forEachRemaining(f -> masked.putObject(f));
            return json.writeValueAsString(masked);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("A stored revision is not JSON", e);
        }
    }

    @Schema(name = "SourceRevision", description = "One edit of a source's record, or a merge it took part in.")
    public record SourceRevisionView(@Schema(required = true, minimum = "1", maximum = "2147483647", examples = "1") int revision,
            @Schema(required = true) java.time.Instant recordedAt,
            @Schema(required = true, maxLength = 64, examples = "curator") String recordedBy,
            @Schema(required = true, type = SchemaType.OBJECT, maxProperties = 8,
                    description = "Each changed field (name, aliases, kind, reliability, confidential, description, url; merged for a merge), as an object "
                            + "with from (before) and to (after); a removed value is null. Empty objects when the reader may not see the values.",
                    examples = "{\"aliases\":{\"from\":[\"Mamoun Abdelkarim\"],\"to\":[\"Mamoun Abdelkarim\",\"Maamoun Abdul Karim\"]}}")
            @com.fasterxml.jackson.annotation.JsonRawValue String changes) {
    }

    @Schema(name = "SourceRevisionPage", description = "A page of a source's edits, oldest first.")
    public record SourceRevisionPage(@Schema(required = true, maxItems = 100) List<SourceRevisionView> items,
            @Schema(description = "Cursor of the next page; absent on the last page.", maxLength = 500) String nextCursor) {
    }

    private static URI sourceUri(UriInfo uri, UUID id) {
        return uri.getBaseUriBuilder().path(SourceResource.class).path(id.toString()).build();
    }

    private static java.util.Optional<UUID> parse(String id) {
        try {
            return java.util.Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    @Schema(name = "SourcePage", description = "A page of sources.")
    public record SourcePage(@Schema(required = true, maxItems = 100) List<SourceView> items,
            @Schema(description = "Cursor of the next page; absent on the last page.", maxLength = 500) String nextCursor) {
    }
}

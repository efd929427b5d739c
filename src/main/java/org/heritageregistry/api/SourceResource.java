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
import org.heritageregistry.source.SourceService;
import org.heritageregistry.source.SourceView;
import org.heritageregistry.source.SourceVisibility;
import org.heritageregistry.vocabulary.SourceKind;

import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources")
public class SourceResource {

    private final SourceService sources;
    private final SourceVisibility visibility;
    private final SecurityIdentity identity;

    SourceResource(SourceService sources, SourceVisibility visibility, SecurityIdentity identity) {
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
    public Response get(@PathParam("id") String id,
            @Context Request request) {
        Source source = parse(id).flatMap(sources::find).orElseThrow(() -> ProblemException.notFound("Source", id));
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

package org.heritageregistry.api;

import java.io.InputStream;
import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.heritageregistry.common.PageParams;
import org.heritageregistry.common.Pages;
import org.heritageregistry.common.ProblemException;
import org.heritageregistry.common.Versions;
import org.heritageregistry.imports.ImportCheck;
import org.heritageregistry.imports.ImportFormat;
import org.heritageregistry.imports.ImportJob;
import org.heritageregistry.imports.ImportJobView;
import org.heritageregistry.imports.ImportService;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Bulk imports: a file of sites, monuments, sources and reports checked whole (a dry run changes
 * nothing), then loaded by a job one can follow. Curators see their own jobs, admins every job.
 */
@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports")
public class ImportResource {

    static final String NDJSON = "application/x-ndjson";

    private final ImportService imports;
    private final SecurityIdentity identity;

    ImportResource(ImportService imports, SecurityIdentity identity) {
        this.imports = imports;
        this.identity = identity;
    }

    @POST
    @Consumes({ NDJSON, "text/csv" })
    @RolesAllowed({ Roles.CURATOR, Roles.ADMIN })
    @SecurityRequirement(name = "basicAuth")
    @Operation(operationId = "startImport", summary = "Import a file of sites, monuments, sources and reports",
            description = "Takes NDJSON (application/x-ndjson), one row per line: {\"type\": \"site\"|\"monument\"|\"source\"|\"report\", \"id\": the row's own id "
                    + "(sources and reports; the natural key of a re-run), \"source\"/\"relayedBy\" (reports: a source row's id, a source's id, or a name or alias "
                    + "exactly one registered source bears, instead of data.sourceId), \"data\": the record as createSite, createMonument, registerSource or "
                    + "submitReport take it}. Or CSV (text/csv) of reports with the columns of the report CSV export, so that another registry's export loads here "
                    + "(its computed columns are read and ignored; the source is found by sourceId, else by sourceName). The whole file is checked first, each row as "
                    + "its create operation would check it, naming only what exists in the registry or in an earlier row: with dryRun=true the answer is every error "
                    + "by line (200) and nothing changes; without it, a file with any error is a 400 listing the first 100 and nothing changes, and a valid file "
                    + "becomes a job (202) that loads the rows in order, in batches, each row through its own write (audit line, feed entry, derived condition, "
                    + "conflicts), recorded as the caller's. A row whose natural key was loaded before (a site's or monument's id, a source's or report's row id, "
                    + "else a source's name or the report's content) is skipped: sending a file again adds nothing twice, and a job interrupted by a restart goes "
                    + "on from its last batch. Needs the curator or admin role.")
    @RequestBody(required = true, content = {
            @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING, maxLength = Integer.MAX_VALUE),
                    examples = @ExampleObject(name = "nimrud", summary = "Nimrud: the site, a monument, a source and a claim (the whole file: src/main/resources/imports)")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, maxLength = Integer.MAX_VALUE),
                    examples = @ExampleObject(name = "nimrud-reports", summary = "Two Nimrud claims in the columns of the report CSV export")) })
    @APIResponse(responseCode = "200", description = "The dry run's findings (dryRun=true); nothing changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportCheck.class),
                    examples = @ExampleObject(name = "nimrud-with-a-bad-date", summary = "A report row dated in a month that does not exist",
                            value = "{\"valid\":false,\"rows\":4,\"sites\":1,\"monuments\":1,\"sources\":1,\"reports\":1,\"errorCount\":1,"
                                    + "\"errors\":[{\"line\":4,\"field\":\"data.eventDate\",\"message\":\"month 13 in '2015-13' is not a month\"}]}")))
    @APIResponse(responseCode = "202", description = "Accepted: the job that loads the file.", headers = {
            @Header(name = "Location", description = "URL of the job."), @Header(name = "ETag", description = "The job's version.") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class),
                    examples = @ExampleObject(name = "nimrud-queued", summary = "The Nimrud file, waiting for a loader",
                            value = "{\"id\":\"0b9c2f4e-6f1d-4c55-9d55-2f3f0f1c6a11\",\"state\":\"QUEUED\",\"format\":\"NDJSON\",\"createdBy\":\"curator\","
                                    + "\"createdAt\":\"2026-12-07T10:00:00Z\",\"rows\":16,\"rowsDone\":0,\"rowsCreated\":0,\"rowsSkipped\":0,\"rowsFailed\":0,"
                                    + "\"progress\":0.0,\"failures\":[]}")))
    public Response start(@QueryParam("dryRun") @Parameter(description = "Check the file and change nothing.", example = "true") boolean dryRun,
            @Context HttpHeaders headers, InputStream body, @Context UriInfo uri) {
        ImportFormat format = headers.getMediaType() != null && headers.getMediaType().isCompatible(MediaType.valueOf("text/csv")) ? ImportFormat.CSV : ImportFormat.NDJSON;
        if (dryRun) {
            return Response.ok(imports.check(format, body)).build();
        }
        ImportJob job = imports.start(format, body, identity.getPrincipal().getName());
        URI location = uri.getBaseUriBuilder().path(ImportResource.class).path(job.id.toString()).build();
        return Response.accepted(ImportJobView.of(job, List.of())).location(location).tag(Versions.tag(job.version, true)).build();
    }

    @GET
    @RolesAllowed({ Roles.CURATOR, Roles.ADMIN })
    @SecurityRequirement(name = "basicAuth")
    @Operation(operationId = "listImports", summary = "List import jobs", description = "Import jobs, newest first: a curator's own, or every job for an admin.")
    @APIResponse(responseCode = "200", description = "A page of import jobs.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobPage.class)))
    public ImportJobPage list(@BeanParam PageParams paging) {
        var page = paging.toRequest();
        var result = Pages.of(imports.listVisibleTo(identity, page), page.limit(), ImportService::cursorOf,
                rows -> rows.stream().map(job -> ImportJobView.of(job, List.of())).toList());
        return new ImportJobPage(result.items(), result.nextCursor());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CURATOR, Roles.ADMIN })
    @SecurityRequirement(name = "basicAuth")
    @Operation(operationId = "getImport", summary = "Follow an import job",
            description = "Its state (QUEUED, RUNNING, FINISHED), its rows created, skipped and failed, its progress, and the failed rows by line. "
                    + "A curator sees only their own jobs (another's is a 404); an admin sees every job.")
    @APIResponse(responseCode = "200", description = "The job.", headers = @Header(name = "ETag", description = "Version of the job."),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class),
                    examples = @ExampleObject(name = "nimrud-finished", summary = "The Nimrud file loaded into a registry that already had the site",
                            value = "{\"id\":\"0b9c2f4e-6f1d-4c55-9d55-2f3f0f1c6a11\",\"state\":\"FINISHED\",\"format\":\"NDJSON\",\"createdBy\":\"curator\","
                                    + "\"createdAt\":\"2026-12-07T10:00:00Z\",\"startedAt\":\"2026-12-07T10:00:01Z\",\"finishedAt\":\"2026-12-07T10:00:02Z\","
                                    + "\"rows\":16,\"rowsDone\":16,\"rowsCreated\":15,\"rowsSkipped\":1,\"rowsFailed\":0,\"progress\":1.0,\"failures\":[]}")))
    public Response get(@PathParam("id") @Parameter(example = "0b9c2f4e-6f1d-4c55-9d55-2f3f0f1c6a11") String id, @Context Request request) {
        ImportJob job = visible(id);
        return Versions.conditionalGet(request, Versions.tag(job.version, true), ImportJobView.of(job, imports.failures(job.id, ImportJobView.MAX_FAILURES)));
    }

    private ImportJob visible(String id) {
        return imports.visibleTo(identity, id).orElseThrow(() -> ProblemException.notFound("Import", id));
    }

    @Schema(name = "ImportJobPage", description = "A page of import jobs.")
    public record ImportJobPage(
            @Schema(required = true, maxItems = 100) List<ImportJobView> items,
            @Schema(description = "Pass as cursor for the next page; absent on the last page.", maxLength = 200) String nextCursor) {
    }
}

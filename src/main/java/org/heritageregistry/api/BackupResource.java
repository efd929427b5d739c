package org.heritageregistry.api;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.heritageregistry.account.Roles;
import org.heritageregistry.backup.BackupRestorer;
import org.heritageregistry.backup.BackupWriter;

@Path("/api/v1/admin")
@Tag(name = "Backup")
public class BackupResource {

    public static final String NDJSON = "application/x-ndjson";

    private final BackupWriter export;
    private final BackupRestorer restore;

    BackupResource(BackupWriter export, BackupRestorer restore) {
        this.export = export;
        this.restore = restore;
    }

    @GET
    @Path("/export")
    @Produces(NDJSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "adminAuth")
    @Operation(operationId = "exportRegistry", summary = "Export the whole registry as NDJSON",
            description = "A consistent snapshot of every site, monument, source, report revision, decision, conflict, audit event and account "
                    + "(never a password hash): a header line, one line per row, and a trailer with the row counts. Restore it with importRegistry; "
                    + "this is also how a registry moves from the embedded H2 database to PostgreSQL. Needs the admin role.")
    @APIResponse(responseCode = "200", description = "The export, streamed.",
            content = @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING, maxLength = Integer.MAX_VALUE), examples = @ExampleObject(name = "palmyra", ref = "PalmyraExport")))
    public Response exportRegistry() {
        StreamingOutput body = export::writeTo;
        return Response.ok(body, NDJSON)
                .header("Content-Disposition", "attachment; filename=\"heritage-registry-" + LocalDate.now() + ".ndjson\"")
                .build();
    }

    @POST
    @Path("/import")
    @Consumes(NDJSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "adminAuth")
    @Operation(operationId = "importRegistry", summary = "Restore an NDJSON export into an empty registry",
            description = "Writes every row of an export made by exportRegistry, with its ids, versions and timestamps, in one transaction: "
                    + "all of it or nothing. The registry must hold no data yet (start it with REGISTRY_SEED_ENABLED=false); accounts that "
                    + "already exist are kept as they are, the others are created without a password and cannot sign in until they get one. "
                    + "Needs the admin role.")
    @RequestBody(required = true, content = @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING, maxLength = Integer.MAX_VALUE),
            examples = @ExampleObject(name = "palmyra", ref = "PalmyraExport")))
    @APIResponse(responseCode = "200", description = "Restored: the rows written per table.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportSummary.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "RuleViolated")
    public ImportSummary importRegistry(InputStream body, @Context SecurityContext caller) throws IOException {
        BackupRestorer.Result result = restore.restore(body, caller.getUserPrincipal().getName());
        List<TableRows> imported = result.imported().entrySet().stream().map(e -> new TableRows(e.getKey(), e.getValue())).toList();
        return new ImportSummary(imported, result.accountsKept());
    }

    @Schema(name = "ImportSummary", description = "What an import wrote.")
    public record ImportSummary(
            @Schema(required = true, maxItems = 100, description = "Rows read per table, in the order they were written (accounts include those kept).") List<TableRows> imported,
            @Schema(required = true, maxItems = 100000, description = "Usernames that already existed and were kept with their passwords.", examples = "[\"admin\"]") List<@Size(max = 64) String> accountsKept) {
    }

    @Schema(name = "TableRows", description = "How many rows of one table an import read.")
    public record TableRows(
            @Schema(required = true, maxLength = 63, examples = "damage_report") String table,
            @Schema(required = true, minimum = "0", maximum = "9223372036854775807", examples = "40") long rows) {
    }
}

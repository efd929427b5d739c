package org.heritageregistry.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.heritageregistry.account.Roles;
import org.heritageregistry.audit.AuditEntityType;
import org.heritageregistry.audit.AuditEventView;
import org.heritageregistry.audit.AuditLog;
import org.heritageregistry.common.Cursor;
import org.heritageregistry.common.JsonEnums;
import org.heritageregistry.common.PageParams;
import org.heritageregistry.common.Pages;
import org.heritageregistry.common.QueryParams;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {

    private final AuditLog audit;

    AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "basicAuth")
    @Operation(operationId = "listAuditEvents", summary = "Read the audit trail",
            description = "Every write, newest first: who, when, what and what changed. Needs the admin role.")
    @APIResponse(responseCode = "200", description = "A page of audit events.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditPage.class)))
    public AuditPage list(
            @QueryParam("entityType") @Parameter(description = "Only events on this kind of entity.", example = "report", schema = @Schema(implementation = AuditEntityType.class)) String entityType,
            @QueryParam("entityId") @Parameter(description = "Only events on this entity.", schema = @Schema(type = SchemaType.STRING, maxLength = 80)) String entityId,
            @QueryParam("actor") @Parameter(description = "Only events by this account.", example = "reviewer", schema = @Schema(type = SchemaType.STRING, maxLength = 64)) String actor,
            @BeanParam PageParams paging) {
        var page = paging.toRequest();
        var rows = audit.list(entityType(entityType), QueryParams.text(entityId, "entityId", 80), QueryParams.text(actor, "actor", 64), page);
        var result = Pages.of(rows, page.limit(), e -> Cursor.encode(String.valueOf(e.id)), r -> r.stream().map(AuditEventView::from).toList());
        return new AuditPage(result.items(), result.nextCursor());
    }

    private static String entityType(String value) {
        AuditEntityType type = JsonEnums.parse(AuditEntityType.class, value, "entityType");
        return type == null ? null : JsonEnums.jsonName(type);
    }

    @Schema(name = "AuditPage", description = "A page of audit events.")
    public record AuditPage(@Schema(required = true, maxItems = 100) List<AuditEventView> items,
            @Schema(description = "Cursor of the next page; absent on the last page.", maxLength = 500) String nextCursor) {
    }
}

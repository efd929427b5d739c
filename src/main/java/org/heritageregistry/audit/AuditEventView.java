package org.heritageregistry.audit;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonRawValue;

@Schema(name = "AuditEvent", description = "One write to the registry: who, when, what, and what changed.")
public record AuditEventView(
        @Schema(examples = "42", minimum = "1", maximum = "9223372036854775807", required = true) long id,
        @Schema(required = true) Instant occurredAt,
        @Schema(examples = "reviewer", maxLength = 64, required = true) String actor,
        @Schema(examples = "DECISION_RECORDED", maxLength = 40, required = true) String action,
        @Schema(examples = "report", maxLength = 40, required = true) String entityType,
        @Schema(examples = "5b0f4d7e-1c1a-4a57-9f3e-0e7d2b9c8a11", maxLength = 80, required = true) String entityId,
        @JsonRawValue @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT, description = "What changed, as a JSON object.") String changes) {

    public static AuditEventView from(AuditEvent e) {
        return new AuditEventView(e.id, e.occurredAt, e.actor, e.action, e.entityType, e.entityId, e.detail);
    }
}

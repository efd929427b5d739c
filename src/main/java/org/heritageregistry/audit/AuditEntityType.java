package org.heritageregistry.audit;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The kinds of entity an audit event can be about, as the audit list's {@code entityType} filter
 * takes them: the values {@link AuditLog#record} is given (a decision is recorded on its report;
 * {@code decision} stays a value the filter takes, as the contract always listed it).
 */
@Schema(name = "AuditEntityType", description = "A kind of entity the audit trail records events on.", type = SchemaType.STRING,
        enumeration = { "report", "decision", "source", "monument", "webhook", "conflict", "site", "account", "import" })
public enum AuditEntityType {
    @JsonProperty("report") REPORT,
    @JsonProperty("decision") DECISION,
    @JsonProperty("source") SOURCE,
    @JsonProperty("monument") MONUMENT,
    @JsonProperty("webhook") WEBHOOK,
    @JsonProperty("conflict") CONFLICT,
    @JsonProperty("site") SITE,
    @JsonProperty("account") ACCOUNT,
    @JsonProperty("import") IMPORT
}

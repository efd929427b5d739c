package org.heritageregistry.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.heritageregistry.common.ApiProblem;
import org.heritageregistry.common.ProblemException;
import org.heritageregistry.monument.NewMonument;
import org.heritageregistry.report.NewReport;
import org.heritageregistry.site.NewSite;
import org.heritageregistry.source.NewSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A row's data read as the request its API create operation takes (NewSite, NewMonument,
 * NewSource, NewReport), with the same strict JSON reading and the same bean validation, so an
 * import refuses exactly what the API would.
 */
final class RowRecords {

    /** Stands in for a source a report names by row id or name, until the load resolves it. */
    static final UUID UNRESOLVED_SOURCE = new UUID(0, 0);

    private final ObjectMapper json;
    private final Validator validator;

    RowRecords(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** What a row's data says, or why it says nothing valid. */
    record Parsed(Object request, List<RowError> errors) {
        boolean valid() {
            return errors.isEmpty();
        }
    }

    /** The row's request, valid, for loading: a row the check passed but the registry now refuses is a 400 naming its fields. */
    Object require(ImportRowRecord row, UUID sourceId, UUID relayedById) {
        Parsed parsed = parse(row, sourceId, relayedById);
        if (!parsed.valid()) {
            throw ProblemException.invalidFields(parsed.errors().stream().map(e -> new ApiProblem.FieldError(e.field(), e.message())).toList());
        }
        return parsed.request();
    }

    Parsed parse(ImportRowRecord row, UUID sourceId, UUID relayedById) {
        Class<?> type = switch (row.type()) {
            case SITE -> NewSite.class;
            case MONUMENT -> NewMonument.class;
            case SOURCE -> NewSource.class;
            case REPORT -> NewReport.class;
        };
        ObjectNode data = row.data().deepCopy();
        List<RowError> errors = new ArrayList<>();
        if (row.type() == RowType.REPORT) {
            if (row.source() != null && data.has("sourceId")) {
                errors.add(new RowError(row.line(), "source", "give the source once: source or data.sourceId"));
            }
            if (row.relayedBy() != null && data.has("relayedById")) {
                errors.add(new RowError(row.line(), "relayedBy", "give the relaying source once: relayedBy or data.relayedById"));
            }
            if (data.has("revisionKind")) {
                errors.add(new RowError(row.line(), "data.revisionKind", "is only for a correction; an import adds first revisions"));
            }
            if (sourceId != null) {
                data.put("sourceId", sourceId.toString());
            }
            if (relayedById != null) {
                data.put("relayedById", relayedById.toString());
            }
        } else if (row.source() != null || row.relayedBy() != null) {
            errors.add(new RowError(row.line(), row.source() != null ? "source" : "relayedBy", "is only for a report row"));
        }
        Object request;
        try {
            request = json.treeToValue(data, type);
        } catch (UnrecognizedPropertyException e) {
            errors.add(new RowError(row.line(), "data." + path(e), "is not a field of " + type.getSimpleName()));
            return new Parsed(null, errors);
        } catch (JsonMappingException e) {
            errors.add(new RowError(row.line(), "data." + path(e), e.getOriginalMessage()));
            return new Parsed(null, errors);
        } catch (JsonProcessingException e) {
            errors.add(new RowError(row.line(), "data", e.getOriginalMessage()));
            return new Parsed(null, errors);
        }
        Set<ConstraintViolation<Object>> violations = validator.validate(request);
        violations.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> errors.add(new RowError(row.line(), field(v), v.getMessage())));
        return new Parsed(request, errors);
    }

    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.isEmpty() ? "data" : "data." + path;
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}

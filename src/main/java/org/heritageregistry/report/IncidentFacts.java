package org.heritageregistry.report;

import java.util.ArrayList;
import java.util.List;

import org.heritageregistry.common.ApiProblem;
import org.heritageregistry.common.ProblemException;
import org.heritageregistry.vocabulary.IncidentKind;

/**
 * Which facts each incident kind takes. A report carries only the facts of its kind, so a list
 * filtered by kind and a conflict compare like with like: a CONDITION report has a condition (and
 * maybe an extent), a CONTROL report says who controls, the others may give a count and what was
 * affected. Every field in the wrong place is named in one 400, as bean validation does.
 */
final class IncidentFacts {

    private IncidentFacts() {
    }

    static IncidentKind kindOf(NewReport request) {
        return request.incidentKind() == null ? IncidentKind.CONDITION : request.incidentKind();
    }

    static void check(NewReport request) {
        List<ApiProblem.FieldError> errors = errors(request);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }

    static List<ApiProblem.FieldError> errors(NewReport request) {
        IncidentKind kind = kindOf(request);
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        boolean monument = request.monumentId() != null && !request.monumentId().isBlank();
        boolean site = request.siteId() != null && !request.siteId().isBlank();
        if (monument == site) {
            errors.add(new ApiProblem.FieldError(monument ? "siteId" : "monumentId",
                    monument ? "give monumentId or siteId, not both: the site follows from the monument" : "must name the monument (or, for a claim about the whole site, siteId)"));
        }
        if (kind == IncidentKind.CONDITION) {
            if (request.condition() == null) {
                errors.add(new ApiProblem.FieldError("condition", "must not be null for a CONDITION report"));
            }
            if (site) {
                errors.add(new ApiProblem.FieldError("siteId", "a CONDITION report is about a monument; the site's condition is its monuments'"));
            }
            refuse(errors, "count", request.count() != null, kind);
            refuse(errors, "control", request.control() != null, kind);
            refuse(errors, "affected", request.affected() != null, kind);
        } else {
            refuse(errors, "condition", request.condition() != null, kind);
            refuse(errors, "extent", request.extent() != null, kind);
            refuse(errors, "count", request.count() != null && !kind.counts(), kind);
            if (kind == IncidentKind.CONTROL && request.control() == null) {
                errors.add(new ApiProblem.FieldError("control", "must not be null for a CONTROL report"));
            }
            refuse(errors, "control", request.control() != null && kind != IncidentKind.CONTROL, kind);
        }
        return errors;
    }

    private static void refuse(List<ApiProblem.FieldError> errors, String field, boolean present, IncidentKind kind) {
        if (present) {
            errors.add(new ApiProblem.FieldError(field, "is not a fact of a " + kind + " report"));
        }
    }
}

package org.heritageregistry.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolation;

import org.heritageregistry.common.ApiProblem;
import org.heritageregistry.common.ProblemException;
import org.heritageregistry.common.ProblemMappers;

/**
 * What a submitted form got wrong, keyed by the form field each message belongs beside. The
 * fields carry the API's JSON names, so the API's own checks (bean validation, enum parsing, the
 * services' rules) name them; the single evidence item of a form is the API's {@code evidence[0]}.
 */
public final class FormErrors {

    /** A refusal that names no field: shown above the form. */
    public static final String FORM = "form";

    private final Map<String, String> byField = new LinkedHashMap<>();

    /** The form's fields top to bottom: the summary lists errors in the order a reader meets the fields. */
    private final List<String> order;

    public FormErrors(String... fieldsInOrder) {
        this(List.of(fieldsInOrder));
    }

    public FormErrors(List<String> fieldsInOrder) {
        this.order = List.copyOf(fieldsInOrder);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String of(String field) {
        return byField.getOrDefault(field, "");
    }

    /** The error summary at the top of the form: each entry links to its field. */
    public List<ApiProblem.FieldError> getSummary() {
        List<ApiProblem.FieldError> out = new ArrayList<>();
        byField.forEach((field, message) -> out.add(new ApiProblem.FieldError(field, message)));
        out.sort(java.util.Comparator.comparingInt(f -> order.contains(f.field()) ? order.indexOf(f.field()) : order.size()));
        return out;
    }

    public void add(String field, String message) {
        byField.merge(formField(field), message, (a, b) -> a + "; " + b);
    }

    /** Runs one parse (an enum, an id, a date) and keeps its refusal instead of stopping at the first. */
    public <T> T attempt(String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (ProblemException e) {
            addAll(e);
        } catch (RuntimeException e) {
            add(field, "is not valid");
        }
        return null;
    }

    /** A field whose value could not even be read keeps that message, not the "must not be null" that follows from it. */
    public void addAll(Set<? extends ConstraintViolation<?>> violations) {
        violations.stream().filter(v -> !has(formField(ProblemMappers.fieldName(v))))
                .forEach(v -> add(ProblemMappers.fieldName(v), v.getMessage()));
    }

    public void addAll(ProblemException e) {
        addAll(e, FORM);
    }

    /**
     * A service refusal that names no field but is about one (the current password that is wrong,
     * the scopes the account's roles do not grant) is shown beside that field.
     */
    public void addAll(ProblemException e, String field) {
        if (e.errors() == null || e.errors().isEmpty()) {
            add(field, e.getMessage());
        } else {
            e.errors().forEach(f -> add(f.field(), f.message()));
        }
    }

    /**
     * {@code evidence[0].kind} is the form's {@code evidenceKind}; {@code causes[2]} is {@code causes};
     * {@code count.value} is {@code countValue}, {@code control.extent} {@code controlExtent}.
     */
    private static String formField(String apiField) {
        String field = apiField.replaceAll("\\[\\d*]$", "");
        if (field.startsWith("evidence[0].")) {
            String rest = field.substring("evidence[0].".length());
            return "evidence" + Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        }
        if (field.startsWith("count.") || field.startsWith("control.")) {
            // count.value is the form's countValue, control.by its controlledBy
            String rest = field.substring(field.indexOf('.') + 1);
            return field.startsWith("control.by") ? "controlledBy"
                    : field.substring(0, field.indexOf('.')) + Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        }
        return field.replace("[0]", "");
    }
}

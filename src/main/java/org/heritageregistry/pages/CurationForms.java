package org.heritageregistry.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;

import org.heritageregistry.common.ApiProblem;
import org.heritageregistry.common.ProblemException;
import org.heritageregistry.common.ProblemMappers;
import org.heritageregistry.site.Site;
import org.heritageregistry.site.SiteService;
import org.heritageregistry.vocabulary.GeoPoint;
import org.heritageregistry.vocabulary.LocalizedName;

/**
 * What the site and monument forms share: the site a form's address names, how a record's values
 * are shown in the form and how the form's text fields become the API's values (names one per
 * line, a point from two fields, the version as If-Match), and how the API's refusals, which name
 * JSON fields ({@code location.latitude}, {@code names[1].lang}, {@code boundary.coordinates[0]}),
 * land beside the form field they concern. No rule is checked here: the services check them all.
 */
final class CurationForms {

    private static final Pattern INDEXED = Pattern.compile("^names\\[(\\d+)]\\.?(.*)$");

    private CurationForms() {
    }

    /** A field as sent: never null, line ends as LF (browsers send a textarea's lines with CRLF). */
    static String text(String value) {
        return value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Blank is absent. */
    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A record's optional value as its form shows it: absent is an empty field. */
    static String shown(String value) {
        return value == null ? "" : value;
    }

    /** The site a page's or form's address names (its id as sent), or the not-found page. */
    static Site site(SiteService sites, String id) {
        String key = id == null ? "" : id.strip();
        return sites.find(key).orElseThrow(() -> ProblemException.notFound("Site", key));
    }

    /** The version an edit form was read at, as sent back. */
    static String version(String value) {
        return value == null ? "" : value.strip();
    }

    /** The form's version as an If-Match value; an empty one would skip the check, so it is a version no row has. */
    static String ifMatch(String version) {
        return version == null || version.isBlank() ? "\"-1\"" : "\"" + version.strip() + "\"";
    }

    /** The key a new-record form carries, so that sending it twice records once; a post without one gets its own. */
    static String idempotencyKey(String value) {
        return value == null || value.isBlank() ? UUID.randomUUID().toString() : value;
    }

    /** The names textarea: one name a line, its language tag first, a colon, then the name ("ar: تدمر"). */
    static List<LocalizedName> names(String text, FormErrors errors) {
        List<LocalizedName> names = new ArrayList<>();
        String[] lines = text(text).split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                errors.add("names", "line " + (i + 1) + ": write the language tag, a colon, then the name (ar: تدمر)");
                continue;
            }
            names.add(new LocalizedName(line.substring(colon + 1).strip(), line.substring(0, colon).strip()));
        }
        return names;
    }

    static String namesText(List<LocalizedName> names) {
        StringBuilder out = new StringBuilder();
        for (LocalizedName n : names) {
            out.append(n.lang).append(": ").append(n.name).append('\n');
        }
        return out.toString();
    }

    /** Both fields blank: no point; one without the other, or a value that is no number, is noted at its field. */
    static GeoPoint point(String latitude, String longitude, FormErrors errors) {
        String lat = optional(latitude);
        String lon = optional(longitude);
        if (lat == null && lon == null) {
            return null;
        }
        Double la = number(lat, "latitude", "longitude", errors);
        Double lo = number(lon, "longitude", "latitude", errors);
        return la == null || lo == null ? null : new GeoPoint(la, lo);
    }

    private static Double number(String value, String field, String other, FormErrors errors) {
        if (value == null) {
            errors.add(field, "give the " + field + " with the " + other + ", or leave both empty");
            return null;
        }
        try {
            return Double.valueOf(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.add(field, "must be a number of decimal degrees, such as 34.5514");
            return null;
        }
    }

    static String coordinate(Double value) {
        return value == null ? "" : value.toString();
    }

    /** The API's violations, each beside its form field. */
    static void addAll(FormErrors errors, Set<? extends ConstraintViolation<?>> violations, List<String> fields) {
        for (ConstraintViolation<?> v : violations) {
            String field = formField(ProblemMappers.fieldName(v), fields);
            if (!errors.has(field)) {
                errors.add(field, message(ProblemMappers.fieldName(v), v.getMessage(), field));
            }
        }
    }

    /** A service's refusal: beside the fields it names, or above the form when it names none this form has. */
    static void addAll(FormErrors errors, ProblemException e, List<String> fields) {
        if (e.errors() == null || e.errors().isEmpty()) {
            errors.add(FormErrors.FORM, e.getMessage());
            return;
        }
        for (ApiProblem.FieldError f : e.errors()) {
            String field = formField(f.field(), fields);
            errors.add(field, message(f.field(), f.message(), field));
        }
    }

    /** The form field an API field belongs to. */
    static String formField(String apiField, List<String> fields) {
        String field = apiField;
        if (apiField.startsWith("names")) {
            field = "names";
        } else if (apiField.equals("location.latitude") || apiField.equals("location")) {
            field = "latitude";
        } else if (apiField.equals("location.longitude")) {
            field = "longitude";
        } else if (apiField.startsWith("boundary")) {
            field = "boundary";
        }
        return fields.contains(field) ? field : FormErrors.FORM;
    }

    /** The message as the form shows it: which line of the names, which member of the boundary, which field when shown above the form. */
    private static String message(String apiField, String message, String formField) {
        if (formField.equals(FormErrors.FORM)) {
            return apiField + ": " + message;
        }
        Matcher indexed = INDEXED.matcher(apiField);
        if (indexed.matches()) {
            String member = indexed.group(2).isEmpty() ? "" : (indexed.group(2).equals("lang") ? "the language tag " : "the name ");
            return "line " + (Integer.parseInt(indexed.group(1)) + 1) + " (among the names given): " + member + message;
        }
        if (formField.equals("boundary") && !apiField.equals("boundary")) {
            return apiField + ": " + message;
        }
        return message;
    }
}

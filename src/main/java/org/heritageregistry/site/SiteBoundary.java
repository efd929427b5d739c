package org.heritageregistry.site;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.heritageregistry.common.ApiProblem;
import org.heritageregistry.common.ProblemException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A site's boundary: a GeoJSON (RFC 7946) Polygon or MultiPolygon, checked here and kept as its
 * JSON text in one canonical form ({"type", "coordinates"}, every number a double). No GIS library
 * for this: the checks a registry needs (the type, closed linear rings of at least four positions,
 * longitude and latitude in range) are a few loops, and every refusal names the offending member
 * as the client sent it ({@code boundary.coordinates[0][3]}). Ring orientation and
 * self-intersection are not checked (RFC 7946 asks parsers not to reject on orientation). The
 * contract's schema for it, SiteBoundary, is in META-INF/openapi.yaml.
 */
public final class SiteBoundary {

    /** More than a site's outline needs, and small enough for the column (about 100,000 characters). */
    static final int MAX_POSITIONS = 2000;
    static final int MAX_LENGTH = 100_000;
    private static final Set<String> TYPES = Set.of("Polygon", "MultiPolygon");

    private SiteBoundary() {
    }

    /** The boundary in canonical JSON text, or a 400 problem naming every offending member under {@code field}. */
    public static String canonical(JsonNode value, String field, ObjectMapper json) {
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        ObjectNode out = json.createObjectNode();
        if (value == null || !value.isObject()) {
            throw ProblemException.invalidField(field, "must be a GeoJSON geometry object of type Polygon or MultiPolygon");
        }
        for (Iterator<String> names = value.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!name.equals("type") && !name.equals("coordinates")) {
                errors.add(new ApiProblem.FieldError(field + "." + name, "unknown member; a boundary has only type and coordinates"));
            }
        }
        JsonNode type = value.get("type");
        boolean typed = type != null && type.isTextual() && TYPES.contains(type.asText());
        if (!typed) {
            errors.add(new ApiProblem.FieldError(field + ".type", "must be Polygon or MultiPolygon"));
        }
        JsonNode coordinates = value.get("coordinates");
        int[] positions = { 0 };
        ArrayNode outCoordinates = json.createArrayNode();
        if (coordinates == null || !coordinates.isArray() || coordinates.isEmpty()) {
            errors.add(new ApiProblem.FieldError(field + ".coordinates", "must be a non-empty array"));
        } else if (typed) {
            String at = field + ".coordinates";
            if (type.asText().equals("Polygon")) {
                polygon(coordinates, at, outCoordinates, errors, positions);
            } else {
                for (int p = 0; p < coordinates.size(); p++) {
                    JsonNode polygon = coordinates.get(p);
                    if (!polygon.isArray() || polygon.isEmpty()) {
                        errors.add(new ApiProblem.FieldError(at + "[" + p + "]", "must be a polygon: a non-empty array of linear rings"));
                        continue;
                    }
                    polygon(polygon, at + "[" + p + "]", outCoordinates.addArray(), errors, positions);
                }
            }
        }
        if (errors.isEmpty() && positions[0] > MAX_POSITIONS) {
            errors.add(new ApiProblem.FieldError(field + ".coordinates", "has " + positions[0] + " positions; at most " + MAX_POSITIONS + " are kept"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors.size() > 20 ? errors.subList(0, 20) : errors);
        }
        out.put("type", type.asText());
        out.set("coordinates", outCoordinates);
        String text = out.toString();
        if (text.length() > MAX_LENGTH) {
            throw ProblemException.invalidField(field, "is longer than " + MAX_LENGTH + " characters as JSON");
        }
        return text;
    }

    private static void polygon(JsonNode rings, String at, ArrayNode out, List<ApiProblem.FieldError> errors, int[] positions) {
        for (int r = 0; r < rings.size(); r++) {
            JsonNode ring = rings.get(r);
            String ringAt = at + "[" + r + "]";
            if (!ring.isArray() || ring.size() < 4) {
                errors.add(new ApiProblem.FieldError(ringAt, "must be a linear ring: an array of at least four positions, the last equal to the first"));
                continue;
            }
            ArrayNode outRing = out.addArray();
            boolean valid = true;
            for (int i = 0; i < ring.size(); i++) {
                positions[0]++;
                valid &= position(ring.get(i), ringAt + "[" + i + "]", outRing, errors);
            }
            if (valid && !samePosition(ring.get(0), ring.get(ring.size() - 1))) {
                errors.add(new ApiProblem.FieldError(ringAt, "is not closed: its last position must equal its first"));
            }
        }
    }

    private static boolean position(JsonNode position, String at, ArrayNode out, List<ApiProblem.FieldError> errors) {
        if (!position.isArray() || position.size() < 2 || position.size() > 3) {
            errors.add(new ApiProblem.FieldError(at, "must be a position: [longitude, latitude] (and optionally an altitude)"));
            return false;
        }
        for (JsonNode n : position) {
            if (!n.isNumber()) {
                errors.add(new ApiProblem.FieldError(at, "must hold numbers only"));
                return false;
            }
        }
        double lon = position.get(0).doubleValue();
        double lat = position.get(1).doubleValue();
        boolean ok = true;
        if (!(lon >= -180 && lon <= 180)) {
            errors.add(new ApiProblem.FieldError(at + "[0]", "longitude must be between -180 and 180"));
            ok = false;
        }
        if (!(lat >= -90 && lat <= 90)) {
            errors.add(new ApiProblem.FieldError(at + "[1]", "latitude must be between -90 and 90"));
            ok = false;
        }
        if (position.size() == 3 && !Double.isFinite(position.get(2).doubleValue())) {
            errors.add(new ApiProblem.FieldError(at + "[2]", "altitude must be a finite number"));
            ok = false;
        }
        ArrayNode outPosition = out.addArray();
        for (JsonNode n : position) {
            outPosition.add(n.doubleValue());
        }
        return ok;
    }

    private static boolean samePosition(JsonNode a, JsonNode b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).doubleValue() != b.get(i).doubleValue()) {
                return false;
            }
        }
        return true;
    }

    /** A short description for the audit line, which keeps its detail small: "Polygon, 5 positions". */
    static String summary(String boundary, ObjectMapper json) {
        if (boundary == null) {
            return null;
        }
        try {
            JsonNode node = json.readTree(boundary);
            int[] count = { 0 };
            count(node.get("coordinates"), count);
            return node.get("type").asText() + ", " + count[0] + " positions";
        } catch (java.io.IOException e) {
            throw new IllegalStateException("A stored boundary is not JSON", e);
        }
    }

    private static void count(JsonNode node, int[] count) {
        if (node.isArray() && !node.isEmpty() && node.get(0).isNumber()) {
            count[0]++;
        } else if (node.isArray()) {
            node.forEach(n -> count(n, count));
        }
    }

    /** The boundary as a JSON tree, for comparing two of them. */
    static JsonNode tree(String boundary, ObjectMapper json) {
        try {
            return boundary == null ? null : json.readTree(boundary);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("A stored boundary is not JSON", e);
        }
    }
}

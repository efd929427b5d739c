package org.heritageregistry.export;

import static org.heritageregistry.export.Exports.LD_JSON;
import static org.heritageregistry.support.Api.CURATOR;
import static org.heritageregistry.support.Api.anonymous;
import static org.heritageregistry.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseIndependent;
import org.junit.jupiter.api.Test;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The CIDOC-CRM JSON-LD, expanded by a real JSON-LD 1.1 processor (Titanium) with fetching
 * forbidden, so the context must be inline; the assertions are on the expanded IRIs.
 */
@QuarkusTest
@DatabaseIndependent("the JSON-LD shape of the same views the JSON serves; their data is tested by the @DatabaseTest classes")
class JsonLdExportTest {

    static final String CRM = "http://www.cidoc-crm.org/cidoc-crm/";
    static final String RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
    static final String XSD_DATE_TIME = "http://www.w3.org/2001/XMLSchema#dateTime";
    static final String UNOSAT_REPORT = "500c9df9-6c9e-4134-a9ce-2238c351c7a5";
    static final String RESIDENT_REPORT = "030d7e6a-647d-45e3-8d12-0cb1640b10da";
    static final String RESIDENT_SOURCE = "a2c6a1e9-cfef-4485-97d2-957ccf9d561f";

    @Test
    void theTempleOfBelIsAHumanMadeObjectWithItsCurrentConditionState() {
        JsonObject bel = expandOne(anonymous().accept(LD_JSON).get("/api/v1/monuments/temple-of-bel").then().statusCode(200)
                .contentType(LD_JSON).extract().asString());
        assertTrue(id(bel).endsWith("/api/v1/monuments/temple-of-bel"), id(bel));
        assertTrue(types(bel).contains(CRM + "E22_Human-Made_Object"), types(bel).toString());
        assertEquals("Temple of Bel", literal(bel, RDFS_LABEL).getString("@value"));

        JsonObject state = one(bel, CRM + "P44_has_condition");
        assertTrue(types(state).contains(CRM + "E3_Condition_State"));
        assertTrue(id(one(state, CRM + "P2_has_type")).endsWith("/api/v1/terms/condition/DESTROYED"));
        assertTrue(id(one(state, CRM + "P35i_was_identified_by")).endsWith("/api/v1/reports/" + UNOSAT_REPORT + "#assessment"));

        // the arabic name, as an appellation in its language
        boolean arabic = all(bel, CRM + "P1_is_identified_by").stream().filter(n -> types(n).contains(CRM + "E41_Appellation"))
                .map(n -> literal(n, CRM + "P190_has_symbolic_content"))
                .anyMatch(v -> "معبد بل".equals(v.getString("@value")) && "ar".equals(v.getString("@language", null)));
        assertTrue(arabic, "no Arabic appellation in " + bel);

        JsonObject assessment = assessment(bel, UNOSAT_REPORT);
        assertTrue(types(assessment).contains(CRM + "E14_Condition_Assessment"));
        assertTrue(id(one(assessment, CRM + "P34_concerned")).equals(id(bel)));
        assertTrue(id(one(assessment, CRM + "P2_has_type")).endsWith("/api/v1/terms/verification-status/VERIFIED"));
        JsonObject actor = one(assessment, CRM + "P14_carried_out_by");
        assertTrue(types(actor).contains(CRM + "E39_Actor"));
        assertEquals("UNITAR/UNOSAT", literal(actor, RDFS_LABEL).getString("@value"));
        JsonObject span = one(assessment, CRM + "P4_has_time-span");
        assertTrue(types(span).contains(CRM + "E52_Time-Span"));
        JsonObject begin = literal(span, CRM + "P82a_begin_of_the_begin");
        assertEquals("2015-08-27T00:00:00Z", begin.getString("@value"));
        assertEquals(XSD_DATE_TIME, begin.getString("@type"));
        assertEquals("2015-08-31T23:59:59Z", literal(span, CRM + "P82b_end_of_the_end").getString("@value"));
        JsonObject identified = one(assessment, CRM + "P35_has_identified");
        assertTrue(types(identified).contains(CRM + "E3_Condition_State"));
        JsonObject type = one(identified, CRM + "P2_has_type");
        assertTrue(id(type).endsWith("/api/v1/terms/condition/DESTROYED"));
        assertTrue(types(type).contains(CRM + "E55_Type"));
    }

    @Test
    void theHistoryHasOneAssessmentPerClaimAsTheJsonHasIt() {
        JsonPath json = anonymous().get("/api/v1/monuments/temple-of-bel/history").then().statusCode(200).extract().jsonPath();
        JsonObject bel = expandOne(anonymous().accept(LD_JSON).get("/api/v1/monuments/temple-of-bel/history").then().statusCode(200)
                .contentType(LD_JSON).extract().asString());
        List<Map<String, Object>> claims = json.getList("claims");
        assertEquals(claims.size(), all(bel, CRM + "P34i_was_assessed_by").size());
        assertTrue(claims.size() >= 5);
        for (Map<String, Object> claim : claims) {
            JsonObject assessment = assessment(bel, (String) claim.get("reportId"));
            assertTrue(id(one(one(assessment, CRM + "P35_has_identified"), CRM + "P2_has_type")).endsWith("/condition/" + claim.get("condition")));
            assertTrue(id(one(assessment, CRM + "P2_has_type")).endsWith("/verification-status/" + claim.get("status")));
            Map<?, ?> event = (Map<?, ?>) claim.get("eventDate");
            JsonObject span = one(assessment, CRM + "P4_has_time-span");
            assertEquals(event.get("edtf"), literal(span, RDFS_LABEL).getString("@value"));
            if (event.get("earliest") != null) {
                assertEquals(event.get("earliest") + "T00:00:00Z", literal(span, CRM + "P82a_begin_of_the_begin").getString("@value"));
            }
            if (event.get("latest") != null) {
                assertEquals(event.get("latest") + "T23:59:59Z", literal(span, CRM + "P82b_end_of_the_end").getString("@value"));
            }
            assertTrue(id(one(assessment, CRM + "P14_carried_out_by")).endsWith("/api/v1/sources/" + ((Map<?, ?>) claim.get("source")).get("id")));
        }
        assertTrue(id(one(one(bel, CRM + "P44_has_condition"), CRM + "P2_has_type")).endsWith("/condition/" + json.getString("currentCondition")));
    }

    @Test
    void aConfidentialActorIsNamedOnlyToSignedInReaders() {
        String name = as(CURATOR).get("/api/v1/sources/" + RESIDENT_SOURCE).then().statusCode(200).extract().path("name");
        assertNotNull(name);
        String publicDocument = anonymous().accept(LD_JSON).get("/api/v1/monuments/temple-of-bel/history").then().statusCode(200).extract().asString();
        assertFalse(publicDocument.contains(name));
        JsonObject actor = one(assessment(expandOne(publicDocument), RESIDENT_REPORT), CRM + "P14_carried_out_by");
        assertNull(actor.get(RDFS_LABEL), "a masked source has no name: " + actor);
        assertTrue(id(one(actor, CRM + "P2_has_type")).endsWith("/api/v1/terms/source-kind/EYEWITNESS"));

        JsonObject revealed = one(assessment(expandOne(as(CURATOR).accept(LD_JSON).get("/api/v1/monuments/temple-of-bel/history").then().statusCode(200)
                .extract().asString()), RESIDENT_REPORT), CRM + "P14_carried_out_by");
        assertEquals(name, literal(revealed, RDFS_LABEL).getString("@value"));
    }

    @Test
    void anOpenEndedDateHasOnlyTheBoundItKnows() {
        String monument = Api.newMonument();
        String report = Api.submit(CURATOR, Api.report(monument, Api.newSource(false), "SEVERELY_DAMAGED", "../2015-09-02"));
        JsonObject node = expandOne(anonymous().accept(LD_JSON).get("/api/v1/monuments/" + monument).then().statusCode(200).extract().asString());
        JsonObject span = one(assessment(node, report), CRM + "P4_has_time-span");
        assertNull(span.get(CRM + "P82a_begin_of_the_begin"));
        assertEquals("2015-09-02T23:59:59Z", literal(span, CRM + "P82b_end_of_the_end").getString("@value"));
        // nothing is established yet: the current state is UNKNOWN and names no assessment
        JsonObject state = one(node, CRM + "P44_has_condition");
        assertTrue(id(one(state, CRM + "P2_has_type")).endsWith("/condition/UNKNOWN"));
        assertNull(state.get(CRM + "P35i_was_identified_by"));
    }

    /** Expands with Titanium; any attempt to load a remote context fails the test. */
    static JsonObject expandOne(String document) {
        try {
            JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(document)))
                    .loader((url, options) -> {
                        throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "tests fetch nothing: " + url);
                    })
                    .get();
            assertEquals(1, expanded.size(), "one top-level node");
            return expanded.getJsonObject(0);
        } catch (JsonLdError e) {
            throw new AssertionError("not valid JSON-LD: " + e.getMessage() + "\n" + document, e);
        }
    }

    private static JsonObject assessment(JsonObject monument, String reportId) {
        return all(monument, CRM + "P34i_was_assessed_by").stream().filter(a -> id(a).endsWith("/api/v1/reports/" + reportId + "#assessment"))
                .findFirst().orElseThrow(() -> new AssertionError("no assessment of report " + reportId + " in " + monument));
    }

    private static String id(JsonObject node) {
        return node.getString("@id");
    }

    private static List<String> types(JsonObject node) {
        return node.containsKey("@type") ? node.getJsonArray("@type").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList() : List.of();
    }

    /** In expanded form every property's value is an array. */
    private static List<JsonObject> all(JsonObject node, String property) {
        JsonValue value = node.get(property);
        assertNotNull(value, property + " missing in " + node);
        return value.asJsonArray().getValuesAs(JsonObject.class);
    }

    private static JsonObject one(JsonObject node, String property) {
        List<JsonObject> values = all(node, property);
        assertEquals(1, values.size(), property + " in " + node);
        return values.get(0);
    }

    private static JsonObject literal(JsonObject node, String property) {
        JsonObject value = one(node, property);
        assertTrue(value.containsKey("@value"), property + " is not a literal: " + value);
        return value;
    }
}

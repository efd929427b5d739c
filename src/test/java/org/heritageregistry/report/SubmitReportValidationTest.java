package org.heritageregistry.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.heritageregistry.support.Api.CURATOR;
import static org.heritageregistry.support.Api.asBreakingContract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseIndependent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Every refused submission is a 400 problem that names the field as sent, and records nothing. */
@QuarkusTest
@DatabaseIndependent("request validation refuses before anything reaches the database")
class SubmitReportValidationTest {

    String monument;
    String source;

    @BeforeEach
    void fixtures() {
        monument = Api.newMonument();
        source = Api.newSource(false);
    }

    private ValidatableResponse refused(Consumer<Map<String, Object>> change) {
        Map<String, Object> body = Api.report(monument, source, "DESTROYED", "2015-08-30");
        change.accept(body);
        int before = Api.reportCount();
        ValidatableResponse response = asBreakingContract(CURATOR).contentType(ContentType.JSON).body(body).post("/api/v1/reports").then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation")).body("status", equalTo(400)).body("instance", equalTo("/api/v1/reports"))
                .body(not(containsString("Exception"))).body(not(containsString("org.heritageregistry")));
        assertEquals(before, Api.reportCount());
        return response;
    }

    @Test
    void missingRequiredFields() {
        refused(b -> {
            b.remove("condition");
            b.remove("sourceId");
            b.remove("eventDate");
            b.put("causes", List.of());
        }).body("errors.field", equalTo(List.of("causes", "condition", "eventDate", "sourceId")));
    }

    @Test
    void nestedEvidenceFieldsAreNamedWithTheirIndex() {
        refused(b -> b.put("evidence", List.of(Map.of("kind", "ARTICLE", "description", "ok"), Map.of("description", " "))))
                .body("errors.field", hasItems("evidence[1].kind", "evidence[1].description"));
    }

    @Test
    void oversizedFields() {
        refused(b -> b.put("summary", "x".repeat(2001))).body("errors[0].field", equalTo("summary"));
        refused(b -> b.put("conditionWording", "x".repeat(501))).body("errors[0].field", equalTo("conditionWording"));
    }

    @Test
    void invalidEnumValuesListTheAllowedOnes() {
        refused(b -> b.put("condition", "RUINED")).body("errors[0].field", equalTo("condition"))
                .body("errors[0].message", containsString("SEVERELY_DAMAGED"));
        refused(b -> b.put("extent", "50%")).body("errors[0].field", equalTo("extent")).body("errors[0].message", containsString("31-60%"));
        refused(b -> b.put("causes", List.of("EXPLOSIVES", "ALIENS"))).body("errors[0].field", equalTo("causes[1]"));
    }

    @Test
    void nearMissValuesAreRefusedNotNormalised() {
        // Jackson's defaults would trim these, match them by ordinal, or turn "" into null
        refused(b -> b.put("condition", "DESTROYED ")).body("errors[0].field", equalTo("condition"));
        refused(b -> b.put("condition", "destroyed")).body("errors[0].field", equalTo("condition"));
        refused(b -> b.put("condition", "0")).body("errors[0].field", equalTo("condition"));
        refused(b -> b.put("condition", "")).body("errors[0].field", equalTo("condition"));
        refused(b -> b.put("sourceId", " " + source + " ")).body("errors[0].field", equalTo("sourceId"));
        refused(b -> b.put("sourceId", "")).body("errors[0].field", equalTo("sourceId"));
    }

    @Test
    void evidenceDatesOutsideTheCalendarAreRefused() {
        for (String date : List.of("-999999999-01-01", "+999999999-12-31", "0000-01-01", "10000-01-01", "2015-02-30", "2015-8-31", "")) {
            refused(b -> b.put("evidence", List.of(Map.of("kind", "SATELLITE_IMAGE", "description", "UNOSAT imagery", "acquiredOn", date))))
                    .body("errors[0].field", equalTo("evidence[0].acquiredOn"));
        }
    }

    @Test
    void malformedAndImpossibleEdtfDates() {
        for (String bad : List.of("30 August 2015", "2015-13-01", "2015-02-30", "2015-08-23/2015-08-01", "../..", "2015-08-23//", "2015-8-23", "0000-01-01", "")) {
            refused(b -> b.put("eventDate", bad)).body("errors[0].field", equalTo("eventDate"));
        }
        refused(b -> b.put("publishedOn", "yesterday")).body("errors[0].field", equalTo("publishedOn"));
    }

    @Test
    void aRefusedEdtfDateNamesThePartThatIsWrong() {
        refused(b -> b.put("eventDate", "2016-1X-40")).body("errors[0].field", equalTo("eventDate"))
                .body("errors[0].message", equalTo("day 40 in '2016-1X-40' is not a day of any month"))
                .body("detail", equalTo("eventDate: day 40 in '2016-1X-40' is not a day of any month"));
        refused(b -> b.put("eventDate", "2015-02-30")).body("errors[0].field", equalTo("eventDate"))
                .body("errors[0].message", equalTo("'2015-02-30': February 2015 has 28 days"));
        refused(b -> b.put("publishedOn", "2015-08-23/2015-08-01")).body("errors[0].field", equalTo("publishedOn"))
                .body("errors[0].message", equalTo("the interval ends (2015-08-01) before it starts (2015-08-23)"));
        // the client's text is quoted as sent: a set's braces are not read as message parameters
        refused(b -> b.put("eventDate", "{2015,, 2016}")).body("errors[0].field", equalTo("eventDate"))
                .body("errors[0].message", equalTo("'{2015,, 2016}' has an empty member"));
        refused(b -> b.put("eventDate", "Y170000002")).body("errors[0].field", equalTo("eventDate"))
                .body("errors[0].message", containsString("year 170000002 in 'Y170000002' is beyond what the registry can order"));
    }

    @Test
    void futureEventDates() {
        String nextYear = String.valueOf(LocalDate.now().getYear() + 1);
        refused(b -> b.put("eventDate", nextYear + "-01-01")).body("errors[0].message", equalTo("lies in the future"));
    }

    @Test
    void unknownFieldsAreRejectedByName() {
        refused(b -> b.put("verified", true)).body("errors[0].field", equalTo("verified"));
        refused(b -> b.put("evidence", List.of(Map.of("kind", "PHOTO", "description", "d", "photographer", "x"))))
                .body("errors[0].field", equalTo("evidence[0].photographer"));
    }

    @Test
    void wrongJsonTypes() {
        refused(b -> b.put("sourceId", "sohr")).body("errors[0].field", equalTo("sourceId"));
        refused(b -> b.put("causes", "EXPLOSIVES")).body("errors[0].field", equalTo("causes"));
    }

    @Test
    void malformedJsonAndWrongContentType() {
        int before = Api.reportCount();
        asBreakingContract(CURATOR).contentType(ContentType.JSON).body("{\"monumentId\": ").post("/api/v1/reports").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("/problems/malformed-json"));
        asBreakingContract(CURATOR).contentType(ContentType.JSON).body("[]").post("/api/v1/reports").then().statusCode(400)
                .body("type", equalTo("/problems/malformed-json"));
        asBreakingContract(CURATOR).contentType(ContentType.JSON).body("").post("/api/v1/reports").then().statusCode(400);
        asBreakingContract(CURATOR).contentType(ContentType.TEXT).body("condition=DESTROYED").post("/api/v1/reports").then().statusCode(415)
                .contentType("application/problem+json");
        assertEquals(before, Api.reportCount());
    }
}

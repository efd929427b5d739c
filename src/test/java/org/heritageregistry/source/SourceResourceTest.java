package org.heritageregistry.source;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.heritageregistry.support.Api.ADMIN;
import static org.heritageregistry.support.Api.CURATOR;
import static org.heritageregistry.support.Api.REVIEWER;
import static org.heritageregistry.support.Api.anonymous;
import static org.heritageregistry.support.Api.asBreakingContract;
import static org.heritageregistry.support.Api.anonymousBreakingContract;
import static org.heritageregistry.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@DatabaseTest
class SourceResourceTest {

    @Test
    void seedNamesTheSourcesOfTheTexts() {
        List<String> names = Api.allItems(CURATOR, "/api/v1/sources").stream().map(s -> String.valueOf(s.get("name"))).toList();
        assertTrue(names.contains("Syrian Observatory for Human Rights"), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.contains("Abdulkarim")), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.contains("Khaled al-Homsi")), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.contains("Mohammed al-Ayed")), names.toString());
    }

    @Test
    void confidentialActivistsAreOnlyTheirKindToTheAnonymousPublic() {
        List<Map<String, Object>> confidential = Api.allItems(null, "/api/v1/sources").stream()
                .filter(s -> Boolean.TRUE.equals(s.get("confidential"))).toList();
        assertTrue(confidential.stream().anyMatch(s -> "ACTIVIST".equals(s.get("kind"))), confidential.toString());
        assertTrue(confidential.stream().noneMatch(s -> s.containsKey("name") || s.containsKey("description")), confidential.toString());
        assertFalse(confidential.toString().contains("al-Homsi"));
        assertFalse(confidential.toString().contains("al-Ayed"));
    }

    @Test
    void everyRegistryRoleSeesConfidentialNames() {
        String id = Api.newSource(true);
        anonymous().get("/api/v1/sources/" + id).then().statusCode(200).body("confidential", equalTo(true)).body("name", nullValue())
                .body("kind", equalTo("ACTIVIST"));
        for (String user : List.of(CURATOR, REVIEWER, ADMIN)) {
            as(user).get("/api/v1/sources/" + id).then().statusCode(200).body("name", notNullValue());
        }
    }

    @Test
    void confidentialSourceIsMaskedInsideReportsToo() {
        String monument = Api.newMonument();
        String secret = Api.newSource(true);
        String report = Api.submit(CURATOR, Api.report(monument, secret, "DESTROYED", "2015-10-25"));
        anonymous().get("/api/v1/reports/" + report).then().statusCode(200).body("source.name", nullValue()).body("source.kind", equalTo("ACTIVIST"));
        anonymous().get("/api/v1/monuments/" + monument).then().statusCode(200).body("latestClaim.source.name", nullValue());
        as(REVIEWER).get("/api/v1/reports/" + report).then().statusCode(200).body("source.name", notNullValue());
    }

    @Test
    void maskedAndRevealedFormsHaveDifferentEtags() {
        String id = Api.newSource(true);
        String publicTag = anonymous().get("/api/v1/sources/" + id).then().extract().header("ETag");
        as(CURATOR).header("If-None-Match", publicTag).get("/api/v1/sources/" + id).then().statusCode(200);
        anonymous().header("If-None-Match", publicTag).get("/api/v1/sources/" + id).then().statusCode(304);
    }

    @Test
    void curatorRegistersASource() {
        var body = Map.of("name", "Associated Press", "kind", "NEWS_AGENCY", "reliability", "B", "url", "https://apnews.com/");
        String location = as(CURATOR).contentType(ContentType.JSON).body(body).post("/api/v1/sources").then().statusCode(201)
                .body("confidential", equalTo(false)).body("reliability", equalTo("B")).extract().header("Location");
        anonymous().get(location).then().statusCode(200).body("name", equalTo("Associated Press"));
    }

    @Test
    void registeringNeedsTheCuratorRoleAndAValidBody() {
        var body = Map.of("name", "Nobody", "kind", "NEWS_AGENCY", "reliability", "B");
        anonymousBreakingContract().contentType(ContentType.JSON).body(body).post("/api/v1/sources").then().statusCode(401);
        as(REVIEWER).contentType(ContentType.JSON).body(body).post("/api/v1/sources").then().statusCode(403);
        asBreakingContract(CURATOR).contentType(ContentType.JSON).body(Map.of("name", " ", "kind", "BLOGGER", "reliability", "B")).post("/api/v1/sources")
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
        asBreakingContract(CURATOR).contentType(ContentType.JSON).body(Map.of("name", " ", "kind", "NEWS_AGENCY", "reliability", "G")).post("/api/v1/sources")
                .then().statusCode(400).body("errors[0].field", equalTo("reliability"));
        asBreakingContract(CURATOR).contentType(ContentType.JSON).body(Map.of("name", " ", "kind", "NEWS_AGENCY", "reliability", "A", "url", "not a url"))
                .post("/api/v1/sources").then().statusCode(400).body("errors.field", equalTo(List.of("name", "url")));
    }

    @Test
    void unknownSourceIs404() {
        anonymousBreakingContract().get("/api/v1/sources/00000000-0000-4000-8000-000000000000").then().statusCode(404);
        anonymousBreakingContract().get("/api/v1/sources/sohr").then().statusCode(404);
        anonymousBreakingContract().queryParam("kind", "BLOG").get("/api/v1/sources").then().statusCode(400).body("errors[0].field", equalTo("kind"));
    }
}

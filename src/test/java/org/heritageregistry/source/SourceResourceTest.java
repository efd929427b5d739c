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
import static org.junit.jupiter.api.Assertions.assertEquals;
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
        String name = "Anadolu Agency " + java.util.UUID.randomUUID();
        var body = Map.of("name", name, "kind", "NEWS_AGENCY", "reliability", "B", "url", "https://www.aa.com.tr/");
        String location = as(CURATOR).contentType(ContentType.JSON).body(body).post("/api/v1/sources").then().statusCode(201)
                .body("confidential", equalTo(false)).body("reliability", equalTo("B")).extract().header("Location");
        anonymous().get(location).then().statusCode(200).body("name", equalTo(name));
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

    private static final String DGAM_CHIEF = "3f4983da-21b7-4fd9-9914-35a06c333d8d";

    @Test
    void findsTheAntiquitiesChiefByAnyOfHisSpellings() {
        for (String q : List.of("Abdulkarim", "abdul karim", "Mamoun Abdelkarim", "ABDEL-KARIM", "Maâmoun", "dgam")) {
            anonymous().queryParam("q", q).get("/api/v1/sources").then().statusCode(200)
                    .body("items.id", hasItem(DGAM_CHIEF));
        }
        anonymous().get("/api/v1/sources/" + DGAM_CHIEF).then().statusCode(200)
                .body("aliases", equalTo(List.of("Mamoun Abdelkarim", "Maamoun Abdul Karim", "Maamoun Abdulkarim")));
        anonymous().queryParam("q", "Abdulkarim").queryParam("kind", "NEWS_AGENCY").get("/api/v1/sources").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(0));
    }

    @Test
    void findsArabicNamesWithoutTheirShortVowelsOrHamza() {
        String name = "المرصد السوري " + java.util.UUID.randomUUID().toString().substring(0, 8);
        String id = as(CURATOR).contentType(ContentType.JSON).body(Map.of("name", name, "kind", "MONITORING_GROUP", "reliability", "C",
                "aliases", List.of("مأمون عبد الكريم " + name.substring(name.length() - 8)))).post("/api/v1/sources").then().statusCode(201).extract().path("id");
        anonymous().queryParam("q", "المرصد").get("/api/v1/sources").then().statusCode(200).body("items.id", hasItem(id));
        // the alias written with a hamza on its alef, the query without, and a short vowel added
        anonymous().queryParam("q", "مامون عَبد").get("/api/v1/sources").then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void aConfidentialNameIsNeverMatchedForAReaderWhoMayNotSeeIt() {
        String id = Api.newSource(true);
        String name = as(CURATOR).get("/api/v1/sources/" + id).then().extract().path("name");
        as(CURATOR).queryParam("q", name).get("/api/v1/sources").then().statusCode(200).body("items.id", hasItem(id));
        anonymous().queryParam("q", name).get("/api/v1/sources").then().statusCode(200).body("items", org.hamcrest.Matchers.hasSize(0));
        anonymous().queryParam("q", "al-Homsi").get("/api/v1/sources").then().statusCode(200).body("items", org.hamcrest.Matchers.hasSize(0));
    }

    @Test
    void theSameSourceTwiceIsA409NamingItUnlessTheCuratorInsists() {
        int before = Api.allItems(CURATOR, "/api/v1/sources").size();
        var again = Map.of("name", "Maamoun Abdul-Karim", "kind", "GOVERNMENT_AUTHORITY", "reliability", "B");
        as(CURATOR).contentType(ContentType.JSON).body(again).post("/api/v1/sources").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/similar-source"))
                .body("candidates.id", hasItem(DGAM_CHIEF))
                .body("candidates[0].href", equalTo("/api/v1/sources/" + DGAM_CHIEF));
        // an alias that is another source's name, and a name inside a longer one, are the same
        as(CURATOR).contentType(ContentType.JSON).body(Map.of("name", "DGAM", "kind", "GOVERNMENT_AUTHORITY", "reliability", "B",
                "aliases", List.of("Mamoun Abdelkarim"))).post("/api/v1/sources").then().statusCode(409).body("candidates.id", hasItem(DGAM_CHIEF));
        as(CURATOR).contentType(ContentType.JSON).body(Map.of("name", "Associated Press", "kind", "NEWS_AGENCY", "reliability", "B"))
                .post("/api/v1/sources").then().statusCode(409).body("candidates.name", hasItem("Associated Press (AP)"));
        assertEquals(before, Api.allItems(CURATOR, "/api/v1/sources").size(), "a refused source is not stored");

        String insisted = as(CURATOR).contentType(ContentType.JSON).queryParam("allowSimilar", "true").body(again).post("/api/v1/sources").then()
                .statusCode(201).extract().path("id");
        assertTrue(!insisted.equals(DGAM_CHIEF));
        asBreakingContract(CURATOR).contentType(ContentType.JSON).queryParam("allowSimilar", "maybe").body(again).post("/api/v1/sources").then()
                .statusCode(400).body("errors[0].field", equalTo("allowSimilar"));
    }

    @Test
    void aSearchWithNothingToSearchIs400() {
        anonymousBreakingContract().queryParam("q", " -- ").get("/api/v1/sources").then().statusCode(400).body("errors[0].field", equalTo("q"));
        anonymousBreakingContract().queryParam("q", "x".repeat(201)).get("/api/v1/sources").then().statusCode(400).body("errors[0].field", equalTo("q"));
    }
}

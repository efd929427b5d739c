package org.heritageregistry.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.heritageregistry.support.Api.CURATOR;
import static org.heritageregistry.support.Api.DISABLED;
import static org.heritageregistry.support.Api.REVIEWER;
import static org.heritageregistry.support.Api.anonymous;
import static org.heritageregistry.support.Api.anonymousBreakingContract;
import static org.heritageregistry.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@DatabaseTest
class ReportResourceTest {

    @Test
    void curatorSubmitsAReportThatIsReadableAtItsLocation() {
        String monument = Api.newMonument();
        String source = Api.newSource(false);
        var body = Api.report(monument, source, "SEVERELY_DAMAGED", "2015-08-30");
        body.put("extent", "61-90%");
        body.put("causes", List.of("EXPLOSIVES", "VANDALISM"));
        String location = as(CURATOR).contentType(ContentType.JSON).body(body).post("/api/v1/reports").then().statusCode(201)
                .header("ETag", notNullValue())
                .body("status", equalTo("UNVERIFIED"))
                .body("submittedBy", equalTo("curator"))
                .body("revision", equalTo(1))
                .body("extent", equalTo("61-90%"))
                .body("eventDate.edtf", equalTo("2015-08-30"))
                .body("eventDate.earliest", equalTo("2015-08-30"))
                .body("eventDate.latest", equalTo("2015-08-30"))
                .body("publishedOn.earliest", equalTo("2015-08-24"))
                .body("source.id", equalTo(source))
                .body("evidence[0].locator", equalTo("seeds/palmyra-news-2015-2016.txt#L79"))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        org.hamcrest.MatcherAssert.assertThat(location, endsWith("/api/v1/reports/" + id));
        anonymous().get("/api/v1/reports/" + id).then().statusCode(200)
                .body("id", equalTo(id)).body("lineageId", equalTo(id))
                .body("monumentId", equalTo(monument))
                .body("causes", equalTo(List.of("EXPLOSIVES", "VANDALISM")));
        anonymous().get("/api/v1/monuments/" + monument).then().statusCode(200)
                .body("latestClaim.reportId", equalTo(id))
                .body("currentCondition", equalTo("UNKNOWN"))
                .body("establishedBy", nullValue());
    }

    @Test
    void latestClaimFollowsEventDateNotSubmissionOrder() {
        String monument = Api.newMonument();
        String source = Api.newSource(false);
        String later = Api.submit(CURATOR, Api.report(monument, source, "DESTROYED", "2015-10-04"));
        Api.submit(CURATOR, Api.report(monument, source, "SLIGHTLY_DAMAGED", "2015-07~"));
        anonymous().get("/api/v1/monuments/" + monument).then().body("latestClaim.reportId", equalTo(later));
    }

    @Test
    void acceptsTheEdtfFormsReportsUse() {
        String monument = Api.newMonument();
        String source = Api.newSource(false);
        Map<String, String[]> cases = Map.of(
                "2015-08", new String[] { "2015-08-01", "2015-08-31" },
                "2015-07-24~", new String[] { "2015-07-17", "2015-07-31" },
                "2015-07-23/2015-08-23", new String[] { "2015-07-23", "2015-08-23" },
                "2015", new String[] { "2015-01-01", "2015-12-31" },
                "2016-12-2X", new String[] { "2016-12-20", "2016-12-29" },
                "2015-22", new String[] { "2015-06-01", "2015-08-31" },
                "{2015-08-23, 2015-08-30}", new String[] { "2015-08-23", "2015-08-30" },
                "2015-08-23T10:15:00+03:00", new String[] { "2015-08-23", "2015-08-23" });
        cases.forEach((edtf, bounds) -> as(CURATOR).contentType(ContentType.JSON).body(Api.report(monument, source, "DESTROYED", edtf))
                .post("/api/v1/reports").then().statusCode(201)
                .body("eventDate.earliest", equalTo(bounds[0])).body("eventDate.latest", equalTo(bounds[1])));
        as(CURATOR).contentType(ContentType.JSON).body(Api.report(monument, source, "DESTROYED", "../2015-09-02"))
                .post("/api/v1/reports").then().statusCode(201)
                .body("eventDate.earliest", nullValue()).body("eventDate.latest", equalTo("2015-09-02"));
        // an open start and an unknown one are stored as sent; both give an absent bound
        as(CURATOR).contentType(ContentType.JSON).body(Api.report(monument, source, "DESTROYED", "[..2017-01-20]"))
                .post("/api/v1/reports").then().statusCode(201)
                .body("eventDate.edtf", equalTo("[..2017-01-20]")).body("eventDate.earliest", nullValue()).body("eventDate.latest", equalTo("2017-01-20"));
        as(CURATOR).contentType(ContentType.JSON).body(Api.report(monument, source, "DESTROYED", "/2016"))
                .post("/api/v1/reports").then().statusCode(201)
                .body("eventDate.edtf", equalTo("/2016")).body("eventDate.earliest", nullValue()).body("eventDate.latest", equalTo("2016-12-31"));
    }

    @Test
    void listFiltersByStatusMonumentSourceAndEventWindow() {
        String monument = Api.newMonument();
        String source = Api.newSource(false);
        String august = Api.submit(CURATOR, Api.report(monument, source, "DESTROYED", "2015-08-23"));
        String october = Api.submit(CURATOR, Api.report(monument, source, "SEVERELY_DAMAGED", "2015-10-25"));
        anonymous().queryParam("monument", monument).get("/api/v1/reports").then().statusCode(200)
                .body("items.id", equalTo(List.of(october, august)));
        anonymous().queryParam("source", source).get("/api/v1/reports").then().statusCode(200).body("items", hasSize(2));
        anonymous().queryParam("monument", monument).queryParam("eventFrom", "2015-09-01").get("/api/v1/reports").then()
                .body("items.id", equalTo(List.of(october)));
        anonymous().queryParam("monument", monument).queryParam("eventTo", "2015-08-31").get("/api/v1/reports").then()
                .body("items.id", equalTo(List.of(august)));
        anonymous().queryParam("monument", monument).queryParam("condition", "DESTROYED").get("/api/v1/reports").then()
                .body("items.id", equalTo(List.of(august)));
        anonymous().queryParam("status", "UNVERIFIED").queryParam("limit", 100).get("/api/v1/reports").then()
                .body("items.status", everyItem(equalTo("UNVERIFIED")));
        anonymous().queryParam("site", "palmyra").queryParam("monument", monument).get("/api/v1/reports").then().body("items", hasSize(2));
        anonymous().queryParam("site", "hatra").queryParam("monument", monument).get("/api/v1/reports").then().body("items", hasSize(0));
    }

    @Test
    void listsShowTheCurrentRevisionOfEachClaimUnlessAskedForEvery() {
        String monument = Api.newMonument();
        String source = Api.newSource(false);
        String first = Api.submit(CURATOR, Api.report(monument, source, "SEVERELY_DAMAGED", "2015-08-30"));
        String other = Api.submit(CURATOR, Api.report(monument, source, "DESTROYED", "2015-09-02"));
        String corrected = Api.amend(CURATOR, first, Api.report(monument, source, "DESTROYED", "2015-08-30")).statusCode(201).extract().path("id");
        // newest submission first: the correction, the other claim, and only with current=false the revision it superseded
        for (var list : List.<java.util.function.Supplier<io.restassured.specification.RequestSpecification>>of(
                () -> anonymous().queryParam("monument", monument).basePath("/api/v1/reports"),
                () -> anonymous().basePath("/api/v1/monuments/" + monument + "/reports"))) {
            list.get().get().then().statusCode(200).body("items.id", equalTo(List.of(corrected, other)));
            list.get().queryParam("current", "true").get().then().statusCode(200).body("items.id", equalTo(List.of(corrected, other)));
            list.get().queryParam("current", "false").get().then().statusCode(200).body("items.id", equalTo(List.of(corrected, other, first)))
                    .body("items[2].supersededBy", equalTo(corrected));
            // with the other filters, and across pages
            list.get().queryParam("current", "false").queryParam("status", "UNVERIFIED").get().then().body("items", hasSize(3));
            var page = list.get().queryParam("current", "false").queryParam("limit", 2).get().then().statusCode(200)
                    .body("items.id", equalTo(List.of(corrected, other))).extract().jsonPath();
            list.get().queryParam("current", "false").queryParam("limit", 2).queryParam("cursor", page.getString("nextCursor")).get().then()
                    .statusCode(200).body("items.id", equalTo(List.of(first))).body("nextCursor", nullValue());
        }
        anonymous().queryParam("monument", monument).queryParam("condition", "SEVERELY_DAMAGED").get("/api/v1/reports").then().body("items", hasSize(0));
        anonymous().queryParam("monument", monument).queryParam("condition", "SEVERELY_DAMAGED").queryParam("current", "false").get("/api/v1/reports").then()
                .body("items.id", equalTo(List.of(first)));
        // the CSV's next link keeps the choice
        anonymous().accept("text/csv").queryParam("monument", monument).queryParam("current", "false").queryParam("limit", 1).get("/api/v1/reports").then()
                .statusCode(200).header("Link", containsString("current=false"));
        anonymousBreakingContract().queryParam("current", "all").get("/api/v1/reports").then().statusCode(400)
                .body("errors[0].field", equalTo("current")).body("errors[0].message", equalTo("must be true or false"));
        anonymousBreakingContract().queryParam("current", "no").get("/api/v1/monuments/" + monument + "/reports").then().statusCode(400)
                .body("errors[0].field", equalTo("current"));
    }

    @Test
    void pagesThroughReportsNewestFirst() {
        String monument = Api.newMonument();
        String source = Api.newSource(false);
        for (int i = 0; i < 5; i++) {
            Api.submit(CURATOR, Api.report(monument, source, "DESTROYED", "2015-08-2" + i));
        }
        var first = anonymous().queryParam("monument", monument).queryParam("limit", 2).get("/api/v1/reports").then().statusCode(200)
                .body("items", hasSize(2)).extract().jsonPath();
        var second = anonymous().queryParam("monument", monument).queryParam("limit", 2).queryParam("cursor", first.getString("nextCursor"))
                .get("/api/v1/reports").then().statusCode(200).body("items", hasSize(2)).extract().jsonPath();
        var third = anonymous().queryParam("monument", monument).queryParam("limit", 2).queryParam("cursor", second.getString("nextCursor"))
                .get("/api/v1/reports").then().statusCode(200).body("items", hasSize(1)).body("nextCursor", nullValue()).extract().jsonPath();
        List<String> all = new java.util.ArrayList<>(first.getList("items.id"));
        all.addAll(second.getList("items.id"));
        all.addAll(third.getList("items.id"));
        assertEquals(5, all.stream().distinct().count());
    }

    @Test
    void badListParametersAre400() {
        anonymousBreakingContract().queryParam("status", "CONFIRMED").get("/api/v1/reports").then().statusCode(400).body("errors[0].field", equalTo("status"));
        anonymousBreakingContract().queryParam("source", "sohr").get("/api/v1/reports").then().statusCode(400).body("errors[0].field", equalTo("source"));
        anonymousBreakingContract().queryParam("eventFrom", "2015-02-30").get("/api/v1/reports").then().statusCode(400).body("errors[0].field", equalTo("eventFrom"));
        anonymousBreakingContract().queryParam("eventFrom", "2015-09-01").queryParam("eventTo", "2015-08-01").get("/api/v1/reports").then().statusCode(400)
                .body("errors[0].field", equalTo("eventTo"));
        anonymousBreakingContract().queryParam("cursor", "djEfZm9v").get("/api/v1/reports").then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void unknownOrMalformedReportIdIs404() {
        anonymous().get("/api/v1/reports/00000000-0000-4000-8000-000000000000").then().statusCode(404).contentType("application/problem+json");
        anonymousBreakingContract().get("/api/v1/reports/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void submittingNeedsCredentialsAndTheCuratorRole() {
        String monument = Api.newMonument();
        var body = Api.report(monument, Api.newSource(false), "DESTROYED", "2015-08-30");
        int before = Api.reportCount();
        anonymousBreakingContract().contentType(ContentType.JSON).body(body).post("/api/v1/reports").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic")).contentType("application/problem+json");
        anonymousBreakingContract().auth().preemptive().basic(CURATOR, "wrong-password").contentType(ContentType.JSON).body(body)
                .post("/api/v1/reports").then().statusCode(401);
        anonymousBreakingContract().auth().preemptive().basic("nobody", "nobody-demo").contentType(ContentType.JSON).body(body)
                .post("/api/v1/reports").then().statusCode(401);
        as(DISABLED).contentType(ContentType.JSON).body(body).post("/api/v1/reports").then().statusCode(401);
        as(REVIEWER).contentType(ContentType.JSON).body(body).post("/api/v1/reports").then().statusCode(403)
                .contentType("application/problem+json").body("status", equalTo(403));
        assertEquals(before, Api.reportCount());
        anonymous().get("/api/v1/monuments/" + monument).then().body("latestClaim", nullValue());
    }

    @Test
    void seededReportsCarryTheirSeedLine() {
        anonymous().queryParam("monument", "temple-of-bel").queryParam("limit", 100).get("/api/v1/reports").then().statusCode(200)
                .body("items.evidence.flatten().locator", hasItem(containsString("palmyra-news-2015-2016.txt#L84")));
    }
}

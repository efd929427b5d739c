package org.heritageregistry.pages;

import static org.heritageregistry.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseIndependent;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The import pages show a job's progress to the curator who sent it (and to admins), not to others. */
@QuarkusTest
@DatabaseIndependent("the pages render the job the API reads; ImportsTest runs the jobs themselves on PostgreSQL")
class ImportPagesTest {

    @Test
    void aCuratorFollowsTheirImportOnItsPage() throws InterruptedException {
        String monument = Api.newMonument();
        String source = Api.newSource(false);
        String file = "{\"type\":\"report\",\"id\":\"page-" + UUID.randomUUID() + "\",\"source\":\"" + source + "\",\"data\":{\"monumentId\":\"" + monument
                + "\",\"condition\":\"DESTROYED\",\"causes\":[\"EXPLOSIVES\"],\"eventDate\":\"2015-08\",\"certainty\":\"HIGH\"}}\n"
                + "{\"type\":\"report\",\"id\":\"page-" + UUID.randomUUID() + "\",\"source\":\"" + source + "\",\"data\":{\"monumentId\":\"" + monument
                + "\",\"condition\":\"INTACT\",\"causes\":[\"UNKNOWN\"],\"eventDate\":\"2014-08\",\"certainty\":\"LOW\"}}\n";
        String location = as(Api.CURATOR).contentType("application/x-ndjson").body(file.getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports")
                .then().statusCode(202).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (!"FINISHED".equals(as(Api.CURATOR).get(location).then().extract().path("state")) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }

        PageSession curator = PageSession.signedInAs(Api.CURATOR);
        Document list = curator.page("/pages/imports", 200);
        assertNotNull(list.selectFirst("a[href=/pages/imports/" + id + "]"), "the list links the job");
        Document job = curator.page("/pages/imports/" + id, 200);
        assertEquals("100", job.selectFirst("progress").attr("value"), job.outerHtml());
        assertTrue(job.text().contains("2 rows added a record"), job.text());
        assertNull(job.selectFirst("meta[http-equiv=refresh]"), "a finished job's page no longer reloads");
        assertNotNull(list.selectFirst("nav a[href=/pages/imports]"), "the navigation leads curators to their imports");

        PageSession.signedInAs(Api.CURATOR2).page("/pages/imports/" + id, 404);
        PageSession.signedInAs(Api.ADMIN).page("/pages/imports/" + id, 200);
        PageSession.signedInAs(Api.REVIEWER).page("/pages/imports", 403);
    }
}

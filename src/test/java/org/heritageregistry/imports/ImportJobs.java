package org.heritageregistry.imports;

import static org.hamcrest.Matchers.equalTo;
import static org.heritageregistry.support.Api.ADMIN;
import static org.heritageregistry.support.Api.as;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import io.restassured.path.json.JsonPath;

/** Starts import jobs through the API and follows them to the end, as a client does. */
final class ImportJobs {

    static final String NDJSON = "application/x-ndjson";

    private ImportJobs() {
    }

    /** Starts an import; the job's URL. */
    static String start(String user, String type, String body) {
        return as(user).contentType(type).body(bytes(body)).post("/api/v1/imports").then().statusCode(202).body("state", equalTo("QUEUED"))
                .extract().header("Location");
    }

    /** Follows a job until it is FINISHED. */
    static JsonPath finished(String location) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            JsonPath job = as(ADMIN).get(location).then().statusCode(200).extract().jsonPath();
            if ("FINISHED".equals(job.getString("state"))) {
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the import " + location + " did not finish within 5 minutes");
    }

    /** A body as bytes: RestAssured would otherwise add a charset to the content type. */
    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

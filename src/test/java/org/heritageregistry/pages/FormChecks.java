package org.heritageregistry.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.restassured.response.Response;

/** What the form tests check of every form the pages show: each field labelled, and a form read before someone else's change refused as such. */
final class FormChecks {

    private FormChecks() {
    }

    static void assertEveryFieldLabelled(Document doc) {
        for (Element field : doc.select("input:not([type=hidden]), select, textarea")) {
            assertFalse(field.id().isEmpty(), "field " + field.attr("name") + " has an id");
            assertNotNull(doc.selectFirst("label[for=" + field.id() + "]"), "field " + field.attr("name") + " has a label");
        }
    }

    /**
     * Sends a form read before its record changed: the answer is 412, the form again with its
     * summary saying so. Returns that page: its form carries the version now current, so a test
     * can send it again.
     */
    static Document submitStale(PageSession session, Document opened, String formAction, Map<String, String> values) {
        Response answer = session.submit(opened, formAction, values);
        assertEquals(412, answer.statusCode(), "a form read before the record changed: " + answer.asString());
        Document again = Jsoup.parse(answer.asString());
        Element summary = again.selectFirst(".error-summary");
        assertNotNull(summary, "the refusal is summed up above the form");
        assertTrue(summary.text().contains("changed since you read it"), summary.text());
        return again;
    }
}

package org.heritageregistry.pages;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.HashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A browser's session with the pages, as plain HTTP: the cookies it holds (session, CSRF token,
 * return address) and the forms it fills from the pages it got. No redirects are followed, so
 * tests see each 303 and where it points.
 */
final class PageSession {

    private final Map<String, String> cookies = new HashMap<>();

    static PageSession anonymous() {
        return new PageSession();
    }

    /** Signs in through the sign-in form, as a person would; the demo password is the name with "-demo". */
    static PageSession signedInAs(String user) {
        PageSession session = new PageSession();
        Response answer = session.post("/pages/login", Map.of("j_username", user, "j_password", user + "-demo"));
        assertEquals(302, answer.statusCode(), "sign-in answers with a redirect");
        assertNotNull(session.cookies.get("registry-session"), "sign-in sets the session cookie");
        return session;
    }

    /** Another browser holding the same cookies, as someone who copied them would. */
    PageSession copy() {
        PageSession copy = new PageSession();
        copy.cookies.putAll(cookies);
        return copy;
    }

    RequestSpecification request() {
        return given().redirects().follow(false).accept("text/html").cookies(cookies);
    }

    Response get(String path) {
        return remember(request().get(path));
    }

    Document page(String path, int status) {
        Response answer = get(path);
        answer.then().statusCode(status).contentType("text/html");
        return Jsoup.parse(answer.asString());
    }

    Response post(String path, Map<String, String> form) {
        return remember(request().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(form).post(path));
    }

    /** The form's own fields (hidden ones included: CSRF token, idempotency key, version), then the test's values. */
    Response submit(Document page, String formAction, Map<String, String> values) {
        Element form = page.selectFirst("form[action=" + formAction + "]");
        assertNotNull(form, "a form posting to " + formAction);
        Map<String, String> fields = new HashMap<>();
        for (Element hidden : form.select("input[type=hidden]")) {
            fields.put(hidden.attr("name"), hidden.attr("value"));
        }
        fields.putAll(values);
        return post(formAction, fields);
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    boolean has(String cookie) {
        String value = cookies.get(cookie);
        return value != null && !value.isEmpty();
    }

    private Response remember(Response answer) {
        answer.detailedCookies().forEach(c -> {
            if (c.hasMaxAge() && c.getMaxAge() == 0) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c.getValue());
            }
        });
        return answer;
    }
}

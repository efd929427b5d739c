package org.heritageregistry.webhook;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sends one attempt. The JDK's HttpClient: blocking calls suit the scheduler's worker thread, it
 * needs no dependency, and it has the timeouts and redirect policy we need. Redirects are not
 * followed (a receiver that moved must be re-registered, and a redirect could point the signed
 * body anywhere); HTTP/1.1 because a receiver need not speak HTTP/2.
 */
@ApplicationScoped
public class WebhookSender {

    public static final String EVENT_ID = "Registry-Event-Id";
    public static final String EVENT_KIND = "Registry-Event-Kind";
    public static final String ATTEMPT = "Registry-Delivery-Attempt";

    private final Duration timeout;
    private final HttpClient client;

    WebhookSender(WebhookConfig config) {
        this.timeout = config.timeout();
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public WebhookOutbox.Outcome send(WebhookOutbox.Attempt attempt) {
        byte[] body = attempt.body().getBytes(StandardCharsets.UTF_8);
        long now = Instant.now().getEpochSecond();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(attempt.url())).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "heritage-registry-webhooks/1")
                    .header(EVENT_ID, attempt.deliveryId().toString())
                    .header(EVENT_KIND, attempt.kind())
                    .header(ATTEMPT, Integer.toString(attempt.number()))
                    .header(WebhookSignature.HEADER, WebhookSignature.header(attempt.secret(), now, body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return new WebhookOutbox.Outcome(status, status >= 200 && status < 300 ? null : "the receiver answered HTTP " + status);
        } catch (HttpTimeoutException e) {
            return new WebhookOutbox.Outcome(null, "no answer within " + timeout.toMillis() + " ms");
        } catch (ConnectException e) {
            return new WebhookOutbox.Outcome(null, "could not connect to the receiver");
        } catch (IOException e) {
            return new WebhookOutbox.Outcome(null, "I/O error: " + shorten(e.getMessage()));
        } catch (IllegalArgumentException e) {
            return new WebhookOutbox.Outcome(null, "the URL cannot be requested");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new WebhookOutbox.Outcome(null, "interrupted while sending (the service was stopping)");
        }
    }

    private static String shorten(String message) {
        String text = message == null ? "connection closed" : message;
        return text.length() <= 200 ? text : text.substring(0, 200);
    }
}

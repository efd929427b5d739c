package org.heritageregistry.pages;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.impl.ServerCookie;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The pages' cookies (the session's and the CSRF token's) leave with HttpOnly, SameSite=Strict,
 * and Secure when the page was served over TLS. The form authentication sets SameSite from its
 * configuration but Secure only for a TLS connection of its own; quarkus-rest-csrf sets neither
 * SameSite nor, unless forced for every request, Secure (issue 22, finding 7). Behind a TLS proxy a
 * request counts as TLS when the service is told to trust the proxy's X-Forwarded-Proto
 * (quarkus.http.proxy.*, docs/operations.md); an untrusted header is not believed.
 */
@Singleton
public class PageCookies {

    private static final List<String> NAMES = List.of("registry-session=", "registry-csrf=");

    void install(@Observes Router router) {
        router.route("/pages/*").order(-20).handler(this::harden);
    }

    void harden(RoutingContext context) {
        boolean tls = context.request().isSSL() || "https".equalsIgnoreCase(context.request().scheme());
        context.addHeadersEndHandler(v -> {
            // quarkus-rest-csrf adds its cookie to the response's cookie jar, encoded after this runs
            for (String name : List.of("registry-session", "registry-csrf")) {
                if (context.request().getCookie(name) instanceof ServerCookie cookie && cookie.isChanged()) {
                    cookie.setHttpOnly(true);
                    if (cookie.getSameSite() == null) {
                        cookie.setSameSite(CookieSameSite.STRICT);
                    }
                    if (tls) {
                        cookie.setSecure(true);
                    }
                }
            }
            // the form authentication writes its Set-Cookie header itself
            var headers = context.response().headers();
            List<String> cookies = headers.getAll(HttpHeaders.SET_COOKIE);
            if (cookies.stream().noneMatch(PageCookies::ours)) {
                return;
            }
            headers.remove(HttpHeaders.SET_COOKIE);
            for (String cookie : cookies) {
                headers.add(HttpHeaders.SET_COOKIE, ours(cookie) ? hardened(cookie, tls) : cookie);
            }
        });
        context.next();
    }

    private static boolean ours(String cookie) {
        return NAMES.stream().anyMatch(cookie::startsWith);
    }

    static String hardened(String cookie, boolean tls) {
        String lower = cookie.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(cookie);
        if (!lower.contains("; httponly")) {
            out.append("; HttpOnly");
        }
        if (!lower.contains("; samesite=")) {
            out.append("; SameSite=Strict");
        }
        if (tls && !lower.contains("; secure")) {
            out.append("; Secure");
        }
        return out.toString();
    }
}

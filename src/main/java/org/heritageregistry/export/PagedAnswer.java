package org.heritageregistry.export;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * A page of a list in the representation the client chose. The next page is linked in a
 * {@code Link: <...>; rel="next"} header with the same filters and limit, so CSV and GeoJSON
 * readers, which have no {@code nextCursor} field to read, can still page.
 */
public final class PagedAnswer {

    private PagedAnswer() {
    }

    public static Response of(Representation as, Object body, String nextCursor, UriInfo uri) {
        Response.ResponseBuilder ok = Response.ok(body, as.mediaType()).header("Vary", "Accept, Authorization");
        if (nextCursor != null) {
            ok.link(next(uri, nextCursor), "next");
        }
        return ok.build();
    }

    /**
     * This request's URL with the cursor replaced. Built from the raw query rather than with a
     * UriBuilder, which would read a brace in a search text as a template and fail.
     */
    static URI next(UriInfo uri, String cursor) {
        URI request = uri.getRequestUri();
        String raw = request.getRawQuery();
        List<String> params = new ArrayList<>();
        if (raw != null) {
            for (String param : raw.split("&")) {
                if (!param.isEmpty() && !param.equals("cursor") && !param.startsWith("cursor=")) {
                    params.add(param);
                }
            }
        }
        params.add("cursor=" + cursor); // base64url: nothing to escape
        String whole = request.toString();
        int query = whole.indexOf('?');
        return URI.create((query < 0 ? whole : whole.substring(0, query)) + "?" + String.join("&", params));
    }
}

package org.heritageregistry.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.heritageregistry.support.Api;

/** Reads the change feed through HTTP, as a consumer does (the feed tests, and the tests of each write that appends to it). */
public final class Feed {

    private Feed() {
    }

    record Page(List<Map<String, Object>> items, String nextCursor, boolean hasMore) {
    }

    static Page page(String after, int limit) {
        var spec = Api.anonymous().queryParam("limit", limit);
        if (after != null) {
            spec.queryParam("after", after);
        }
        var json = spec.get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
        return new Page(json.getList("items"), json.getString("nextCursor"), json.getBoolean("hasMore"));
    }

    /** The cursor of the feed's end as of now: where a new consumer that wants only what follows starts. */
    public static String end() {
        String cursor = null;
        Page page;
        do {
            page = page(cursor, 100);
            cursor = page.nextCursor();
        } while (page.hasMore());
        return cursor;
    }

    /** Every change after the cursor, following nextCursor until the end. */
    public static List<Map<String, Object>> after(String cursor, int limit) {
        List<Map<String, Object>> all = new ArrayList<>();
        Page page;
        do {
            page = page(cursor, limit);
            all.addAll(page.items());
            cursor = page.nextCursor();
        } while (page.hasMore());
        return all;
    }
}

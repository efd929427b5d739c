package org.heritageregistry.feed;

import static org.heritageregistry.support.Api.CURATOR;
import static org.heritageregistry.support.Api.CURATOR2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Writers on different monuments (so no monument lock orders them) commit in parallel while a
 * consumer keeps resuming from its last cursor in small pages. An id handed out before commit
 * would let the consumer pass a position whose transaction commits later and miss it; the feed
 * must give every change exactly once, at consecutive positions.
 */
@QuarkusTest
@DatabaseTest
class ChangeFeedConcurrencyTest {

    private static final int WRITERS = 6;
    private static final int REPORTS_EACH = 10;

    @Test
    void parallelWritersAndAResumingReaderSeeEveryChangeExactlyOnce() throws Exception {
        String start = Feed.end();
        List<String> monuments = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            monuments.add(Api.newMonument());
            sources.add(Api.newSource(false));
        }
        String afterSetup = Feed.end();
        List<Map<String, Object>> setup = Feed.after(start, 100);
        long setupEnd = ((Number) setup.get(setup.size() - 1).get("position")).longValue();
        List<String> submitted = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        try {
            Future<List<Map<String, Object>>> reader = pool.submit(() -> {
                List<Map<String, Object>> seen = new ArrayList<>();
                String cursor = afterSetup;
                boolean more = true;
                while (writing.get() || more) {
                    Feed.Page page = Feed.page(cursor, 3);
                    seen.addAll(page.items());
                    cursor = page.nextCursor();
                    more = page.hasMore();
                }
                return seen;
            });
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                String monument = monuments.get(w);
                String source = sources.get(w);
                String curator = w % 2 == 0 ? CURATOR : CURATOR2;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < REPORTS_EACH; i++) {
                        submitted.add(Api.submit(curator, Api.report(monument, source, "DESTROYED", "2015-08-" + (10 + i))));
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(5, TimeUnit.MINUTES);
            }
            writing.set(false);
            List<Map<String, Object>> seen = reader.get(5, TimeUnit.MINUTES);

            assertEquals(WRITERS * REPORTS_EACH, submitted.size());
            List<Long> positions = seen.stream().map(c -> ((Number) c.get("position")).longValue()).toList();
            for (int i = 0; i < positions.size(); i++) {
                assertEquals(setupEnd + 1 + i, positions.get(i), "the reader saw positions out of order, twice or with a gap: " + positions);
            }
            Set<Object> reports = new HashSet<>();
            for (Map<String, Object> change : seen) {
                if ("REPORT_SUBMITTED".equals(change.get("kind"))) {
                    assertTrue(reports.add(change.get("entityId")), "seen twice: " + change);
                }
            }
            assertEquals(new HashSet<>(submitted), reports, "the reader missed reports or saw others");
            assertEquals(seen, Feed.after(afterSetup, 100), "the reader's view differs from a reading after the fact");
        } finally {
            writing.set(false);
            pool.shutdownNow();
        }
    }
}

package org.heritageregistry.feed;

import static org.heritageregistry.support.Api.CURATOR;
import static org.heritageregistry.support.Api.CURATOR2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
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
 * Sixteen writers commit in parallel (writes take no feed lock any more: their changes get
 * positions after commit, from the sequencer) while four consumers keep resuming from their last
 * cursor in small pages, each with its own page size so they catch the feed at different moments.
 * A position handed out before commit would let a consumer pass it and miss the change; a
 * sequencer that numbered a change twice, or one still in flight, would show as a repeat or a gap.
 * Every consumer must see every change exactly once, at consecutive positions, each writer's
 * reports in the order it wrote them, and all four the same sequence as a reading after the fact.
 * Two writers share each monument, so some writes also wait on each other's monument lock.
 */
@QuarkusTest
@DatabaseTest
class ChangeFeedConcurrencyTest {

    private static final int WRITERS = 16;
    private static final int MONUMENTS = 8;
    private static final int REPORTS_EACH = 6;
    private static final int READERS = 4;

    @Test
    void sixteenParallelWritersAndFourResumingReadersEachSeeEveryChangeOnceInOrder() throws Exception {
        String start = Feed.end();
        List<String> monuments = new ArrayList<>();
        for (int i = 0; i < MONUMENTS; i++) {
            monuments.add(Api.newMonument());
        }
        String source = Api.newSource(false);
        String afterSetup = Feed.end();
        List<Map<String, Object>> setup = Feed.after(start, 100);
        long setupEnd = ((Number) setup.get(setup.size() - 1).get("position")).longValue();

        AtomicBoolean writing = new AtomicBoolean(true);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS);
        try {
            List<Future<List<Map<String, Object>>>> readers = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                int pageSize = 2 + r;
                readers.add(pool.submit(() -> follow(afterSetup, pageSize, writing, go)));
            }
            List<Future<List<String>>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                String monument = monuments.get(w % MONUMENTS);
                String curator = w % 2 == 0 ? CURATOR : CURATOR2;
                writers.add(pool.submit(() -> {
                    go.await();
                    List<String> mine = new ArrayList<>();
                    for (int i = 0; i < REPORTS_EACH; i++) {
                        mine.add(Api.submit(curator, Api.report(monument, source, "DESTROYED", "2015-08-" + (10 + i))));
                    }
                    return mine;
                }));
            }
            go.countDown();
            List<List<String>> written = new ArrayList<>();
            for (Future<List<String>> writer : writers) {
                written.add(writer.get(5, TimeUnit.MINUTES));
            }
            writing.set(false);

            Set<String> submitted = new HashSet<>();
            written.forEach(submitted::addAll);
            assertEquals(WRITERS * REPORTS_EACH, submitted.size(), "every POST made its own report");
            List<Map<String, Object>> afterTheFact = Feed.after(afterSetup, 100);
            for (int r = 0; r < READERS; r++) {
                List<Map<String, Object>> seen = readers.get(r).get(5, TimeUnit.MINUTES);
                String who = "reader " + r + " (pages of " + (2 + r) + ")";
                List<Long> positions = seen.stream().map(c -> ((Number) c.get("position")).longValue()).toList();
                for (int i = 0; i < positions.size(); i++) {
                    assertEquals(setupEnd + 1 + i, positions.get(i), who + " saw positions out of order, twice or with a gap: " + positions);
                }
                Map<Object, Long> positionOf = new HashMap<>();
                for (Map<String, Object> change : seen) {
                    if ("REPORT_SUBMITTED".equals(change.get("kind"))) {
                        assertTrue(positionOf.put(change.get("entityId"), ((Number) change.get("position")).longValue()) == null, who + " saw twice: " + change);
                    }
                }
                assertEquals(submitted, positionOf.keySet(), who + " missed reports or saw others");
                // a writer's next POST starts after its previous one committed: the feed must keep that order
                for (List<String> mine : written) {
                    for (int i = 1; i < mine.size(); i++) {
                        assertTrue(positionOf.get(mine.get(i - 1)) < positionOf.get(mine.get(i)), who + ": a writer's reports out of their commit order: " + mine);
                    }
                }
                assertEquals(afterTheFact, seen, who + "'s view differs from a reading after the fact");
            }
        } finally {
            writing.set(false);
            go.countDown();
            pool.shutdownNow();
        }
    }

    /**
     * Follows the feed from a cursor until the writers have finished and it has read to the end.
     * Whether writing is over is read before the page is asked for: a page asked for after the last
     * write returned must hold it, so an end reached then is the true end.
     */
    private static List<Map<String, Object>> follow(String from, int pageSize, AtomicBoolean writing, CountDownLatch go) throws InterruptedException {
        go.await();
        List<Map<String, Object>> seen = new ArrayList<>();
        String cursor = from;
        while (true) {
            boolean writersDone = !writing.get();
            Feed.Page page = Feed.page(cursor, pageSize);
            seen.addAll(page.items());
            cursor = page.nextCursor();
            if (writersDone && !page.hasMore()) {
                return seen;
            }
            if (page.items().isEmpty()) {
                Thread.sleep(5); // pacing only, so idle readers leave the two cores to the writers; nothing depends on it
            }
        }
    }
}

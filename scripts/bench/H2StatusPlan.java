import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.UUID;

/**
 * How H2 plans the first page of GET /reports?status=VERIFIED (scripts/h2-status-plan): a table with
 * damage_report's columns that the list reads and filters on, ROWS rows (a tenth VERIFIED), the
 * index (status, submitted_at, id) of V1, and the list's statement with its two orders: newest
 * first alone (as before issue 20) and led by the filtered status (ReportService.newestFirst).
 * Prints H2's EXPLAIN ANALYZE (index used, rows scanned, whether the index sorts) and the best of
 * five runs of each, first page and a page after a cursor.
 */
public class H2StatusPlan {
    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[0]);
        // OPTIMIZE_REUSE_RESULTS off: H2 would answer a repeated query from its last result, and time nothing
        String url = "jdbc:h2:file:" + args[1] + "/plan;WRITE_DELAY=0;OPTIMIZE_REUSE_RESULTS=FALSE";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            ResultSet exists = s.executeQuery("select count(*) from information_schema.tables where table_name = 'DAMAGE_REPORT'");
            exists.next();
            if (exists.getInt(1) == 0) {
                long started = System.nanoTime();
                s.execute("create table damage_report (id uuid primary key, superseded_by_id uuid, monument_id varchar(80) not null, status varchar(16) not null,"
                        + " submitted_at timestamp(6) with time zone not null, summary varchar(2000))");
                c.setAutoCommit(false);
                String[] statuses = { "UNVERIFIED", "UNVERIFIED", "UNVERIFIED", "UNVERIFIED", "UNVERIFIED", "UNVERIFIED", "VERIFIED", "DISPUTED", "REJECTED", "RETRACTED" };
                Random random = new Random(20);
                long t0 = Instant.parse("2016-01-01T00:00:00Z").toEpochMilli();
                try (PreparedStatement insert = c.prepareStatement("insert into damage_report values (?, null, ?, ?, ?, ?)")) {
                    for (int i = 0; i < rows; i++) {
                        insert.setObject(1, UUID.randomUUID());
                        insert.setString(2, String.format("gen-%05d", random.nextInt(10_000)));
                        insert.setString(3, statuses[random.nextInt(statuses.length)]);
                        insert.setObject(4, OffsetDateTime.ofInstant(Instant.ofEpochMilli(t0 + i * 1000L + random.nextInt(1000)), ZoneOffset.UTC));
                        insert.setString(5, "Generated claim " + i + " about the monument's condition");
                        insert.addBatch();
                        if (i % 5000 == 4999) {
                            insert.executeBatch();
                            c.commit();
                        }
                    }
                    insert.executeBatch();
                    c.commit();
                }
                c.setAutoCommit(true);
                // built after the load in one pass, as the data generator does (DeferredIndexes)
                s.execute("create index ix_report_status on damage_report (status, submitted_at, id)");
                s.execute("create index ix_report_monument on damage_report (monument_id, submitted_at, id)");
                s.execute("create index fk_report_superseded on damage_report (superseded_by_id)");
                s.execute("analyze");
                System.out.printf("%d rows written in %.1f s%n", rows, (System.nanoTime() - started) / 1e9);
            }
            ResultSet verified = s.executeQuery("select count(*), max(submitted_at) from damage_report where status = 'VERIFIED'");
            verified.next();
            System.out.printf("%d rows VERIFIED%n", verified.getLong(1));
            String select = "select r.id, r.monument_id, r.status, r.submitted_at, r.summary from damage_report r"
                    + " where 1 = 1 and r.status = 'VERIFIED' and (r.superseded_by_id is null or r.superseded_by_id = r.id)";
            String cursor = " and r.submitted_at <= timestamp with time zone '2016-01-02 00:00:00+00'"
                    + " and (r.submitted_at < timestamp with time zone '2016-01-02 00:00:00+00'"
                    + " or (r.submitted_at = timestamp with time zone '2016-01-02 00:00:00+00' and r.id < uuid 'ffffffff-ffff-ffff-ffff-ffffffffffff'))";
            String page = " offset 0 rows fetch first 50 rows only";
            String before = " order by r.submitted_at desc, r.id desc";
            String after = " order by r.status desc, r.submitted_at desc, r.id desc";
            show(s, "before, first page", select + before + page);
            show(s, "after, first page", select + after + page);
            show(s, "after, page after a cursor", select + cursor + after + page);
        }
    }

    private static void show(Statement s, String name, String sql) throws Exception {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long started = System.nanoTime();
            try (ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    rs.getString(5);
                }
            }
            best = Math.min(best, (System.nanoTime() - started) / 1e6);
        }
        try (ResultSet plan = s.executeQuery("explain analyze " + sql)) {
            plan.next();
            System.out.printf("%n-- %s: best of 5 %.1f ms%n%s%n", name, best, plan.getString(1));
        }
    }
}

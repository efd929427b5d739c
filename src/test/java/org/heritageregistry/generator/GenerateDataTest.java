package org.heritageregistry.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The generator at a small scale: the rows it promises, conditions and conflicts derived by the
 * service's rules, and the API paging through all of it by cursor without a gap or a repeat.
 */
@QuarkusTest
@DatabaseTest
@TestProfile(GenerateDataTest.SmallRegistry.class)
class GenerateDataTest {

    public static class SmallRegistry implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("registry.generate.reports", "600", "registry.generate.monuments", "12", "registry.generate.sites", "3",
                    "registry.generate.sources", "20");
        }
    }

    @Inject
    DataSource dataSource;

    @Inject
    GenerateData generator;

    /** Writes the registry once: the second call finds it there and leaves it. */
    @BeforeEach
    void generate() throws Exception {
        generator.run();
    }

    @Test
    void writesTheRegistryItPromisesAndDerivesItWithTheServiceRules() throws Exception {
        assertEquals(600, count("select count(*) from damage_report where monument_id like 'gen-%' and revision = 1"));
        assertEquals(12, count("select count(*) from monument where id like 'gen-%'"));
        assertEquals(3, count("select count(*) from site where id like 'gen-site-%'"));
        assertEquals(count("select count(*) from damage_report where monument_id like 'gen-%' and revision = 2"),
                count("select count(*) from damage_report where monument_id like 'gen-%' and superseded_by_id is not null"), "every correction supersedes its first revision");
        assertTrue(count("select count(*) from decision d join damage_report r on r.id = d.report_id where r.monument_id like 'gen-%'") > 50, "a share of reports is reviewed");
        assertEquals(0, count("select count(*) from damage_report r where r.monument_id like 'gen-%' and r.superseded_by_id is null and r.status <> 'UNVERIFIED' "
                + "and not exists (select 1 from decision d where d.report_id = r.id)"), "a reviewed status always has its decision");
        assertTrue(count("select count(*) from monument where id like 'gen-%' and current_condition <> 'UNKNOWN'") >= 6,
                "conditions were derived from the verified and corroborated reports");
        assertTrue(count("select count(*) from monument where id like 'gen-%' and version > 0") == 12, "every monument went through the derivation");
    }

    @Test
    void theApiPagesThroughEveryGeneratedReportByCursor() throws Exception {
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = Api.anonymous().queryParam("site", "gen-site-002").queryParam("current", false).queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/reports").then().statusCode(200).extract().jsonPath();
            List<String> ids = page.getList("items.id");
            ids.forEach(id -> assertTrue(seen.add(id), "report " + id + " came twice"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 100);
        assertEquals(count("select count(*) from damage_report r join monument m on m.id = r.monument_id where m.site_id = 'gen-site-002'"),
                seen.size(), "the pages hold every report revision of the site, once");
    }

    private long count(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

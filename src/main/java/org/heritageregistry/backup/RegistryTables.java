package org.heritageregistry.backup;

import java.util.List;
import java.util.Set;

/**
 * The tables an export holds, parents before children, each with the columns that order its rows
 * (so two exports of the same data are byte-identical). idempotency_key (a day's retry memory),
 * seed_state and Flyway's history are not registry data. A test fails when a migration adds a
 * table that is in neither list, so a new table cannot be left out of backups by accident.
 */
final class RegistryTables {

    record Table(String name, String orderBy, Set<String> omittedColumns, Set<String> deferredColumns) {
        boolean exports(String column) {
            return !omittedColumns.contains(column);
        }
    }

    /** Accounts travel without id (re-issued) or password hash (never exported). */
    static final Table ACCOUNT = new Table("account", "username", Set.of("id", "password_hash"), Set.of());

    static final List<Table> EXPORTED = List.of(
            ACCOUNT,
            new Table("site", "id", Set.of(), Set.of()),
            new Table("site_name", "site_id, idx", Set.of(), Set.of()),
            // a site's record as it stood before each edit (issue 21), as monument_revision
            new Table("site_revision", "site_id, revision", Set.of(), Set.of()),
            new Table("monument", "id", Set.of(), Set.of()),
            new Table("monument_name", "monument_id, idx", Set.of(), Set.of()),
            // the record as it stood before each edit, so asOf reads and /revisions survive a move
            new Table("monument_revision", "monument_id, revision", Set.of(), Set.of()),
            // a merged duplicate names its survivor, whose random id may sort after it: set once all rows exist
            new Table("source", "id", Set.of(), Set.of("merged_into")),
            new Table("source_alias", "source_id, idx", Set.of(), Set.of()),
            // each source's record before each edit or merge, so /sources/{id}/revisions survives a move
            new Table("source_revision", "source_id, revision", Set.of(), Set.of()),
            // revisions point at each other both ways, and rows go by id, which is random and says
            // nothing of which revision came first: both links are set once all rows exist
            new Table("damage_report", "id", Set.of(), Set.of("supersedes_id", "superseded_by_id")),
            new Table("report_cause", "report_id, cause", Set.of(), Set.of()),
            new Table("report_evidence", "report_id, idx", Set.of(), Set.of()),
            new Table("decision", "id", Set.of(), Set.of()),
            new Table("decision_evidence", "decision_id, idx", Set.of(), Set.of()),
            new Table("conflict", "id", Set.of(), Set.of()),
            new Table("conflict_report", "conflict_id, lineage_id", Set.of(), Set.of()),
            new Table("audit_event", "id", Set.of(), Set.of()),
            // the feed travels with the registry, so a consumer's cursor stays good on the restored one;
            // positions continue after the highest imported one (they are max + 1, see ChangeFeed)
            new Table("registry_change", "feed_position", Set.of(), Set.of()),
            // changes committed but not yet given a position (the export sequences first, but writes go
            // on): the restored registry numbers them on its first feed read, after the imported positions
            new Table("change_intake", "id", Set.of(), Set.of()),
            // what each imported row became: a file imported before a move adds nothing twice when sent again after it
            new Table("import_key", "row_key", Set.of(), Set.of()));

    /**
     * Not registry data: retry memory, start-up state (the seed's, and a migration's request to
     * derive again, which the target's own migrations make), Flyway's history, the feed's lock row, and
     * page sign-in sessions, webhook subscriptions with their outbox (they hold secrets and delivery state for one
     * deployment; re-register the subscriptions on the target after a move), and personal API tokens:
     * credentials, like the password hashes accounts travel without. Only their SHA-256 is stored and
     * that could not be reversed, but a copy of an export would then carry working credentials to
     * wherever it is restored, and an account restored without a password would still act through them;
     * each account issues new tokens on the target after a move. Import jobs, their waiting rows and
     * failures are one deployment's work in progress: finish them before a move (what they loaded
     * travels, with import_key).
     */
    static final Set<String> NOT_EXPORTED = Set.of("idempotency_key", "seed_state", "flyway_schema_history", "change_feed_lock",
            "webhook_subscription", "webhook_delivery", "derivation_pending", "page_session", "api_token",
            "import_job", "import_row", "import_failure");

    /** Tables whose identity column must continue after the highest imported id. */
    static final Set<String> IDENTITY_TABLES = Set.of("audit_event", "change_intake");

    private RegistryTables() {
    }

    static Table named(String name) {
        return EXPORTED.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }
}

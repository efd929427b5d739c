package org.heritageregistry.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.heritageregistry.source.SourceNames;

/**
 * A row's natural key: a site or monument by its id; a source by its row id, or else its folded
 * name; a report by its row id, or else the digest of the row itself (the same claim sent twice is
 * one claim).
 */
final class RowKeys {

    private RowKeys() {
    }

    static String of(ImportRowRecord row) {
        return switch (row.type()) {
            case SITE, MONUMENT -> row.type().jsonName() + ":" + row.data().path("id").asText();
            case SOURCE -> "source:" + (row.id() != null ? row.id() : "name:" + SourceNames.fold(row.data().path("name").asText()));
            case REPORT -> "report:" + (row.id() != null ? row.id() : "sha256:" + digest(row));
        };
    }

    /** The key a report's {@code source} names when it is a source row's id. */
    static String sourceRow(String id) {
        return "source:" + id;
    }

    private static String digest(ImportRowRecord row) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String text = row.data() + "\n" + row.source() + "\n" + row.sourceName() + "\n" + row.relayedBy() + "\n" + row.relayedByName();
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}

package org.heritageregistry.backup;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Moves one column value between JDBC and JSON without loss, for the column types the migrations
 * use. Both databases run the same migrations, so the JDBC type of the target column decides how
 * a JSON value is bound; a type not listed here fails loudly rather than being guessed.
 */
final class ColumnCodec {

    enum Kind { TEXT, INTEGER, BOOLEAN, DOUBLE, DATE, TIMESTAMP_TZ, UUID }

    private ColumnCodec() {
    }

    static Kind kindOf(int jdbcType, String typeName, String column) {
        String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        if (name.equals("uuid")) {
            return Kind.UUID;
        }
        return switch (jdbcType) {
            case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.NVARCHAR, Types.CLOB -> Kind.TEXT;
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> Kind.INTEGER;
            case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN;
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> Kind.DOUBLE;
            case Types.DATE -> Kind.DATE;
            case Types.TIMESTAMP_WITH_TIMEZONE -> Kind.TIMESTAMP_TZ;
            // PostgreSQL's driver reports timestamptz as TIMESTAMP
            case Types.TIMESTAMP -> name.contains("tz") || name.contains("time zone") ? Kind.TIMESTAMP_TZ : unsupported(column, typeName);
            default -> unsupported(column, typeName);
        };
    }

    private static Kind unsupported(String column, String typeName) {
        throw new IllegalStateException("column " + column + " has type " + typeName + ", which backups do not handle yet");
    }

    static JsonNode read(ResultSet rows, int index, Kind kind) throws SQLException {
        JsonNodeFactory json = JsonNodeFactory.instance;
        JsonNode value = switch (kind) {
            case TEXT -> json.textNode(rows.getString(index));
            case INTEGER -> json.numberNode(rows.getLong(index));
            case BOOLEAN -> json.booleanNode(rows.getBoolean(index));
            case DOUBLE -> json.numberNode(rows.getDouble(index));
            case DATE -> {
                LocalDate date = rows.getObject(index, LocalDate.class);
                yield date == null ? null : json.textNode(date.toString());
            }
            case TIMESTAMP_TZ -> {
                OffsetDateTime time = rows.getObject(index, OffsetDateTime.class);
                yield time == null ? null : json.textNode(time.toInstant().toString());
            }
            case UUID -> {
                Object id = rows.getObject(index);
                yield id == null ? null : json.textNode(id.toString());
            }
        };
        return rows.wasNull() ? json.nullNode() : value;
    }

    static void bind(PreparedStatement statement, int index, Kind kind, JsonNode value) throws SQLException {
        if (value == null || value.isNull()) {
            statement.setObject(index, null);
            return;
        }
        switch (kind) {
            case TEXT -> statement.setString(index, requireText(value));
            case INTEGER -> {
                if (!value.canConvertToLong() || !value.isIntegralNumber()) {
                    throw new IllegalArgumentException("expected an integer, got " + value.getNodeType());
                }
                statement.setLong(index, value.longValue());
            }
            case BOOLEAN -> {
                if (!value.isBoolean()) {
                    throw new IllegalArgumentException("expected true or false, got " + value.getNodeType());
                }
                statement.setBoolean(index, value.booleanValue());
            }
            case DOUBLE -> {
                if (!value.isNumber()) {
                    throw new IllegalArgumentException("expected a number, got " + value.getNodeType());
                }
                statement.setDouble(index, value.doubleValue());
            }
            case DATE -> statement.setObject(index, LocalDate.parse(requireText(value)));
            case TIMESTAMP_TZ -> statement.setObject(index, OffsetDateTime.ofInstant(java.time.Instant.parse(requireText(value)), ZoneOffset.UTC));
            case UUID -> statement.setObject(index, java.util.UUID.fromString(requireText(value)));
        }
    }

    private static String requireText(JsonNode value) {
        if (!value.isTextual()) {
            throw new IllegalArgumentException("expected a string, got " + value.getNodeType());
        }
        return value.textValue();
    }

}

package org.heritageregistry.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Parses typed query parameters so that a bad value is a 400 naming the parameter, not a 404. */
public final class QueryParams {

    private QueryParams() {
    }

    public static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(name, "must be a date like 2015-08-30");
        }
    }

    public static UUID uuid(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(name, "must be a UUID");
        }
    }

    public static String text(String value, String name, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw ProblemException.invalidField(name, "must be at most " + maxLength + " characters");
        }
        return value.strip();
    }

    /** true, false, or null when absent. */
    public static Boolean bool(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalidField(name, "must be true or false");
        };
    }
}

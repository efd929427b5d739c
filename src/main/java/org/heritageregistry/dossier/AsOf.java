package org.heritageregistry.dossier;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;

import org.heritageregistry.common.ProblemException;

/**
 * The {@code asOf} query parameter: a day (the registry at the end of that day, UTC) or an
 * instant with its offset. It becomes the exclusive bound "recorded before", the instant the
 * answer reflects: reports and decisions are taken by when the registry recorded them, so an
 * analyst gets what was known on that day, not what is known now about that day.
 */
public final class AsOf {

    public static final String PARAMETER = "asOf";
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final String EXPECTED = "must be a date (2015-09-01) or a date-time with an offset (2015-09-01T12:00:00Z), not in the future";

    private AsOf() {
    }

    /** Empty when the parameter is absent or blank (as every query parameter here): the current answer. */
    public static Optional<Instant> recordedBefore(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Instant now = Clock.systemUTC().instant();
        Instant before;
        try {
            if (DAY.matcher(value).matches()) {
                LocalDate day = LocalDate.parse(value);
                if (day.isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
                    throw ProblemException.invalidField(PARAMETER, EXPECTED);
                }
                before = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            } else {
                Instant at = OffsetDateTime.parse(value).toInstant();
                if (at.isAfter(now)) {
                    throw ProblemException.invalidField(PARAMETER, EXPECTED);
                }
                before = at.plusNanos(1_000); // inclusive of the instant, at the database's microsecond precision
            }
        } catch (DateTimeException e) {
            throw ProblemException.invalidField(PARAMETER, EXPECTED);
        }
        if (before.isBefore(Instant.parse("0001-01-02T00:00:00Z"))) {
            throw ProblemException.invalidField(PARAMETER, EXPECTED);
        }
        return Optional.of(before);
    }
}

package org.heritageregistry.vocabulary;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the subset of EDTF (ISO 8601-2, levels 0 and 1) that damage reports use: a day, month
 * or year, optionally qualified uncertain ({@code ?}), approximate ({@code ~}) or both
 * ({@code %}), and intervals between two of those with open ({@code ..}) ends.
 *
 * <p>Written here rather than taken from a library because no maintained EDTF parser for Java is
 * published on Maven Central; the grammar we accept is small and fully tested.
 *
 * <p>An approximate date widens its bounds by the registry's convention: a week for a day, a
 * month for a month, a year for a year, so that "about a month ago" and a dated claim can be
 * compared. A null bound means open.
 */
public final class Edtf {

    private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?([?~%])?");

    private Edtf() {
    }

    /** Earliest and latest days an EDTF expression allows; a null bound is open. */
    public record Bounds(LocalDate earliest, LocalDate latest) {
    }

    public static Bounds parse(String edtf) {
        if (edtf == null || edtf.isBlank() || edtf.length() > 64) {
            throw new IllegalArgumentException("is not a valid EDTF date");
        }
        int slash = edtf.indexOf('/');
        if (slash < 0) {
            Bounds single = single(edtf);
            return single;
        }
        String start = edtf.substring(0, slash);
        String end = edtf.substring(slash + 1);
        if (end.contains("/")) {
            throw new IllegalArgumentException("is not a valid EDTF date");
        }
        boolean openStart = start.equals("..") || start.isEmpty();
        boolean openEnd = end.equals("..") || end.isEmpty();
        if (openStart && openEnd) {
            throw new IllegalArgumentException("is an interval with two open ends");
        }
        LocalDate earliest = openStart ? null : single(start).earliest();
        LocalDate latest = openEnd ? null : single(end).latest();
        if (!openStart && !openEnd && single(start).earliest().isAfter(single(end).latest())) {
            throw new IllegalArgumentException("is an interval that ends before it starts");
        }
        return new Bounds(earliest, latest);
    }

    public static boolean isValid(String edtf) {
        try {
            parse(edtf);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Bounds single(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("is not a valid EDTF date");
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (year < 1) {
                throw new IllegalArgumentException("is before AD 1, which the registry does not store");
            }
            boolean approximate = m.group(4) != null && !m.group(4).equals("?");
            if (m.group(3) != null) {
                LocalDate day = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return approximate ? new Bounds(max(day.minusDays(7), FIRST_DAY), day.plusDays(7)) : new Bounds(day, day);
            }
            if (m.group(2) != null) {
                YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
                YearMonth first = approximate && year > 1 || approximate && month.getMonthValue() > 1 ? month.minusMonths(1) : month;
                YearMonth last = approximate ? month.plusMonths(1) : month;
                return new Bounds(first.atDay(1), last.atEndOfMonth());
            }
            int first = approximate ? Math.max(1, year - 1) : year;
            int last = approximate ? year + 1 : year;
            return new Bounds(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("is not a real calendar date");
        }
    }
}

package org.heritageregistry.vocabulary;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses EDTF (ISO 8601-2:2019 and the Library of Congress EDTF specification) at levels 0 and 1,
 * plus the level 2 sets, into the day bounds the registry stores for ordering and filtering.
 *
 * <p>What is read:
 * <ul>
 * <li>Level 0: {@code 2015}, {@code 2015-08}, {@code 2015-08-23}; a date and time
 * {@code 2015-08-23T10:15:00}, with {@code Z} or an offset ({@code +03:00}) if any, of which only
 * the day as written is kept; intervals {@code 2015-07-23/2015-08-23}.
 * <li>Level 1: the qualifiers {@code ?} (uncertain), {@code ~} (approximate) and {@code %} (both)
 * at the end of a whole date; unspecified digits {@code X} ({@code 201X}, {@code 20XX},
 * {@code 2016-XX}, {@code 2016-12-XX}); seasons {@code 2015-21} to {@code 2015-24}; intervals with
 * an open end ({@code ..}) or an unknown end (nothing: {@code 2015-05-21/}, {@code /2016}), whose
 * other end is dated; years written with {@code Y} (refused, see below); negative years (refused).
 * <li>From level 2: {@code X} anywhere in the digits ({@code 2016-12-2X}, {@code 1XXX-12},
 * {@code 156X-12-25}), and the sets {@code [a, b, c]} (one of) and {@code {a, b}} (all of), whose
 * members are dates, ranges {@code a..b}, and open ranges {@code ..a}, {@code a..}.
 * </ul>
 *
 * <p>The bounds:
 * <ul>
 * <li>A date covers its days: {@code 2015-08} is 2015-08-01 to 2015-08-31.
 * <li>Unspecified digits give the widest range the pattern allows among real dates, month lengths
 * and leap years respected: {@code 2016-12-2X} is 2016-12-20 to 2016-12-29, {@code 2015-02-XX} ends
 * on the 28th, {@code 1XXX-12} is 1000-12-01 to 1999-12-31. A pattern that also matches year 0000
 * ({@code 0XXX}, {@code XXXX}) starts at AD 1.
 * <li>Seasons are the northern hemisphere's months: spring (21) March to May, summer (22) June to
 * August, autumn (23) September to November, winter (24) December of the year to the end of
 * February of the next. Seasons 25 to 41 (level 2) are refused.
 * <li>An approximate date ({@code ~} or {@code %}) is widened by the registry's convention, one unit
 * of what it states: a week for a day, a month for a month, a season (three months) for a season,
 * a year for a year, so that "about a month ago" and a dated claim can be compared. The widening
 * stops at AD 1. An uncertain date ({@code ?}) keeps its bounds.
 * <li>An interval runs from its start's earliest day to its end's latest; a set from the earliest
 * day of any member to the latest day of any member.
 * <li>A null bound is open: an open end ({@code ..}), and also an unknown end (an empty string in
 * an interval). The two differ in meaning (open: the event runs on without limit; unknown: it ends
 * at a day nobody states) but give the same null bound here; the distinction is kept in the stored
 * expression, which is stored as sent.
 * </ul>
 *
 * <p>What is refused, each with a message naming the part that is wrong (a month that is no month,
 * a day the month does not have, an interval that ends before it starts...): years before AD 1 and
 * after 9999. Years before AD 1 ({@code -0500}, {@code 0000}, {@code Y-170000002}) fit a
 * {@link LocalDate}, but the day bounds are stored through JDBC dates, whose calendar has no year 0
 * (a year 0000 was once stored as 0001), and the damage reports are about events of our era.
 * Years after 9999 can only be written with {@code Y} ({@code Y170000002}); they are refused rather
 * than clamped to a bound the expression does not say, and any such date lies in the future.
 *
 * <p>Written here rather than taken from a library. What was checked (December 2026): the Java port
 * of edtf.js, {@code io.github.openhistoricalmap:edtf} (0.2.0 to 0.3.1, first published in 2026),
 * has documentation pages but does not resolve from Maven Central; the older
 * {@code info.freelibrary:freelib-edtf} does not resolve either and is unmaintained. No other
 * maintained EDTF parser for Java is published there. The grammar read here is small and every
 * form is tested ({@code EdtfTest}).
 */
public final class Edtf {

    /** The longest expression the registry stores (the column, and the API contract's maxLength). */
    public static final int MAX_LENGTH = 64;

    /** The last year the registry orders dates in: four-digit years. */
    public static final int LAST_YEAR = 9999;

    private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);

    private static final Pattern DATE = Pattern.compile("(-?)([0-9X]+)(?:-([0-9X]+))?(?:-([0-9X]+))?([?~%]*)");
    private static final Pattern Y_YEAR = Pattern.compile("Y(-?)([0-9]+)([?~%])?");
    private static final Pattern DATE_TIME = Pattern
            .compile("(-?[0-9X]{4}-[0-9X]{2}-[0-9X]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(Z|[+-]([0-9]{2})(?::([0-9]{2}))?)?");
    private static final String ALLOWED = "0123456789XYETZ-+:?~%./[]{}, ";

    private static final String DATE_FORMS = "a date is YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2015-08-23), optionally ending in ?, ~ or %";

    private Edtf() {
    }

    /** Earliest and latest days an EDTF expression allows; a null bound is open (or an unknown end, see the class). */
    public record Bounds(LocalDate earliest, LocalDate latest) {
    }

    private enum Precision {
        DAY, MONTH, SEASON, YEAR
    }

    /**
     * The day bounds of an EDTF expression.
     *
     * @throws IllegalArgumentException if the expression is not one the registry reads or stores; the
     *         message names the part that is wrong, and reads after a field name ("eventDate: month 13
     *         in '2015-13-01' is not a month")
     */
    public static Bounds parse(String edtf) {
        if (edtf == null || edtf.isEmpty()) {
            throw bad("is empty; " + DATE_FORMS);
        }
        if (edtf.length() > MAX_LENGTH) {
            throw bad("is longer than the " + MAX_LENGTH + " characters an EDTF date may have here");
        }
        if (edtf.isBlank()) {
            throw bad("is blank; " + DATE_FORMS);
        }
        for (int i = 0; i < edtf.length(); i++) {
            char c = edtf.charAt(i);
            if (ALLOWED.indexOf(c) < 0) {
                throw bad("character " + describe(c) + " at position " + (i + 1) + " of " + quote(edtf) + " is not part of an EDTF date"
                        + (c == 'x' ? " (an unspecified digit is a capital X)" : ""));
            }
        }
        char first = edtf.charAt(0);
        if (first == ' ' || edtf.charAt(edtf.length() - 1) == ' ') {
            throw bad(quote(edtf) + " starts or ends with a space");
        }
        if (first == '[' || first == '{') {
            return set(edtf);
        }
        if (edtf.indexOf(' ') >= 0) {
            throw bad(quote(edtf) + " has a space; spaces are read only after the commas of a set");
        }
        if (edtf.indexOf('/') >= 0) {
            return interval(edtf);
        }
        return single(edtf, true);
    }

    public static boolean isValid(String edtf) {
        try {
            parse(edtf);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** start/end, either end dated, open ({@code ..}) or unknown (empty), not both undated. */
    private static Bounds interval(String text) {
        int slash = text.indexOf('/');
        if (text.indexOf('/', slash + 1) >= 0) {
            throw bad(quote(text) + " has more than one '/'; an interval has two ends, e.g. 2015-07-23/2015-08-23");
        }
        String start = text.substring(0, slash);
        String end = text.substring(slash + 1);
        boolean startDated = !start.isEmpty() && !start.equals("..");
        boolean endDated = !end.isEmpty() && !end.equals("..");
        if (!startDated && !endDated) {
            throw bad(quote(text) + " is an interval with no dated end; at least one end needs a date, e.g. ../2015-09-02");
        }
        Bounds from = startDated ? single(start, false) : null;
        Bounds to = endDated ? single(end, false) : null;
        if (from != null && to != null && from.earliest().isAfter(to.latest())) {
            throw bad("the interval ends (" + end + ") before it starts (" + start + ")");
        }
        return new Bounds(from == null ? null : from.earliest(), to == null ? null : to.latest());
    }

    /** [a, b..c, ..d] (one of) or {a, b} (all of): from the earliest day of any member to the latest. */
    private static Bounds set(String text) {
        char open = text.charAt(0);
        char close = open == '[' ? ']' : '}';
        if (text.length() < 2 || text.charAt(text.length() - 1) != close) {
            throw bad(quote(text) + ": a set opened with " + open + " ends with " + close);
        }
        String inner = text.substring(1, text.length() - 1);
        for (char c : new char[] { '[', ']', '{', '}', '/' }) {
            if (inner.indexOf(c) >= 0) {
                throw bad(quote(text) + ": a set holds dates and ranges (2015-08-23..2015-08-30), not intervals or other sets");
            }
        }
        if (inner.isBlank()) {
            throw bad(quote(text) + " is an empty set");
        }
        LocalDate earliest = null;
        LocalDate latest = null;
        boolean openStart = false;
        boolean openEnd = false;
        for (String raw : inner.split(",", -1)) {
            String member = raw.strip();
            if (member.isEmpty()) {
                throw bad(quote(text) + " has an empty member");
            }
            if (member.indexOf(' ') >= 0) {
                throw bad("member " + quote(member) + " of " + quote(text) + " has a space; members are separated by commas");
            }
            Bounds bounds = member(member);
            if (bounds.earliest() == null) {
                openStart = true;
            } else if (earliest == null || bounds.earliest().isBefore(earliest)) {
                earliest = bounds.earliest();
            }
            if (bounds.latest() == null) {
                openEnd = true;
            } else if (latest == null || bounds.latest().isAfter(latest)) {
                latest = bounds.latest();
            }
        }
        return new Bounds(openStart ? null : earliest, openEnd ? null : latest);
    }

    /** A member of a set: a date, a range a..b, or an open range ..a or a.. . */
    private static Bounds member(String member) {
        int dots = member.indexOf("..");
        if (dots < 0) {
            return single(member, false);
        }
        if (member.equals("..")) {
            throw bad("'..' alone is not a member of a set; an open range is written ..2015 or 2015..");
        }
        String start = member.substring(0, dots);
        String end = member.substring(dots + 2);
        if (end.contains("..")) {
            throw bad(quote(member) + " has more than one '..'; a range is written 2015-08-23..2015-08-30");
        }
        Bounds from = start.isEmpty() ? null : single(start, false);
        Bounds to = end.isEmpty() ? null : single(end, false);
        if (from != null && to != null && from.earliest().isAfter(to.latest())) {
            throw bad("the range ends (" + end + ") before it starts (" + start + ")");
        }
        return new Bounds(from == null ? null : from.earliest(), to == null ? null : to.latest());
    }

    /** One date: a Y-year, a date and time (when allowed), or a year, month, season or day with X digits and a qualifier. */
    private static Bounds single(String text, boolean timeAllowed) {
        if (text.startsWith("Y")) {
            throw yearWithY(text);
        }
        if (text.indexOf('T') >= 0) {
            return dateTime(text, timeAllowed);
        }
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            throw bad(diagnose(text));
        }
        String qualifier = m.group(5);
        if (qualifier.length() > 1) {
            throw bad(quote(text) + " has more than one qualifier; % says uncertain and approximate");
        }
        String yearText = m.group(2);
        String monthText = m.group(3);
        String dayText = m.group(4);
        if (yearText.length() != 4) {
            throw bad("year " + yearText + " in " + quote(text) + " must have four digits"
                    + (yearText.length() > 4 ? " (a longer year is written with Y, e.g. Y170000002)" : ""));
        }
        if (monthText != null && monthText.length() != 2) {
            throw bad("month " + monthText + " in " + quote(text) + " must have two digits");
        }
        if (dayText != null && dayText.length() != 2) {
            throw bad("day " + dayText + " in " + quote(text) + " must have two digits");
        }
        if (!m.group(1).isEmpty()) {
            throw beforeAdOne("-" + yearText, text);
        }
        if (yearText.equals("0000")) {
            throw beforeAdOne(yearText, text);
        }
        boolean approximate = qualifier.equals("~") || qualifier.equals("%");
        int[] years = matching(yearText, 1, LAST_YEAR);
        if (monthText != null && monthText.indexOf('X') < 0) {
            int month = Integer.parseInt(monthText);
            if (month >= 21 && month <= 24) {
                if (dayText != null) {
                    throw bad(quote(text) + ": season " + month + " has no days; write " + yearText + "-" + monthText);
                }
                return widen(season(years, month), Precision.SEASON, approximate);
            }
            if (month >= 25 && month <= 41) {
                throw bad("season " + month + " in " + quote(text) + " is not read; the registry reads the seasons 21 (spring) to 24 (winter)");
            }
            if (month < 1 || month > 12) {
                throw bad("month " + monthText + " in " + quote(text) + " is not a month");
            }
        }
        int[] months = monthText == null ? null : matching(monthText, 1, 12);
        if (months != null && months.length == 0) {
            throw bad("month " + monthText + " in " + quote(text) + " matches no month");
        }
        int[] days = dayText == null ? null : matching(dayText, 1, 31);
        if (days != null && days.length == 0) {
            throw bad("day " + dayText + " in " + quote(text) + (dayText.indexOf('X') < 0 ? " is not a day of any month" : " matches no day of a month"));
        }
        LocalDate earliest = first(years, months, days);
        if (earliest == null) {
            throw bad(noDate(text, yearText, monthText, dayText));
        }
        LocalDate latest = last(years, months, days);
        Precision precision = days != null ? Precision.DAY : months != null ? Precision.MONTH : Precision.YEAR;
        return widen(new Bounds(earliest, latest), precision, approximate);
    }

    /** YYYY-MM-DDThh:mm:ss with Z or an offset if any; only the day as written is kept. */
    private static Bounds dateTime(String text, boolean timeAllowed) {
        if (!timeAllowed) {
            throw bad(quote(text) + ": a time of day is read only in a date on its own, not in an interval or a set");
        }
        Matcher m = DATE_TIME.matcher(text);
        if (!m.matches() && DATE_TIME.matcher(text.replaceAll("[?~%]+$", "")).matches()) {
            throw bad(quote(text) + ": a qualifier (?, ~ or %) is read on a date without a time of day");
        }
        if (!m.matches()) {
            throw bad(quote(text) + ": a date with a time is written YYYY-MM-DDThh:mm:ss, optionally followed by Z or an offset such as +03:00");
        }
        if (m.group(1).indexOf('X') >= 0) {
            throw bad(quote(text) + ": a date with a time of day has no unspecified digits");
        }
        checkRange("hour", m.group(2), 23, text);
        checkRange("minute", m.group(3), 59, text);
        checkRange("second", m.group(4), 59, text);
        if (m.group(6) != null) {
            int hours = Integer.parseInt(m.group(6));
            int minutes = m.group(7) == null ? 0 : Integer.parseInt(m.group(7));
            if (hours > 14 || minutes > 59 || hours == 14 && minutes > 0) {
                throw bad("offset " + m.group(5) + " in " + quote(text) + " is not a time zone offset (-14:00 to +14:00)");
            }
        }
        Bounds day = single(m.group(1), false);
        return new Bounds(day.earliest(), day.earliest());
    }

    private static void checkRange(String unit, String digits, int max, String text) {
        if (Integer.parseInt(digits) > max) {
            throw bad(unit + " " + digits + " in " + quote(text) + " is not " + (unit.equals("hour") ? "an hour" : "a " + unit) + " (00 to " + max + ")");
        }
    }

    /** Years written with Y have more than four digits, so they lie before AD 1 or after 9999: refused, never clamped. */
    private static IllegalArgumentException yearWithY(String text) {
        Matcher m = Y_YEAR.matcher(text);
        if (!m.matches()) {
            return bad(quote(text) + " is not a year written with Y: Y, an optional minus and more than four digits, e.g. Y170000002"
                    + " (the exponent and significant-digit forms of level 2 are not read)");
        }
        String digits = m.group(2);
        if (digits.length() <= 4 || digits.charAt(0) == '0') {
            return bad(quote(text) + ": Y is for years of more than four digits; a year up to " + LAST_YEAR + " is written with four, e.g. 2015");
        }
        if (!m.group(1).isEmpty()) {
            return beforeAdOne("-" + digits, text);
        }
        return bad("year " + digits + " in " + quote(text) + " is beyond what the registry can order (years 1 to " + LAST_YEAR + ")");
    }

    private static IllegalArgumentException beforeAdOne(String year, String text) {
        return bad("year " + year + " in " + quote(text) + " is before AD 1, which the registry does not store");
    }

    /** Says what is wrong with text that is not the shape of a date. */
    private static String diagnose(String text) {
        if (text.equals("..")) {
            return "'..' alone is not a date; an open end is written ../2015 or 2015/.. in an interval, ..2015 or 2015.. in a set";
        }
        if (text.contains("..")) {
            return quote(text) + ": a range with '..' is written inside a set, e.g. [2015-08-23..2015-08-30]; an interval is written with '/'";
        }
        String unqualified = text.replaceAll("[?~%]+$", "");
        if (unqualified.matches(".*[?~%].*")) {
            return quote(text) + ": a qualifier (?, ~ or %) is read only at the end of the whole date, e.g. 2004-06-11~"
                    + " (qualifying one part, a level 2 form, is not read)";
        }
        if (text.startsWith("+")) {
            return quote(text) + ": a year has no plus sign";
        }
        if (text.indexOf(':') >= 0 || text.indexOf('Z') >= 0) {
            return quote(text) + ": a date with a time is written YYYY-MM-DDThh:mm:ss, optionally followed by Z or an offset such as +03:00";
        }
        return quote(text) + " is not an EDTF date; " + DATE_FORMS;
    }

    /** Why a well-formed pattern matches no real day. */
    private static String noDate(String text, String yearText, String monthText, String dayText) {
        if (yearText.indexOf('X') < 0 && monthText.indexOf('X') < 0) {
            YearMonth month = YearMonth.of(Integer.parseInt(yearText), Integer.parseInt(monthText));
            String name = month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + yearText;
            return quote(text) + ": " + name + " has " + month.lengthOfMonth() + " days"
                    + (dayText.indexOf('X') >= 0 ? ", none of which matches " + dayText : "");
        }
        if (yearText.indexOf('X') >= 0 && monthText.indexOf('X') < 0 && dayText.equals("29")) {
            return quote(text) + ": no year " + yearText + " is a leap year, so February has no 29th";
        }
        return quote(text) + " matches no calendar date: no month it allows has day " + dayText;
    }

    private static Bounds season(int[] years, int season) {
        int firstMonth = switch (season) {
            case 21 -> 3; // spring: March to May
            case 22 -> 6; // summer: June to August
            case 23 -> 9; // autumn: September to November
            default -> 12; // winter: December to February of the next year
        };
        YearMonth start = YearMonth.of(years[0], firstMonth);
        YearMonth end = YearMonth.of(years[years.length - 1], firstMonth).plusMonths(2);
        return new Bounds(start.atDay(1), end.atEndOfMonth());
    }

    /** The registry's widening of an approximate date: one unit of its precision each way, not before AD 1. */
    private static Bounds widen(Bounds bounds, Precision precision, boolean approximate) {
        if (!approximate) {
            return bounds;
        }
        LocalDate earliest = bounds.earliest();
        LocalDate latest = bounds.latest();
        switch (precision) {
            case DAY -> {
                earliest = earliest.minusDays(7);
                latest = latest.plusDays(7);
            }
            case MONTH, SEASON -> {
                int months = precision == Precision.MONTH ? 1 : 3;
                earliest = earliest.minusMonths(months);
                latest = YearMonth.from(latest).plusMonths(months).atEndOfMonth();
            }
            case YEAR -> {
                earliest = earliest.minusYears(1);
                latest = latest.plusYears(1);
            }
        }
        return new Bounds(earliest.isBefore(FIRST_DAY) ? FIRST_DAY : earliest, latest);
    }

    /** The earliest real day the patterns allow (the first day of a month or year when no day or month is given), or null. */
    private static LocalDate first(int[] years, int[] months, int[] days) {
        boolean triedLeap = false;
        boolean triedCommon = false;
        for (int year : years) {
            boolean leap = Year.isLeap(year);
            if (leap ? triedLeap : triedCommon) {
                continue; // whether a month and day exist depends on the year only through leap years
            }
            if (months == null) {
                return LocalDate.of(year, 1, 1);
            }
            for (int month : months) {
                if (days == null) {
                    return LocalDate.of(year, month, 1);
                }
                int length = YearMonth.of(year, month).lengthOfMonth();
                if (days[0] <= length) {
                    return LocalDate.of(year, month, days[0]);
                }
            }
            triedLeap |= leap;
            triedCommon |= !leap;
            if (triedLeap && triedCommon) {
                return null;
            }
        }
        return null;
    }

    /** The latest real day the patterns allow (the last day of a month or year when no day or month is given), or null. */
    private static LocalDate last(int[] years, int[] months, int[] days) {
        boolean triedLeap = false;
        boolean triedCommon = false;
        for (int y = years.length - 1; y >= 0; y--) {
            int year = years[y];
            boolean leap = Year.isLeap(year);
            if (leap ? triedLeap : triedCommon) {
                continue;
            }
            if (months == null) {
                return LocalDate.of(year, 12, 31);
            }
            for (int mo = months.length - 1; mo >= 0; mo--) {
                YearMonth month = YearMonth.of(year, months[mo]);
                if (days == null) {
                    return month.atEndOfMonth();
                }
                for (int d = days.length - 1; d >= 0; d--) {
                    if (days[d] <= month.lengthOfMonth()) {
                        return month.atDay(days[d]);
                    }
                }
            }
            triedLeap |= leap;
            triedCommon |= !leap;
            if (triedLeap && triedCommon) {
                return null;
            }
        }
        return null;
    }

    /** The numbers from min to max, ascending, whose zero-padded digits match the pattern (X: any digit). */
    private static int[] matching(String pattern, int min, int max) {
        if (pattern.indexOf('X') < 0 && pattern.length() <= 9) {
            // a plain number, as nearly every date gives: the loop below tried every year up to 9999 for it
            int value = Integer.parseInt(pattern);
            return value >= min && value <= max ? new int[] { value } : new int[0];
        }
        int[] found = new int[max - min + 1];
        int count = 0;
        char[] digits = new char[pattern.length()];
        for (int value = min; value <= max; value++) {
            int v = value;
            for (int i = digits.length - 1; i >= 0; i--) {
                digits[i] = (char) ('0' + v % 10);
                v /= 10;
            }
            if (v != 0) {
                break; // more digits than the pattern has
            }
            boolean matches = true;
            for (int i = 0; i < digits.length && matches; i++) {
                char p = pattern.charAt(i);
                matches = p == 'X' || p == digits[i];
            }
            if (matches) {
                found[count++] = value;
            }
        }
        return Arrays.copyOf(found, count);
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("'");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.append('\'').toString();
    }

    private static String describe(char c) {
        return Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c) ? String.format("U+%04X", (int) c)
                : c == '\'' ? "\"'\"" : "'" + c + "'";
    }

    private static IllegalArgumentException bad(String message) {
        return new IllegalArgumentException(message);
    }
}

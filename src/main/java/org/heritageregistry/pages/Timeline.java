package org.heritageregistry.pages;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.heritageregistry.condition.HistoryView;
import org.heritageregistry.report.ClaimSummary;
import org.heritageregistry.vocabulary.Condition;
import org.heritageregistry.vocabulary.EdtfView;
import org.heritageregistry.vocabulary.VerificationStatus;

/**
 * The geometry of a condition history drawn as an SVG timeline over event time: one band per
 * established step (its condition written in it), one row per claim (a mark at the middle of its
 * event window, a line across the window), and month or year ticks. Only layout lives here; what
 * the steps and claims are comes from the history the API serves.
 */
public record Timeline(int width, int height, List<Band> bands, List<Mark> marks, List<Tick> ticks, int axisY) {

    static final int WIDTH = 800;
    private static final int LEFT = 10;
    private static final int RIGHT = 10;
    private static final int BAND_TOP = 8;
    private static final int BAND_HEIGHT = 44;
    private static final int ROW_TOP = BAND_TOP + BAND_HEIGHT + 18;
    private static final int ROW_HEIGHT = 18;

    /** An established step: x and width in the viewBox, its condition and a tooltip. */
    public record Band(int x, int width, Condition condition, String fill, int labelY, String title) {
    }

    /** A claim: its window from x1 to x2 on row y, a mark at cx, colour by review status. */
    public record Mark(int x1, int x2, int cx, int y, Condition condition, VerificationStatus status, String fill, String title) {
    }

    public record Tick(int x, String label) {
    }

    /** Null when there is nothing dated to draw. */
    public static Timeline of(HistoryView history) {
        List<LocalDate> days = Stream.concat(
                history.claims().stream().flatMap(c -> Stream.of(c.eventDate().earliest(), c.eventDate().latest())),
                history.steps().stream().flatMap(s -> Stream.of(s.from().earliest(), s.from().latest())))
                .filter(Objects::nonNull).sorted().toList();
        if (days.isEmpty()) {
            return null;
        }
        LocalDate first = days.get(0);
        LocalDate last = days.get(days.size() - 1);
        long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
        long pad = Math.max(5, span / 20);
        Scale scale = new Scale(first.minusDays(pad), last.plusDays(pad));

        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < history.steps().size(); i++) {
            HistoryView.Step step = history.steps().get(i);
            int x1 = scale.x(start(step.from(), scale.start));
            int x2 = step.until() == null ? scale.x(scale.end) : scale.x(start(step.until(), scale.end));
            String title = step.condition() + " from " + step.from().edtf()
                    + (step.until() == null ? " (current)" : " until " + step.until().edtf())
                    + ", established by " + step.reports().size() + (step.reports().size() == 1 ? " report" : " reports");
            bands.add(new Band(x1, Math.max(2, x2 - x1), step.condition(), fill(step.condition()),
                    BAND_TOP + (i % 2 == 0 ? 20 : 36), title));
        }
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < history.claims().size(); i++) {
            ClaimSummary claim = history.claims().get(i);
            EdtfView when = claim.eventDate();
            LocalDate from = when.earliest() != null ? when.earliest() : when.latest();
            LocalDate to = when.latest() != null ? when.latest() : when.earliest();
            int x1 = scale.x(from == null ? scale.start : from);
            int x2 = scale.x(to == null ? scale.end : to);
            int y = ROW_TOP + i * ROW_HEIGHT + ROW_HEIGHT / 2;
            String what = claim.incidentKind().conditionReport() ? claim.condition().name()
                    : claim.incidentKind() + (claim.count() != null ? " (" + claim.count().phrase() + ")" : "") + (claim.control() != null ? " (" + claim.control().phrase() + ")" : "");
            String title = what + ", " + claim.status() + ", " + Sources.label(claim.source())
                    + ", certainty " + claim.certainty() + ", event " + when.edtf();
            marks.add(new Mark(x1, x2, (x1 + x2) / 2, y, claim.condition(), claim.status(), statusFill(claim.status()), title));
        }
        int axisY = ROW_TOP + history.claims().size() * ROW_HEIGHT + 8;
        return new Timeline(WIDTH, axisY + 22, bands, marks, ticks(scale), axisY);
    }

    private static LocalDate start(EdtfView date, LocalDate open) {
        if (date.earliest() != null) {
            return date.earliest();
        }
        return date.latest() != null ? date.latest() : open;
    }

    private static List<Tick> ticks(Scale scale) {
        long months = ChronoUnit.MONTHS.between(scale.start.withDayOfMonth(1), scale.end.withDayOfMonth(1)) + 1;
        int every = months <= 12 ? 1 : months <= 36 ? 3 : months <= 72 ? 6 : (int) (12 * Math.ceil(months / 144.0));
        List<Tick> out = new ArrayList<>();
        LocalDate tick = scale.start.withDayOfMonth(1).plusMonths(1);
        while (every >= 12 && tick.getMonthValue() != 1) {
            tick = tick.plusMonths(1);
        }
        for (; !tick.isAfter(scale.end); tick = tick.plusMonths(every)) {
            out.add(new Tick(scale.x(tick), every >= 12 ? String.valueOf(tick.getYear()) : tick.toString().substring(0, 7)));
        }
        return out;
    }

    /** Light fills, so the dark label text keeps a contrast above 7:1 on every band. */
    static String fill(Condition condition) {
        return switch (condition) {
            case INTACT -> "#cfe8cf";
            case SLIGHTLY_DAMAGED -> "#eef0b8";
            case MODERATELY_DAMAGED -> "#f7dcaa";
            case SEVERELY_DAMAGED -> "#f4b9a4";
            case DESTROYED -> "#e3a9b3";
            case UNKNOWN -> "#e2e2e2";
        };
    }

    static String statusFill(VerificationStatus status) {
        return switch (status) {
            case VERIFIED -> "#1b5e20";
            case CORROBORATED -> "#2e7d32";
            case UNVERIFIED -> "#455a64";
            case DISPUTED -> "#b26a00";
            case REJECTED -> "#b71c1c";
        };
    }

    private record Scale(LocalDate start, LocalDate end) {
        int x(LocalDate day) {
            double total = Math.max(1, ChronoUnit.DAYS.between(start, end));
            double at = ChronoUnit.DAYS.between(start, day);
            return LEFT + (int) Math.round(Math.max(0, Math.min(total, at)) / total * (WIDTH - LEFT - RIGHT));
        }
    }
}

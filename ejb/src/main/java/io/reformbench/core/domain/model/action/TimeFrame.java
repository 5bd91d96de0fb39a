package io.reformbench.core.domain.model.action;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The window of years a report gives an action; planned dates outside it are a problem to show, not to refuse. */
@Embeddable
public class TimeFrame {

    /** Earliest year a roadmap may name; guards against typos such as {@code 219 年}. */
    public static final int MIN_YEAR = 1945;
    /** Latest year a roadmap may name. */
    public static final int MAX_YEAR = 2200;

    private static final TimeFrame NONE = new TimeFrame(TimeFrameKind.NONE, null, null);

    @Enumerated(EnumType.STRING)
    @Column(name = "time_frame_kind", nullable = false, length = 16)
    private TimeFrameKind kind;

    @Column(name = "time_frame_from")
    private Integer fromYear;

    @Column(name = "time_frame_to")
    private Integer toYear;

    protected TimeFrame() {
        // for JPA
    }

    private TimeFrame(TimeFrameKind kind, Integer fromYear, Integer toYear) {
        this.kind = kind;
        this.fromYear = fromYear;
        this.toYear = toYear;
    }

    public static TimeFrame year(int year) {
        checkYear(year);
        return new TimeFrame(TimeFrameKind.YEAR, year, year);
    }

    public static TimeFrame fromYear(int year) {
        checkYear(year);
        return new TimeFrame(TimeFrameKind.FROM_YEAR, year, null);
    }

    public static TimeFrame range(int from, int to) {
        checkYear(from);
        checkYear(to);
        if (from >= to) {
            throw new IllegalArgumentException(
                    "A range of years must end after it starts, but got " + from + " to " + to + ".");
        }
        return new TimeFrame(TimeFrameKind.RANGE, from, to);
    }

    public static TimeFrame none() {
        return NONE;
    }

    /** Rebuilds a time frame from its stored or transmitted parts, checking they fit together. */
    public static TimeFrame of(TimeFrameKind kind, Integer from, Integer to) {
        Objects.requireNonNull(kind, "kind");
        return switch (kind) {
            case NONE -> none();
            case YEAR -> year(required(from, "from"));
            case FROM_YEAR -> fromYear(required(from, "from"));
            case RANGE -> range(required(from, "from"), required(to, "to"));
        };
    }

    private static int required(Integer year, String name) {
        if (year == null) {
            throw new IllegalArgumentException("A time frame of this kind needs the year '" + name + "'.");
        }
        return year;
    }

    private static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException(
                    "The year " + year + " is outside " + MIN_YEAR + "–" + MAX_YEAR + "; check the time frame.");
        }
    }

    public TimeFrameKind kind() {
        return kind;
    }

    public Integer from() {
        return fromYear;
    }

    public Integer to() {
        return toYear;
    }

    /** First day of the window, if there is a window. */
    public Optional<LocalDate> windowStart() {
        return fromYear == null ? Optional.empty() : Optional.of(LocalDate.of(fromYear, 1, 1));
    }

    /** Last day of the window; empty when the window is open-ended or absent. */
    public Optional<LocalDate> windowEnd() {
        return toYear == null ? Optional.empty() : Optional.of(LocalDate.of(toYear, 12, 31));
    }

    /** Whether a date falls inside the window; always true when there is no window. */
    public boolean contains(LocalDate date) {
        if (date == null || kind == TimeFrameKind.NONE) {
            return true;
        }
        boolean afterStart = windowStart().map(start -> !date.isBefore(start)).orElse(true);
        boolean beforeEnd = windowEnd().map(end -> !date.isAfter(end)).orElse(true);
        return afterStart && beforeEnd;
    }

    /** The report's own notation, e.g. {@code 2019 至 2020 年}. */
    public String chineseText() {
        return switch (kind) {
            case YEAR -> fromYear + " 年";
            case FROM_YEAR -> fromYear + " 年起";
            case RANGE -> fromYear + " 至 " + toYear + " 年";
            case NONE -> "";
        };
    }

    /** The English notation, e.g. {@code 2019–2020}. */
    public String englishText() {
        return switch (kind) {
            case YEAR -> String.valueOf(fromYear);
            case FROM_YEAR -> "From " + fromYear;
            case RANGE -> fromYear + "–" + toYear;
            case NONE -> "";
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TimeFrame that
                && kind == that.kind
                && Objects.equals(fromYear, that.fromYear)
                && Objects.equals(toYear, that.toYear);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, fromYear, toYear);
    }

    @Override
    public String toString() {
        return kind == TimeFrameKind.NONE ? "NONE" : kind + "(" + chineseText() + ")";
    }
}

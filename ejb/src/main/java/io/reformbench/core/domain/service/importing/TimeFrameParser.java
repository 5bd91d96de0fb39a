package io.reformbench.core.domain.service.importing;

import io.reformbench.core.domain.model.action.TimeFrame;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the time frames a roadmap table writes, so that exactly the report's notations are accepted.
 *
 * <p>Accepted, with or without spaces: {@code 2019 年} (one year), {@code 2019 年起} (from 2019 on) and
 * {@code 2019 至 2020 年}, {@code 2019-2020 年} or {@code 2019–2020 年} (a range whose end is after its start).
 */
public final class TimeFrameParser {

    /** The outline shared by every accepted form, used to spot time frames inside a table line. */
    static final String SHAPE = "\\d{4}\\s*(?:(?:至|-|–)\\s*\\d{4}\\s*)?年起?";

    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
    private static final Pattern FROM_YEAR = Pattern.compile("(\\d{4})年起");
    private static final Pattern RANGE = Pattern.compile("(\\d{4})(?:至|-|–)(\\d{4})年");
    private static final Pattern STARTS_LIKE_TIME_FRAME = Pattern.compile("\\d{4}\\s*(?:年|至|-|–)");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

    /**
     * Reads one time frame.
     *
     * @throws UnreadableTimeFrameException when the text is not one of the accepted forms or names impossible years
     */
    public TimeFrame parse(String text) {
        TimeFrame timeFrame = read(Objects.requireNonNull(text, "text"));
        if (timeFrame == null) {
            throw UnreadableTimeFrameException.unknownForm(text);
        }
        return timeFrame;
    }

    /** Reads one time frame, or nothing when the text is not a readable time frame. */
    public Optional<TimeFrame> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(read(text));
        } catch (UnreadableTimeFrameException e) {
            return Optional.empty();
        }
    }

    /** Whether the text starts the way a time frame does (a year, then 年, 至 or a dash), readable or not. */
    public boolean looksLikeTimeFrame(String text) {
        return text != null && STARTS_LIKE_TIME_FRAME.matcher(text.strip()).lookingAt();
    }

    /** Null when the form is unknown; throws when the form is known but its years are not usable. */
    private TimeFrame read(String text) {
        String compact = SPACES.matcher(text).replaceAll("");
        Matcher matcher = YEAR.matcher(compact);
        if (matcher.matches()) {
            int year = Integer.parseInt(matcher.group(1));
            return checked(text, () -> TimeFrame.year(year));
        }
        matcher = FROM_YEAR.matcher(compact);
        if (matcher.matches()) {
            int year = Integer.parseInt(matcher.group(1));
            return checked(text, () -> TimeFrame.fromYear(year));
        }
        matcher = RANGE.matcher(compact);
        if (matcher.matches()) {
            int from = Integer.parseInt(matcher.group(1));
            int to = Integer.parseInt(matcher.group(2));
            if (to <= from) {
                throw UnreadableTimeFrameException.backwardRange(text, from, to);
            }
            return checked(text, () -> TimeFrame.range(from, to));
        }
        return null;
    }

    private static TimeFrame checked(String text, Supplier<TimeFrame> factory) {
        try {
            return factory.get();
        } catch (IllegalArgumentException e) {
            throw UnreadableTimeFrameException.yearOutOfBounds(text, e.getMessage());
        }
    }
}

package io.reformbench.core.domain.service.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Gives each roadmap line its form, so the rules about context stay in one place and apart from the regexes. */
final class LineClassifier {

    static final String TIME_FRAME_COLUMN = "时间框架";

    private static final Pattern SECTION_HEADING = Pattern.compile("\\s*[一二三四五六七八九十]{1,3}\\s*[.．、]\\s*\\S.*");
    private static final Pattern FOOTNOTE_SEPARATOR = Pattern.compile("\\s*_{5,}\\s*");
    private static final Pattern FOOTNOTE = Pattern.compile("\\s*\\d{1,3}\\s+\\S.*");
    private static final Pattern NUMBERED = Pattern.compile("\\s*(\\d{1,3})\\s*[.．](?!\\d)\\s*(.*)");
    private static final Pattern OWN_TIME_FRAME = Pattern.compile("\\s*(" + TimeFrameParser.SHAPE + ")\\s*");
    private static final Pattern SUB_ACTION_TIME_FRAME = Pattern.compile("\\s*([\\u3220-\\u3229])\\s*(\\d.*?)\\s*");
    /** A time frame shares a text line only as its own cell: after a sentence stop and a gap of spaces. */
    private static final Pattern TRAILING_TIME_FRAME =
            Pattern.compile("(.*[。！？；.!?;])\\s+(" + TimeFrameParser.SHAPE + ")\\s*");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

    /** A top-level section heading such as {@code 三. 需请大会采取的行动}, which ends the roadmap. */
    boolean isSectionHeading(String raw) {
        return SECTION_HEADING.matcher(raw).matches();
    }

    boolean isAreaHeading(String raw) {
        String trimmed = raw.strip();
        return trimmed.endsWith(TIME_FRAME_COLUMN) && trimmed.length() > TIME_FRAME_COLUMN.length();
    }

    /** The column title repeated alone, as at the top of a continued table. */
    boolean isColumnTitle(String raw) {
        return raw.strip().equals(TIME_FRAME_COLUMN);
    }

    boolean isFootnoteSeparator(String raw) {
        return FOOTNOTE_SEPARATOR.matcher(raw).matches();
    }

    /** A line that opens a footnote: its number, a space, its text (a numbered action has a dot instead). */
    boolean isFootnote(String raw) {
        return FOOTNOTE.matcher(raw).matches();
    }

    /** Types a line that is neither blank nor page furniture. */
    RoadmapLine classify(String raw, int line) {
        String source = tidy(raw);
        if (isAreaHeading(raw)) {
            String heading = source.substring(0, source.length() - TIME_FRAME_COLUMN.length()).strip();
            return new RoadmapLine.AreaHeading(line, source, heading);
        }
        Matcher matcher = OWN_TIME_FRAME.matcher(raw);
        if (matcher.matches()) {
            return new RoadmapLine.TimeFrameLine(line, source, matcher.group(1));
        }
        matcher = SUB_ACTION_TIME_FRAME.matcher(raw);
        if (matcher.matches()) {
            return new RoadmapLine.SubActionTimeFrame(line, source, matcher.group(1).charAt(0) - '\u3220' + 1,
                    matcher.group(2));
        }
        matcher = NUMBERED.matcher(source);
        if (matcher.matches()) {
            Cells cells = Cells.of(matcher.group(2));
            return new RoadmapLine.ActionStart(line, source, Integer.parseInt(matcher.group(1)), cells.text(),
                    cells.timeFrame());
        }
        Cells cells = Cells.of(source);
        return new RoadmapLine.TextLine(line, source, cells.text(), cells.timeFrame());
    }

    /** A table row's text cell and its time frame cell, the latter null when the row has none. */
    private record Cells(String text, String timeFrame) {

        static Cells of(String row) {
            Matcher matcher = TRAILING_TIME_FRAME.matcher(row);
            return matcher.matches() ? new Cells(matcher.group(1).strip(), matcher.group(2)) : new Cells(row, null);
        }
    }

    /** Trims table residue and folds runs of spaces left by table cells into one. */
    static String tidy(String raw) {
        return SPACES.matcher(raw.strip()).replaceAll(" ");
    }
}

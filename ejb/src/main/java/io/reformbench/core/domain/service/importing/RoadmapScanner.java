package io.reformbench.core.domain.service.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the roadmap out of a report and drops its page furniture, so the assembler sees table lines only.
 *
 * <p>The roadmap runs from the first area heading (a line ending in {@code 时间框架}) to the next top-level section
 * heading such as {@code 三. 需请大会采取的行动}. Page furniture is blank lines, the column title repeated alone, and
 * footnote blocks: a block opens with a separator line of underscores and runs to the first line of the next page,
 * which the extraction marks with a leading space (and which is not itself a footnote such as {@code " 2 如…"}), or
 * to the first line that can only be table structure (an area heading, a numbered line or a time frame).
 */
final class RoadmapScanner {

    private final LineClassifier classifier = new LineClassifier();

    /** The roadmap's lines, typed; empty when the report has no area heading. */
    List<RoadmapLine> scan(List<String> lines) {
        List<RoadmapLine> roadmap = new ArrayList<>();
        int start = firstAreaHeading(lines);
        if (start < 0) {
            return roadmap;
        }
        boolean inFootnotes = false;
        for (int index = start; index < lines.size(); index++) {
            String raw = lines.get(index);
            if (classifier.isSectionHeading(raw)) {
                break;
            }
            if (raw.isBlank() || classifier.isColumnTitle(raw)) {
                continue;
            }
            if (classifier.isFootnoteSeparator(raw)) {
                inFootnotes = true;
                continue;
            }
            RoadmapLine line = classifier.classify(raw, index + 1);
            if (inFootnotes && !endsFootnotes(raw, line)) {
                continue;
            }
            inFootnotes = false;
            roadmap.add(line);
        }
        return roadmap;
    }

    private int firstAreaHeading(List<String> lines) {
        for (int index = 0; index < lines.size(); index++) {
            if (classifier.isAreaHeading(lines.get(index))) {
                return index;
            }
        }
        return -1;
    }

    private boolean endsFootnotes(String raw, RoadmapLine line) {
        boolean startsPage = Character.isWhitespace(raw.charAt(0)) && !classifier.isFootnote(raw);
        boolean structure = !(line instanceof RoadmapLine.TextLine);
        return startsPage || structure;
    }
}

package io.reformbench.core.domain.service.importing;

import java.util.Objects;

/**
 * Something in a report the importer could not place, kept so that no text is lost without a word.
 *
 * @param line   1-based line number in the report; 0 when the problem concerns the report as a whole
 * @param text   the line as found, trimmed
 * @param reason what is wrong and what to do, in words a planner understands
 */
public record ImportProblem(int line, String text, String reason) {

    public ImportProblem {
        if (line < 0) {
            throw new IllegalArgumentException("A line number cannot be negative, got " + line + ".");
        }
        text = text == null ? "" : text;
        Objects.requireNonNull(reason, "reason");
    }
}

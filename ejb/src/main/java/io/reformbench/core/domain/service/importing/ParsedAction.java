package io.reformbench.core.domain.service.importing;

import io.reformbench.core.domain.model.action.TimeFrame;
import java.util.Objects;

/**
 * One roadmap action or sub-action as read from the report, ready to become a roadmap item.
 *
 * @param number       the report's number, e.g. {@code "11"}; sub-actions are numbered {@code "11.1"}, {@code "11.2"}
 * @param parentNumber the parent's number for a sub-action, null for a top-level action
 * @param subAreaOrder the order of the sub-area the action sits under within its area; null when the area has no
 *                     sub-area heading above the action
 * @param text         the action's text with wrapped lines joined and the number prefix dropped; for a sub-action the
 *                     fragment its parent describes after {@code ㈠}, {@code ㈡} …
 * @param timeFrame    the time frame; {@link TimeFrame#none()} when the report gives none
 * @param line         1-based line where the action (or the sub-action's fragment) starts
 */
public record ParsedAction(String number, String parentNumber, Integer subAreaOrder, String text,
                           TimeFrame timeFrame, int line) {

    public ParsedAction {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(timeFrame, "timeFrame");
    }

    /** Whether this is a sub-action such as {@code 11.2}. */
    public boolean isSubAction() {
        return parentNumber != null;
    }
}

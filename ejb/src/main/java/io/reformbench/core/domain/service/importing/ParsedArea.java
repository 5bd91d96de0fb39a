package io.reformbench.core.domain.service.importing;

import java.util.List;
import java.util.Objects;

/**
 * A reform area of the roadmap with everything the report lists under it.
 *
 * <p>Every area holds all its actions in report order, each parent directly followed by its sub-actions; an action
 * names its sub-area through {@link ParsedAction#subAreaOrder()}, so areas with and without sub-areas look alike.
 *
 * @param order    1-based position in the roadmap
 * @param heading  the heading without the {@code 时间框架} column title
 * @param subAreas the sub-areas in report order; empty when the area has none
 * @param actions  the actions and sub-actions in report order
 */
public record ParsedArea(int order, String heading, List<ParsedSubArea> subAreas, List<ParsedAction> actions) {

    public ParsedArea {
        Objects.requireNonNull(heading, "heading");
        subAreas = List.copyOf(subAreas);
        actions = List.copyOf(actions);
    }

    /** The actions and sub-actions listed under one sub-area. */
    public List<ParsedAction> actionsOf(int subAreaOrder) {
        return actions.stream()
                .filter(action -> action.subAreaOrder() != null && action.subAreaOrder() == subAreaOrder)
                .toList();
    }
}

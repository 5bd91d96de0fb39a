package io.reformbench.core.application.internal;

import io.reformbench.core.application.RuleViolationException;
import io.reformbench.core.domain.model.action.RoadmapAction;

/** The one rule for actions whose area plugin was removed: they are kept, shown, and changed by nobody. */
final class ArchivedActions {

    private ArchivedActions() {
    }

    /** Refuses any change to the action (its fields, links or comments) while it or its area is archived. */
    static void refuseChanges(RoadmapAction action) {
        if (action.archived() || (action.area() != null && action.area().archived())) {
            throw new RuleViolationException("ARCHIVED", "Action " + action.number() + " belongs to the archived area '"
                    + action.area().key() + "', whose plugin was removed; it is read-only until the plugin returns.");
        }
    }
}

package io.reformbench.core.application.internal;

import io.reformbench.core.domain.model.action.ActionSchedule;
import io.reformbench.core.domain.model.action.TimeFrame;

/** A newly imported action is planned across its whole time-frame window, so it shows on the Gantt at once. */
final class InitialSchedule {

    private InitialSchedule() {
    }

    /** Window start to window end; open-ended frames get no planned end, frameless actions no dates. */
    static ActionSchedule fromTimeFrame(TimeFrame frame) {
        return new ActionSchedule(frame.windowStart().orElse(null), frame.windowEnd().orElse(null), null, null);
    }
}

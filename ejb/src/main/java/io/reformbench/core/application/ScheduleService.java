package io.reformbench.core.application;

import io.reformbench.core.domain.model.action.RoadmapAction;
import java.util.List;

/** Schedules a plan from its actions and links, previews a move and saves it with everything it pushes. */
public interface ScheduleService {

    /** The plan's current schedule; a null key means the first plan. */
    PlanSchedule schedule(String planKey);

    /**
     * What one action's new planned dates would do: the action itself and every action its links push, with the
     * planned dates {@link #apply} would save. Nothing is written.
     */
    List<ActionMove> preview(MoveRequest move);

    /**
     * Saves a previewed move in one transaction: the moved action (at {@code expectedVersion}) and every action
     * it pushes, each at the version the caller confirmed; otherwise nothing is written.
     *
     * @return the saved actions in ascending id order
     * @throws StaleVersionException      when any of them has changed since the preview
     * @throws PreviewOutdatedException   when the move would now push other actions, or push them elsewhere
     */
    List<RoadmapAction> apply(MoveRequest move, long expectedVersion, List<ConfirmedMove> confirmed);
}

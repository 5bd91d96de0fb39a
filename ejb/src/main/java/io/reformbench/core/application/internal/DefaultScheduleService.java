package io.reformbench.core.application.internal;

import io.reformbench.core.application.ActionEdit;
import io.reformbench.core.application.ActionMove;
import io.reformbench.core.application.ConfirmedMove;
import io.reformbench.core.application.InvalidInputException;
import io.reformbench.core.application.MoveRequest;
import io.reformbench.core.application.PlanSchedule;
import io.reformbench.core.application.PlanService;
import io.reformbench.core.application.RoadmapService;
import io.reformbench.core.application.ScheduleService;
import io.reformbench.core.application.StaleVersionException;
import io.reformbench.core.application.UnknownActionException;
import io.reformbench.core.domain.model.action.ActionFilter;
import io.reformbench.core.domain.model.action.ActionRepository;
import io.reformbench.core.domain.model.action.RoadmapAction;
import io.reformbench.core.domain.model.dependency.DependencyRepository;
import io.reformbench.core.domain.model.plan.Plan;
import io.reformbench.core.domain.service.scheduling.Scheduler;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The standard schedule service. Applying a move first locks every action it names in ascending id order (so
 * concurrent moves queue instead of deadlocking), checks their versions, recomputes the move, and saves each
 * change through the roadmap service, which versions and audits it; all in one transaction.
 */
@Stateless
public class DefaultScheduleService implements ScheduleService {

    @Inject
    PlanService plans;

    @Inject
    ActionRepository actions;

    @Inject
    DependencyRepository links;

    @Inject
    RoadmapService roadmap;

    @Override
    public PlanSchedule schedule(String planKey) {
        return schedule(plans.plan(planKey));
    }

    private PlanSchedule schedule(Plan plan) {
        List<RoadmapAction> planActions = actions.findAll(plan, ActionFilter.none());
        return new PlanSchedule(plan, planActions,
                new Scheduler().schedule(ScheduleInputs.of(planActions, links.findAll(plan))));
    }

    @Override
    public List<ActionMove> preview(MoveRequest move) {
        checkDates(move);
        RoadmapAction moved = roadmap.action(move.item());
        return new MovePlanner(schedule(moved.plan())).plan(moved, move);
    }

    @Override
    public List<RoadmapAction> apply(MoveRequest move, long expectedVersion, List<ConfirmedMove> confirmed) {
        checkDates(move);
        ConfirmedPreview preview = new ConfirmedPreview(move.item(), confirmed);
        List<RoadmapAction> locked = lockInIdOrder(preview.ids());
        RoadmapAction moved = locked.stream().filter(action -> action.id() == move.item()).findFirst().orElseThrow();
        for (RoadmapAction action : locked) {
            if (!action.plan().id().equals(moved.plan().id())) {
                throw new InvalidInputException("moves", "Action " + action.number() + " (id " + action.id()
                        + ") belongs to another plan than action " + moved.number() + ".");
            }
            Long seen = action.id() == move.item() ? Long.valueOf(expectedVersion) : preview.version(action.id());
            checkVersion(action, seen);
        }
        List<ActionMove> moves = new MovePlanner(schedule(moved.plan())).plan(moved, move);
        preview.check(moves);
        List<RoadmapAction> saved = new ArrayList<>();
        moves.stream().sorted(Comparator.comparingLong(ActionMove::id)).forEach(change -> saved.add(
                roadmap.update(change.id(), change.version(),
                        ActionEdit.create().plannedStart(change.newStart()).plannedEnd(change.newEnd()))));
        return saved;
    }

    private List<RoadmapAction> lockInIdOrder(List<Long> ids) {
        List<RoadmapAction> locked = new ArrayList<>();
        ids.stream().sorted().forEach(id ->
                locked.add(actions.findLocked(id).orElseThrow(() -> new UnknownActionException(id))));
        return locked;
    }

    private static void checkVersion(RoadmapAction action, Long seen) {
        if (seen != null && action.version() != seen) {
            throw new StaleVersionException(action.id(), seen, action.version(), action.changedBy(),
                    action.changedAt());
        }
    }

    private static void checkDates(MoveRequest move) {
        if (move.plannedStart() == null) {
            throw new InvalidInputException("plannedStart", "A move needs the new planned start (YYYY-MM-DD).");
        }
        if (move.plannedEnd() != null && move.plannedEnd().isBefore(move.plannedStart())) {
            throw new InvalidInputException("plannedEnd", "The end " + move.plannedEnd() + " is before the start "
                    + move.plannedStart() + ".");
        }
    }
}

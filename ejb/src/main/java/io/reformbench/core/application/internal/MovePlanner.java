package io.reformbench.core.application.internal;

import io.reformbench.core.application.ActionMove;
import io.reformbench.core.application.MoveRequest;
import io.reformbench.core.application.PlanSchedule;
import io.reformbench.core.domain.model.action.ActionSchedule;
import io.reformbench.core.domain.model.action.RoadmapAction;
import io.reformbench.core.domain.service.scheduling.ScheduleShift;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns the scheduler's preview of a move into the planned dates a move saves, so that the saved plan schedules
 * exactly as previewed: the moved action takes the requested dates, a pushed action the dates the preview gives
 * it. A pushed parent keeps its planned start (which binds its sub-actions) and only stretches its end to cover
 * them; an action without planned dates stays without, since its links alone place it.
 */
final class MovePlanner {

    private final PlanSchedule current;
    private final Map<Long, RoadmapAction> byId = new HashMap<>();
    private final Set<Long> parents = new HashSet<>();

    MovePlanner(PlanSchedule current) {
        this.current = current;
        for (RoadmapAction action : current.actions()) {
            byId.put(action.id(), action);
            ActionSchedule dates = action.schedule();
            if (action.parent() != null && (dates.plannedStart() != null || dates.plannedEnd() != null)) {
                parents.add(action.parent().id());
            }
        }
    }

    /** The moved action first (when its dates change), then every pushed action in topological order. */
    List<ActionMove> plan(RoadmapAction moved, MoveRequest move) {
        List<ActionMove> moves = new ArrayList<>();
        addIfChanged(moves, moved, move.plannedStart(), move.plannedEnd());
        for (ScheduleShift shift : current.schedule().preview(moved.id(), move.plannedStart(), move.plannedEnd())) {
            RoadmapAction pushed = byId.get(shift.id());
            if (shift.id() != moved.id() && pushed != null) {
                push(moves, pushed, shift);
            }
        }
        return moves;
    }

    private void push(List<ActionMove> moves, RoadmapAction action, ScheduleShift shift) {
        ActionSchedule dates = action.schedule();
        if (dates.plannedStart() == null && dates.plannedEnd() == null) {
            return;
        }
        if (parents.contains(action.id())) {
            addIfChanged(moves, action, dates.plannedStart(), stretched(dates.plannedEnd(), shift.newFinish()));
            return;
        }
        LocalDate start = dates.plannedStart() == null ? null : orElse(shift.newStart(), dates.plannedStart());
        LocalDate end = dates.plannedEnd() == null ? null : orElse(shift.newFinish(), dates.plannedEnd());
        addIfChanged(moves, action, start, end);
    }

    private static LocalDate stretched(LocalDate plannedEnd, LocalDate newFinish) {
        return plannedEnd == null || newFinish == null || !newFinish.isAfter(plannedEnd) ? plannedEnd : newFinish;
    }

    private static LocalDate orElse(LocalDate date, LocalDate fallback) {
        return date == null ? fallback : date;
    }

    private static void addIfChanged(List<ActionMove> moves, RoadmapAction action, LocalDate start, LocalDate end) {
        ActionSchedule dates = action.schedule();
        if (Objects.equals(dates.plannedStart(), start) && Objects.equals(dates.plannedEnd(), end)) {
            return;
        }
        moves.add(new ActionMove(action.id(), action.number(), action.version(), dates.plannedStart(),
                dates.plannedEnd(), start, end, shiftDays(dates, start, end)));
    }

    private static Integer shiftDays(ActionSchedule before, LocalDate start, LocalDate end) {
        if (before.plannedStart() != null && start != null) {
            return Math.toIntExact(ChronoUnit.DAYS.between(before.plannedStart(), start));
        }
        if (before.plannedEnd() != null && end != null) {
            return Math.toIntExact(ChronoUnit.DAYS.between(before.plannedEnd(), end));
        }
        return null;
    }
}

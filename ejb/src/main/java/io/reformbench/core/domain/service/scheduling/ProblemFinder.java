package io.reformbench.core.domain.service.scheduling;

import static io.reformbench.core.domain.service.scheduling.Days.NONE;

import java.util.ArrayList;
import java.util.List;

/** Checks the planned dates, as entered, against windows, links and parents; the schedule itself never breaks them. */
final class ProblemFinder {

    private final ScheduleInput input;
    private final List<ScheduleProblem> problems = new ArrayList<>();

    private ProblemFinder(ScheduleInput input) {
        this.input = input;
    }

    static List<ScheduleProblem> find(ScheduleInput input) {
        ProblemFinder finder = new ProblemFinder(input);
        for (int task = 0; task < input.size(); task++) {
            finder.checkDates(task);
            finder.checkParent(task);
            finder.checkLinks(task);
        }
        return List.copyOf(finder.problems);
    }

    private void checkDates(int task) {
        int start = input.plannedStart[task];
        int end = input.plannedEnd[task];
        if (start == NONE && end == NONE) {
            add(task, ProblemCode.NO_DATES, input.ids[task]);
            return;
        }
        if (start != NONE && end != NONE && end < start) {
            add(task, ProblemCode.END_BEFORE_START, input.ids[task], Days.date(start), Days.date(end));
        }
        int from = input.windowStart[task];
        int to = input.windowEnd[task];
        if (from == NONE) {
            return;
        }
        if (before(start, from) || before(end, from) || after(start, to) || after(end, to)) {
            add(task, ProblemCode.OUTSIDE_TIME_FRAME, input.ids[task], Days.date(start), Days.date(end),
                    Days.date(from), Days.date(to));
        }
    }

    /** A sub-action must start no earlier and end no later than its parent; an open end outlasts any end. */
    private void checkParent(int task) {
        int parent = input.graph.parent[task];
        if (parent < 0) {
            return;
        }
        int start = input.plannedStart[task];
        int end = input.plannedEnd[task];
        int parentStart = input.plannedStart[parent];
        int parentEnd = input.plannedEnd[parent];
        boolean early = before(start, parentStart) || before(end, parentStart);
        boolean late = after(start, parentEnd) || after(end, parentEnd) || input.openEnded[task] && parentEnd != NONE;
        if (early || late) {
            add(task, ProblemCode.OUTSIDE_PARENT, input.ids[task], input.ids[parent], Days.date(parentStart),
                    Days.date(parentEnd));
        }
    }

    /** Applies each incoming link to the planned dates, read the way the forward pass reads them. */
    private void checkLinks(int task) {
        if (input.anchor[task] == NONE) {
            return;
        }
        Csr preds = input.graph.predecessors;
        for (int i = preds.offsets[task]; i < preds.offsets[task + 1]; i++) {
            int pred = preds.targets[i];
            int code = preds.codes[i];
            boolean toStart = Links.toStart(code);
            if (input.anchor[pred] == NONE || !toStart && input.openEnded[task]) {
                continue;
            }
            int driving = input.anchor[pred] + (Links.fromFinish(code) ? input.duration[pred] : 0) + Links.lag(code);
            int driven = input.anchor[task] + (toStart ? 0 : input.duration[task]);
            if (driven < driving) {
                add(task, ProblemCode.DEPENDENCY_VIOLATED, input.ids[pred], input.ids[task], Links.type(code),
                        Links.lag(code), driving - driven);
            }
        }
    }

    private static boolean before(int day, int limit) {
        return day != NONE && limit != NONE && day < limit;
    }

    private static boolean after(int day, int limit) {
        return day != NONE && limit != NONE && day > limit;
    }

    private void add(int task, ProblemCode code, Object... arguments) {
        problems.add(ScheduleProblem.of(input.ids[task], code, arguments));
    }
}

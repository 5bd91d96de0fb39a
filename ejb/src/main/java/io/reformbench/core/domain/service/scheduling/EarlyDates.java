package io.reformbench.core.domain.service.scheduling;

/** The forward pass's state: early start and exclusive early finish per action, plus the gates' bounds. */
final class EarlyDates {

    final int[] start;
    final int[] finish;
    final boolean[] open;
    final int[] gateStart;
    final int[] gateFinish;

    EarlyDates(int tasks, int gates) {
        this(new int[tasks], new int[tasks], new boolean[tasks], new int[gates], new int[gates]);
    }

    private EarlyDates(int[] start, int[] finish, boolean[] open, int[] gateStart, int[] gateFinish) {
        this.start = start;
        this.finish = finish;
        this.open = open;
        this.gateStart = gateStart;
        this.gateFinish = gateFinish;
    }

    /** A working copy for a preview: a flat array copy, so the original schedule stays untouched. */
    EarlyDates copy() {
        return new EarlyDates(start.clone(), finish.clone(), open.clone(), gateStart.clone(), gateFinish.clone());
    }

    boolean scheduled(int task) {
        return start[task] != Days.NONE;
    }

    /** Whether the task spans its sub-actions: it has some, and at least one of them is scheduled. */
    boolean isEnvelope(ScheduleGraph graph, int task) {
        Csr children = graph.children;
        for (int i = children.offsets[task]; i < children.offsets[task + 1]; i++) {
            if (scheduled(children.targets[i])) {
                return true;
            }
        }
        return false;
    }
}

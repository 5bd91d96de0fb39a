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

    /** A working copy for previews: a flat array copy, so the original schedule stays untouched. */
    EarlyDates copy() {
        return new EarlyDates(start.clone(), finish.clone(), open.clone(), gateStart.clone(), gateFinish.clone());
    }

    /** Puts one node (an action, or a gate numbered from {@code tasks}) back to the other dates' values. */
    void restore(int node, EarlyDates from, int tasks) {
        if (node < tasks) {
            start[node] = from.start[node];
            finish[node] = from.finish[node];
            open[node] = from.open[node];
        } else {
            gateStart[node - tasks] = from.gateStart[node - tasks];
            gateFinish[node - tasks] = from.gateFinish[node - tasks];
        }
    }

    boolean scheduled(int task) {
        return start[task] != Days.NONE;
    }

    /**
     * The finish a finish link (FF, SF) into the task binds; NONE when the link is idle (an open-ended action).
     * For a parent spanning sub-actions it is the earliest finish among those the link binds, each of them.
     */
    int boundFinish(ScheduleGraph graph, int task) {
        if (!isEnvelope(graph, task)) {
            return open[task] ? Days.NONE : finish[task];
        }
        int least = Days.UNBOUNDED;
        Csr children = graph.children;
        for (int i = children.offsets[task]; i < children.offsets[task + 1]; i++) {
            int child = children.targets[i];
            if (scheduled(child) && !open[child]) {
                least = Math.min(least, boundFinish(graph, child));
            }
        }
        return least == Days.UNBOUNDED ? Days.NONE : least;
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

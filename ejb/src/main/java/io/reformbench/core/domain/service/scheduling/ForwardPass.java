package io.reformbench.core.domain.service.scheduling;

/**
 * Computes early dates node by node in topological order; the same evaluation serves a full pass and the
 * downstream cone of a preview, where a moved action gets new planned dates and nothing is pulled earlier.
 */
final class ForwardPass {

    private final ScheduleInput input;
    private final ScheduleGraph graph;
    private final EarlyDates early;
    private final int[] floor;
    private int moved = -1;
    private int movedStart;
    private int movedDuration;
    private boolean movedOpen;
    private int startBound;
    private int finishBound;

    /** A full pass filling {@code early}. */
    ForwardPass(ScheduleInput input, EarlyDates early) {
        this(input, early, null);
    }

    /** A preview pass: {@code early} is a working copy and no action may end up before its {@code floor}. */
    ForwardPass(ScheduleInput input, EarlyDates early, int[] floor) {
        this.input = input;
        this.graph = input.graph;
        this.early = early;
        this.floor = floor;
    }

    /** Gives one action new planned dates for this pass; a null end makes it open-ended. */
    void move(int task, int start, int end) {
        moved = task;
        movedStart = start;
        movedOpen = end == Days.NONE;
        movedDuration = movedOpen ? 1 : Math.max(1, end - start + 1);
    }

    void runAll() {
        for (int node : graph.order) {
            evaluate(node);
        }
    }

    /** Re-evaluates one node; true when its dates (or a gate's bounds) changed. */
    boolean evaluate(int node) {
        return node < graph.tasks ? evaluateTask(node) : evaluateGate(node - graph.tasks);
    }

    private boolean evaluateGate(int gate) {
        int task = graph.gateTask[gate];
        collectIncoming(task);
        boolean changed = early.gateStart[gate] != startBound || early.gateFinish[gate] != finishBound;
        early.gateStart[gate] = startBound;
        early.gateFinish[gate] = finishBound;
        return changed;
    }

    private boolean evaluateTask(int task) {
        int gate = graph.gateOf[task];
        if (gate >= 0 && early.isEnvelope(graph, task)) {
            return envelope(task);
        }
        if (gate >= 0) {
            startBound = early.gateStart[gate];
            finishBound = early.gateFinish[gate];
        } else {
            collectIncoming(task);
        }
        boolean open = task == moved ? movedOpen : input.openEnded[task];
        int duration = task == moved ? movedDuration : input.duration[task];
        int anchor = task == moved ? movedStart : input.anchor[task];
        int start = Math.max(anchor, startBound);
        if (anchor != Days.NONE) {
            start = Math.max(start, ancestorsPlannedStart(task));
        }
        if (!open && finishBound != Days.NONE) {
            start = Math.max(start, finishBound - duration);
        }
        if (floor != null && task != moved) {
            start = Math.max(start, floor[task]);
        }
        return store(task, start, start == Days.NONE ? Days.NONE : start + duration, open);
    }

    /** Folds every link into the task, and its parent's gate, into {@code startBound} and {@code finishBound}. */
    private void collectIncoming(int task) {
        int start = Days.NONE;
        int finish = Days.NONE;
        Csr preds = graph.predecessors;
        for (int i = preds.offsets[task]; i < preds.offsets[task + 1]; i++) {
            int code = preds.codes[i];
            int pred = preds.targets[i];
            int base = Links.fromFinish(code) ? early.finish[pred] : early.start[pred];
            if (base == Days.NONE) {
                continue;
            }
            int bound = base + Links.lag(code);
            if (Links.toStart(code)) {
                start = Math.max(start, bound);
            } else {
                finish = Math.max(finish, bound);
            }
        }
        int parent = graph.parent[task];
        if (parent >= 0) {
            start = Math.max(start, early.gateStart[graph.gateOf[parent]]);
            finish = Math.max(finish, early.gateFinish[graph.gateOf[parent]]);
        }
        startBound = start;
        finishBound = finish;
    }

    /** A parent's planned start binds its planned sub-actions; undated ones are placed by links alone. */
    private int ancestorsPlannedStart(int task) {
        int start = Days.NONE;
        for (int up = graph.parent[task]; up >= 0; up = graph.parent[up]) {
            start = Math.max(start, up == moved ? movedStart : input.plannedStart[up]);
        }
        return start;
    }

    private boolean envelope(int task) {
        int start = Integer.MAX_VALUE;
        int finish = Days.NONE;
        boolean open = false;
        Csr children = graph.children;
        for (int i = children.offsets[task]; i < children.offsets[task + 1]; i++) {
            int child = children.targets[i];
            if (early.scheduled(child)) {
                start = Math.min(start, early.start[child]);
                finish = Math.max(finish, early.finish[child]);
                open |= early.open[child];
            }
        }
        return store(task, start, finish, open);
    }

    private boolean store(int task, int start, int finish, boolean open) {
        boolean changed = early.start[task] != start || early.finish[task] != finish || early.open[task] != open;
        early.start[task] = start;
        early.finish[task] = finish;
        early.open[task] = open;
        return changed;
    }
}

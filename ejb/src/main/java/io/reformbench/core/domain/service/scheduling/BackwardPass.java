package io.reformbench.core.domain.service.scheduling;

import java.util.Arrays;

/**
 * Computes late dates in reverse topological order from the project finish; an open-ended action is bounded
 * only by its successors, and a parent passes the bounds of its own links down to its sub-actions.
 */
final class BackwardPass {

    final int[] lateStart;
    final int[] lateFinish;
    final int[] freeSlack;
    private final ScheduleGraph graph;
    private final EarlyDates early;
    private final int projectFinish;
    private final int[] envelopeLateStart;
    private final int[] gateLateFinish;
    private final int[] envelopeBoundFinish;
    private int startBound;
    private int finishBound;
    private int leastGap;

    BackwardPass(ScheduleInput input, EarlyDates early, int projectFinish) {
        this.graph = input.graph;
        this.early = early;
        this.projectFinish = projectFinish;
        this.lateStart = new int[graph.tasks];
        this.lateFinish = new int[graph.tasks];
        this.freeSlack = new int[graph.tasks];
        this.envelopeLateStart = new int[graph.gateTask.length];
        this.gateLateFinish = new int[graph.gateTask.length];
        Arrays.fill(gateLateFinish, Days.UNBOUNDED);
        this.envelopeBoundFinish = new int[graph.gateTask.length];
    }

    void run() {
        int[] order = graph.order;
        for (int at = order.length - 1; at >= 0; at--) {
            int node = order[at];
            if (node < graph.tasks) {
                evaluateTask(node);
            } else {
                closeEnvelope(graph.gateTask[node - graph.tasks]);
            }
        }
    }

    private void evaluateTask(int task) {
        lateStart[task] = Days.NONE;
        lateFinish[task] = Days.NONE;
        freeSlack[task] = Days.NONE;
        if (!early.scheduled(task)) {
            return;
        }
        collectOutgoing(task);
        freeSlack[task] = freeSlack(task);
        int gate = graph.gateOf[task];
        if (gate >= 0 && early.isEnvelope(graph, task)) {
            envelopeLateStart[gate] = startBound;
            gateLateFinish[gate] = finishBound;
            return;
        }
        int duration = early.finish[task] - early.start[task];
        int finish = finishBound;
        if (!early.open[task] && projectFinish != Days.NONE) {
            finish = Math.min(finish, projectFinish);
        }
        if (startBound != Days.UNBOUNDED) {
            finish = Math.min(finish, startBound + duration);
        }
        if (finish != Days.UNBOUNDED) {
            lateFinish[task] = finish;
            lateStart[task] = finish - duration;
        }
    }

    /** How far the task can slip before it moves a successor (its own links) or the project finish. */
    private int freeSlack(int task) {
        int slack = leastGap;
        if (!early.open[task] && projectFinish != Days.NONE) {
            slack = Math.min(slack, projectFinish - early.finish[task]);
        }
        return slack == Days.UNBOUNDED ? Days.NONE : slack;
    }

    /**
     * Folds every link out of the task, and its parent's late finish bound, into the two bounds, and the gaps
     * the links leave at the successors' early dates into {@code leastGap}. A parent's
     * finish is the latest of its sub-actions', so a bound on it binds each; its start is the earliest, so a
     * bound on that binds the parent's own late start only.
     */
    private void collectOutgoing(int task) {
        int start = Days.UNBOUNDED;
        int finish = Days.UNBOUNDED;
        int gap = Days.UNBOUNDED;
        Csr succs = graph.successors;
        for (int i = succs.offsets[task]; i < succs.offsets[task + 1]; i++) {
            int code = succs.codes[i];
            int succ = succs.targets[i];
            boolean toStart = Links.toStart(code);
            if (!early.scheduled(succ)) {
                continue;
            }
            int linkGap = Slack.linkGap(graph, early, task, succ, code);
            if (linkGap != Days.NONE) {
                gap = Math.min(gap, linkGap);
            }
            int target = toStart ? lateStart[succ] : boundLateFinish(succ);
            if (target == Days.NONE) {
                continue;
            }
            int bound = target - Links.lag(code);
            if (Links.fromFinish(code)) {
                finish = Math.min(finish, bound);
            } else {
                start = Math.min(start, bound);
            }
        }
        int parent = graph.parent[task];
        if (parent >= 0) {
            finish = Math.min(finish, gateLateFinish[graph.gateOf[parent]]);
        }
        startBound = start;
        finishBound = finish;
        leastGap = gap;
    }

    /** The late finish a finish link into the task binds (NONE: idle); for a parent, the least among its sub-actions. */
    private int boundLateFinish(int task) {
        int gate = graph.gateOf[task];
        if (gate >= 0 && early.isEnvelope(graph, task)) {
            return envelopeBoundFinish[gate];
        }
        return early.open[task] ? Days.NONE : lateFinish[task];
    }

    /** At the gate (reached after the sub-actions), a parent's late span becomes their envelope. */
    private void closeEnvelope(int task) {
        if (!early.scheduled(task) || !early.isEnvelope(graph, task)) {
            return;
        }
        int gate = graph.gateOf[task];
        int start = envelopeLateStart[gate];
        int finish = Days.NONE;
        int bound = Days.UNBOUNDED;
        Csr children = graph.children;
        for (int i = children.offsets[task]; i < children.offsets[task + 1]; i++) {
            int child = children.targets[i];
            if (lateStart[child] != Days.NONE) {
                start = Math.min(start, lateStart[child]);
                finish = Math.max(finish, lateFinish[child]);
                if (!early.open[child]) {
                    bound = Math.min(bound, boundLateFinish(child));
                }
            }
        }
        envelopeBoundFinish[gate] = bound == Days.UNBOUNDED ? Days.NONE : bound;
        lateStart[task] = start == Days.UNBOUNDED ? Days.NONE : start;
        lateFinish[task] = finish;
    }
}

package io.reformbench.core.domain.service.scheduling;

/** Derives total slack and the gap each link leaves, in days; {@link Days#NONE} where unknown. */
final class Slack {

    private Slack() {
    }

    /** Late start minus early start; a parent spanning sub-actions has no more slack than the least of theirs. */
    static int[] total(ScheduleGraph graph, EarlyDates early, int[] lateStart) {
        int[] slack = new int[lateStart.length];
        for (int node : graph.order) {
            if (node < graph.tasks) {
                int own = lateStart[node] == Days.NONE ? Days.NONE : lateStart[node] - early.start[node];
                slack[node] = early.isEnvelope(graph, node) ? least(own, leastOfChildren(graph, slack, node)) : own;
            }
        }
        return slack;
    }

    private static int least(int a, int b) {
        return a == Days.NONE ? b : b == Days.NONE ? a : Math.min(a, b);
    }

    private static int leastOfChildren(ScheduleGraph graph, int[] slack, int task) {
        int least = Days.UNBOUNDED;
        for (int i = graph.children.offsets[task]; i < graph.children.offsets[task + 1]; i++) {
            int child = slack[graph.children.targets[i]];
            if (child != Days.NONE) {
                least = Math.min(least, child);
            }
        }
        return least == Days.UNBOUNDED ? Days.NONE : least;
    }

    /** Days between what a link demands of the successor and its early date; NONE when the link is idle. */
    static int linkGap(ScheduleGraph graph, EarlyDates early, int pred, int succ, int code) {
        boolean toStart = Links.toStart(code);
        if (!early.scheduled(succ)) {
            return Days.NONE;
        }
        int driven = toStart ? early.start[succ] : early.boundFinish(graph, succ);
        if (driven == Days.NONE) {
            return Days.NONE;
        }
        return driven - (Links.fromFinish(code) ? early.finish[pred] : early.start[pred]) - Links.lag(code);
    }
}

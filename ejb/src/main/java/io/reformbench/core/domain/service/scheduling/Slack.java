package io.reformbench.core.domain.service.scheduling;

/** Derives total and free slack from the early and late dates, in days; {@link Days#NONE} where unknown. */
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

    /** How far each action can slip without moving a successor or the project finish. */
    static int[] free(ScheduleGraph graph, EarlyDates early, int projectFinish) {
        int[] slack = new int[graph.tasks];
        for (int task = 0; task < slack.length; task++) {
            slack[task] = early.scheduled(task) ? free(graph, early, projectFinish, task) : Days.NONE;
        }
        return slack;
    }

    private static int free(ScheduleGraph graph, EarlyDates early, int projectFinish, int task) {
        int slack = Days.UNBOUNDED;
        Csr succs = graph.successors;
        for (int i = succs.offsets[task]; i < succs.offsets[task + 1]; i++) {
            int gap = linkGap(graph, early, task, succs.targets[i], succs.codes[i]);
            if (gap != Days.NONE) {
                slack = Math.min(slack, gap);
            }
        }
        if (!early.open[task] && projectFinish != Days.NONE) {
            slack = Math.min(slack, projectFinish - early.finish[task]);
        }
        return slack == Days.UNBOUNDED ? Days.NONE : slack;
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

package io.reformbench.core.domain.service.scheduling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Lists critical actions in schedule order and follows the driving links between them into chains. */
final class CriticalPaths {

    /** Enough chains for a person to read; the count of paths through a dense plan grows exponentially. */
    static final int MAX_CHAINS = 100;

    private CriticalPaths() {
    }

    /** Critical actions ordered by early start, then topological position. */
    static int[] ordered(ScheduleGraph graph, EarlyDates early, int[] totalSlack) {
        int count = 0;
        for (int slack : totalSlack) {
            count += slack == 0 ? 1 : 0;
        }
        long[] keys = new long[count];
        count = 0;
        for (int task = 0; task < totalSlack.length; task++) {
            if (totalSlack[task] == 0) {
                keys[count++] = ((long) early.start[task] << 32) | graph.position[task];
            }
        }
        Arrays.sort(keys, 0, count);
        int[] tasks = new int[count];
        for (int i = 0; i < count; i++) {
            tasks[i] = graph.taskOf(graph.order[(int) keys[i]]);
        }
        return tasks;
    }

    /** Every chain of driving links from a critical action no critical link drives, up to {@link #MAX_CHAINS}. */
    static List<List<Long>> chains(ScheduleInput input, EarlyDates early, int[] totalSlack, int[] critical) {
        List<List<Long>> chains = new ArrayList<>();
        boolean[] driven = new boolean[totalSlack.length];
        Csr succs = input.graph.successors;
        for (int task : critical) {
            for (int i = succs.offsets[task]; i < succs.offsets[task + 1]; i++) {
                driven[succs.targets[i]] |= driving(input.graph, early, totalSlack, task, i);
            }
        }
        for (int task : critical) {
            if (!driven[task] && chains.size() < MAX_CHAINS) {
                walk(input, early, totalSlack, task, chains);
            }
        }
        return List.copyOf(chains);
    }

    /** Depth-first over driving links with an explicit stack, since a chain may be thousands of actions long. */
    private static void walk(ScheduleInput input, EarlyDates early, int[] slack, int root, List<List<Long>> out) {
        Csr succs = input.graph.successors;
        int[] nodes = new int[16];
        int[] next = new int[16];
        boolean[] extended = new boolean[16];
        int depth = push(nodes, next, extended, 0, root, succs);
        while (depth > 0 && out.size() < MAX_CHAINS) {
            int top = depth - 1;
            int node = nodes[top];
            int i = next[top];
            while (i < succs.offsets[node + 1] && !driving(input.graph, early, slack, node, i)) {
                i++;
            }
            if (i < succs.offsets[node + 1]) {
                next[top] = i + 1;
                extended[top] = true;
                if (depth == nodes.length) {
                    nodes = Arrays.copyOf(nodes, depth * 2);
                    next = Arrays.copyOf(next, depth * 2);
                    extended = Arrays.copyOf(extended, depth * 2);
                }
                depth = push(nodes, next, extended, depth, succs.targets[i], succs);
            } else {
                if (!extended[top]) {
                    out.add(ids(input.ids, nodes, depth));
                }
                depth--;
            }
        }
    }

    private static int push(int[] nodes, int[] next, boolean[] extended, int depth, int task, Csr succs) {
        nodes[depth] = task;
        next[depth] = succs.offsets[task];
        extended[depth] = false;
        return depth + 1;
    }

    private static boolean driving(ScheduleGraph graph, EarlyDates early, int[] slack, int pred, int link) {
        int succ = graph.successors.targets[link];
        return slack[pred] == 0 && slack[succ] == 0
                && Slack.linkGap(graph, early, pred, succ, graph.successors.codes[link]) == 0;
    }

    private static List<Long> ids(long[] ids, int[] nodes, int depth) {
        Long[] chain = new Long[depth];
        for (int i = 0; i < depth; i++) {
            chain[i] = ids[nodes[i]];
        }
        return List.of(chain);
    }
}

package io.reformbench.core.domain.service.scheduling;

import java.util.Arrays;
import java.util.List;

/** Answers whether a new link would close a cycle, searching only nodes that can still reach the link's source. */
final class CycleFinder {

    private CycleFinder() {
    }

    static List<Long> find(ScheduleInput input, long fromId, long toId) {
        if (fromId == toId) {
            return List.of(fromId, fromId);
        }
        int from = input.index.get(fromId);
        int to = input.index.get(toId);
        if (from < 0 || to < 0) {
            return List.of();
        }
        ScheduleGraph graph = input.graph;
        int start = graph.entry(to);
        int limit = graph.position[from];
        if (graph.position[start] > limit) {
            return List.of();
        }
        int[] previous = new int[graph.nodeCount()];
        Arrays.fill(previous, -1);
        int[] queue = new int[graph.nodeCount()];
        int[] tail = {1};
        queue[0] = start;
        previous[start] = start;
        for (int head = 0; head < tail[0] && previous[from] < 0; head++) {
            int node = queue[head];
            graph.forEachSuccessor(node, next -> {
                if (previous[next] < 0 && graph.position[next] <= limit) {
                    previous[next] = node;
                    queue[tail[0]++] = next;
                }
            });
        }
        return previous[from] < 0 ? List.of() : graph.cycleIds(path(previous, start, from), input.ids);
    }

    /** The nodes from the link's source back through the search tree: from, to, …, from. */
    private static int[] path(int[] previous, int start, int from) {
        int length = 2;
        for (int node = from; node != start; node = previous[node]) {
            length++;
        }
        int[] path = new int[length];
        path[0] = from;
        int at = length - 1;
        for (int node = from; ; node = previous[node]) {
            path[at--] = node;
            if (node == start) {
                break;
            }
        }
        return path;
    }
}

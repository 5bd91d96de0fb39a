package io.reformbench.core.domain.service.scheduling;

import java.util.Arrays;
import java.util.function.IntConsumer;

/** Sorts the schedule graph once (Kahn's algorithm) and names a cycle when the links contain one. */
final class TopologicalOrder implements IntConsumer {

    private final int[] indegree;
    private final int[] order;
    private int tail;

    private TopologicalOrder(int nodes) {
        indegree = new int[nodes];
        order = new int[nodes];
    }

    static int[] sort(ScheduleGraph graph, long[] ids) {
        int nodes = graph.nodeCount();
        TopologicalOrder kahn = new TopologicalOrder(nodes);
        int[] indegree = kahn.indegree;
        for (int node = 0; node < nodes; node++) {
            graph.forEachSuccessor(node, next -> indegree[next]++);
        }
        for (int node = 0; node < nodes; node++) {
            if (indegree[node] == 0) {
                kahn.order[kahn.tail++] = node;
            }
        }
        for (int head = 0; head < kahn.tail; head++) {
            graph.forEachSuccessor(kahn.order[head], kahn);
        }
        if (kahn.tail < nodes) {
            throw new DependencyCycleException(graph.cycleIds(kahn.cycle(graph), ids));
        }
        return kahn.order;
    }

    @Override
    public void accept(int next) {
        if (--indegree[next] == 0) {
            order[tail++] = next;
        }
    }

    /**
     * Walks backwards through nodes Kahn never released (each keeps an unreleased predecessor) until one
     * repeats; the repeated stretch, reversed, is a cycle in link direction, told from the action added first.
     */
    private int[] cycle(ScheduleGraph graph) {
        int node = 0;
        while (indegree[node] == 0) {
            node++;
        }
        int[] seenAt = new int[indegree.length];
        Arrays.fill(seenAt, -1);
        int[] walk = new int[indegree.length + 1];
        int steps = 0;
        while (seenAt[node] < 0) {
            seenAt[node] = steps;
            walk[steps++] = node;
            node = graph.firstPredecessor(node, candidate -> indegree[candidate] > 0);
        }
        int start = seenAt[node];
        int length = steps - start;
        int first = 0;
        for (int i = 1; i < length; i++) {
            if (graph.taskOf(walk[steps - 1 - i]) < graph.taskOf(walk[steps - 1 - first])) {
                first = i;
            }
        }
        int[] cycle = new int[length + 1];
        for (int i = 0; i < length; i++) {
            cycle[i] = walk[steps - 1 - (first + i) % length];
        }
        cycle[length] = cycle[0];
        return cycle;
    }
}

package io.reformbench.core.domain.service.scheduling;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;

/**
 * The links and the sub-action tree as one directed graph, with the topological order every pass reuses.
 *
 * <p>Nodes {@code 0..tasks-1} are the actions. An action with sub-actions also gets a gate node
 * ({@code tasks + gate}) that comes before its sub-actions: links into the parent enter the gate and so reach
 * every sub-action, while the parent's own node comes after its sub-actions and carries their envelope.
 */
final class ScheduleGraph {

    final int tasks;
    final int[] parent;
    final Csr children;
    final int[] gateOf;
    final int[] gateTask;
    final Csr predecessors;
    final Csr successors;
    final int[] order;
    final int[] position;

    ScheduleGraph(int tasks, int[] parent, int[] from, int[] to, int[] codes, int links, long[] ids) {
        this.tasks = tasks;
        this.parent = parent;
        int[] self = new int[tasks];
        for (int t = 0; t < tasks; t++) {
            self[t] = t;
        }
        this.children = Csr.of(tasks, parent, self, null, tasks);
        this.gateOf = new int[tasks];
        int gates = 0;
        for (int t = 0; t < tasks; t++) {
            gateOf[t] = children.offsets[t + 1] > children.offsets[t] ? gates++ : -1;
        }
        this.gateTask = new int[gates];
        for (int t = 0; t < tasks; t++) {
            if (gateOf[t] >= 0) {
                gateTask[gateOf[t]] = t;
            }
        }
        this.predecessors = Csr.of(tasks, to, from, codes, links);
        this.successors = Csr.of(tasks, from, to, codes, links);
        this.order = TopologicalOrder.sort(this, ids);
        this.position = new int[order.length];
        for (int at = 0; at < order.length; at++) {
            position[order[at]] = at;
        }
    }

    int nodeCount() {
        return tasks + gateTask.length;
    }

    /** The node a link into the task enters: its gate when it has sub-actions, else the task itself. */
    int entry(int task) {
        return gateOf[task] < 0 ? task : tasks + gateOf[task];
    }

    int taskOf(int node) {
        return node < tasks ? node : gateTask[node - tasks];
    }

    void forEachSuccessor(int node, IntConsumer action) {
        if (node >= tasks) {
            int task = gateTask[node - tasks];
            for (int i = children.offsets[task]; i < children.offsets[task + 1]; i++) {
                action.accept(entry(children.targets[i]));
            }
            return;
        }
        for (int i = successors.offsets[node]; i < successors.offsets[node + 1]; i++) {
            action.accept(entry(successors.targets[i]));
        }
        if (parent[node] >= 0) {
            action.accept(parent[node]);
        }
    }

    /** The first predecessor node the filter accepts, or -1. */
    int firstPredecessor(int node, IntPredicate accept) {
        int task = taskOf(node);
        if (node < tasks && gateOf[task] >= 0) {
            return first(children, task, accept);
        }
        int found = first(predecessors, task, accept);
        if (found < 0 && parent[task] >= 0 && accept.test(entry(parent[task]))) {
            found = entry(parent[task]);
        }
        return found;
    }

    private static int first(Csr rows, int row, IntPredicate accept) {
        for (int i = rows.offsets[row]; i < rows.offsets[row + 1]; i++) {
            if (accept.test(rows.targets[i])) {
                return rows.targets[i];
            }
        }
        return -1;
    }

    /** Names a closed walk of nodes by action ids, merging a gate with its action, e.g. [a, b, c, a]. */
    List<Long> cycleIds(int[] nodes, long[] ids) {
        List<Long> cycle = new ArrayList<>();
        for (int node : nodes) {
            long id = ids[taskOf(node)];
            if (cycle.isEmpty() || cycle.get(cycle.size() - 1) != id) {
                cycle.add(id);
            }
        }
        if (cycle.size() > 1 && cycle.get(0).equals(cycle.get(cycle.size() - 1))) {
            cycle.remove(cycle.size() - 1);
        }
        cycle.add(cycle.get(0));
        return List.copyOf(cycle);
    }

    long estimatedBytes() {
        return 4L * (parent.length + gateOf.length + gateTask.length + order.length + position.length)
                + children.estimatedBytes() + predecessors.estimatedBytes() + successors.estimatedBytes();
    }
}

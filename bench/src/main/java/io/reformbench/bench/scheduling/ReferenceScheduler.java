package io.reformbench.bench.scheduling;

import io.reformbench.core.domain.model.dependency.DependencyType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The straightforward implementation the engine is measured against: node objects in a hash map, edge objects
 * in lists, Kahn's topological sort on every run, then the forward and backward passes with the engine's link
 * semantics (exclusive finish; planned start as "no earlier than").
 */
final class ReferenceScheduler {

    static final class Node {
        final long id;
        final long plannedStart;
        final long duration;
        final List<Edge> in = new ArrayList<>();
        final List<Edge> out = new ArrayList<>();
        long earlyStart;
        long lateStart;
        long totalSlack;

        Node(long id, long plannedStart, long duration) {
            this.id = id;
            this.plannedStart = plannedStart;
            this.duration = duration;
        }
    }

    record Edge(Node from, Node to, DependencyType type, int lag) {
    }

    /** Builds the object graph from the plan (counted in every run, as the straightforward way does). */
    static Map<Long, Node> graph(GeneratedPlan plan) {
        Map<Long, Node> nodes = new HashMap<>();
        for (int i = 0; i < plan.size; i++) {
            nodes.put(plan.ids[i], new Node(plan.ids[i], plan.start[i], plan.end[i] - plan.start[i] + 1));
        }
        for (int l = 0; l < plan.linkFrom.length; l++) {
            Edge edge = new Edge(nodes.get(plan.ids[plan.linkFrom[l]]), nodes.get(plan.ids[plan.linkTo[l]]),
                    plan.linkType[l], plan.linkLag[l]);
            edge.from.out.add(edge);
            edge.to.in.add(edge);
        }
        return nodes;
    }

    static List<Node> schedule(Map<Long, Node> nodes) {
        List<Node> order = topologicalOrder(nodes);
        long projectFinish = Long.MIN_VALUE;
        for (Node node : order) {
            long start = node.plannedStart;
            for (Edge edge : node.in) {
                long driving = (edge.type().fromFinish() ? finish(edge.from()) : edge.from().earlyStart) + edge.lag();
                start = Math.max(start, edge.type().toStart() ? driving : driving - node.duration);
            }
            node.earlyStart = start;
            projectFinish = Math.max(projectFinish, finish(node));
        }
        for (int i = order.size() - 1; i >= 0; i--) {
            Node node = order.get(i);
            long lateFinish = projectFinish;
            for (Edge edge : node.out) {
                long target = (edge.type().toStart() ? edge.to().lateStart : edge.to().lateStart + edge.to().duration)
                        - edge.lag();
                lateFinish = Math.min(lateFinish, edge.type().fromFinish() ? target : target + node.duration);
            }
            node.lateStart = lateFinish - node.duration;
            node.totalSlack = node.lateStart - node.earlyStart;
        }
        return order;
    }

    private static long finish(Node node) {
        return node.earlyStart + node.duration;
    }

    private static List<Node> topologicalOrder(Map<Long, Node> nodes) {
        Map<Node, Integer> indegree = new HashMap<>();
        ArrayDeque<Node> ready = new ArrayDeque<>();
        for (Node node : nodes.values()) {
            indegree.put(node, node.in.size());
            if (node.in.isEmpty()) {
                ready.add(node);
            }
        }
        List<Node> order = new ArrayList<>(nodes.size());
        while (!ready.isEmpty()) {
            Node node = ready.poll();
            order.add(node);
            for (Edge edge : node.out) {
                if (indegree.merge(edge.to(), -1, Integer::sum) == 0) {
                    ready.add(edge.to());
                }
            }
        }
        if (order.size() < nodes.size()) {
            throw new IllegalStateException("The generated plan has a cycle.");
        }
        return order;
    }
}

package io.reformbench.core.domain.service.scheduling;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Re-evaluates only the downstream cone of a moved action, in topological order, on a copy of the early dates:
 * a node is queued only when a predecessor changed, and a bit set over topological positions yields the queue
 * in order without a heap.
 */
final class SchedulePreview implements IntConsumer {

    private final ScheduleInput input;
    private final ScheduleGraph graph;
    private final EarlyDates original;
    private BitSet queued;

    SchedulePreview(ScheduleInput input, EarlyDates original) {
        this.input = input;
        this.graph = input.graph;
        this.original = original;
    }

    List<ScheduleShift> move(int task, int start, int end) {
        EarlyDates working = original.copy();
        ForwardPass pass = new ForwardPass(input, working, original.start);
        pass.move(task, start, end);
        queued = new BitSet(graph.nodeCount());
        queued.set(graph.position[task]);
        queueSubActions(task);
        List<ScheduleShift> shifts = new ArrayList<>();
        for (int at = queued.nextSetBit(0); at >= 0; at = queued.nextSetBit(at + 1)) {
            int node = graph.order[at];
            if (pass.evaluate(node)) {
                graph.forEachSuccessor(node, this);
                if (node < graph.tasks) {
                    shifts.add(shift(node, working));
                }
            }
        }
        return List.copyOf(shifts);
    }

    /** A moved parent's planned start binds its sub-actions, so they join the cone whatever the gates say. */
    private void queueSubActions(int task) {
        Csr children = graph.children;
        for (int i = children.offsets[task]; i < children.offsets[task + 1]; i++) {
            queued.set(graph.position[children.targets[i]]);
            queueSubActions(children.targets[i]);
        }
    }

    @Override
    public void accept(int next) {
        queued.set(graph.position[next]);
    }

    private ScheduleShift shift(int task, EarlyDates working) {
        int oldStart = original.start[task];
        int newStart = working.start[task];
        return new ScheduleShift(input.ids[task], Days.date(oldStart), finish(original, task),
                Days.date(newStart), finish(working, task),
                oldStart == Days.NONE || newStart == Days.NONE ? null : newStart - oldStart);
    }

    private static java.time.LocalDate finish(EarlyDates dates, int task) {
        return dates.open[task] ? null : Days.lastDay(dates.finish[task]);
    }
}

package io.reformbench.core.domain.service.scheduling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Re-evaluates only the downstream cone of a moved action, in topological order: a node is queued only when a
 * predecessor changed, and a bit set over topological positions yields the queue in order without a heap. The
 * work happens in a reusable workspace (a copy of the early dates) that is put back as it was afterwards, so a
 * preview costs the cone, not the plan.
 */
final class SchedulePreview implements IntConsumer {

    private final ScheduleInput input;
    private final ScheduleGraph graph;
    private final EarlyDates original;
    private final Workspace workspace;

    SchedulePreview(ScheduleInput input, EarlyDates original, Workspace workspace) {
        this.input = input;
        this.graph = input.graph;
        this.original = original;
        this.workspace = workspace;
    }

    List<ScheduleShift> move(int task, int start, int end) {
        EarlyDates working = workspace.dates;
        BitSet queued = workspace.queued;
        ForwardPass pass = new ForwardPass(input, working, original.start);
        pass.move(task, start, end);
        queued.set(graph.position[task]);
        queueSubActions(task);
        List<ScheduleShift> shifts = new ArrayList<>();
        for (int at = queued.nextSetBit(0); at >= 0; at = queued.nextSetBit(at + 1)) {
            queued.clear(at);
            int node = graph.order[at];
            if (pass.evaluate(node)) {
                workspace.touch(node);
                graph.forEachSuccessor(node, this);
                if (node < graph.tasks) {
                    shifts.add(shift(node, working));
                }
            }
        }
        workspace.restore(original, graph.tasks);
        return List.copyOf(shifts);
    }

    /** A moved parent's planned start binds its sub-actions, so they join the cone whatever the gates say. */
    private void queueSubActions(int task) {
        Csr children = graph.children;
        for (int i = children.offsets[task]; i < children.offsets[task + 1]; i++) {
            workspace.queued.set(graph.position[children.targets[i]]);
            queueSubActions(children.targets[i]);
        }
    }

    @Override
    public void accept(int next) {
        workspace.queued.set(graph.position[next]);
    }

    private ScheduleShift shift(int task, EarlyDates working) {
        int oldStart = original.start[task];
        int newStart = working.start[task];
        return new ScheduleShift(input.ids[task], Days.date(oldStart), finish(original, task),
                Days.date(newStart), finish(working, task),
                oldStart == Days.NONE || newStart == Days.NONE ? null : newStart - oldStart);
    }

    private static LocalDate finish(EarlyDates dates, int task) {
        return dates.open[task] ? null : Days.lastDay(dates.finish[task]);
    }

    /** A working copy of the early dates and an empty queue, handed back clean after each preview. */
    static final class Workspace {
        final EarlyDates dates;
        final BitSet queued;
        private int[] touched = new int[64];
        private int count;

        Workspace(EarlyDates original, int nodes) {
            dates = original.copy();
            queued = new BitSet(nodes);
        }

        void touch(int node) {
            if (count == touched.length) {
                touched = Arrays.copyOf(touched, count * 2);
            }
            touched[count++] = node;
        }

        void restore(EarlyDates original, int tasks) {
            for (int i = 0; i < count; i++) {
                dates.restore(touched[i], original, tasks);
            }
            count = 0;
        }
    }
}

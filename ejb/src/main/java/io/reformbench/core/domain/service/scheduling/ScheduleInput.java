package io.reformbench.core.domain.service.scheduling;

import java.time.LocalDate;
import java.util.List;

/**
 * An immutable plan to schedule: actions, their windows, parents and groups, and the links between them, held
 * as epoch-day ints and compressed adjacency arrays so that 100,000 actions stay cheap. Build one with
 * {@link #builder()}; the topological order is computed once here and reused by every schedule and preview.
 */
public final class ScheduleInput {

    final long[] ids;
    final LongIndex index;
    final int[] plannedStart;
    final int[] plannedEnd;
    final int[] windowStart;
    final int[] windowEnd;
    /** The day an action may start at the earliest by its own plan: its planned start, else its planned end. */
    final int[] anchor;
    /** Days from start to exclusive finish; at least one, and one for open-ended or undated actions. */
    final int[] duration;
    final boolean[] openEnded;
    final int[] group;
    final String[] groupKeys;
    final int[] groupParent;
    final ScheduleGraph graph;

    ScheduleInput(ScheduleInputBuilder.Parts parts, ScheduleGraph graph) {
        this.ids = parts.ids;
        this.index = parts.index;
        this.plannedStart = parts.plannedStart;
        this.plannedEnd = parts.plannedEnd;
        this.windowStart = parts.windowStart;
        this.windowEnd = parts.windowEnd;
        this.group = parts.group;
        this.groupKeys = parts.groupKeys;
        this.groupParent = parts.groupParent;
        this.graph = graph;
        int tasks = ids.length;
        this.anchor = new int[tasks];
        this.duration = new int[tasks];
        this.openEnded = new boolean[tasks];
        for (int task = 0; task < tasks; task++) {
            int start = plannedStart[task];
            int end = plannedEnd[task];
            anchor[task] = start != Days.NONE ? start : end;
            openEnded[task] = start != Days.NONE && end == Days.NONE;
            duration[task] = start != Days.NONE && end != Days.NONE ? Math.max(1, end - start + 1) : 1;
        }
    }

    public static ScheduleInputBuilder builder() {
        return new ScheduleInputBuilder();
    }

    /** How many actions the plan holds. */
    public int size() {
        return ids.length;
    }

    /** How many links the plan holds. */
    public int linkCount() {
        return graph.successors.targets.length;
    }

    public boolean contains(long id) {
        return index.get(id) >= 0;
    }

    public LocalDate plannedStart(long id) {
        return Days.date(plannedStart[indexOf(id)]);
    }

    public LocalDate plannedEnd(long id) {
        return Days.date(plannedEnd[indexOf(id)]);
    }

    /**
     * The cycle that a new link {@code fromId → toId} would close, as action ids starting and ending with
     * {@code fromId} (e.g. [c, a, b, c] when a → b → c exists), or an empty list when the link is safe.
     * A link between a sub-action and its own parent or ancestor closes a cycle too.
     */
    public List<Long> findCycle(long fromId, long toId) {
        return CycleFinder.find(this, fromId, toId);
    }

    /** Bytes held by the plan's arrays (an estimate from their lengths, without object headers). */
    public long estimatedBytes() {
        long perTask = 8L + 4L * 7 + 1L;
        return perTask * ids.length + index.estimatedBytes() + graph.estimatedBytes();
    }

    int indexOf(long id) {
        int task = index.get(id);
        if (task < 0) {
            throw new IllegalArgumentException("The plan has no action with id " + id + "; reload the plan.");
        }
        return task;
    }
}

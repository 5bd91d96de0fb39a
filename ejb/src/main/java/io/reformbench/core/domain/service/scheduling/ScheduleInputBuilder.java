package io.reformbench.core.domain.service.scheduling;

import io.reformbench.core.domain.model.action.TimeFrame;
import io.reformbench.core.domain.model.dependency.DependencyType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/** Collects actions and links into growable primitive arrays, then freezes them into a {@link ScheduleInput}. */
public final class ScheduleInputBuilder {

    private static final long NO_PARENT = Long.MIN_VALUE;

    private final LongIndex index = new LongIndex(64);
    private long[] ids = new long[64];
    private int[] start = new int[64];
    private int[] end = new int[64];
    private int[] windowStart = new int[64];
    private int[] windowEnd = new int[64];
    private long[] parentIds = new long[64];
    private String[] groupKeys = new String[64];
    private int tasks;
    private long[] linkFrom = new long[64];
    private long[] linkTo = new long[64];
    private int[] linkCodes = new int[64];
    private int links;

    ScheduleInputBuilder() {
    }

    /** Adds an action; either date may be null (no planned end: open-ended; neither: not yet planned). */
    public ScheduleInputBuilder task(long id, LocalDate plannedStart, LocalDate plannedEnd) {
        if (index.putIfAbsent(id, tasks) >= 0) {
            throw new IllegalArgumentException("The action " + id + " was added twice; give each action once.");
        }
        if (tasks == ids.length) {
            growTasks();
        }
        ids[tasks] = id;
        start[tasks] = Days.of(plannedStart);
        end[tasks] = Days.of(plannedEnd);
        windowStart[tasks] = Days.NONE;
        windowEnd[tasks] = Days.NONE;
        parentIds[tasks] = NO_PARENT;
        tasks++;
        return this;
    }

    /** Makes an added action a sub-action of another; the parent may be added later. */
    public ScheduleInputBuilder subAction(long id, long parentId) {
        if (id == parentId) {
            throw new IllegalArgumentException("The action " + id + " cannot be its own parent.");
        }
        parentIds[added(id)] = parentId;
        return this;
    }

    /** Puts an added action in an area or sub-area; a key {@code area/sub-area} also counts in {@code area}. */
    public ScheduleInputBuilder group(long id, String groupKey) {
        groupKeys[added(id)] = Objects.requireNonNull(groupKey, "groupKey");
        return this;
    }

    /** Sets the window an action's planned dates should fall in; a null end leaves it open. */
    public ScheduleInputBuilder window(long id, LocalDate from, LocalDate to) {
        int task = added(id);
        windowStart[task] = Days.of(from);
        windowEnd[task] = from == null ? Days.NONE : Days.of(to);
        return this;
    }

    /** Sets the window from a report's time frame: YEAR and RANGE are closed, FROM_YEAR open, NONE none. */
    public ScheduleInputBuilder timeFrame(long id, TimeFrame frame) {
        return window(id, frame.windowStart().orElse(null), frame.windowEnd().orElse(null));
    }

    /** Links two actions; a negative lag is a lead. Both actions must be added before {@link #build()}. */
    public ScheduleInputBuilder link(long fromId, long toId, DependencyType type, int lagDays) {
        int code = Links.code(Objects.requireNonNull(type, "type"), lagDays);
        if (links == linkCodes.length) {
            linkFrom = Arrays.copyOf(linkFrom, links * 2);
            linkTo = Arrays.copyOf(linkTo, links * 2);
            linkCodes = Arrays.copyOf(linkCodes, links * 2);
        }
        linkFrom[links] = fromId;
        linkTo[links] = toId;
        linkCodes[links] = code;
        links++;
        return this;
    }

    /**
     * Freezes the plan.
     *
     * @throws IllegalArgumentException when a link or parent names an action that was not added
     * @throws DependencyCycleException when the links, with the sub-action tree, form a cycle
     */
    public ScheduleInput build() {
        Parts parts = new Parts();
        parts.ids = Arrays.copyOf(ids, tasks);
        parts.index = index;
        parts.plannedStart = Arrays.copyOf(start, tasks);
        parts.plannedEnd = Arrays.copyOf(end, tasks);
        parts.windowStart = Arrays.copyOf(windowStart, tasks);
        parts.windowEnd = Arrays.copyOf(windowEnd, tasks);
        int[] parent = new int[tasks];
        for (int task = 0; task < tasks; task++) {
            parent[task] = parentIds[task] == NO_PARENT ? -1 : resolve(parentIds[task], "parent of " + ids[task]);
        }
        GroupIndex.assign(parts, Arrays.copyOf(groupKeys, tasks), parent);
        int[] from = new int[links];
        int[] to = new int[links];
        for (int link = 0; link < links; link++) {
            from[link] = resolve(linkFrom[link], "link source");
            to[link] = resolve(linkTo[link], "link target");
        }
        ScheduleGraph graph = new ScheduleGraph(tasks, parent, from, to, Arrays.copyOf(linkCodes, links), links,
                parts.ids);
        return new ScheduleInput(parts, graph);
    }

    private int added(long id) {
        int task = index.get(id);
        if (task < 0) {
            throw new IllegalArgumentException("Add the action " + id + " with task(...) before describing it.");
        }
        return task;
    }

    private int resolve(long id, String role) {
        int task = index.get(id);
        if (task < 0) {
            throw new IllegalArgumentException("The " + role + " names action " + id + ", which is not in the plan.");
        }
        return task;
    }

    private void growTasks() {
        int size = tasks * 2;
        ids = Arrays.copyOf(ids, size);
        start = Arrays.copyOf(start, size);
        end = Arrays.copyOf(end, size);
        windowStart = Arrays.copyOf(windowStart, size);
        windowEnd = Arrays.copyOf(windowEnd, size);
        parentIds = Arrays.copyOf(parentIds, size);
        groupKeys = Arrays.copyOf(groupKeys, size);
    }

    /** The frozen arrays handed to {@link ScheduleInput}. */
    static final class Parts {
        long[] ids;
        LongIndex index;
        int[] plannedStart;
        int[] plannedEnd;
        int[] windowStart;
        int[] windowEnd;
        int[] group;
        String[] groupKeys;
        int[] groupParent;
    }
}

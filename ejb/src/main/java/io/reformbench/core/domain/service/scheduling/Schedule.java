package io.reformbench.core.domain.service.scheduling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The computed schedule of a plan: per-action dates and slack in int arrays (views are built on request), the
 * critical path, group summaries and problems. Immutable and thread-safe; previews work in a workspace of
 * their own (one is kept for reuse, so a single-threaded caller allocates it once).
 */
public final class Schedule {

    private final ScheduleInput input;
    final EarlyDates early;
    final int[] lateStart;
    final int[] lateFinish;
    final int[] totalSlack;
    final int[] freeSlack;
    final int projectFinish;
    private final int[] critical;
    private final List<GroupSummary> summaries;
    private final List<ScheduleProblem> problems;
    private volatile List<List<Long>> chains;
    private final AtomicReference<SchedulePreview.Workspace> spareWorkspace = new AtomicReference<>();

    Schedule(ScheduleInput input, EarlyDates early, BackwardPass late, int projectFinish) {
        this.input = input;
        this.early = early;
        this.lateStart = late.lateStart;
        this.lateFinish = late.lateFinish;
        this.projectFinish = projectFinish;
        this.totalSlack = Slack.total(input.graph, early, lateStart);
        this.freeSlack = late.freeSlack;
        this.critical = CriticalPaths.ordered(input.graph, early, totalSlack);
        this.summaries = GroupRollUp.summarize(input, early);
        this.problems = ProblemFinder.find(input);
    }

    public ScheduleInput input() {
        return input;
    }

    /** The last day of the project (inclusive), or null when no action has a finish. */
    public LocalDate projectFinish() {
        return Days.lastDay(projectFinish);
    }

    /** The schedule of one action; throws {@link IllegalArgumentException} for an id not in the plan. */
    public TaskSchedule task(long id) {
        return view(input.indexOf(id));
    }

    /** Every action's schedule, in the order the actions were added. */
    public List<TaskSchedule> tasks() {
        List<TaskSchedule> all = new ArrayList<>(input.size());
        for (int task = 0; task < input.size(); task++) {
            all.add(view(task));
        }
        return all;
    }

    /** Every critical action (total slack zero), ordered by early start, then by link order. */
    public List<Long> criticalPath() {
        Long[] ids = new Long[critical.length];
        for (int i = 0; i < critical.length; i++) {
            ids[i] = input.ids[critical[i]];
        }
        return List.of(ids);
    }

    /**
     * The critical chains: each follows driving links (zero gap) between critical actions from one no critical
     * link drives to one that drives none. At most {@value CriticalPaths#MAX_CHAINS}; computed on first call.
     */
    public List<List<Long>> criticalPaths() {
        List<List<Long>> result = chains;
        if (result == null) {
            result = CriticalPaths.chains(input, early, totalSlack, critical);
            chains = result;
        }
        return result;
    }

    /** Summary spans per area and sub-area, ordered by key. */
    public List<GroupSummary> summaries() {
        return summaries;
    }

    /** Problems with the planned dates, by action in the order added. */
    public List<ScheduleProblem> problems() {
        return problems;
    }

    /**
     * What would move if one action got new planned dates: successors are pushed just enough to respect their
     * links, never pulled earlier, and only the downstream cone is re-evaluated. Nothing is changed.
     *
     * @param plannedStart the new planned start, required
     * @param plannedEnd   the new planned end; null makes the action open-ended
     * @return the actions whose early dates change, in topological order, the moved action included
     */
    public List<ScheduleShift> preview(long id, LocalDate plannedStart, LocalDate plannedEnd) {
        if (plannedStart == null) {
            throw new IllegalArgumentException("A move needs a planned start for action " + id + ".");
        }
        int task = input.indexOf(id);
        SchedulePreview.Workspace workspace = spareWorkspace.getAndSet(null);
        if (workspace == null) {
            workspace = new SchedulePreview.Workspace(early, input.graph.nodeCount());
        }
        List<ScheduleShift> shifts = new SchedulePreview(input, early, workspace)
                .move(task, Days.of(plannedStart), Days.of(plannedEnd));
        spareWorkspace.set(workspace);
        return shifts;
    }

    /** Bytes held by the result's arrays (an estimate from their lengths), the plan's own not included. */
    public long estimatedBytes() {
        return (4L * 6 + 1) * input.size() + 4L * critical.length + 8L * early.gateStart.length;
    }

    private TaskSchedule view(int task) {
        boolean open = early.open[task];
        return new TaskSchedule(input.ids[task], Days.date(early.start[task]),
                open ? null : Days.lastDay(early.finish[task]), Days.date(lateStart[task]),
                open ? null : Days.lastDay(lateFinish[task]), boxed(totalSlack[task]), boxed(freeSlack[task]),
                totalSlack[task] == 0);
    }

    private static Integer boxed(int days) {
        return days == Days.NONE ? null : days;
    }
}

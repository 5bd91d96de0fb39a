package io.reformbench.bench.scheduling;

import io.reformbench.core.domain.service.scheduling.Schedule;
import io.reformbench.core.domain.service.scheduling.ScheduleInput;
import io.reformbench.core.domain.service.scheduling.ScheduleShift;
import io.reformbench.core.domain.service.scheduling.Scheduler;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Times the engine's full recompute and one-move preview against the reference on the same seeded plans. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ScheduleBenchmark {

    private static final int MOVES = 64;

    @Param({"1000", "10000", "100000"})
    int actions;

    private final Scheduler scheduler = new Scheduler();
    private GeneratedPlan plan;
    private ScheduleInput input;
    private Schedule schedule;
    private Map<Long, ReferenceScheduler.Node> referenceGraph;
    private final long[] moveIds = new long[MOVES];
    private final LocalDate[] weekStarts = new LocalDate[MOVES];
    private final LocalDate[] weekEnds = new LocalDate[MOVES];
    private final LocalDate[] yearStarts = new LocalDate[MOVES];
    private final LocalDate[] yearEnds = new LocalDate[MOVES];
    private int nextMove;

    @Setup
    public void setUp() {
        plan = new GeneratedPlan(actions, 42).level();
        input = plan.toInput();
        schedule = scheduler.schedule(input);
        referenceGraph = ReferenceScheduler.graph(plan);
        ReferenceCheck.sameEarlyDatesAndSlack(schedule, ReferenceScheduler.schedule(referenceGraph));
        Random random = new Random(7);
        for (int m = 0; m < MOVES; m++) {
            int action = random.nextInt(actions);
            moveIds[m] = plan.ids[action];
            weekStarts[m] = LocalDate.ofEpochDay(plan.start[action] + 7);
            weekEnds[m] = LocalDate.ofEpochDay(plan.end[action] + 7);
            yearStarts[m] = LocalDate.ofEpochDay(plan.start[action] + 365);
            yearEnds[m] = LocalDate.ofEpochDay(plan.end[action] + 365);
        }
    }

    /** Both passes, slack, critical path, area summaries and problems over a built plan. */
    @Benchmark
    public Schedule engineRecompute() {
        return scheduler.schedule(input);
    }

    /** Kahn's sort and both passes over the prebuilt object graph. */
    @Benchmark
    public List<ReferenceScheduler.Node> referenceRecompute() {
        return ReferenceScheduler.schedule(referenceGraph);
    }

    /** From raw plan data: the builder (ids, CSR arrays, topological order), then a schedule. */
    @Benchmark
    public Schedule engineBuildAndSchedule() {
        return scheduler.schedule(plan.toInput());
    }

    /** From raw plan data: the object graph, then Kahn's sort and both passes. */
    @Benchmark
    public List<ReferenceScheduler.Node> referenceBuildAndSchedule() {
        return ReferenceScheduler.schedule(ReferenceScheduler.graph(plan));
    }

    /** One action moved a week later (a different one of 64 each call); about one action moves. */
    @Benchmark
    public List<ScheduleShift> enginePreviewWeek() {
        int move = nextMove++ & (MOVES - 1);
        return schedule.preview(moveIds[move], weekStarts[move], weekEnds[move]);
    }

    /** One action moved a year later, pushing on average about a hundred successors. */
    @Benchmark
    public List<ScheduleShift> enginePreviewYear() {
        int move = nextMove++ & (MOVES - 1);
        return schedule.preview(moveIds[move], yearStarts[move], yearEnds[move]);
    }
}

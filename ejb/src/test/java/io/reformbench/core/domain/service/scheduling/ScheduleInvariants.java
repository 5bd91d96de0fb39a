package io.reformbench.core.domain.service.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** Checks one schedule against the rules a correct critical-path schedule obeys, reading the engine's arrays. */
final class ScheduleInvariants {

    private final ScheduleInput input;
    private final Schedule schedule;
    private final EarlyDates early;
    private final ScheduleGraph graph;
    private final String where;

    ScheduleInvariants(ScheduleInput input, Schedule schedule, String where) {
        this.input = input;
        this.schedule = schedule;
        this.early = schedule.early;
        this.graph = input.graph;
        this.where = where;
    }

    /** A link binds its successor, and when the successor spans sub-actions, each of them. */
    void earlyDatesRespectEveryLink() {
        forEachLink((pred, succ, code) -> {
            if (early.scheduled(pred)) {
                for (int bound : boundTasks(succ)) {
                    assertThat(early.scheduled(bound)).as(where).isTrue();
                    if (Links.toStart(code) || !early.open[bound]) {
                        int driving = (Links.fromFinish(code) ? early.finish[pred] : early.start[pred])
                                + Links.lag(code);
                        int driven = Links.toStart(code) ? early.start[bound] : early.finish[bound];
                        assertThat(driven).as(where + ": link %d → %d", pred, bound).isGreaterThanOrEqualTo(driving);
                    }
                }
            }
        });
    }

    void earlyDatesRespectPlannedStarts() {
        for (int task = 0; task < input.size(); task++) {
            if (!early.isEnvelope(graph, task) && input.anchor[task] != Days.NONE) {
                assertThat(early.start[task]).as(where).isGreaterThanOrEqualTo(input.anchor[task]);
            }
        }
    }

    void lateDatesRespectEveryLinkAndSlackIsNeverNegative() {
        for (int task = 0; task < input.size(); task++) {
            if (schedule.totalSlack[task] != Days.NONE) {
                assertThat(schedule.totalSlack[task]).as(where).isNotNegative();
                boolean plain = graph.parent[task] < 0 && graph.gateOf[task] < 0;
                if (plain && schedule.freeSlack[task] != Days.NONE) {
                    assertThat(schedule.freeSlack[task]).as(where).isBetween(0, schedule.totalSlack[task]);
                }
            }
        }
        forEachLink((pred, succ, code) -> {
            for (int bound : boundTasks(succ)) {
                int from = Links.fromFinish(code) ? schedule.lateFinish[pred] : schedule.lateStart[pred];
                int to = Links.toStart(code) ? schedule.lateStart[bound] : schedule.lateFinish[bound];
                boolean idle = !Links.toStart(code) && early.open[bound];
                if (from != Days.NONE && to != Days.NONE && !idle) {
                    assertThat(from + Links.lag(code)).as(where + ": late %d → %d", pred, bound)
                            .isLessThanOrEqualTo(to);
                }
            }
        });
    }

    void criticalActionsHaveZeroSlackAndChainsFollowDrivingLinks() {
        for (long id : schedule.criticalPath()) {
            assertThat(schedule.task(id).totalSlackDays()).as(where).isZero();
        }
        long critical = schedule.tasks().stream().filter(TaskSchedule::critical).count();
        assertThat(schedule.criticalPath()).as(where).hasSize((int) critical);
        for (List<Long> chain : schedule.criticalPaths()) {
            for (int i = 0; i + 1 < chain.size(); i++) {
                int pred = input.indexOf(chain.get(i));
                int succ = input.indexOf(chain.get(i + 1));
                assertThat(hasZeroGapLink(pred, succ)).as(where + ": chain " + chain).isTrue();
            }
        }
    }

    private boolean hasZeroGapLink(int pred, int succ) {
        Csr succs = graph.successors;
        for (int i = succs.offsets[pred]; i < succs.offsets[pred + 1]; i++) {
            if (succs.targets[i] == succ && Slack.linkGap(graph, early, pred, succ, succs.codes[i]) == 0) {
                return true;
            }
        }
        return false;
    }

    /** The task itself, or the scheduled leaves under it when it spans sub-actions. */
    private List<Integer> boundTasks(int task) {
        List<Integer> tasks = new ArrayList<>();
        if (!early.isEnvelope(graph, task)) {
            tasks.add(task);
            return tasks;
        }
        for (int i = graph.children.offsets[task]; i < graph.children.offsets[task + 1]; i++) {
            int child = graph.children.targets[i];
            if (early.scheduled(child)) {
                tasks.addAll(boundTasks(child));
            }
        }
        return tasks;
    }

    private void forEachLink(LinkCheck check) {
        Csr succs = graph.successors;
        for (int pred = 0; pred < input.size(); pred++) {
            for (int i = succs.offsets[pred]; i < succs.offsets[pred + 1]; i++) {
                check.accept(pred, succs.targets[i], succs.codes[i]);
            }
        }
    }

    private interface LinkCheck {
        void accept(int pred, int succ, int code);
    }
}

package io.reformbench.web.rest;

import io.reformbench.core.application.PlanSchedule;
import io.reformbench.core.domain.model.action.RoadmapAction;
import io.reformbench.core.domain.service.scheduling.GroupSummary;
import io.reformbench.core.domain.service.scheduling.Schedule;
import io.reformbench.core.domain.service.scheduling.ScheduleProblem;
import io.reformbench.core.domain.service.scheduling.TaskSchedule;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A plan's schedule: per action its early and late dates and slack, the critical path, problems and area summaries. */
@JsonbPropertyOrder({"plan", "projectFinish", "actions", "criticalPath", "problems", "summaries"})
public record ScheduleDto(String plan, LocalDate projectFinish, List<TaskDto> actions, List<Long> criticalPath,
        List<ProblemDto> problems, List<SummaryDto> summaries) {

    static ScheduleDto of(PlanSchedule planSchedule, Locale locale) {
        Schedule schedule = planSchedule.schedule();
        Map<Long, String> numbers = new HashMap<>();
        planSchedule.actions().forEach(action -> numbers.put(action.id(), action.number()));
        List<TaskDto> tasks = planSchedule.actions().stream()
                .map(action -> TaskDto.of(action, schedule.task(action.id()))).toList();
        List<ProblemDto> problems = schedule.problems().stream()
                .map(problem -> ProblemDto.of(problem, numbers.get(problem.taskId()), locale)).toList();
        return new ScheduleDto(planSchedule.plan().key(), schedule.projectFinish(), tasks, schedule.criticalPath(),
                problems, schedule.summaries().stream().map(SummaryDto::of).toList());
    }

    /** One action's computed dates; finishes are inclusive and null for an open-ended action. */
    @JsonbPropertyOrder({"id", "number", "earlyStart", "earlyFinish", "lateStart", "lateFinish", "totalSlackDays",
        "freeSlackDays", "critical"})
    public record TaskDto(long id, String number, LocalDate earlyStart, LocalDate earlyFinish, LocalDate lateStart,
            LocalDate lateFinish, Integer totalSlackDays, Integer freeSlackDays, boolean critical) {

        static TaskDto of(RoadmapAction action, TaskSchedule task) {
            return new TaskDto(action.id(), action.number(), task.earlyStart(), task.earlyFinish(), task.lateStart(),
                    task.lateFinish(), task.totalSlackDays(), task.freeSlackDays(), task.critical());
        }
    }

    /**
     * A problem with one action's planned dates, in the caller's language, with the values it names in the
     * order {@code ProblemCode} lists them (action ids, dates, days) so a client can word it with action numbers.
     */
    @JsonbPropertyOrder({"item", "number", "code", "message", "arguments"})
    public record ProblemDto(long item, String number, String code, String message, List<Object> arguments) {

        static ProblemDto of(ScheduleProblem problem, String number, Locale locale) {
            return new ProblemDto(problem.taskId(), number, problem.code().name(), problem.message(locale),
                    problem.arguments());
        }
    }

    /** The span of an area ({@code subArea} null) or of one of its sub-areas. */
    @JsonbPropertyOrder({"key", "area", "subArea", "start", "finish", "actions", "openEnded"})
    public record SummaryDto(String key, String area, String subArea, LocalDate start, LocalDate finish, int actions,
            boolean openEnded) {

        static SummaryDto of(GroupSummary summary) {
            int slash = summary.key().indexOf('/');
            String area = slash < 0 ? summary.key() : summary.key().substring(0, slash);
            String subArea = slash < 0 ? null : summary.key().substring(slash + 1);
            return new SummaryDto(summary.key(), area, subArea, summary.start(), summary.finish(), summary.taskCount(),
                    summary.openEnded());
        }
    }
}

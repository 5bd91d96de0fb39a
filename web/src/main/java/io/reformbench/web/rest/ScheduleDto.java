package io.reformbench.web.rest;

import io.reformbench.core.domain.service.scheduling.Schedule;
import io.reformbench.core.domain.service.scheduling.ScheduleProblem;
import io.reformbench.core.domain.service.scheduling.ScheduleShift;
import io.reformbench.core.domain.service.scheduling.TaskSchedule;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The schedule as the API shows it: dates and slack per action, the critical path and the problems. */
public record ScheduleDto(List<TaskDto> actions, List<Long> criticalPath, List<ProblemDto> problems, LocalDate projectFinish) {

    /** One action's early and late dates, slack and whether it is critical. */
    public record TaskDto(long id, LocalDate earlyStart, LocalDate earlyFinish, LocalDate lateStart, LocalDate lateFinish,
            Integer totalSlackDays, Integer freeSlackDays, boolean critical) {

        static TaskDto of(TaskSchedule task) {
            return new TaskDto(task.id(), task.earlyStart(), task.earlyFinish(), task.lateStart(), task.lateFinish(),
                    task.totalSlackDays(), task.freeSlackDays(), task.critical());
        }
    }

    /** A problem with the planned dates, shown on one action, in the asker's language, with what it names. */
    public record ProblemDto(long item, String code, String message, List<Object> arguments) {

        static ProblemDto of(ScheduleProblem problem, Locale locale) {
            return new ProblemDto(problem.taskId(), problem.code().name(), problem.message(locale), problem.arguments());
        }
    }

    /** An action a move would push: old and new start and finish, and by how many days. */
    public record ShiftDto(long id, LocalDate oldStart, LocalDate oldFinish, LocalDate newStart, LocalDate newFinish,
            Integer shiftDays) {

        static ShiftDto of(ScheduleShift shift) {
            return new ShiftDto(shift.id(), shift.oldStart(), shift.oldFinish(), shift.newStart(), shift.newFinish(),
                    shift.shiftDays());
        }
    }

    static ScheduleDto of(Schedule schedule, Locale locale) {
        return new ScheduleDto(schedule.tasks().stream().map(TaskDto::of).toList(), schedule.criticalPath(),
                schedule.problems().stream().map(p -> ProblemDto.of(p, locale)).toList(), schedule.projectFinish());
    }
}

package io.reformbench.core.application.internal;

import io.reformbench.core.application.ActionEdit;
import io.reformbench.core.application.ActionField;
import io.reformbench.core.application.InvalidInputException;
import io.reformbench.core.application.InvalidInputException.FieldProblem;
import io.reformbench.core.domain.model.action.ActionSchedule;
import io.reformbench.core.domain.model.action.ActionStatus;
import io.reformbench.core.domain.model.action.InvalidActionException;
import io.reformbench.core.domain.model.action.RoadmapAction;
import io.reformbench.core.domain.model.action.TimeFrame;
import io.reformbench.core.domain.model.area.ReformArea;
import io.reformbench.core.domain.model.area.SubArea;
import io.reformbench.core.domain.model.shared.LocalizedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Applies an edit to an action after checking every field, so a caller hears of all its mistakes at once. */
final class ActionEditor {

    private static final int MAX_TITLE = 2000;
    private static final int MAX_RESPONSIBLE = 200;

    private final List<ReformArea> areas;
    private final List<FieldProblem> problems = new ArrayList<>();

    ActionEditor(List<ReformArea> planAreas) {
        this.areas = planAreas;
    }

    /** Checks the edit against the action's current state and applies it, or throws listing every problem. */
    void apply(ActionEdit edit, RoadmapAction action) {
        ReformArea area = resolveArea(edit, action);
        SubArea subArea = resolveSubArea(edit, action, area);
        LocalizedText title = checkTitle(edit, action);
        String responsible = checkLength(ActionField.RESPONSIBLE,
                edit.valueOr(ActionField.RESPONSIBLE, action.responsible()), MAX_RESPONSIBLE);
        ActionStatus status = edit.valueOr(ActionField.STATUS, action.status());
        if (status == null) {
            problems.add(new FieldProblem("status", "A status is required: one of " + List.of(ActionStatus.values()) + "."));
        }
        Integer progress = edit.valueOr(ActionField.PROGRESS, action.progress());
        if (progress == null || progress < 0 || progress > 100) {
            problems.add(new FieldProblem("progress", "Progress is a percentage from 0 to 100, not " + progress + "."));
        }
        ActionSchedule schedule = checkSchedule(edit, action.schedule());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        action.placeIn(area, subArea);
        action.retitle(title);
        action.reframe(edit.valueOr(ActionField.TIME_FRAME, action.timeFrame()) == null
                ? TimeFrame.none() : edit.valueOr(ActionField.TIME_FRAME, action.timeFrame()));
        action.reschedule(schedule);
        action.assignTo(responsible);
        action.report(status, progress);
    }

    private ReformArea resolveArea(ActionEdit edit, RoadmapAction action) {
        if (!edit.mentions(ActionField.AREA)) {
            return action.area();
        }
        String key = edit.valueOr(ActionField.AREA, null);
        return areas.stream().filter(area -> area.key().equals(key)).findFirst().orElseGet(() -> {
            problems.add(new FieldProblem("area", "There is no area '" + key + "' in this plan; the areas are "
                    + areas.stream().map(ReformArea::key).collect(Collectors.joining(", ")) + "."));
            return action.area();
        });
    }

    private SubArea resolveSubArea(ActionEdit edit, RoadmapAction action, ReformArea area) {
        if (!edit.mentions(ActionField.SUB_AREA)) {
            boolean stillInArea = action.subArea() != null && area != null && action.subArea().area().equals(area);
            return stillInArea ? action.subArea() : null;
        }
        String key = edit.valueOr(ActionField.SUB_AREA, null);
        if (key == null || key.isBlank() || area == null) {
            return null;
        }
        return area.subArea(key).orElseGet(() -> {
            problems.add(new FieldProblem("subArea", "The area '" + area.key() + "' has no sub-area '" + key + "'."));
            return null;
        });
    }

    private LocalizedText checkTitle(ActionEdit edit, RoadmapAction action) {
        LocalizedText current = action.title() == null ? new LocalizedText(null, null) : action.title();
        String zh = checkLength(ActionField.TITLE_ZH, edit.valueOr(ActionField.TITLE_ZH, current.zh()), MAX_TITLE);
        String en = checkLength(ActionField.TITLE_EN, edit.valueOr(ActionField.TITLE_EN, current.en()), MAX_TITLE);
        if (isBlank(zh) && isBlank(en)) {
            problems.add(new FieldProblem("title", "An action needs a title in at least one language."));
        }
        return new LocalizedText(zh, en);
    }

    private String checkLength(ActionField field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field.apiName(), "At most " + max + " characters, not " + value.length() + "."));
        }
        return value;
    }

    private ActionSchedule checkSchedule(ActionEdit edit, ActionSchedule current) {
        LocalDate plannedStart = edit.valueOr(ActionField.PLANNED_START, current.plannedStart());
        LocalDate plannedEnd = edit.valueOr(ActionField.PLANNED_END, current.plannedEnd());
        LocalDate actualStart = edit.valueOr(ActionField.ACTUAL_START, current.actualStart());
        LocalDate actualEnd = edit.valueOr(ActionField.ACTUAL_END, current.actualEnd());
        try {
            return new ActionSchedule(plannedStart, plannedEnd, actualStart, actualEnd);
        } catch (InvalidActionException e) {
            problems.add(new FieldProblem(e.field(), e.getMessage()));
            return current;
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}

package io.reformbench.web.rest;

import io.reformbench.core.application.ActionEdit;
import io.reformbench.core.application.InvalidInputException;
import io.reformbench.core.application.InvalidInputException.FieldProblem;
import io.reformbench.core.domain.model.action.ActionStatus;
import io.reformbench.core.domain.model.action.TimeFrame;
import io.reformbench.core.domain.model.action.TimeFrameKind;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Reads an action's JSON into an edit, naming every field that is malformed rather than stopping at the first. */
final class ActionJsonReader {

    private static final Set<String> KNOWN = Set.of("id", "number", "parent", "area", "subArea", "title",
            "timeFrame", "plannedStart", "plannedEnd", "actualStart", "actualEnd", "status", "progress",
            "responsible", "custom", "archived", "version");

    private final List<FieldProblem> problems = new ArrayList<>();

    static ActionEdit read(JsonObject json) {
        return new ActionJsonReader().toEdit(json);
    }

    private ActionEdit toEdit(JsonObject json) {
        ActionEdit edit = ActionEdit.create();
        json.keySet().stream().filter(key -> !KNOWN.contains(key)).forEach(key ->
                problems.add(new FieldProblem(key, "Unknown field; the fields are " + KNOWN + ".")));
        text(json, "number").ifPresent(edit::number);
        text(json, "area").ifPresent(edit::area);
        text(json, "subArea").ifPresent(edit::subArea);
        text(json, "responsible").ifPresent(edit::responsible);
        readTitle(json, edit);
        date(json, "plannedStart").ifPresent(edit::plannedStart);
        date(json, "plannedEnd").ifPresent(edit::plannedEnd);
        date(json, "actualStart").ifPresent(edit::actualStart);
        date(json, "actualEnd").ifPresent(edit::actualEnd);
        readStatus(json, edit);
        readProgress(json, edit);
        readTimeFrame(json, edit);
        readCustom(json, edit);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return edit;
    }

    private Present<String> text(JsonObject json, String field) {
        if (!json.containsKey(field)) {
            return Present.absent();
        }
        JsonValue value = json.get(field);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return Present.of(null);
        }
        if (value instanceof JsonString string) {
            return Present.of(string.getString());
        }
        problems.add(new FieldProblem(field, "Expected a text (JSON string)."));
        return Present.absent();
    }

    private Present<LocalDate> date(JsonObject json, String field) {
        Present<String> raw = text(json, field);
        if (!raw.present() || raw.value() == null) {
            return raw.present() ? Present.of(null) : Present.absent();
        }
        try {
            return Present.of(LocalDate.parse(raw.value()));
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "'" + raw.value() + "' is not a valid date; use YYYY-MM-DD."));
            return Present.absent();
        }
    }

    private void readTitle(JsonObject json, ActionEdit edit) {
        if (!json.containsKey("title")) {
            return;
        }
        if (!(json.get("title") instanceof JsonObject title)) {
            problems.add(new FieldProblem("title", "Expected an object such as {\"zh\": \"…\", \"en\": \"…\"}."));
            return;
        }
        text(title, "zh").ifPresent(edit::titleZh);
        text(title, "en").ifPresent(edit::titleEn);
    }

    private void readStatus(JsonObject json, ActionEdit edit) {
        text(json, "status").ifPresent(status -> {
            try {
                edit.status(status == null ? null : ActionStatus.valueOf(status));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("status", "Unknown status '" + status + "'; it is one of "
                        + Arrays.toString(ActionStatus.values()) + "."));
            }
        });
    }

    private void readProgress(JsonObject json, ActionEdit edit) {
        if (!json.containsKey("progress")) {
            return;
        }
        if (json.get("progress") instanceof JsonNumber number && number.isIntegral()) {
            edit.progress(number.intValue());
        } else {
            problems.add(new FieldProblem("progress", "Expected a whole number from 0 to 100."));
        }
    }

    private void readTimeFrame(JsonObject json, ActionEdit edit) {
        if (!json.containsKey("timeFrame")) {
            return;
        }
        if (json.get("timeFrame").getValueType() == JsonValue.ValueType.NULL) {
            edit.timeFrame(TimeFrame.none());
            return;
        }
        if (!(json.get("timeFrame") instanceof JsonObject frame)) {
            problems.add(new FieldProblem("timeFrame", "Expected {\"kind\": \"YEAR|FROM_YEAR|RANGE|NONE\", \"from\": 2019, \"to\": 2020}."));
            return;
        }
        String kindText = frame.get("kind") instanceof JsonString kindString ? kindString.getString() : "";
        if (Arrays.stream(TimeFrameKind.values()).noneMatch(kind -> kind.name().equals(kindText))) {
            problems.add(new FieldProblem("timeFrame.kind", "Unknown kind '" + kindText + "'; it is one of "
                    + Arrays.toString(TimeFrameKind.values()) + "."));
            return;
        }
        try {
            TimeFrameKind kind = TimeFrameKind.valueOf(kindText);
            edit.timeFrame(TimeFrame.of(kind, year(frame, "from"), year(frame, "to")));
        } catch (IllegalArgumentException | ClassCastException e) {
            problems.add(new FieldProblem("timeFrame", e.getMessage()));
        }
    }

    private void readCustom(JsonObject json, ActionEdit edit) {
        if (!json.containsKey("custom")) {
            return;
        }
        if (!(json.get("custom") instanceof JsonObject custom)) {
            problems.add(new FieldProblem("custom", "Expected an object of field keys and values."));
            return;
        }
        custom.forEach((key, value) -> edit.custom(key, plain(value)));
    }

    /** A JSON value as the plain Java value the core checks against the field's type. */
    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
            default -> value.toString();
        };
    }

    private static Integer year(JsonObject frame, String field) {
        JsonValue value = frame.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            return number.intValue();
        }
        throw new IllegalArgumentException("The year '" + field + "' must be a whole number.");
    }
}

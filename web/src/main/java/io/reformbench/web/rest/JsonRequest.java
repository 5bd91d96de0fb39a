package io.reformbench.web.rest;

import io.reformbench.core.application.InvalidInputException;
import io.reformbench.core.application.InvalidInputException.FieldProblem;
import jakarta.json.JsonArray;
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
import java.util.TreeSet;

/** Reads the fields of a small JSON request, collecting every malformed field so the caller hears of all at once. */
final class JsonRequest {

    private final JsonObject json;
    private final String prefix;
    private final List<FieldProblem> problems;

    private JsonRequest(JsonObject json, String prefix, List<FieldProblem> problems) {
        this.json = json;
        this.prefix = prefix;
        this.problems = problems;
    }

    /** A reader of the body; a missing body is refused at once, naming what to send. */
    static JsonRequest of(JsonValue body, String what, String... known) {
        if (!(body instanceof JsonObject object)) {
            throw new InvalidInputException("body", "Send " + what + " as a JSON object.");
        }
        JsonRequest request = new JsonRequest(object, "", new ArrayList<>());
        request.allowOnly(known);
        return request;
    }

    /** A reader of a nested object whose problems are named {@code field.sub} and reported with this request's. */
    JsonRequest nested(JsonObject object, String field, String... known) {
        JsonRequest nested = new JsonRequest(object, prefix + field + ".", problems);
        nested.allowOnly(known);
        return nested;
    }

    private void allowOnly(String... known) {
        Set<String> allowed = new TreeSet<>(Arrays.asList(known));
        json.keySet().stream().filter(key -> !allowed.contains(key))
                .forEach(key -> problem(key, "Unknown field; the fields are " + allowed + "."));
    }

    boolean has(String field) {
        return json.containsKey(field);
    }

    void problem(String field, String message) {
        problems.add(new FieldProblem(prefix + field, message));
    }

    /** A whole number; {@code fallback} when absent (a required field passes null and is reported missing). */
    Long number(String field, Long fallback) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (fallback == null) {
                problem(field, "Required: a whole number.");
            }
            return fallback;
        }
        if (value instanceof JsonNumber number && number.isIntegral() && fitsLong(number)) {
            return number.longValue();
        }
        problem(field, "Expected a whole number, not " + value + ".");
        return fallback;
    }

    private static boolean fitsLong(JsonNumber number) {
        return number.bigIntegerValue().bitLength() < Long.SIZE;
    }

    /** A text, or null when absent or null. */
    String text(String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        problem(field, "Expected a text (JSON string).");
        return null;
    }

    /** An ISO date, or null when absent, null or malformed (malformed is reported). */
    LocalDate date(String field) {
        String text = text(field);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(field, "'" + text + "' is not a valid date; use YYYY-MM-DD.");
            return null;
        }
    }

    /** The elements of an array of objects; reports a missing or malformed array. */
    List<JsonObject> objects(String field) {
        if (!(json.get(field) instanceof JsonArray array)) {
            problem(field, "Required: a list of objects.");
            return List.of();
        }
        List<JsonObject> objects = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof JsonObject object) {
                objects.add(object);
            } else {
                problem(field + "[" + i + "]", "Expected an object.");
            }
        }
        return objects;
    }

    /** The texts of an array of strings, or the fallback when absent; reports a malformed array. */
    List<String> texts(String field, List<String> fallback) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return fallback;
        }
        if (!(value instanceof JsonArray array) || array.stream().anyMatch(v -> !(v instanceof JsonString))) {
            problem(field, "Expected a list of texts (JSON strings).");
            return List.of();
        }
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /** A boolean, or the fallback when absent; reports anything else. */
    boolean flag(String field, boolean fallback) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return fallback;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        problem(field, "Expected true or false.");
        return fallback;
    }

    /** Throws every problem found so far as one 400. */
    void done() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}

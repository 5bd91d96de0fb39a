package io.reformbench.core.application.internal;

import io.reformbench.api.contribution.FieldType;
import io.reformbench.api.contribution.FieldValue;
import io.reformbench.api.contribution.ItemField;
import io.reformbench.core.application.InvalidInputException;
import io.reformbench.core.application.InvalidInputException.FieldProblem;
import io.reformbench.core.domain.model.action.RoadmapAction;
import io.reformbench.core.domain.model.attribute.ActionAttribute;
import io.reformbench.core.domain.model.attribute.AttributeRepository;
import io.reformbench.core.domain.model.attribute.FieldValues;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks and applies values of plugin-contributed fields against the field definitions of the action's area,
 * reporting every bad value at once and returning what changed for the audit trail.
 */
final class CustomFieldEditor {

    private static final int MAX_TEXT = 2000;

    private final List<ItemField> fields;
    private final AttributeRepository attributes;
    private final List<FieldProblem> problems = new ArrayList<>();

    CustomFieldEditor(List<ItemField> fields, AttributeRepository attributes) {
        this.fields = fields;
        this.attributes = attributes;
    }

    /** Checks every value first; writes nothing unless all fit. Returns field key → {old text, new text}. */
    Map<String, String[]> apply(RoadmapAction action, Map<String, Object> rawValues) {
        Map<String, Optional<FieldValue>> parsed = new LinkedHashMap<>();
        rawValues.forEach((key, raw) -> field(key).ifPresentOrElse(
                field -> parse(field, raw).ifPresent(value -> parsed.put(key, value)),
                () -> problems.add(new FieldProblem("custom." + key, "The area '" + action.area().key()
                        + "' has no field '" + key + "'; its fields are "
                        + fields.stream().map(ItemField::key).toList() + "."))));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return write(action, parsed);
    }

    private Map<String, String[]> write(RoadmapAction action, Map<String, Optional<FieldValue>> values) {
        Map<String, ActionAttribute> current = new LinkedHashMap<>();
        attributes.findAll(action).forEach(attribute -> current.put(attribute.fieldKey(), attribute));
        Map<String, String[]> changes = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            ActionAttribute existing = current.get(key);
            String before = existing == null ? null : existing.value();
            String after = value.map(FieldValues::text).orElse(null);
            if (java.util.Objects.equals(before, after)) {
                return;
            }
            if (value.isEmpty()) {
                attributes.remove(existing);
            } else if (existing == null) {
                attributes.store(new ActionAttribute(action, key, value.get().type(), after));
            } else {
                existing.change(value.get().type(), after);
            }
            changes.put(key, new String[] {before, after});
        });
        return changes;
    }

    private Optional<ItemField> field(String key) {
        return fields.stream().filter(field -> field.key().equals(key)).findFirst();
    }

    /** The value, empty for a cleared field, or nothing (with a problem noted) when it does not fit. */
    private Optional<Optional<FieldValue>> parse(ItemField field, Object raw) {
        String name = "custom." + field.key();
        if (raw == null) {
            if (field.required()) {
                problems.add(new FieldProblem(name, "This field is required and cannot be cleared."));
                return Optional.empty();
            }
            return Optional.of(Optional.empty());
        }
        try {
            FieldValue value = convert(field, raw);
            checkRange(field, value);
            return Optional.of(Optional.of(value));
        } catch (IllegalArgumentException | ClassCastException | ArithmeticException | DateTimeParseException e) {
            problems.add(new FieldProblem(name, message(field, raw, e)));
            return Optional.empty();
        }
    }

    private static FieldValue convert(ItemField field, Object raw) {
        return switch (field.type()) {
            case STRING -> new FieldValue.Text(text(raw));
            case NUMBER -> new FieldValue.Whole(((BigDecimal) raw).longValueExact());
            case DECIMAL -> new FieldValue.Decimal((BigDecimal) raw);
            case DATE -> new FieldValue.Date(LocalDate.parse((String) raw));
            case BOOLEAN -> new FieldValue.Flag((Boolean) raw);
            case CHOICE -> new FieldValue.Choice(field.choice((String) raw).orElseThrow(() ->
                    new IllegalArgumentException("'" + raw + "' is not one of " + field.choices().stream()
                            .map(choice -> choice.key()).toList() + ".")).key());
        };
    }

    private static String text(Object raw) {
        String text = (String) raw;
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("At most " + MAX_TEXT + " characters, not " + text.length() + ".");
        }
        return text;
    }

    private static void checkRange(ItemField field, FieldValue value) {
        if (value instanceof FieldValue.Text text) {
            checkLength(field, text.value());
            return;
        }
        BigDecimal number = value instanceof FieldValue.Whole whole ? BigDecimal.valueOf(whole.value())
                : value instanceof FieldValue.Decimal decimal ? decimal.value() : null;
        if (number == null) {
            return;
        }
        field.min().filter(min -> number.compareTo(min) < 0).ifPresent(min -> {
            throw new IllegalArgumentException(number.toPlainString() + " is below the minimum " + min.toPlainString() + ".");
        });
        field.max().filter(max -> number.compareTo(max) > 0).ifPresent(max -> {
            throw new IllegalArgumentException(number.toPlainString() + " is above the maximum " + max.toPlainString() + ".");
        });
    }

    /** For text, the field's min and max are its shortest and longest length in characters. */
    private static void checkLength(ItemField field, String text) {
        int length = text.codePointCount(0, text.length());
        field.min().filter(min -> BigDecimal.valueOf(length).compareTo(min) < 0).ifPresent(min -> {
            throw new IllegalArgumentException("At least " + min.toPlainString() + " characters, not " + length + ".");
        });
        field.max().filter(max -> BigDecimal.valueOf(length).compareTo(max) > 0).ifPresent(max -> {
            throw new IllegalArgumentException("At most " + max.toPlainString() + " characters, not " + length + ".");
        });
    }

    private static String message(ItemField field, Object raw, RuntimeException e) {
        if (e instanceof ClassCastException || e instanceof DateTimeParseException || e instanceof ArithmeticException) {
            return "'" + raw + "' is not a " + expected(field.type()) + ".";
        }
        return e.getMessage();
    }

    private static String expected(FieldType type) {
        return switch (type) {
            case STRING -> "text";
            case NUMBER -> "whole number";
            case DECIMAL -> "number";
            case DATE -> "date (YYYY-MM-DD)";
            case BOOLEAN -> "true or false";
            case CHOICE -> "choice key";
        };
    }
}

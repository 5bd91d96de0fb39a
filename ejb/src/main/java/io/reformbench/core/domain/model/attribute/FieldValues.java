package io.reformbench.core.domain.model.attribute;

import io.reformbench.api.contribution.FieldType;
import io.reformbench.api.contribution.FieldValue;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Converts field values to and from the canonical text kept in the database and shown in the audit trail. */
public final class FieldValues {

    private FieldValues() {
    }

    public static String text(FieldValue value) {
        if (value instanceof FieldValue.Text text) {
            return text.value();
        } else if (value instanceof FieldValue.Whole whole) {
            return Long.toString(whole.value());
        } else if (value instanceof FieldValue.Decimal decimal) {
            return decimal.value().toPlainString();
        } else if (value instanceof FieldValue.Date date) {
            return date.value().toString();
        } else if (value instanceof FieldValue.Flag flag) {
            return Boolean.toString(flag.value());
        }
        return ((FieldValue.Choice) value).key();
    }

    public static FieldValue parse(FieldType type, String text) {
        return switch (type) {
            case STRING -> new FieldValue.Text(text);
            case NUMBER -> new FieldValue.Whole(Long.parseLong(text));
            case DECIMAL -> new FieldValue.Decimal(new BigDecimal(text));
            case DATE -> new FieldValue.Date(LocalDate.parse(text));
            case BOOLEAN -> new FieldValue.Flag(Boolean.parseBoolean(text));
            case CHOICE -> new FieldValue.Choice(text);
        };
    }
}

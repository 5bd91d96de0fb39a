package io.reformbench.api.contribution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A custom field's value on one action, typed by the field's {@link FieldType}.
 *
 * @since 1.0
 */
public sealed interface FieldValue {

    /**
     * The field type this value belongs to.
     *
     * @return the type
     */
    FieldType type();

    /**
     * A {@link FieldType#STRING} value.
     *
     * @param value the text
     */
    record Text(String value) implements FieldValue {
        /** Checks that the text is present. */
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public FieldType type() {
            return FieldType.STRING;
        }
    }

    /**
     * A {@link FieldType#NUMBER} value.
     *
     * @param value the whole number
     */
    record Whole(long value) implements FieldValue {
        @Override
        public FieldType type() {
            return FieldType.NUMBER;
        }
    }

    /**
     * A {@link FieldType#DECIMAL} value.
     *
     * @param value the decimal number
     */
    record Decimal(BigDecimal value) implements FieldValue {
        /** Checks that the number is present. */
        public Decimal {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public FieldType type() {
            return FieldType.DECIMAL;
        }
    }

    /**
     * A {@link FieldType#DATE} value.
     *
     * @param value the date
     */
    record Date(LocalDate value) implements FieldValue {
        /** Checks that the date is present. */
        public Date {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public FieldType type() {
            return FieldType.DATE;
        }
    }

    /**
     * A {@link FieldType#BOOLEAN} value.
     *
     * @param value yes or no
     */
    record Flag(boolean value) implements FieldValue {
        @Override
        public FieldType type() {
            return FieldType.BOOLEAN;
        }
    }

    /**
     * A {@link FieldType#CHOICE} value.
     *
     * @param key the chosen {@link FieldChoice#key()}
     */
    record Choice(String key) implements FieldValue {
        /** Checks that the key is present. */
        public Choice {
            Objects.requireNonNull(key, "key");
        }

        @Override
        public FieldType type() {
            return FieldType.CHOICE;
        }
    }
}

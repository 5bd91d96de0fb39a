package io.reformbench.api.contribution;

/**
 * The kinds of value a custom item field holds.
 *
 * @since 1.0
 */
public enum FieldType {
    /** Free text. */
    STRING,
    /** A whole number. */
    NUMBER,
    /** A decimal number, such as an amount of money. */
    DECIMAL,
    /** A calendar date. */
    DATE,
    /** Yes or no. */
    BOOLEAN,
    /** One key out of a fixed list of choices. */
    CHOICE
}

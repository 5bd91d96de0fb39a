package io.reformbench.core.domain.model.action;

/** The four shapes a report's time frame takes: one year, from a year on, a range of years, or none. */
public enum TimeFrameKind {
    /** {@code 2019 年}: that year. */
    YEAR,
    /** {@code 2019 年起}: from that year onwards, open-ended. */
    FROM_YEAR,
    /** {@code 2019 至 2020 年}: a range of whole years. */
    RANGE,
    /** No time frame given. */
    NONE
}

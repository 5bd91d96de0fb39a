package io.reformbench.core.domain.service.scheduling;

/** What is wrong with an action's planned dates; each code has a message in {@code ScheduleMessages}. */
public enum ProblemCode {

    /** Planned dates outside the time-frame window. Arguments: id, planned start, planned end, window start, window end. */
    OUTSIDE_TIME_FRAME,

    /** Planned dates break a link. Arguments: predecessor id, successor id, link type, lag days, days too early. */
    DEPENDENCY_VIOLATED,

    /** Neither a planned start nor a planned end. Arguments: id. */
    NO_DATES,

    /** A sub-action planned outside its parent's planned dates. Arguments: id, parent id, parent start, parent end. */
    OUTSIDE_PARENT,

    /** The planned end comes before the planned start. Arguments: id, planned start, planned end. */
    END_BEFORE_START
}

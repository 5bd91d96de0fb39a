package io.reformbench.core.domain.service.scheduling;

import java.time.LocalDate;

/**
 * The summary bar of an area or sub-area: the span of the early dates of every scheduled action in it.
 *
 * @param key        the group key, e.g. {@code rc-system} or {@code rc-system/country-teams}
 * @param start      the earliest early start, null when no action in the group is scheduled
 * @param finish     the latest early finish (inclusive), null when no action in the group has a finish
 * @param taskCount  how many scheduled actions the group holds, sub-groups included
 * @param openEnded  whether an open-ended action keeps the group running past {@code finish}
 */
public record GroupSummary(String key, LocalDate start, LocalDate finish, int taskCount, boolean openEnded) {
}

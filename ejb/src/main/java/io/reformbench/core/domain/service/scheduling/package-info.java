/**
 * The scheduling engine: plain Java, no container, no JPA. A {@link
 * io.reformbench.core.domain.service.scheduling.ScheduleInput} (built once, immutable, array-based) goes into
 * {@link io.reformbench.core.domain.service.scheduling.Scheduler#schedule}, which returns a {@link
 * io.reformbench.core.domain.service.scheduling.Schedule} with early and late dates, slack, the critical path,
 * area summaries, planned-date problems and incremental move previews.
 *
 * <p>Semantics (see {@code docs/scheduling.md}):
 * <ul>
 *   <li>Dates are inclusive: an action planned 1 to 10 January lasts 10 days; the shortest action lasts one
 *       day. Internally a finish is exclusive (the day after the last day), which makes the four link types
 *       uniform: FS {@code S ≥ F' + lag}, SS {@code S ≥ S' + lag}, FF {@code F ≥ F' + lag}, SF
 *       {@code F ≥ S' + lag}.</li>
 *   <li>Early start = the latest of the planned start and every link constraint; the planned start acts as
 *       "start no earlier than", so the schedule never breaks a link, and planned dates that do are reported as
 *       problems. Late dates come backwards from the project finish (the latest early finish of the actions that
 *       have a finish); total slack = late start − early start, never negative.</li>
 *   <li>An open-ended action (a start, no end) is scheduled from its start, has no finish, and does not bound
 *       the project finish; for its FS and FF successors it counts as finishing at the end of its first day.
 *       Links that constrain an open-ended successor's finish (FF, SF) are idle.</li>
 *   <li>An action without dates is reported (NO_DATES) and, when a link drives it, scheduled as a one-day action
 *       from its constraints; otherwise it stays unscheduled. An action with only an end is a one-day action on
 *       that day.</li>
 *   <li>A parent with scheduled sub-actions spans their envelope; links into it bind every sub-action, its
 *       planned start binds the dated ones, and links out of it leave from the envelope.</li>
 * </ul>
 */
package io.reformbench.core.domain.service.scheduling;

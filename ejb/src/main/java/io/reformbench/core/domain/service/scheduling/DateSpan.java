package io.reformbench.core.domain.service.scheduling;

import java.time.LocalDate;

/**
 * A start and an inclusive finish, either of which may be missing; what a baseline snapshot keeps per action.
 */
public record DateSpan(LocalDate start, LocalDate finish) {
}

package io.reformbench.api.contribution;

import io.reformbench.api.service.ActionSnapshot;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link ReportBuilder} gets to write one report.
 *
 * @param planKey the plan reported on
 * @param language the language tag the reader asked for
 * @param actions the plan's actions, ordered by number
 * @since 1.0
 */
public record ReportRequest(String planKey, String language, List<ActionSnapshot> actions) {

    /** Checks that the parts are present and freezes the list. */
    public ReportRequest {
        Objects.requireNonNull(planKey, "planKey");
        Objects.requireNonNull(language, "language");
        actions = List.copyOf(actions);
    }
}

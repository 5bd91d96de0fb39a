package io.reformbench.web.rest;

import io.reformbench.core.application.ActionVariance;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/** How far each action's planned dates have moved since a baseline, in days (positive: later). */
@JsonbPropertyOrder({"baseline", "actions"})
public record VarianceDto(BaselineDto baseline, List<ActionVarianceDto> actions) {

    /** One action's planned dates in the baseline and now. */
    @JsonbPropertyOrder({"id", "number", "baselineStart", "baselineEnd", "plannedStart", "plannedEnd",
        "startVarianceDays", "finishVarianceDays"})
    public record ActionVarianceDto(long id, String number, LocalDate baselineStart, LocalDate baselineEnd,
            LocalDate plannedStart, LocalDate plannedEnd, Integer startVarianceDays, Integer finishVarianceDays) {

        static ActionVarianceDto of(ActionVariance variance) {
            return new ActionVarianceDto(variance.id(), variance.number(), variance.baselineStart(),
                    variance.baselineEnd(), variance.plannedStart(), variance.plannedEnd(),
                    variance.startVarianceDays(), variance.finishVarianceDays());
        }
    }
}

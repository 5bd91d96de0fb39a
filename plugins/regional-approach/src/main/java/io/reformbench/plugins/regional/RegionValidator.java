package io.reformbench.plugins.regional;

import io.reformbench.api.contribution.ItemValidator;
import io.reformbench.api.extension.Problem;
import io.reformbench.api.service.ActionSnapshot;
import io.reformbench.api.service.ActionStatus;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/** Warns when regional work is under way or done without naming the region it serves. */
@Component(service = ItemValidator.class)
public class RegionValidator implements ItemValidator {

    static final String AREA = "regional-approach";
    static final String FIELD = "region";

    @Override
    public List<Problem> validate(ActionSnapshot action) {
        boolean started = action.status() == ActionStatus.IN_PROGRESS || action.status() == ActionStatus.COMPLETED;
        if (!action.area().equals(AREA) || !started || action.value(FIELD).isPresent()) {
            return List.of();
        }
        return List.of(Problem.warning("REGION_MISSING", action.number(),
                "Action " + action.number() + " is under way; name the region it serves."));
    }
}

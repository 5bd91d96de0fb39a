package io.reformbench.plugins.countryteams;

import io.reformbench.api.contribution.FieldValue;
import io.reformbench.api.contribution.ItemValidator;
import io.reformbench.api.extension.Problem;
import io.reformbench.api.service.ActionSnapshot;
import io.reformbench.api.service.ActionStatus;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/** Warns when a completed action on the Cooperation Framework or country programmes is not marked as aligned. */
@Component(service = ItemValidator.class)
public class AlignmentValidator implements ItemValidator {

    static final String AREA = "country-teams";
    static final String FIELD = "alignedWithCooperationFramework";
    private static final Set<String> SUB_AREAS = Set.of("cooperation-framework", "country-programmes");

    @Override
    public List<Problem> validate(ActionSnapshot action) {
        boolean concerned = action.area().equals(AREA) && action.subArea().filter(SUB_AREAS::contains).isPresent()
                && action.status() == ActionStatus.COMPLETED;
        boolean aligned = action.value(FIELD).filter(value -> value instanceof FieldValue.Flag flag && flag.value()).isPresent();
        if (!concerned || aligned) {
            return List.of();
        }
        return List.of(Problem.warning("NOT_ALIGNED", action.number(), "Action " + action.number()
                + " is completed but not marked as aligned with the Cooperation Framework."));
    }
}

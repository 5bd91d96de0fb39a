package io.reformbench.plugins.oversight;

import io.reformbench.api.contribution.ItemValidator;
import io.reformbench.api.extension.Problem;
import io.reformbench.api.service.ActionSnapshot;
import io.reformbench.api.service.ActionStatus;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/** Warns when completed oversight work does not say which kind of evaluation or audit it was. */
@Component(service = ItemValidator.class)
public class EvaluationTypeValidator implements ItemValidator {

    static final String AREA = "oversight";
    static final String FIELD = "evaluationType";

    @Override
    public List<Problem> validate(ActionSnapshot action) {
        if (!action.area().equals(AREA) || action.status() != ActionStatus.COMPLETED || action.value(FIELD).isPresent()) {
            return List.of();
        }
        return List.of(Problem.warning("EVALUATION_TYPE_MISSING", action.number(),
                "Action " + action.number() + " is completed; record which kind of evaluation or audit it was."));
    }
}

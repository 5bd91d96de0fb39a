package io.reformbench.plugins.rcsystem;

import io.reformbench.api.contribution.FieldValue;
import io.reformbench.api.contribution.ItemValidator;
import io.reformbench.api.extension.Problem;
import io.reformbench.api.service.ActionSnapshot;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/** Warns when an action records fewer meetings with the resident coordinator than the roadmap's two a year. */
@Component(service = ItemValidator.class)
public class RcMeetingsValidator implements ItemValidator {

    static final String AREA = "rc-system";
    static final String FIELD = "rcMeetingsPerYear";
    static final long MEETINGS_A_YEAR = 2;

    @Override
    public List<Problem> validate(ActionSnapshot action) {
        if (!action.area().equals(AREA)) {
            return List.of();
        }
        return action.value(FIELD)
                .filter(value -> value instanceof FieldValue.Whole meetings && meetings.value() < MEETINGS_A_YEAR)
                .map(value -> List.of(Problem.warning("RC_MEETINGS_BELOW_TARGET", action.number(),
                        "Action " + action.number() + " records " + ((FieldValue.Whole) value).value()
                                + " meetings a year with the resident coordinator; the roadmap asks for "
                                + MEETINGS_A_YEAR + ".")))
                .orElse(List.of());
    }
}

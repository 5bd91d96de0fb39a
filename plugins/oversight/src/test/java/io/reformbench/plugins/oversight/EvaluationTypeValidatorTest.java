package io.reformbench.plugins.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import io.reformbench.api.contribution.FieldValue;
import io.reformbench.api.contribution.LocalizedText;
import io.reformbench.api.extension.Problem;
import io.reformbench.api.service.ActionSnapshot;
import io.reformbench.api.service.ActionStatus;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvaluationTypeValidatorTest {

    private final EvaluationTypeValidator validator = new EvaluationTypeValidator();

    @Test
    void completedOversightWorkNamesItsEvaluationType() {
        assertThat(validator.validate(action(ActionStatus.COMPLETED, Map.of()))).extracting(Problem::code)
                .containsExactly("EVALUATION_TYPE_MISSING");
        assertThat(validator.validate(action(ActionStatus.COMPLETED,
                Map.of(EvaluationTypeValidator.FIELD, new FieldValue.Choice("joint-audit"))))).isEmpty();
        assertThat(validator.validate(action(ActionStatus.IN_PROGRESS, Map.of()))).isEmpty();
    }

    private static ActionSnapshot action(ActionStatus status, Map<String, FieldValue> values) {
        return new ActionSnapshot(33, "33", EvaluationTypeValidator.AREA, Optional.empty(), LocalizedText.of("zh", "联合评价"),
                Optional.empty(), ActionSnapshot.Dates.NONE, ActionSnapshot.Dates.NONE, status, 100, values);
    }
}

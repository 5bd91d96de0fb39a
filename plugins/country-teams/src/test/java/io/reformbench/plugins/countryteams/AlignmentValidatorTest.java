package io.reformbench.plugins.countryteams;

import static org.assertj.core.api.Assertions.assertThat;

import io.reformbench.api.contribution.FieldValue;
import io.reformbench.api.contribution.LocalizedText;
import io.reformbench.api.extension.Problem;
import io.reformbench.api.service.ActionSnapshot;
import io.reformbench.api.service.ActionStatus;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AlignmentValidatorTest {

    private final AlignmentValidator validator = new AlignmentValidator();

    @Test
    void completedProgrammeWorkMustBeMarkedAligned() {
        assertThat(validator.validate(action("country-programmes", ActionStatus.COMPLETED, Map.of())))
                .extracting(Problem::code).containsExactly("NOT_ALIGNED");
        assertThat(validator.validate(action("country-programmes", ActionStatus.COMPLETED,
                Map.of(AlignmentValidator.FIELD, new FieldValue.Flag(true))))).isEmpty();
        assertThat(validator.validate(action("country-programmes", ActionStatus.IN_PROGRESS, Map.of()))).isEmpty();
        assertThat(validator.validate(action("business-operations", ActionStatus.COMPLETED, Map.of()))).isEmpty();
    }

    private static ActionSnapshot action(String subArea, ActionStatus status, Map<String, FieldValue> values) {
        return new ActionSnapshot(16, "16", AlignmentValidator.AREA, Optional.of(subArea), LocalizedText.of("zh", "方案"),
                Optional.empty(), ActionSnapshot.Dates.NONE, ActionSnapshot.Dates.NONE, status, 100, values);
    }
}

package io.reformbench.plugins.regional;

import static org.assertj.core.api.Assertions.assertThat;

import io.reformbench.api.contribution.FieldValue;
import io.reformbench.api.contribution.LocalizedText;
import io.reformbench.api.extension.Problem;
import io.reformbench.api.service.ActionSnapshot;
import io.reformbench.api.service.ActionStatus;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegionValidatorTest {

    private final RegionValidator validator = new RegionValidator();

    @Test
    void workUnderWayNamesItsRegion() {
        assertThat(validator.validate(action(ActionStatus.IN_PROGRESS, Map.of()))).extracting(Problem::code)
                .containsExactly("REGION_MISSING");
        assertThat(validator.validate(action(ActionStatus.IN_PROGRESS,
                Map.of(RegionValidator.FIELD, new FieldValue.Choice("asia-pacific"))))).isEmpty();
        assertThat(validator.validate(action(ActionStatus.NOT_STARTED, Map.of()))).isEmpty();
    }

    private static ActionSnapshot action(ActionStatus status, Map<String, FieldValue> values) {
        return new ActionSnapshot(30, "30", RegionValidator.AREA, Optional.empty(), LocalizedText.of("zh", "区域战略"),
                Optional.empty(), ActionSnapshot.Dates.NONE, ActionSnapshot.Dates.NONE, status, 10, values);
    }
}

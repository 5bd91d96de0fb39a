package io.reformbench.plugins.rcsystem;

import static org.assertj.core.api.Assertions.assertThat;

import io.reformbench.api.contribution.FieldValue;
import io.reformbench.api.contribution.LocalizedText;
import io.reformbench.api.extension.Problem;
import io.reformbench.api.service.ActionSnapshot;
import io.reformbench.api.service.ActionStatus;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RcMeetingsValidatorTest {

    private final RcMeetingsValidator validator = new RcMeetingsValidator();

    @Test
    void warnsBelowTwoMeetingsAYearOnly() {
        assertThat(validator.validate(action("rc-system", 1))).extracting(Problem::code)
                .containsExactly("RC_MEETINGS_BELOW_TARGET");
        assertThat(validator.validate(action("rc-system", 2))).isEmpty();
        assertThat(validator.validate(action("oversight", 0))).isEmpty();
    }

    private static ActionSnapshot action(String area, long meetings) {
        return new ActionSnapshot(3, "3", area, Optional.of("rc-engagement"), LocalizedText.of("zh", "会面"),
                Optional.empty(), ActionSnapshot.Dates.NONE, ActionSnapshot.Dates.NONE, ActionStatus.IN_PROGRESS, 0,
                Map.of(RcMeetingsValidator.FIELD, new FieldValue.Whole(meetings)));
    }
}

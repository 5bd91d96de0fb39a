package io.reformbench.core.domain.service.importing;

import io.reformbench.core.domain.model.action.TimeFrame;
import io.reformbench.core.domain.model.action.TimeFrameKind;
import java.util.Collection;
import java.util.List;

/**
 * The smallest time frame covering several others, given to a parent action whose report only dates its sub-actions.
 *
 * <p>It starts with the earliest start; it is open-ended when any part is open-ended ({@code FROM_YEAR}), otherwise it
 * ends with the latest end, one year being a {@code YEAR}; parts without a time frame are ignored, and no dated part
 * gives {@code NONE}. So {@code ㈠ 2019 年起, ㈡ 2019 年起, ㈢ 2020 年} gives {@code 2019 年起}.
 */
final class TimeFrameEnvelope {

    private TimeFrameEnvelope() {
    }

    static TimeFrame of(Collection<TimeFrame> parts) {
        List<TimeFrame> dated = parts.stream().filter(part -> part.kind() != TimeFrameKind.NONE).toList();
        if (dated.isEmpty()) {
            return TimeFrame.none();
        }
        int start = dated.stream().mapToInt(TimeFrame::from).min().orElseThrow();
        if (dated.stream().anyMatch(part -> part.kind() == TimeFrameKind.FROM_YEAR)) {
            return TimeFrame.fromYear(start);
        }
        int end = dated.stream().mapToInt(TimeFrame::to).max().orElseThrow();
        return start == end ? TimeFrame.year(start) : TimeFrame.range(start, end);
    }
}

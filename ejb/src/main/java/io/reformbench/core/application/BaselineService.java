package io.reformbench.core.application;

import io.reformbench.core.domain.model.baseline.Baseline;
import io.reformbench.core.domain.service.scheduling.BaselineVariance;
import java.util.List;

/** Baselines of a plan and how far today's plan has moved from them. */
public interface BaselineService {

    List<Baseline> baselines(String planKey);

    /** Records every action's planned dates now under a name. */
    Baseline create(String planKey, String name);

    Baseline baseline(long id);

    /** Per action, start and finish variance in days against the baseline (positive: later now). */
    List<BaselineVariance> variance(long baselineId);
}

package io.reformbench.core.application;

import io.reformbench.core.domain.model.baseline.Baseline;
import java.util.List;

/** Baselines: named snapshots of a plan's planned dates, and how far the plan has moved since. */
public interface BaselineService {

    /** The plan's baselines, oldest first; a null key means the first plan. */
    List<Baseline> baselines(String planKey);

    /** Throws {@link UnknownBaselineException} when there is no baseline with this id. */
    Baseline baseline(long id);

    /** Snapshots every action's planned dates under a name unique in the plan ({@link AlreadyExistsException}). */
    Baseline create(String planKey, String name);

    /** Per current action of the baseline's plan, in report order, its dates then and now. */
    List<ActionVariance> variance(long baselineId);
}

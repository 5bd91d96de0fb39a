package io.reformbench.core.domain.model.baseline;

import io.reformbench.core.domain.model.plan.Plan;
import java.util.List;
import java.util.Optional;

/** Keeps a plan's baselines; a baseline never changes once taken. */
public interface BaselineRepository {

    Optional<Baseline> find(long id);

    List<Baseline> findAll(Plan plan);

    void store(Baseline baseline);
}

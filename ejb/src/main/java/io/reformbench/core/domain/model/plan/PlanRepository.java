package io.reformbench.core.domain.model.plan;

import java.util.List;
import java.util.Optional;

/** Finds and stores plans. */
public interface PlanRepository {

    List<Plan> findAll();

    Optional<Plan> find(String key);

    Plan store(Plan plan);

    /** Holds a write lock on the plan until the transaction ends, so changes to its links and baselines queue up. */
    void lock(Plan plan);
}

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

    /**
     * Finds the plan of an action and locks it as {@link #lock} does. Called first in a transaction, it also makes
     * every later read of the transaction see what was committed before the lock was granted (on MySQL/MariaDB a
     * plain read would otherwise see the snapshot of the transaction's first read).
     */
    Optional<Plan> lockPlanOf(long actionId);
}

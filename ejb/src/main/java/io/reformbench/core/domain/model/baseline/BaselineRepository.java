package io.reformbench.core.domain.model.baseline;

import io.reformbench.core.domain.model.plan.Plan;
import java.util.List;
import java.util.Optional;

/** Finds and stores baselines; a baseline is never changed once stored. */
public interface BaselineRepository {

    Optional<Baseline> find(long id);

    /** A plan's baselines, oldest first. */
    List<Baseline> findAll(Plan plan);

    /** The plan's baseline with this name, compared as the database compares names (at least ignoring case). */
    Optional<Baseline> findByName(Plan plan, String name);

    Baseline store(Baseline baseline);
}

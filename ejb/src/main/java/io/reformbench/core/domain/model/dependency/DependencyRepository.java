package io.reformbench.core.domain.model.dependency;

import io.reformbench.core.domain.model.plan.Plan;
import java.util.List;
import java.util.Optional;

/** Keeps the links between a plan's actions. */
public interface DependencyRepository {

    Optional<Dependency> find(long id);

    List<Dependency> findAll(Plan plan);

    Optional<Dependency> findBetween(long fromId, long toId);

    void store(Dependency dependency);

    void remove(Dependency dependency);
}

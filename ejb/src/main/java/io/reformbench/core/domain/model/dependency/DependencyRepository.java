package io.reformbench.core.domain.model.dependency;

import io.reformbench.core.domain.model.action.RoadmapAction;
import io.reformbench.core.domain.model.plan.Plan;
import java.util.List;
import java.util.Optional;

/** Finds and stores the links between a plan's actions. */
public interface DependencyRepository {

    Optional<Dependency> find(long id);

    /** A plan's links, oldest first. */
    List<Dependency> findAll(Plan plan);

    /**
     * A plan's links read under a write lock, so the latest committed links are seen and a concurrent change
     * waits until this transaction ends; what a cycle check must read.
     */
    List<Dependency> lockAll(Plan plan);

    /** The link from one action to another, if there is one. */
    Optional<Dependency> find(RoadmapAction from, RoadmapAction to);

    /** Every link into or out of an action. */
    List<Dependency> findTouching(RoadmapAction action);

    Dependency store(Dependency dependency);

    void remove(Dependency dependency);

    /** Writes pending changes now, so a changed link's new version can be read. */
    void flush();
}

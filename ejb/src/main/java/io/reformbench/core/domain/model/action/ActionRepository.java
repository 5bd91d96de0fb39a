package io.reformbench.core.domain.model.action;

import io.reformbench.core.domain.model.plan.Plan;
import java.util.List;
import java.util.Optional;

/** Finds and stores roadmap actions. */
public interface ActionRepository {

    Optional<RoadmapAction> find(long id);

    /**
     * Reads the action's latest committed state and holds a write lock on it until the transaction ends; call it
     * before the action is read otherwise in the transaction, and lock several actions in ascending id order.
     */
    Optional<RoadmapAction> findLocked(long id);

    /** A plan's actions in report order, sub-actions right after their parent. */
    List<RoadmapAction> findAll(Plan plan, ActionFilter filter);

    Optional<RoadmapAction> findByNumber(Plan plan, String number);

    long countSubActions(RoadmapAction parent);

    RoadmapAction store(RoadmapAction action);

    void remove(RoadmapAction action);

    /** Writes pending changes now, so a concurrent edit surfaces as a conflict inside the transaction. */
    void flush();
}

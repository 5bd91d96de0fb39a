package io.reformbench.core.domain.model.attribute;

import io.reformbench.core.domain.model.action.RoadmapAction;
import io.reformbench.core.domain.model.plan.Plan;
import java.util.List;

/** Finds and stores the custom field values of actions. */
public interface AttributeRepository {

    List<ActionAttribute> findAll(RoadmapAction action);

    /** The values of a whole plan at once, for lists. */
    List<ActionAttribute> findAll(Plan plan);

    void store(ActionAttribute attribute);

    void remove(ActionAttribute attribute);
}

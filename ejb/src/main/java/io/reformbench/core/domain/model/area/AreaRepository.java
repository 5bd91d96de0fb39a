package io.reformbench.core.domain.model.area;

import io.reformbench.core.domain.model.plan.Plan;
import java.util.List;

/** Finds and stores a plan's reform areas with their sub-areas. */
public interface AreaRepository {

    List<ReformArea> findAll(Plan plan);

    ReformArea store(ReformArea area);
}

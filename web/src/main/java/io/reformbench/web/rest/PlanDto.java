package io.reformbench.web.rest;

import io.reformbench.core.domain.model.plan.Plan;

/** A plan as the API lists it. */
public record PlanDto(String key, TextDto title, String source) {

    static PlanDto of(Plan plan) {
        return new PlanDto(plan.key(), TextDto.of(plan.title()), plan.source());
    }
}

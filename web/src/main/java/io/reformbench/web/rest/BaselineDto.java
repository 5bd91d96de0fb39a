package io.reformbench.web.rest;

import io.reformbench.core.domain.model.baseline.Baseline;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.ZoneOffset;

/** A baseline: its name, who took it and when (UTC), and how many actions it holds. */
@JsonbPropertyOrder({"id", "plan", "name", "createdAt", "createdBy", "actions"})
public record BaselineDto(long id, String plan, String name, String createdAt, String createdBy, int actions) {

    static BaselineDto of(Baseline baseline) {
        return new BaselineDto(baseline.id(), baseline.plan().key(), baseline.name(),
                baseline.createdAt().toInstant(ZoneOffset.UTC).toString(), baseline.createdBy(),
                baseline.entries().size());
    }
}

package io.reformbench.web.rest;

import io.reformbench.core.domain.model.baseline.Baseline;
import java.time.LocalDateTime;

/** A baseline as the API lists it. */
public record BaselineDto(long id, String name, LocalDateTime createdAt, String createdBy) {

    static BaselineDto of(Baseline baseline) {
        return new BaselineDto(baseline.id(), baseline.name(), baseline.createdAt(), baseline.createdBy());
    }
}

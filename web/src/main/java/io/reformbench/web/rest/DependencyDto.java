package io.reformbench.web.rest;

import io.reformbench.core.domain.model.dependency.Dependency;

/** A link as the API shows it: from the predecessor's id to the successor's, its type and lag in days. */
public record DependencyDto(long id, long from, long to, String type, int lagDays) {

    static DependencyDto of(Dependency link) {
        return new DependencyDto(link.id(), link.from().id(), link.to().id(), link.type().name(), link.lagDays());
    }
}

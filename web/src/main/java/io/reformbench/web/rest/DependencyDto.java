package io.reformbench.web.rest;

import io.reformbench.core.domain.model.dependency.Dependency;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A link between two actions, by id with their numbers alongside. */
@JsonbPropertyOrder({"id", "from", "to", "type", "lagDays", "fromNumber", "toNumber", "version"})
public record DependencyDto(long id, long from, long to, String type, int lagDays, String fromNumber,
        String toNumber, long version) {

    static DependencyDto of(Dependency link) {
        return new DependencyDto(link.id(), link.fromId(), link.toId(), link.type().name(), link.lagDays(),
                link.from().number(), link.to().number(), link.version());
    }
}

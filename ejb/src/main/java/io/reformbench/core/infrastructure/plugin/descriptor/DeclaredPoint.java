package io.reformbench.core.infrastructure.plugin.descriptor;

import io.reformbench.api.extension.ExtensionKind;
import java.util.Objects;
import java.util.Optional;

/**
 * An extension point as a plugin declares it in {@code plugin.xml}.
 *
 * @param id the point's id
 * @param kind declarative (elements in plugin.xml) or executable (services)
 * @param serviceInterface the interface services implement, for executable points
 */
public record DeclaredPoint(String id, ExtensionKind kind, Optional<String> serviceInterface) {

    /** Checks that the parts are present. */
    public DeclaredPoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(serviceInterface, "serviceInterface");
    }
}

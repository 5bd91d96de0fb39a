package io.reformbench.core.infrastructure.plugin.verify;

import java.util.Map;
import java.util.Objects;

/**
 * Something a bundle offers in an OSGi namespace: a package, its identity, an execution environment, an extender.
 *
 * @param namespace such as {@code osgi.wiring.package}
 * @param attributes what a requirement's filter is matched against
 * @param owner who offers it, for messages: {@code rc-system 1.0.0} or {@code the workbench}
 */
public record Capability(String namespace, Map<String, Object> attributes, String owner) {

    /** Freezes the attributes. */
    public Capability {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(owner, "owner");
        attributes = Map.copyOf(attributes);
    }

    /** The value of the attribute named like the namespace: a package name, a bundle's symbolic name. */
    public String name() {
        return String.valueOf(attributes.get(namespace));
    }

    /** The capability's version attribute as text, empty when it has none. */
    public String version() {
        Object version = attributes.containsKey("version") ? attributes.get("version") : attributes.get("bundle-version");
        return version == null ? "" : version.toString();
    }
}

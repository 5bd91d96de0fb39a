package io.reformbench.core.infrastructure.plugin.verify;

import java.util.Objects;

/**
 * Something a bundle needs, as an LDAP filter over the capabilities of one namespace.
 *
 * @param namespace such as {@code osgi.wiring.bundle} for {@code Require-Bundle}
 * @param name the package or bundle needed, or the namespace for other capabilities
 * @param range the versions accepted as written, empty when any
 * @param filter the filter a capability must match
 * @param optional whether the bundle resolves without it
 */
public record Requirement(String namespace, String name, String range, String filter, boolean optional) {

    /** Checks that the parts are present. */
    public Requirement {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(filter, "filter");
    }

    /** The requirement as people read it: {@code plugin fx-absent [1.0.0,2.0.0)}. */
    public String describe() {
        String what = switch (namespace) {
            case BundleManifest.PACKAGE -> "package " + name;
            case BundleManifest.BUNDLE -> "plugin " + name;
            default -> namespace + " " + filter;
        };
        return range.isEmpty() ? what : what + " " + range;
    }
}

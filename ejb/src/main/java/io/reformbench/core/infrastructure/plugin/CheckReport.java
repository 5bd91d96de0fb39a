package io.reformbench.core.infrastructure.plugin;

import io.reformbench.api.plugin.PluginDescriptor;
import io.reformbench.api.plugin.PluginVersion;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What installing an archive would do, and every reason it would be refused; produced without changing anything.
 *
 * @param descriptor the plugin's identity and needs, empty when the archive could not be read
 * @param sha256 the archive's SHA-256 in hex
 * @param signer the signer's certificate subject, empty when unsigned
 * @param action install, upgrade or downgrade
 * @param installedVersion the version installed now, empty for a new plugin
 * @param declaredPoints the extension points the plugin would declare
 * @param contributedPoints the extension points it would contribute to
 * @param refusals every reason it would be refused; empty when it would be accepted
 */
public record CheckReport(Optional<PluginDescriptor> descriptor, String sha256, String signer, PlannedAction action,
                          Optional<PluginVersion> installedVersion, Set<String> declaredPoints,
                          Set<String> contributedPoints, List<Refusal> refusals) {

    /** Freezes the collections. */
    public CheckReport {
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(action, "action");
        declaredPoints = Set.copyOf(declaredPoints);
        contributedPoints = Set.copyOf(contributedPoints);
        refusals = List.copyOf(refusals);
    }

    /** Tells whether the archive would be accepted. */
    public boolean acceptable() {
        return refusals.isEmpty();
    }

    /** The plugin as people read it, such as {@code rc-system 1.0.0}. */
    public String label() {
        return descriptor.map(PluginDescriptor::label).orElse("unknown plugin");
    }
}

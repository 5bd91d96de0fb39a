package io.reformbench.core.infrastructure.plugin;

import io.reformbench.api.extension.Problem;
import io.reformbench.api.plugin.PluginDescriptor;
import io.reformbench.api.plugin.PluginState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An installed plugin as the workbench reports it: identity, state, provenance, contributions and problems.
 *
 * @param descriptor identity and needs
 * @param state where it stands
 * @param sha256 its jar's SHA-256 in hex
 * @param signer its signer's certificate subject, empty when unsigned
 * @param installedBy who installed or last upgraded it
 * @param installedAt when
 * @param contributions its live contributions counted per extension point id
 * @param problems why it failed, and its contributions that were skipped
 */
public record PluginInfo(PluginDescriptor descriptor, PluginState state, String sha256, String signer,
                         String installedBy, Instant installedAt, Map<String, Long> contributions,
                         List<Problem> problems) {

    /** Freezes the collections. */
    public PluginInfo {
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(state, "state");
        contributions = Map.copyOf(contributions);
        problems = List.copyOf(problems);
    }
}

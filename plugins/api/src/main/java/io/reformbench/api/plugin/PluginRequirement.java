package io.reformbench.api.plugin;

import java.util.Objects;

/**
 * One plugin another plugin needs ({@code Require-Bundle} in its manifest), with the versions it accepts.
 *
 * @param plugin the plugin needed
 * @param versions the versions accepted
 * @param optional whether the plugin works, with less, when the other one is absent
 * @since 1.0
 */
public record PluginRequirement(PluginId plugin, VersionRange versions, boolean optional) {

    /** Checks that the parts are present. */
    public PluginRequirement {
        Objects.requireNonNull(plugin, "plugin");
        Objects.requireNonNull(versions, "versions");
    }

    /**
     * Tells whether a plugin meets this requirement.
     *
     * @param id the candidate's id
     * @param version the candidate's version
     * @return {@code true} when the id matches and the version is accepted
     */
    public boolean isMetBy(PluginId id, PluginVersion version) {
        return plugin.equals(id) && versions.includes(version);
    }

    @Override
    public String toString() {
        return plugin + " " + versions + (optional ? " (optional)" : "");
    }
}

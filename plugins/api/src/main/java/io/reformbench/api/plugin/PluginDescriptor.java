package io.reformbench.api.plugin;

import java.util.List;
import java.util.Objects;

/**
 * What a plugin says about itself in its manifest: identity, release, display name and the plugins it needs.
 *
 * @param id the plugin's id ({@code Bundle-SymbolicName})
 * @param version the release ({@code Bundle-Version})
 * @param name the display name ({@code Bundle-Name}), the id when absent
 * @param vendor who makes it ({@code Bundle-Vendor}), empty when absent
 * @param requires the plugins it needs, in manifest order
 * @since 1.0
 */
public record PluginDescriptor(PluginId id, PluginVersion version, String name, String vendor,
                               List<PluginRequirement> requires) {

    /** Checks that the parts are present and freezes the list. */
    public PluginDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(vendor, "vendor");
        requires = List.copyOf(requires);
    }

    /**
     * The id and version together, as people read them.
     *
     * @return for example {@code rc-system 1.0.0}
     */
    public String label() {
        return id + " " + version;
    }
}

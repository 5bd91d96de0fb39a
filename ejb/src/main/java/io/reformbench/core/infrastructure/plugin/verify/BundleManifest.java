package io.reformbench.core.infrastructure.plugin.verify;

import io.reformbench.api.plugin.PluginDescriptor;
import io.reformbench.api.plugin.PluginId;
import io.reformbench.api.plugin.PluginRequirement;
import io.reformbench.api.plugin.PluginVersion;
import io.reformbench.api.plugin.VersionRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import org.osgi.framework.Version;

/**
 * What a plugin's manifest says, read before the bundle is installed: identity, requirements, capabilities.
 *
 * @param descriptor the plugin's identity and the plugins it needs
 * @param requirements everything it needs: packages, plugins, capabilities
 * @param capabilities what it offers others: its identity and exported packages
 */
public record BundleManifest(PluginDescriptor descriptor, List<Requirement> requirements, List<Capability> capabilities) {

    /** The namespace of imported and exported packages. */
    public static final String PACKAGE = "osgi.wiring.package";
    /** The namespace of {@code Require-Bundle}. */
    public static final String BUNDLE = "osgi.wiring.bundle";

    /** Freezes the lists. */
    public BundleManifest {
        requirements = List.copyOf(requirements);
        capabilities = List.copyOf(capabilities);
    }

    /**
     * Reads a manifest's main section.
     *
     * @param main the main attributes
     * @return the manifest
     * @throws IllegalArgumentException saying what is wrong, when it does not describe a plugin bundle
     */
    public static BundleManifest read(Attributes main) {
        if (!"2".equals(main.getValue("Bundle-ManifestVersion"))) {
            throw new IllegalArgumentException("the manifest lacks 'Bundle-ManifestVersion: 2'; build the plugin with bnd");
        }
        if (main.getValue("Fragment-Host") != null) {
            throw new IllegalArgumentException("it is a fragment (Fragment-Host); a plugin must be a bundle of its own");
        }
        String symbolicName = HeaderClause.parse(main.getValue("Bundle-SymbolicName")).stream()
                .flatMap(clause -> clause.paths().stream()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the manifest lacks Bundle-SymbolicName, the plugin id"));
        PluginId id = PluginId.of(symbolicName);
        if (id.equals(PluginId.CORE)) {
            throw new IllegalArgumentException("the id 'core' belongs to the workbench itself");
        }
        String versionText = main.getValue("Bundle-Version");
        PluginVersion version = versionText == null ? PluginVersion.ZERO : PluginVersion.parse(versionText);
        List<PluginRequirement> plugins = new ArrayList<>();
        List<Requirement> requirements = new ArrayList<>();
        for (HeaderClause clause : HeaderClause.parse(main.getValue("Require-Bundle"))) {
            VersionRange range = VersionRange.parse(clause.attribute("bundle-version").orElse(""));
            for (String path : clause.paths()) {
                plugins.add(new PluginRequirement(PluginId.of(path), range, clause.isOptional()));
                requirements.add(versioned(BUNDLE, path, range, "bundle-version", clause.isOptional()));
            }
        }
        for (HeaderClause clause : HeaderClause.parse(main.getValue("Import-Package"))) {
            VersionRange range = VersionRange.parse(clause.attribute("version").orElse(""));
            clause.paths().forEach(path -> requirements.add(versioned(PACKAGE, path, range, "version", clause.isOptional())));
        }
        for (HeaderClause clause : HeaderClause.parse(main.getValue("Require-Capability"))) {
            String effective = clause.directives().getOrDefault("effective", "resolve");
            String filter = clause.directives().get("filter");
            if ("resolve".equals(effective) && filter != null) {
                clause.paths().forEach(path -> requirements.add(new Requirement(path, path, "", filter, clause.isOptional())));
            }
        }
        String name = main.getValue("Bundle-Name");
        String vendor = main.getValue("Bundle-Vendor");
        PluginDescriptor descriptor = new PluginDescriptor(id, version, name == null ? id.value() : name,
                vendor == null ? "" : vendor, plugins);
        return new BundleManifest(descriptor, requirements, capabilities(descriptor, main));
    }

    /** The plugin's id. */
    public PluginId id() {
        return descriptor.id();
    }

    private static List<Capability> capabilities(PluginDescriptor descriptor, Attributes main) {
        List<Capability> capabilities = new ArrayList<>();
        capabilities.add(new Capability(BUNDLE, Map.of(BUNDLE, descriptor.id().value(),
                "bundle-version", osgiVersion(descriptor.version())), descriptor.label()));
        for (HeaderClause clause : HeaderClause.parse(main.getValue("Export-Package"))) {
            Version version = Version.parseVersion(clause.attribute("version").orElse("0.0.0"));
            clause.paths().forEach(path -> capabilities.add(
                    new Capability(PACKAGE, Map.of(PACKAGE, path, "version", version), descriptor.label())));
        }
        return capabilities;
    }

    private static Requirement versioned(String namespace, String name, VersionRange range, String attribute,
                                         boolean optional) {
        StringBuilder filter = new StringBuilder("(&(").append(namespace).append('=').append(name).append(')');
        filter.append(range.floorIncluded() ? "(" + attribute + ">=" + range.floor() + ")"
                : "(!(" + attribute + "<=" + range.floor() + "))");
        if (range.ceiling() != null) {
            filter.append(range.ceilingIncluded() ? "(" + attribute + "<=" + range.ceiling() + ")"
                    : "(!(" + attribute + ">=" + range.ceiling() + "))");
        }
        String written = range.equals(VersionRange.ANY) ? "" : range.toString();
        return new Requirement(namespace, name, written, filter.append(')').toString(), optional);
    }

    private static Version osgiVersion(PluginVersion version) {
        return new Version(version.major(), version.minor(), version.micro(), version.qualifier());
    }
}

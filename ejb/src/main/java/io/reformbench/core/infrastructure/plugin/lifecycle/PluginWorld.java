package io.reformbench.core.infrastructure.plugin.lifecycle;

import io.reformbench.api.plugin.PluginId;
import io.reformbench.api.plugin.PluginRequirement;
import io.reformbench.core.infrastructure.plugin.verify.BundleManifest;
import io.reformbench.core.infrastructure.plugin.verify.Capability;
import io.reformbench.core.infrastructure.plugin.verify.DependencyChecker;
import io.reformbench.core.infrastructure.plugin.verify.HeaderClause;
import io.reformbench.core.infrastructure.plugin.verify.Requirement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * What would be installed after an operation — the workbench, the runtime bundles, the plugins that stay and the
 * candidates — as capabilities and plugin dependencies, to check requirements before touching the framework.
 */
final class PluginWorld {

    private static final Pattern NAME = Pattern.compile("\\(([\\w.]+)=([^)*]+)\\)");

    private final List<Capability> offered = new ArrayList<>();
    private final Map<String, List<String>> requiredPlugins = new HashMap<>();

    private PluginWorld() {
    }

    /**
     * @param context the system bundle's context
     * @param leaving plugins the operation replaces or removes
     * @param candidates plugins the operation adds
     */
    static PluginWorld of(BundleContext context, Set<PluginId> leaving, List<BundleManifest> candidates) {
        PluginWorld world = new PluginWorld();
        for (Bundle bundle : context.getBundles()) {
            BundleRevision revision = bundle.adapt(BundleRevision.class);
            boolean plugin = PluginLocations.isPlugin(bundle);
            if (revision == null || (plugin && leaving.contains(PluginId.of(bundle.getSymbolicName())))) {
                continue;
            }
            String owner = bundle.getBundleId() == 0 ? "the workbench" : bundle.getSymbolicName() + " " + bundle.getVersion();
            revision.getDeclaredCapabilities(null).forEach(capability -> world.offered.add(
                    new Capability(capability.getNamespace(), capability.getAttributes(), owner)));
            if (plugin) {
                world.requiredPlugins.put(bundle.getSymbolicName(), requiredPlugins(bundle.getHeaders().get("Require-Bundle")));
            }
        }
        for (BundleManifest candidate : candidates) {
            world.offered.addAll(candidate.capabilities());
            world.requiredPlugins.put(candidate.id().value(), candidate.descriptor().requires().stream()
                    .filter(requirement -> !requirement.optional()).map(PluginRequirement::plugin).map(PluginId::value).toList());
        }
        return world;
    }

    DependencyChecker checker() {
        return new DependencyChecker(offered, requiredPlugins);
    }

    /** The plugins wired to a bundle or requiring it by name: those an upgrade or uninstall would affect. */
    static Set<Bundle> dependents(BundleContext context, Bundle bundle) {
        Set<Bundle> dependents = new LinkedHashSet<>();
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        if (wiring != null) {
            for (BundleWire wire : wiring.getProvidedWires(null)) {
                Bundle requirer = wire.getRequirerWiring().getBundle();
                if (requirer != bundle && PluginLocations.isPlugin(requirer)) {
                    dependents.add(requirer);
                }
            }
        }
        for (Bundle other : context.getBundles()) {
            if (PluginLocations.isPlugin(other) && requiredPlugins(other.getHeaders().get("Require-Bundle"))
                    .contains(bundle.getSymbolicName())) {
                dependents.add(other);
            }
        }
        return dependents;
    }

    /** A bundle's declared requirements in the checker's terms. */
    static List<Requirement> requirements(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        List<Requirement> requirements = new ArrayList<>();
        if (revision != null) {
            revision.getDeclaredRequirements(null).forEach(requirement -> {
                String filter = requirement.getDirectives().getOrDefault("filter", "");
                Matcher name = NAME.matcher(filter);
                requirements.add(new Requirement(requirement.getNamespace(),
                        name.find() ? name.group(2) : requirement.getNamespace(), "", filter,
                        "optional".equals(requirement.getDirectives().get("resolution"))));
            });
        }
        return requirements;
    }

    private static List<String> requiredPlugins(String requireBundle) {
        return HeaderClause.parse(requireBundle).stream().filter(clause -> !clause.isOptional())
                .flatMap(clause -> clause.paths().stream()).toList();
    }
}

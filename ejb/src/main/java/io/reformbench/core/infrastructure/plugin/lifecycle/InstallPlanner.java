package io.reformbench.core.infrastructure.plugin.lifecycle;

import io.reformbench.api.plugin.PluginDescriptor;
import io.reformbench.api.plugin.PluginId;
import io.reformbench.api.plugin.PluginVersion;
import io.reformbench.core.infrastructure.plugin.CheckReport;
import io.reformbench.core.infrastructure.plugin.PlannedAction;
import io.reformbench.core.infrastructure.plugin.Refusal;
import io.reformbench.core.infrastructure.plugin.RefusalReason;
import io.reformbench.core.infrastructure.plugin.descriptor.DeclaredPoint;
import io.reformbench.core.infrastructure.plugin.store.PluginStore;
import io.reformbench.core.infrastructure.plugin.store.StoredPlugin;
import io.reformbench.core.infrastructure.plugin.verify.BundleManifest;
import io.reformbench.core.infrastructure.plugin.verify.DependencyChecker;
import io.reformbench.core.infrastructure.plugin.verify.Verification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Judges archives against what is installed: duplicates, downgrades, requirements, cycles and dependents. Plugins
 * of one batch may need each other; one refused takes those needing it along.
 */
final class InstallPlanner {

    private final BundleContext context;
    private final PluginStore store;

    InstallPlanner(BundleContext context, PluginStore store) {
        this.context = context;
        this.store = store;
    }

    /**
     * @param candidates the verified archives
     * @param upgrade whether they replace installed plugins rather than add new ones
     * @param force whether an upgrade may go back to an older or equal version
     * @return one report per candidate, in the same order
     */
    List<CheckReport> plan(List<Verification> candidates, boolean upgrade, boolean force) throws IOException {
        Map<Verification, List<Refusal>> refusals = new LinkedHashMap<>();
        Set<PluginId> seen = new HashSet<>();
        for (Verification candidate : candidates) {
            List<Refusal> found = new ArrayList<>(candidate.refusals());
            candidate.manifest().ifPresent(manifest -> found.addAll(identity(manifest, upgrade, force, seen)));
            refusals.put(candidate, found);
        }
        List<Verification> readable = candidates.stream().filter(c -> c.manifest().isPresent()).toList();
        List<Verification> providers = readable.stream().filter(c -> refusals.get(c).isEmpty()).toList();
        Map<Verification, List<Refusal>> settled = new LinkedHashMap<>();
        Map<Verification, List<Refusal>> found = dependencies(readable, providers, upgrade);
        List<Verification> refused = refusedProviders(providers, found);
        while (!refused.isEmpty()) {
            for (Verification candidate : refused) {
                settled.put(candidate, found.get(candidate));
            }
            providers = new ArrayList<>(providers);
            providers.removeAll(refused);
            found = dependencies(readable, providers, upgrade);
            refused = refusedProviders(providers, found);
        }
        for (Verification candidate : readable) {
            refusals.get(candidate).addAll(settled.getOrDefault(candidate, found.get(candidate)));
        }
        List<CheckReport> reports = new ArrayList<>();
        for (Verification candidate : candidates) {
            reports.add(report(candidate, refusals.get(candidate)));
        }
        return reports;
    }

    private List<Refusal> identity(BundleManifest manifest, boolean upgrade, boolean force, Set<PluginId> seen) {
        List<Refusal> found = new ArrayList<>();
        PluginDescriptor descriptor = manifest.descriptor();
        Optional<StoredPlugin> installed = installed(descriptor.id());
        if (!seen.add(descriptor.id())) {
            found.add(Refusal.of(RefusalReason.DUPLICATE_ID, "The batch holds " + descriptor.id() + " more than once."));
        } else if (!upgrade && installed.isPresent()) {
            found.add(Refusal.of(RefusalReason.DUPLICATE_ID, descriptor.id() + " " + installed.get().version()
                    + " is already installed; upgrade it instead of installing " + descriptor.version() + "."));
        } else if (upgrade && installed.isEmpty()) {
            found.add(Refusal.of(RefusalReason.NOT_INSTALLED, descriptor.id() + " is not installed; install it instead."));
        } else if (upgrade && !force && !descriptor.version().isNewerThan(installed.get().version())) {
            found.add(Refusal.of(RefusalReason.DOWNGRADE, descriptor.version() + " is not newer than the installed "
                    + installed.get().version() + " of " + descriptor.id() + "; force the upgrade to go back."));
        }
        return found;
    }

    private static List<Verification> refusedProviders(List<Verification> providers, Map<Verification, List<Refusal>> found) {
        return providers.stream().filter(candidate -> !found.get(candidate).isEmpty()).toList();
    }

    /** Checks each candidate among the plugins that stay, the accepted candidates and itself. */
    private Map<Verification, List<Refusal>> dependencies(List<Verification> checked, List<Verification> providers,
                                                          boolean upgrade) {
        Map<Verification, List<Refusal>> found = new LinkedHashMap<>();
        for (Verification candidate : checked) {
            List<BundleManifest> manifests = new ArrayList<>(providers.stream().map(c -> c.manifest().orElseThrow()).toList());
            BundleManifest manifest = candidate.manifest().orElseThrow();
            if (!providers.contains(candidate)) {
                manifests.add(manifest);
            }
            Set<PluginId> leaving = upgrade ? manifests.stream().map(BundleManifest::id).collect(Collectors.toSet()) : Set.of();
            DependencyChecker checker = PluginWorld.of(context, leaving, manifests).checker();
            List<Refusal> refusals = new ArrayList<>(checker.check(manifest.descriptor().label(), manifest.id().value(),
                    manifest.requirements()));
            if (upgrade) {
                dependents(manifest.id(), checker).ifPresent(refusals::add);
            }
            found.put(candidate, refusals);
        }
        return found;
    }

    private Optional<Refusal> dependents(PluginId id, DependencyChecker checker) {
        Optional<Bundle> bundle = PluginLocations.bundle(context, id);
        List<String> broken = new ArrayList<>();
        bundle.ifPresent(installed -> PluginWorld.dependents(context, installed).forEach(dependent -> checker.check(
                dependent.getSymbolicName() + " " + dependent.getVersion(), dependent.getSymbolicName(),
                PluginWorld.requirements(dependent)).forEach(refusal -> broken.addAll(refusal.details()))));
        return broken.isEmpty() ? Optional.empty() : Optional.of(new Refusal(RefusalReason.DEPENDENTS,
                "Installed plugins would no longer resolve with this version of " + id + ":", broken));
    }

    private CheckReport report(Verification candidate, List<Refusal> refusals) throws IOException {
        Optional<PluginDescriptor> descriptor = candidate.manifest().map(BundleManifest::descriptor);
        Optional<PluginVersion> installed = descriptor.isEmpty() ? Optional.empty()
                : installed(descriptor.get().id()).map(StoredPlugin::version);
        PlannedAction action = installed.isEmpty() ? PlannedAction.INSTALL
                : descriptor.get().version().isNewerThan(installed.get()) ? PlannedAction.UPGRADE : PlannedAction.DOWNGRADE;
        Set<String> declared = candidate.descriptor().map(d -> d.points().stream().map(DeclaredPoint::id)
                .collect(Collectors.toSet())).orElse(Set.of());
        Set<String> contributed = candidate.descriptor().map(d -> d.contributedPoints()).orElse(Set.of());
        return new CheckReport(descriptor, candidate.sha256(), candidate.signature().signerName(), action, installed,
                declared, contributed, refusals);
    }

    private Optional<StoredPlugin> installed(PluginId id) {
        try {
            return store.find(id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

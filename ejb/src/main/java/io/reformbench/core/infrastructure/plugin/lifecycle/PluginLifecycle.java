package io.reformbench.core.infrastructure.plugin.lifecycle;

import io.reformbench.api.plugin.PluginId;
import io.reformbench.core.infrastructure.plugin.CheckReport;
import io.reformbench.core.infrastructure.plugin.InstallResult;
import io.reformbench.core.infrastructure.plugin.PluginArchive;
import io.reformbench.core.infrastructure.plugin.PluginArchiveHandler;
import io.reformbench.core.infrastructure.plugin.PluginAuditSink;
import io.reformbench.core.infrastructure.plugin.PluginInfo;
import io.reformbench.core.infrastructure.plugin.PluginOperation;
import io.reformbench.core.infrastructure.plugin.PluginRefusedException;
import io.reformbench.core.infrastructure.plugin.framework.BundleOperations;
import io.reformbench.core.infrastructure.plugin.registry.DefaultExtensionRegistry;
import io.reformbench.core.infrastructure.plugin.store.PluginStore;
import io.reformbench.core.infrastructure.plugin.store.StoredPlugin;
import io.reformbench.core.infrastructure.plugin.verify.PluginVerifier;
import io.reformbench.core.infrastructure.plugin.verify.Verification;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.BundleContext;

/** The plugin operations of one run of the framework, one at a time, each checked first and atomic. */
public final class PluginLifecycle {

    private final LifecycleContext lifecycle;
    private final PluginVerifier verifier;
    private final Staging staging;
    private final long maxBytes;

    /**
     * @param context the system bundle's context
     * @param bundles time-limited bundle operations
     * @param store the installed plugins' jars and records
     * @param registry the extension registry
     * @param audit where operations are reported
     * @param archive the application layer's archive of area data, when there is one
     * @param clock the time stamped on records and events
     * @param verifier the checks of one archive
     * @param stagingDirectory where uploads wait while checked
     * @param maxBytes the largest archive accepted
     */
    public PluginLifecycle(BundleContext context, BundleOperations bundles, PluginStore store,
                           DefaultExtensionRegistry registry, PluginAuditSink audit,
                           Optional<PluginArchiveHandler> archive, Clock clock, PluginVerifier verifier,
                           Path stagingDirectory, long maxBytes) {
        this.lifecycle = new LifecycleContext(context, bundles, store, registry, new AuditTrail(audit, clock), archive,
                clock, new ConcurrentHashMap<>());
        this.verifier = verifier;
        this.staging = new Staging(stagingDirectory);
        this.maxBytes = maxBytes;
    }

    /** Aligns the framework with the store and starts the plugins that should run. */
    public synchronized void reconcile() throws IOException {
        staging.clear();
        new Reconciler(lifecycle).reconcile();
    }

    /** What installing or upgrading with an archive would do; changes nothing. */
    public synchronized CheckReport check(InputStream upload) throws IOException {
        Path file = staging.stage(upload, maxBytes);
        try {
            Verification verification = verifier.verify(file);
            boolean installed = verification.manifest().map(m -> isInstalled(m.id())).orElse(false);
            return planner().plan(List.of(verification), installed, false).get(0);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Installs a new plugin and starts it. */
    public synchronized PluginInfo install(InputStream upload, String actor) throws IOException, PluginRefusedException {
        return apply(upload, actor, false, false);
    }

    /** Replaces an installed plugin by the archive's version; older or equal versions only when forced. */
    public synchronized PluginInfo upgrade(InputStream upload, String actor, boolean force)
            throws IOException, PluginRefusedException {
        return apply(upload, actor, true, force);
    }

    /** Installs new plugins and upgrades older ones from a batch; each fares on its own, in dependency order. */
    public synchronized List<InstallResult> deploy(List<PluginArchive> archives, String actor) throws IOException {
        return new BatchDeployer(lifecycle, verifier, staging, maxBytes, this::describe).deploy(archives, actor);
    }

    /** Starts an installed plugin, and starts it at every workbench start from now on. */
    public synchronized void start(PluginId id, String actor) throws PluginRefusedException {
        new Activation(lifecycle).start(id, actor);
    }

    /** Stops a plugin, and keeps it stopped across workbench restarts. */
    public synchronized void stop(PluginId id, String actor) throws PluginRefusedException {
        new Activation(lifecycle).stop(id, actor);
    }

    /** Archives a plugin's area data and removes the plugin. */
    public synchronized void uninstall(PluginId id, String actor) throws PluginRefusedException {
        new Uninstaller(lifecycle).uninstall(id, actor);
    }

    /** Every installed plugin. */
    public List<PluginInfo> plugins() throws IOException {
        List<PluginInfo> plugins = new ArrayList<>();
        for (StoredPlugin plugin : lifecycle.store().all()) {
            plugins.add(describe(plugin));
        }
        return plugins;
    }

    /** One installed plugin. */
    public Optional<PluginInfo> plugin(PluginId id) throws IOException {
        return lifecycle.store().find(id).map(this::describe);
    }

    private PluginInfo apply(InputStream upload, String actor, boolean upgrade, boolean force)
            throws IOException, PluginRefusedException {
        Path file = staging.stage(upload, maxBytes);
        try {
            Verification verification = verifier.verify(file);
            CheckReport report = planner().plan(List.of(verification), upgrade, force).get(0);
            PluginOperation operation = upgrade ? PluginOperation.UPGRADE : PluginOperation.INSTALL;
            if (!report.acceptable()) {
                lifecycle.audit().refused(actor, operation, subject(report), report.refusals());
                throw new PluginRefusedException(operation.name().toLowerCase() + " of " + report.label(), report.refusals());
            }
            StoredPlugin stored = upgrade ? new Upgrader(lifecycle).upgrade(verification, report, actor)
                    : new Installer(lifecycle).install(verification, report, actor);
            return describe(stored);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private InstallPlanner planner() {
        return new InstallPlanner(lifecycle.context(), lifecycle.store());
    }

    private boolean isInstalled(PluginId id) {
        return lifecycle.bundle(id).isPresent();
    }

    private PluginInfo describe(StoredPlugin plugin) {
        return new PluginInfos(lifecycle).describe(plugin);
    }

    static AuditTrail.Subject subject(CheckReport report) {
        return new AuditTrail.Subject(report.descriptor().map(d -> d.id().value()).orElse("unknown"),
                report.descriptor().map(d -> d.version().toString()).orElse(""), report.sha256(), report.signer());
    }
}

package io.reformbench.core.infrastructure.plugin;

import io.reformbench.api.extension.ExtensionRegistry;
import io.reformbench.api.extension.Registration;
import io.reformbench.api.plugin.PluginId;
import io.reformbench.core.infrastructure.plugin.framework.BundleOperations;
import io.reformbench.core.infrastructure.plugin.framework.EmbeddedFramework;
import io.reformbench.core.infrastructure.plugin.lifecycle.PluginLifecycle;
import io.reformbench.core.infrastructure.plugin.lifecycle.PluginLocations;
import io.reformbench.core.infrastructure.plugin.registry.DefaultExtensionRegistry;
import io.reformbench.core.infrastructure.plugin.registry.ExecutableContributionTracker;
import io.reformbench.core.infrastructure.plugin.registry.PluginXmlExtender;
import io.reformbench.core.infrastructure.plugin.registry.ShieldedInvoker;
import io.reformbench.core.infrastructure.plugin.store.PluginStore;
import io.reformbench.core.infrastructure.plugin.verify.ArchiveInspector;
import io.reformbench.core.infrastructure.plugin.verify.PluginVerifier;
import io.reformbench.core.infrastructure.plugin.verify.SignatureVerifier;
import io.reformbench.core.infrastructure.plugin.verify.TrustStore;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.ServiceRegistration;

/**
 * The plugin runtime, in plain Java: starts the embedded framework, keeps the extension registry, and runs every
 * plugin operation. The container bean starts it with the application; tests start it directly.
 */
public final class PluginRuntime implements AutoCloseable {

    private final PluginRuntimeConfig config;
    private final PluginAuditSink audit;
    private final Optional<PluginArchiveHandler> archive;
    private final DefaultExtensionRegistry registry = new DefaultExtensionRegistry();
    private final List<Offer<?>> offers = new CopyOnWriteArrayList<>();
    private final EmbeddedFramework framework;
    private ShieldedInvoker invoker;
    private BundleOperations bundles;
    private PluginXmlExtender extender;
    private ExecutableContributionTracker services;
    private PluginLifecycle lifecycle;

    /** A core service offered to plugins, registered at every start. */
    private record Offer<S>(Class<S> type, S service) {
        ServiceRegistration<S> register(BundleContext context) {
            return context.registerService(type, service, null);
        }
    }

    /**
     * @param config where files go, which keys are trusted, limits and timeouts
     * @param audit where every operation is reported
     * @param archive the application layer's archive of area data, empty when there is none
     */
    public PluginRuntime(PluginRuntimeConfig config, PluginAuditSink audit, Optional<PluginArchiveHandler> archive) {
        this.config = config;
        this.audit = audit;
        this.archive = archive;
        this.framework = new EmbeddedFramework(config.frameworkDirectory());
    }

    /**
     * Starts the framework, restores the installed plugins and starts those that should run.
     *
     * @throws IOException when the data directory, trust store or runtime bundles cannot be read
     * @throws BundleException when the framework refuses to start
     */
    public synchronized void start() throws IOException, BundleException {
        TrustStore trustStore = TrustStore.load(config.trustStore());
        PluginStore store = new PluginStore(config.storeDirectory());
        framework.start();
        BundleContext context = framework.context();
        invoker = new ShieldedInvoker(config.callTimeout());
        bundles = new BundleOperations(config.startTimeout());
        context.registerService(ExtensionRegistry.class, registry, null);
        offers.forEach(offer -> offer.register(context));
        extender = new PluginXmlExtender(context, registry);
        extender.open();
        services = new ExecutableContributionTracker(context, registry);
        services.open();
        PluginVerifier verifier = new PluginVerifier(new ArchiveInspector(config.limits()),
                new SignatureVerifier(trustStore, config.devMode()));
        lifecycle = new PluginLifecycle(context, bundles, store, registry, audit, archive, config.clock(), verifier,
                config.stagingDirectory(), config.limits().maxBytes());
        lifecycle.reconcile();
    }

    /** Stops every plugin and the framework; installed plugins stay installed for the next start. */
    public synchronized void stop() throws BundleException, InterruptedException {
        if (!framework.isRunning()) {
            return;
        }
        services.close();
        extender.close();
        framework.stop(config.startTimeout().multipliedBy(2));
        bundles.close();
        invoker.close();
        lifecycle = null;
    }

    @Override
    public void close() throws BundleException, InterruptedException {
        stop();
    }

    /** The extension registry; it stays usable, and empty, while the runtime is stopped. */
    public ExtensionRegistry registry() {
        return registry;
    }

    /** Runs plugins' validators, shielded. */
    public synchronized PluginValidation validation() {
        return new PluginValidation(registry, running().invoker);
    }

    /** The shield for any other call into contributions, such as report builders. */
    public synchronized ShieldedInvoker invoker() {
        return running().invoker;
    }

    /** The plugin operations; available while the runtime runs. */
    public synchronized PluginLifecycle plugins() {
        return running().lifecycle;
    }

    /** What installing an archive would do, without installing it. */
    public CheckReport check(InputStream upload) throws IOException {
        return plugins().check(upload);
    }

    /** Installs and starts a new plugin; refused with every reason, nothing changed, when it does not pass. */
    public PluginInfo install(InputStream upload, String actor) throws IOException, PluginRefusedException {
        return plugins().install(upload, actor);
    }

    /**
     * A file inside a plugin, such as a view's Facelets page or its messages.
     *
     * @param id the plugin
     * @param path the path inside its bundle
     * @return the file's URL, empty when the plugin or the file is missing
     */
    public Optional<URL> resource(PluginId id, String path) {
        if (!framework.isRunning() || path.contains("..")) {
            return Optional.empty();
        }
        return Optional.ofNullable(framework.context().getBundle(PluginLocations.of(id)))
                .map(bundle -> bundle.getEntry(path));
    }

    /**
     * Offers a core service, such as {@link io.reformbench.api.service.ActionAttributes}, to plugins as an OSGi
     * service, now and after every restart.
     *
     * @return the handle that withdraws the offer at the next start
     */
    public <S> Registration offer(Class<S> type, S service) {
        Offer<S> offer = new Offer<>(type, service);
        offers.add(offer);
        synchronized (this) {
            if (framework.isRunning()) {
                offer.register(framework.context());
            }
        }
        return () -> offers.remove(offer);
    }

    /** The locations of every bundle in the framework, for checks that a refused operation left none behind. */
    List<String> bundleLocations() {
        return Stream.of(framework.context().getBundles()).map(Bundle::getLocation).sorted().toList();
    }

    private PluginRuntime running() {
        if (lifecycle == null) {
            throw new IllegalStateException("The plugin runtime is not running; start it first.");
        }
        return this;
    }
}

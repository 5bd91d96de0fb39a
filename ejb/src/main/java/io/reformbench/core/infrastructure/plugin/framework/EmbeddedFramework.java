package io.reformbench.core.infrastructure.plugin.framework;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.felix.framework.Felix;
import org.apache.felix.framework.util.FelixConstants;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Apache Felix embedded in the workbench: its cache persists in a directory, the plugin API is exported from the
 * host's class loader, and Declarative Services is installed from the classpath.
 */
public final class EmbeddedFramework {

    private final Path storage;
    private Felix felix;

    /** @param storage where the framework keeps installed bundles across restarts */
    public EmbeddedFramework(Path storage) {
        this.storage = storage;
    }

    /**
     * Starts the framework, restoring the bundles its cache holds.
     *
     * @throws IOException when the storage or the runtime bundles cannot be read
     * @throws BundleException when the framework refuses to start
     */
    public synchronized void start() throws IOException, BundleException {
        removeCachesOfEndedProcesses(storage.getParent());
        Files.createDirectories(storage);
        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toAbsolutePath().toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, ApiPackages.exportClause());
        config.put(FelixConstants.SERVICE_URLHANDLERS_PROP, "false");
        config.put(FelixConstants.LOG_LOGGER_PROP, new FelixLogBridge());
        config.put(FelixConstants.LOG_LEVEL_PROP, "2");
        Felix framework = new Felix(config);
        framework.init();
        framework.start();
        try {
            RuntimeBundles.ensure(framework.getBundleContext());
        } catch (IOException | BundleException | RuntimeException e) {
            framework.stop();
            awaitStop(framework);
            throw e;
        }
        felix = framework;
    }

    /**
     * Stops the framework and every bundle in it.
     *
     * @param timeout how long to wait for bundles to stop
     */
    public synchronized void stop(Duration timeout) throws BundleException, InterruptedException {
        if (felix == null) {
            return;
        }
        felix.stop();
        FrameworkEvent event = felix.waitForStop(timeout.toMillis());
        felix = null;
        if (event.getType() == FrameworkEvent.WAIT_TIMEDOUT) {
            throw new BundleException("The plugin framework did not stop within " + timeout.toSeconds() + " s.");
        }
    }

    private static void awaitStop(Felix framework) {
        try {
            framework.waitForStop(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Tells whether the framework runs. */
    public synchronized boolean isRunning() {
        return felix != null;
    }

    /** The system bundle's context, through which the core installs plugins and offers services. */
    public synchronized BundleContext context() {
        if (felix == null) {
            throw new IllegalStateException("The plugin framework is not running; start the plugin runtime first.");
        }
        return felix.getBundleContext();
    }

    /** The framework's wiring, for refreshes and dependency closures. */
    public FrameworkWiring wiring() {
        return context().getBundle(0).adapt(FrameworkWiring.class);
    }

    /** Tells whether a bundle location belongs to the runtime's own bundles rather than a plugin. */
    public static boolean isRuntimeLocation(String location) {
        return location.startsWith(RuntimeBundles.LOCATION_PREFIX);
    }

    /** Deletes the bundle caches that processes which have ended left behind; each process has its own. */
    private static void removeCachesOfEndedProcesses(Path parent) throws IOException {
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        try (java.util.stream.Stream<Path> caches = Files.list(parent)) {
            for (Path cache : caches.toList()) {
                String name = cache.getFileName().toString();
                boolean ended = name.chars().allMatch(Character::isDigit)
                        && ProcessHandle.of(Long.parseLong(name)).isEmpty();
                if (ended) {
                    deleteTree(cache);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}

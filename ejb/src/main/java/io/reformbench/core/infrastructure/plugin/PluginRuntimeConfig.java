package io.reformbench.core.infrastructure.plugin;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything the plugin runtime needs to know about its surroundings; built by the container bean from
 * MicroProfile Config, by tests directly.
 *
 * @param pluginDirectory where the runtime keeps its files: {@code store/}, {@code framework/}, {@code staging/}
 * @param trustStore the keys trusted to sign plugins
 * @param devMode whether unsigned plugins are accepted; never in production
 * @param limits how big an archive may be
 * @param startTimeout how long a plugin may take to start or stop
 * @param callTimeout how long one call into a plugin's contribution may take
 * @param clock the time stamped on audit events
 */
public record PluginRuntimeConfig(Path pluginDirectory, TrustStoreLocation trustStore, boolean devMode,
                                  ArchiveLimits limits, Duration startTimeout, Duration callTimeout, Clock clock) {

    /** Checks that the parts are present. */
    public PluginRuntimeConfig {
        Objects.requireNonNull(pluginDirectory, "pluginDirectory");
        Objects.requireNonNull(trustStore, "trustStore");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(startTimeout, "startTimeout");
        Objects.requireNonNull(callTimeout, "callTimeout");
        Objects.requireNonNull(clock, "clock");
    }

    /** The production defaults: shipped trust store, signatures required, 30 s to start, 5 s per call. */
    public static PluginRuntimeConfig defaults(Path pluginDirectory) {
        return new PluginRuntimeConfig(pluginDirectory, TrustStoreLocation.shipped(), false, ArchiveLimits.DEFAULT,
                Duration.ofSeconds(30), Duration.ofSeconds(5), Clock.systemUTC());
    }

    /** The same configuration with another trust store. */
    public PluginRuntimeConfig withTrustStore(TrustStoreLocation store) {
        return new PluginRuntimeConfig(pluginDirectory, store, devMode, limits, startTimeout, callTimeout, clock);
    }

    /** The same configuration with unsigned plugins accepted or not. */
    public PluginRuntimeConfig withDevMode(boolean acceptUnsigned) {
        return new PluginRuntimeConfig(pluginDirectory, trustStore, acceptUnsigned, limits, startTimeout, callTimeout, clock);
    }

    /** The same configuration with other archive limits. */
    public PluginRuntimeConfig withLimits(ArchiveLimits archiveLimits) {
        return new PluginRuntimeConfig(pluginDirectory, trustStore, devMode, archiveLimits, startTimeout, callTimeout, clock);
    }

    /** The same configuration with other time limits. */
    public PluginRuntimeConfig withTimeouts(Duration start, Duration call) {
        return new PluginRuntimeConfig(pluginDirectory, trustStore, devMode, limits, start, call, clock);
    }

    /**
     * The framework's storage, one per process: the plugin store is what persists, and the framework is rebuilt
     * from it at each start, so a server still shutting down never shares its bundle cache with the next one.
     */
    public Path frameworkDirectory() {
        return pluginDirectory.resolve("framework").resolve(String.valueOf(ProcessHandle.current().pid()));
    }

    /** The installed plugins' jars and records. */
    public Path storeDirectory() {
        return pluginDirectory.resolve("store");
    }

    /** Where uploads wait while they are checked. */
    public Path stagingDirectory() {
        return pluginDirectory.resolve("staging");
    }
}

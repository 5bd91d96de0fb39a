package io.reformbench.core.infrastructure.plugin.container;

import io.reformbench.api.service.ActionAttributes;
import io.reformbench.core.infrastructure.plugin.PluginArchiveHandler;
import io.reformbench.core.infrastructure.plugin.PluginAuditSink;
import io.reformbench.core.infrastructure.plugin.PluginRuntime;
import io.reformbench.core.infrastructure.plugin.PluginRuntimeConfig;
import io.reformbench.core.infrastructure.plugin.TrustStoreLocation;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the plugin runtime with the application and stops it with it; the integrator's REST resources and admin
 * page reach plugins through {@link #runtime()}. It runs outside any transaction: what plugins change in the plans
 * (areas restored, the audit trail) commits in transactions of its own, so no start-up transaction holds locks
 * that those writes wait for.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class PluginRuntimeBean {

    private static final Logger LOG = Logger.getLogger(PluginRuntimeBean.class.getName());
    private static final String SYSTEM = "system";

    @Inject
    @ConfigProperty(name = "reformbench.data")
    Optional<String> dataDirectory;

    @Inject
    @ConfigProperty(name = "reformbench.plugins.truststore")
    Optional<String> trustStore;

    @Inject
    @ConfigProperty(name = "reformbench.plugins.truststore.password", defaultValue = TrustStoreLocation.DEFAULT_PASSWORD)
    String trustStorePassword;

    @Inject
    @ConfigProperty(name = "reformbench.plugins.devMode", defaultValue = "false")
    boolean devMode;

    @Inject
    @ConfigProperty(name = "reformbench.plugins.startTimeoutSeconds", defaultValue = "30")
    long startTimeoutSeconds;

    @Inject
    Instance<PluginAuditSink> auditSinks;

    @Inject
    Instance<PluginArchiveHandler> archiveHandlers;

    @Inject
    Instance<ActionAttributes> actionAttributes;

    @Inject
    RunningPlugins running;

    private PluginRuntime runtime;
    private DropinDirectory dropins;

    @PostConstruct
    void start() {
        Path plugins = dataDirectory().resolve("plugins");
        PluginRuntimeConfig defaults = PluginRuntimeConfig.defaults(plugins);
        PluginRuntimeConfig config = defaults.withDevMode(devMode)
                .withTimeouts(Duration.ofSeconds(startTimeoutSeconds), defaults.callTimeout())
                .withTrustStore(trustStore.filter(path -> !path.isBlank())
                        .map(path -> TrustStoreLocation.file(Path.of(path), trustStorePassword))
                        .orElseGet(TrustStoreLocation::shipped));
        runtime = new PluginRuntime(config, auditSinks.isResolvable() ? auditSinks.get() : new LoggingAuditSink(),
                archiveHandlers.isResolvable() ? Optional.of(archiveHandlers.get()) : Optional.empty());
        if (actionAttributes.isResolvable()) {
            runtime.offer(ActionAttributes.class, actionAttributes.get());
        }
        try {
            runtime.start();
            running.publish(runtime);
            new BuiltInPlugins(getClass().getClassLoader(), plugins.resolve("builtins.properties"))
                    .deploy(runtime.plugins(), SYSTEM)
                    .forEach(result -> LOG.info("Built-in plugin " + result.source() + ": "
                            + (result.refusals().isEmpty() ? "ready" : "refused " + result.refusals())));
            dropins = new DropinDirectory(plugins.resolve("dropins"));
            dropins.scan(runtime.plugins(), SYSTEM);
        } catch (Exception e) {
            throw new IllegalStateException("The plugin runtime could not start in " + plugins + ": " + e.getMessage(), e);
        }
    }

    /** Deploys drop-ins copied in while the workbench runs. */
    @Schedule(hour = "*", minute = "*", persistent = false)
    void scanDropins() {
        try {
            dropins.scan(runtime.plugins(), SYSTEM);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Scanning the plugin drop-in directory failed.", e);
        }
    }

    @PreDestroy
    void stop() {
        try {
            runtime.stop();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "The plugin runtime did not stop cleanly.", e);
        }
    }

    /** The running plugin runtime: registry, validation and every plugin operation. */
    public PluginRuntime runtime() {
        return runtime;
    }

    private Path dataDirectory() {
        return dataDirectory.filter(path -> !path.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".reformbench"));
    }
}

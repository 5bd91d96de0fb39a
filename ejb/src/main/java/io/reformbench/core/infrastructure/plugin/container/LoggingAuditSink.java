package io.reformbench.core.infrastructure.plugin.container;

import io.reformbench.core.infrastructure.plugin.PluginAuditEvent;
import io.reformbench.core.infrastructure.plugin.PluginAuditSink;
import jakarta.enterprise.inject.Vetoed;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Writes plugin operations to the server log while no persistent audit sink is deployed. */
@Vetoed
public final class LoggingAuditSink implements PluginAuditSink {

    private static final Logger LOG = Logger.getLogger("io.reformbench.audit.plugins");

    @Override
    public void record(PluginAuditEvent event) {
        Level level = event.outcome() == PluginAuditEvent.Outcome.SUCCEEDED ? Level.INFO : Level.WARNING;
        LOG.log(level, () -> String.join(" ", event.at().toString(), event.actor(), event.operation().name(),
                event.outcome().name(), event.pluginId(), event.version(), "sha256=" + event.sha256(),
                "signer=" + event.signer(), event.detail()));
    }
}

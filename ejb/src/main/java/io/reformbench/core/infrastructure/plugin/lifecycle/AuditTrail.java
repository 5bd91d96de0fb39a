package io.reformbench.core.infrastructure.plugin.lifecycle;

import io.reformbench.core.infrastructure.plugin.PluginAuditEvent;
import io.reformbench.core.infrastructure.plugin.PluginAuditSink;
import io.reformbench.core.infrastructure.plugin.PluginOperation;
import io.reformbench.core.infrastructure.plugin.Refusal;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** Stamps operations with the time and hands them to the audit sink, which may not break an operation. */
final class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

    private final PluginAuditSink sink;
    private final Clock clock;

    AuditTrail(PluginAuditSink sink, Clock clock) {
        this.sink = sink;
        this.clock = clock;
    }

    /** What the operation was about: the plugin, version, archive and signer. */
    record Subject(String pluginId, String version, String sha256, String signer) {
    }

    void succeeded(String actor, PluginOperation operation, Subject subject) {
        record(actor, operation, PluginAuditEvent.Outcome.SUCCEEDED, subject, "");
    }

    void refused(String actor, PluginOperation operation, Subject subject, List<Refusal> refusals) {
        record(actor, operation, PluginAuditEvent.Outcome.REFUSED, subject,
                refusals.stream().map(Refusal::toString).collect(Collectors.joining(" | ")));
    }

    void failed(String actor, PluginOperation operation, Subject subject, String detail) {
        record(actor, operation, PluginAuditEvent.Outcome.FAILED, subject, detail);
    }

    private void record(String actor, PluginOperation operation, PluginAuditEvent.Outcome outcome, Subject subject,
                        String detail) {
        PluginAuditEvent event = new PluginAuditEvent(clock.instant(), actor, operation, outcome, subject.pluginId(),
                subject.version(), subject.sha256(), subject.signer(), detail);
        try {
            sink.record(event);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The audit sink failed to record " + event, e);
        }
    }
}

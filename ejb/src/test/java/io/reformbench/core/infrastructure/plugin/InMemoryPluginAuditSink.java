package io.reformbench.core.infrastructure.plugin;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps audit events in memory, for tests. */
final class InMemoryPluginAuditSink implements PluginAuditSink {

    private final List<PluginAuditEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void record(PluginAuditEvent event) {
        events.add(event);
    }

    List<PluginAuditEvent> events() {
        return List.copyOf(events);
    }

    PluginAuditEvent last() {
        return events.get(events.size() - 1);
    }
}

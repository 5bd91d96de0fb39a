package io.reformbench.core.infrastructure.plugin;

import java.time.Instant;
import java.util.Objects;

/**
 * One audited plugin operation: who did what to which plugin, when, and how it ended.
 *
 * @param at when it ended
 * @param actor who asked for it: a user name, or {@code system} for start-up work
 * @param operation what was asked
 * @param outcome how it ended
 * @param pluginId the plugin's id, {@code unknown} when the archive could not be read
 * @param version the version concerned, empty when unknown
 * @param sha256 the archive's SHA-256 in hex, empty when no archive was involved
 * @param signer the signer's certificate subject, empty when unsigned or unknown
 * @param detail the refusal or failure reasons, empty on success
 */
public record PluginAuditEvent(Instant at, String actor, PluginOperation operation, Outcome outcome, String pluginId,
                               String version, String sha256, String signer, String detail) {

    /** How an operation ended. */
    public enum Outcome {
        /** It was carried out. */
        SUCCEEDED,
        /** It was refused before anything changed. */
        REFUSED,
        /** It failed part-way and was rolled back. */
        FAILED
    }

    /** Checks that the parts are present. */
    public PluginAuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(pluginId, "pluginId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(detail, "detail");
    }
}

package io.reformbench.core.infrastructure.plugin.store;

import io.reformbench.api.plugin.PluginId;
import io.reformbench.api.plugin.PluginVersion;
import java.time.Instant;
import java.util.Objects;

/**
 * The record kept for one installed plugin.
 *
 * @param id the plugin's id
 * @param version the installed version
 * @param fileName the jar's file name in the store
 * @param sha256 the jar's SHA-256 in hex
 * @param signer the signer's certificate subject, empty when unsigned
 * @param installedBy who installed or last upgraded it
 * @param installedAt when
 * @param active whether it should run; a stopped plugin stays stopped across restarts
 */
public record StoredPlugin(PluginId id, PluginVersion version, String fileName, String sha256, String signer,
                           String installedBy, Instant installedAt, boolean active) {

    /** Checks that the parts are present. */
    public StoredPlugin {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(installedBy, "installedBy");
        Objects.requireNonNull(installedAt, "installedAt");
    }

    /** The same record with the plugin to run or not. */
    public StoredPlugin withActive(boolean run) {
        return new StoredPlugin(id, version, fileName, sha256, signer, installedBy, installedAt, run);
    }
}

package io.reformbench.core.infrastructure.plugin.verify;

import io.reformbench.core.infrastructure.plugin.Refusal;
import io.reformbench.core.infrastructure.plugin.descriptor.PluginXmlDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What checking one archive on its own found: identity, descriptor, signer, and every problem.
 *
 * @param file the staged archive
 * @param sha256 the archive's SHA-256 in hex
 * @param manifest the manifest, empty when it could not be read
 * @param descriptor the {@code plugin.xml}, empty when missing or invalid
 * @param signature the signer and signature problems
 * @param refusals every problem found, signature problems included
 */
public record Verification(Path file, String sha256, Optional<BundleManifest> manifest,
                           Optional<PluginXmlDocument> descriptor, SignatureCheck signature, List<Refusal> refusals) {

    /** Freezes the refusals. */
    public Verification {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
        refusals = List.copyOf(refusals);
    }

    /** The plugin's id and version as people read them, or {@code unknown plugin}. */
    public String label() {
        return manifest.map(m -> m.descriptor().label()).orElse("unknown plugin");
    }
}

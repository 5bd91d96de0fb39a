package io.reformbench.core.infrastructure.plugin.verify;

import io.reformbench.api.extension.ExtensionPoint;
import io.reformbench.api.plugin.PluginId;
import io.reformbench.api.plugin.PluginXml;
import io.reformbench.core.infrastructure.plugin.Refusal;
import io.reformbench.core.infrastructure.plugin.RefusalReason;
import io.reformbench.core.infrastructure.plugin.descriptor.DeclaredPoint;
import io.reformbench.core.infrastructure.plugin.descriptor.DescriptorReader;
import io.reformbench.core.infrastructure.plugin.descriptor.InvalidDescriptorException;
import io.reformbench.core.infrastructure.plugin.descriptor.PluginXmlDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/** Checks one archive on its own, collecting every problem rather than stopping at the first. */
public final class PluginVerifier {

    private final ArchiveInspector inspector;
    private final SignatureVerifier signatures;
    private final DescriptorReader descriptors = new DescriptorReader();

    /**
     * @param inspector the size and shape checks
     * @param signatures the signature checks
     */
    public PluginVerifier(ArchiveInspector inspector, SignatureVerifier signatures) {
        this.inspector = inspector;
        this.signatures = signatures;
    }

    /**
     * Checks an archive.
     *
     * @param file the staged archive
     * @return what was found
     * @throws IOException when the staged file cannot be read
     */
    public Verification verify(Path file) throws IOException {
        String sha256 = sha256(file);
        List<Refusal> refusals = new ArrayList<>(inspector.inspect(file));
        SignatureCheck unsigned = new SignatureCheck(Optional.empty(), List.of());
        if (ArchiveInspector.forbidsReading(refusals)) {
            return new Verification(file, sha256, Optional.empty(), Optional.empty(), unsigned, refusals);
        }
        SignatureCheck signature = signatures.verify(file);
        refusals.addAll(signature.refusals());
        try (JarFile jar = new JarFile(file.toFile(), false)) {
            Optional<BundleManifest> manifest = manifest(jar, refusals);
            Optional<PluginXmlDocument> descriptor = descriptor(jar, refusals);
            return new Verification(file, sha256, manifest, descriptor, signature, refusals);
        }
    }

    private static Optional<BundleManifest> manifest(JarFile jar, List<Refusal> refusals) throws IOException {
        Manifest manifest = jar.getManifest();
        if (manifest == null) {
            refusals.add(Refusal.of(RefusalReason.NOT_A_PLUGIN, "The archive has no META-INF/MANIFEST.MF."));
            return Optional.empty();
        }
        try {
            return Optional.of(BundleManifest.read(manifest.getMainAttributes()));
        } catch (IllegalArgumentException e) {
            refusals.add(Refusal.of(RefusalReason.NOT_A_PLUGIN, "The archive is not a plugin bundle: " + e.getMessage() + "."));
            return Optional.empty();
        }
    }

    private Optional<PluginXmlDocument> descriptor(JarFile jar, List<Refusal> refusals) throws IOException {
        JarEntry entry = jar.getJarEntry(PluginXml.PATH);
        if (entry == null) {
            refusals.add(Refusal.of(RefusalReason.MISSING_DESCRIPTOR, "The archive has no plugin.xml at its root."));
            return Optional.empty();
        }
        try (InputStream in = jar.getInputStream(entry)) {
            PluginXmlDocument document = descriptors.read(in);
            List<String> reserved = document.points().stream().map(DeclaredPoint::id)
                    .filter(id -> ExtensionPoint.elements(id).namespace().equals(PluginId.CORE.value())).toList();
            if (!reserved.isEmpty()) {
                refusals.add(new Refusal(RefusalReason.INVALID_DESCRIPTOR,
                        "plugin.xml declares points in the workbench's own namespace 'core':", reserved));
            }
            return Optional.of(document);
        } catch (InvalidDescriptorException e) {
            refusals.add(new Refusal(RefusalReason.INVALID_DESCRIPTOR,
                    "plugin.xml is not valid against plugin.xsd (DTDs and external entities are refused):", e.errors()));
            return Optional.empty();
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256.", e);
        }
    }
}

package io.reformbench.core.infrastructure.plugin.verify;

import io.reformbench.core.infrastructure.plugin.Refusal;
import io.reformbench.core.infrastructure.plugin.RefusalReason;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.cert.CertPath;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/** Requires every entry of a plugin to be signed, intact, by one signer whose key the workbench trusts. */
public final class SignatureVerifier {

    private static final int NAMES_SHOWN = 10;

    private final TrustStore trustStore;
    private final boolean acceptUnsigned;

    /**
     * @param trustStore the trusted keys
     * @param acceptUnsigned whether wholly unsigned archives pass (development mode)
     */
    public SignatureVerifier(TrustStore trustStore, boolean acceptUnsigned) {
        this.trustStore = trustStore;
        this.acceptUnsigned = acceptUnsigned;
    }

    /**
     * Reads every entry, which makes the JDK verify it against the signature files.
     *
     * @param file an archive that passed {@link ArchiveInspector}
     * @return the signer and anything wrong with the signature
     */
    public SignatureCheck verify(Path file) throws IOException {
        Set<CertPath> signers = new LinkedHashSet<>();
        List<String> unsigned = new ArrayList<>();
        List<String> tampered = new ArrayList<>();
        try (JarFile jar = new JarFile(file.toFile(), true)) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                if (entry.isDirectory() || isSignatureFile(entry.getName())) {
                    continue;
                }
                try (InputStream in = jar.getInputStream(entry)) {
                    in.transferTo(OutputStream.nullOutputStream());
                } catch (SecurityException e) {
                    tampered.add(entry.getName());
                    continue;
                }
                CodeSigner[] codeSigners = entry.getCodeSigners();
                if (codeSigners == null) {
                    unsigned.add(entry.getName());
                } else {
                    for (CodeSigner signer : codeSigners) {
                        signers.add(signer.getSignerCertPath());
                    }
                }
            }
        } catch (SecurityException e) {
            return new SignatureCheck(Optional.empty(), List.of(Refusal.of(RefusalReason.TAMPERED,
                    "The archive's signature files do not match it: " + e.getMessage() + ".")));
        }
        return judge(signers, unsigned, tampered);
    }

    private SignatureCheck judge(Set<CertPath> signers, List<String> unsigned, List<String> tampered) {
        List<Refusal> refusals = new ArrayList<>();
        if (!tampered.isEmpty()) {
            refusals.add(new Refusal(RefusalReason.TAMPERED, "These entries were changed after signing:", shown(tampered)));
        }
        if (signers.isEmpty()) {
            if (!acceptUnsigned && tampered.isEmpty()) {
                refusals.add(Refusal.of(RefusalReason.UNSIGNED, "The plugin is not signed; sign it with jarsigner "
                        + "and a key the workbench trusts (unsigned plugins are accepted in development mode only)."));
            }
            return new SignatureCheck(Optional.empty(), refusals);
        }
        if (!unsigned.isEmpty()) {
            refusals.add(new Refusal(RefusalReason.PARTIALLY_SIGNED,
                    "These entries are not signed; sign the whole plugin after building it:", shown(unsigned)));
        }
        if (signers.size() > 1) {
            refusals.add(new Refusal(RefusalReason.SEVERAL_SIGNERS, "The plugin must be signed by exactly one signer.",
                    signers.stream().map(SignatureVerifier::subject).toList()));
        }
        X509Certificate signer = (X509Certificate) signers.iterator().next().getCertificates().get(0);
        signers.stream().filter(path -> !trustStore.trusts(path)).forEach(path -> refusals.add(Refusal.of(
                RefusalReason.UNTRUSTED_SIGNER, "The signer " + subject(path) + " is not trusted by this workbench; "
                        + "sign with a trusted key or add its certificate to the trust store.")));
        return new SignatureCheck(Optional.of(signer), refusals);
    }

    private static List<String> shown(List<String> names) {
        if (names.size() <= NAMES_SHOWN) {
            return names;
        }
        List<String> shown = new ArrayList<>(names.subList(0, NAMES_SHOWN));
        shown.add("and " + (names.size() - NAMES_SHOWN) + " more");
        return shown;
    }

    private static String subject(CertPath path) {
        return ((X509Certificate) path.getCertificates().get(0)).getSubjectX500Principal().getName();
    }

    private static boolean isSignatureFile(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.equals(JarFile.MANIFEST_NAME)) {
            return true;
        }
        if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        return upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC")
                || upper.startsWith("META-INF/SIG-");
    }
}

package io.reformbench.core.infrastructure.plugin.verify;

import io.reformbench.core.infrastructure.plugin.TrustStoreLocation;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.Certificate;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/** The certificates whose keys may sign plugins, from the workbench's PKCS12 trust store. */
public final class TrustStore {

    private final Set<X509Certificate> trusted;

    private TrustStore(Set<X509Certificate> trusted) {
        this.trusted = Set.copyOf(trusted);
    }

    /**
     * Loads a trust store.
     *
     * @param location where it is and its password
     * @return the trusted certificates
     * @throws IOException when it cannot be read or holds no certificate
     */
    public static TrustStore load(TrustStoreLocation location) throws IOException {
        try (InputStream in = location.open()) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, location.password());
            Set<X509Certificate> certificates = new HashSet<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.getCertificate(alias) instanceof X509Certificate certificate) {
                    certificates.add(certificate);
                }
            }
            if (certificates.isEmpty()) {
                throw new IOException("The trust store " + location + " holds no certificate; no plugin could be installed.");
            }
            return new TrustStore(certificates);
        } catch (GeneralSecurityException e) {
            throw new IOException("The trust store " + location + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Tells whether a signer's certificate path leads to a trusted key: one of its certificates is trusted, or it
     * validates (PKIX, without revocation checks) against a trusted certificate as anchor.
     *
     * @param path the signer's certificates, signer first
     * @return {@code true} when the signer is trusted
     */
    public boolean trusts(CertPath path) {
        for (Certificate certificate : path.getCertificates()) {
            if (trusted.contains(certificate)) {
                return isCurrent(certificate);
            }
        }
        try {
            Set<TrustAnchor> anchors = new HashSet<>();
            trusted.forEach(certificate -> anchors.add(new TrustAnchor(certificate, null)));
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            CertPathValidator.getInstance("PKIX").validate(path, parameters);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static boolean isCurrent(Certificate certificate) {
        try {
            ((X509Certificate) certificate).checkValidity();
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}

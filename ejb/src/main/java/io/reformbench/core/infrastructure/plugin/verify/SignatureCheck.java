package io.reformbench.core.infrastructure.plugin.verify;

import io.reformbench.core.infrastructure.plugin.Refusal;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of checking an archive's signature.
 *
 * @param signer the one signer's certificate, empty when unsigned
 * @param refusals what is wrong with the signature; empty when it is acceptable
 */
public record SignatureCheck(Optional<X509Certificate> signer, List<Refusal> refusals) {

    /** Freezes the refusals. */
    public SignatureCheck {
        refusals = List.copyOf(refusals);
    }

    /** The signer's subject as people read it, or a note that there is none. */
    public String signerName() {
        return signer.map(certificate -> certificate.getSubjectX500Principal().getName()).orElse("");
    }
}

package io.reformbench.web.security;

import io.reformbench.core.application.Authenticator;
import io.reformbench.core.application.Authenticator.Result;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/** Reads an {@code Authorization} header: {@code Bearer <token>} or {@code Basic <user:password-or-token>}. */
final class HeaderCredentials {

    private HeaderCredentials() {
    }

    /** The outcome of checking the header's credentials; empty when the header is not one this workbench reads. */
    static Optional<Result> check(String header, Authenticator authenticator, String address) {
        int space = header.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        String scheme = header.substring(0, space).toLowerCase(Locale.ROOT);
        String value = header.substring(space + 1).strip();
        if (scheme.equals("bearer")) {
            return Optional.of(authenticator.byToken(value, address));
        }
        if (scheme.equals("basic")) {
            return basic(value).map(pair -> authenticator.byPassword(pair[0], pair[1], address));
        }
        return Optional.empty();
    }

    private static Optional<String[]> basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? Optional.empty()
                    : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}

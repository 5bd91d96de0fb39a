package io.reformbench.web.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language of the API's translated texts: the first of Chinese or English the caller accepts, else English. */
final class Languages {

    private Languages() {
    }

    static Locale of(HttpHeaders headers) {
        for (Locale accepted : headers.getAcceptableLanguages()) {
            if ("zh".equals(accepted.getLanguage())) {
                return Locale.CHINESE;
            }
            if ("en".equals(accepted.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }
}

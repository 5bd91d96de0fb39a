package io.reformbench.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Looks up user-facing strings in the resource bundle for the user's language. */
@RequestScoped
public class Messages implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String BUNDLE = "io.reformbench.web.i18n.messages";

    @Inject
    LocaleSelector localeSelector;

    public String get(String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, localeSelector.getLocale()).getString(key);
        } catch (MissingResourceException e) {
            return "??" + key + "??";
        }
    }
}

package io.reformbench.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/** Looks up user-facing strings in the resource bundle for the user's language. */
@RequestScoped
public class Messages implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String BUNDLE = "io.reformbench.web.i18n.messages";

    @Inject
    LocaleSelector localeSelector;

    public String get(String key) {
        return find(key).orElse("??" + key + "??");
    }

    /** The string for this key, if the bundle has one. */
    public Optional<String> find(String key) {
        try {
            return Optional.of(ResourceBundle.getBundle(BUNDLE, localeSelector.getLocale()).getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    /** The string for this key with its {@code {0}}… placeholders filled in. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), localeSelector.getLocale()).format(arguments);
    }
}

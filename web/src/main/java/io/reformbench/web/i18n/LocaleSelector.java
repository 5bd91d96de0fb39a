package io.reformbench.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The user's language for this session; Chinese first, as the roadmaps are written in it. */
@Named
@SessionScoped
public class LocaleSelector implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<Locale> SUPPORTED = List.of(Locale.CHINESE, Locale.ENGLISH);

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            Locale requested = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
            locale = requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : Locale.CHINESE;
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** Called by the language buttons; the page reloads itself afterwards. */
    public void setLanguage(String language) {
        switchTo(language);
    }

    public List<Locale> getSupported() {
        return SUPPORTED;
    }

    /** Switches language and stays on the same page. */
    public void switchTo(String language) {
        locale = SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(Locale.CHINESE);
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }

    public boolean isEnglish() {
        return "en".equals(getLanguage());
    }
}

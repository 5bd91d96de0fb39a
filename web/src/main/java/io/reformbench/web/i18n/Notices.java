package io.reformbench.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

/** Puts translated messages on the page, for the whole page or for one field. */
@RequestScoped
public class Notices {

    @Inject
    Messages messages;

    public void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, messages.format(key, arguments));
    }

    public void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, messages.format(key, arguments));
    }

    /** An error for the field with this client id. */
    public void errorAt(String clientId, String key) {
        add(clientId, FacesMessage.SEVERITY_ERROR, messages.get(key));
    }

    /** An error already in the user's language, for the field with this client id (or the page when null). */
    public void errorText(String clientId, String text) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text);
    }

    /** Keeps this request's messages for the page a redirect leads to. */
    public void keepAcrossRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}

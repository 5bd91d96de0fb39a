package io.reformbench.web.plugin;

/** A plugin id names no installed plugin. */
public class UnknownPluginException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownPluginException(String id) {
        super("There is no installed plugin '" + id + "'; GET /api/plugins lists them.");
    }
}

package io.reformbench.web.plugin;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;
import java.net.URL;
import java.util.Optional;

/** Lets Facelets include a page that lives inside a plugin, under {@code /plugin-views/<plugin>/<view>.xhtml}. */
public class PluginViewResourceHandler extends ResourceHandlerWrapper {

    /** The path prefix of plugin pages. */
    public static final String PREFIX = "/plugin-views/";

    public PluginViewResourceHandler(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public ViewResource createViewResource(FacesContext context, String resourceName) {
        if (resourceName == null || !resourceName.startsWith(PREFIX) || !resourceName.endsWith(".xhtml")) {
            return super.createViewResource(context, resourceName);
        }
        String[] parts = resourceName.substring(PREFIX.length(), resourceName.length() - ".xhtml".length()).split("/");
        if (parts.length != 2) {
            return null;
        }
        PluginViews views = CDI.current().select(PluginViews.class).get();
        Optional<URL> page = views.find(parts[0], parts[1]).flatMap(views::page);
        return page.<ViewResource>map(url -> new ViewResource() {
            @Override
            public URL getURL() {
                return url;
            }
        }).orElse(null);
    }
}

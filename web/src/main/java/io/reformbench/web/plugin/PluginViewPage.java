package io.reformbench.web.plugin;

import io.reformbench.api.contribution.ViewDefinition;
import io.reformbench.api.extension.Contribution;
import io.reformbench.web.i18n.LocaleSelector;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Optional;

/** Backs the page that shows one plugin view inside the workbench, with the view's own strings. */
@Named
@RequestScoped
public class PluginViewPage {

    @Inject
    PluginViews views;

    @Inject
    LocaleSelector locale;

    private String plugin;
    private String view;
    private Optional<Contribution<ViewDefinition>> current;

    private Optional<Contribution<ViewDefinition>> current() {
        if (current == null) {
            current = plugin == null || view == null ? Optional.empty() : views.find(plugin, view);
        }
        return current;
    }

    public boolean isFound() {
        return current().isPresent();
    }

    public String getLabel() {
        return current().map(c -> c.value().label().in(locale.getLanguage())).orElse("");
    }

    /** The page to include, served by {@link PluginViewResourceHandler}. */
    public String getSource() {
        return current().map(c -> PluginViewResourceHandler.PREFIX + c.pluginId().value() + "/" + c.value().key()
                + ".xhtml").orElse(null);
    }

    /** The strings of the view being shown, as {@code #{pluginMessages['key']}}. */
    @Produces
    @Named("pluginMessages")
    @RequestScoped
    Map<String, String> pluginMessages() {
        return current().map(c -> views.messages(c, locale.getLanguage())).orElse(Map.of());
    }

    public String getPlugin() { return plugin; }

    public void setPlugin(String plugin) { this.plugin = plugin; }

    public String getView() { return view; }

    public void setView(String view) { this.view = view; }
}

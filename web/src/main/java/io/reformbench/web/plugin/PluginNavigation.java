package io.reformbench.web.plugin;

import io.reformbench.web.i18n.LocaleSelector;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The views plugins contribute, as links for the workbench's navigation. */
@Named
@RequestScoped
public class PluginNavigation {

    @Inject
    PluginViews views;

    @Inject
    LocaleSelector locale;

    /** Read afresh on every call: an action in the same request may just have installed or removed a plugin. */
    public List<ViewLink> getViews() {
        return views.all().stream().map(c -> new ViewLink(c.pluginId().value(), c.value().key(),
                c.value().label().in(locale.getLanguage()))).toList();
    }

    /** One navigation entry; a class with getters because Jakarta EL 5 does not read record accessors. */
    public static final class ViewLink {

        private final String plugin;
        private final String view;
        private final String label;

        ViewLink(String plugin, String view, String label) {
            this.plugin = plugin;
            this.view = view;
            this.label = label;
        }

        public String getPlugin() { return plugin; }

        public String getView() { return view; }

        public String getLabel() { return label; }
    }
}

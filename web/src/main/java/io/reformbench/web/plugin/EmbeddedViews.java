package io.reformbench.web.plugin;

import io.reformbench.api.contribution.ViewDefinition;
import io.reformbench.api.extension.Contribution;
import io.reformbench.web.i18n.LocaleSelector;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** The views plugins contribute, each with its page and its own strings, for a workbench page to show as tabs. */
@Named
@RequestScoped
public class EmbeddedViews {

    @Inject
    PluginViews views;

    @Inject
    LocaleSelector locale;

    public List<EmbeddedView> getViews() {
        return views.all().stream().map(this::embedded).toList();
    }

    private EmbeddedView embedded(Contribution<ViewDefinition> view) {
        Map<String, String> strings = views.messages(view, locale.getLanguage());
        String source = PluginViewResourceHandler.PREFIX + view.pluginId().value() + "/" + view.value().key() + ".xhtml";
        return new EmbeddedView(view.pluginId().value(), view.value().label().in(locale.getLanguage()), source, strings);
    }

    /** One view: its plugin, tab label, page and strings; a class with getters because Jakarta EL 5 reads no records. */
    public static final class EmbeddedView {

        private final String plugin;
        private final String label;
        private final String source;
        private final Map<String, String> messages;

        EmbeddedView(String plugin, String label, String source, Map<String, String> messages) {
            this.plugin = plugin;
            this.label = label;
            this.source = source;
            this.messages = Map.copyOf(messages);
        }

        public String getPlugin() { return plugin; }

        public String getLabel() { return label; }

        public String getSource() { return source; }

        public Map<String, String> getMessages() { return messages; }
    }
}

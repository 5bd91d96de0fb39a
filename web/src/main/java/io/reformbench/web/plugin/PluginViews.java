package io.reformbench.web.plugin;

import io.reformbench.api.contribution.CoreExtensionPoints;
import io.reformbench.api.contribution.ViewDefinition;
import io.reformbench.api.extension.Contribution;
import io.reformbench.api.plugin.PluginId;
import io.reformbench.core.infrastructure.plugin.container.RunningPlugins;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The views plugins contribute: which there are, their pages and their strings. A page is copied out of its
 * bundle into a folder named after the plugin archive's SHA-256, so Facelets reads a plain file and an upgrade is
 * never served from a stale cache.
 */
@ApplicationScoped
public class PluginViews {

    @Inject
    RunningPlugins running;

    /** Every contributed view, in the order the plugins ask for. */
    public List<Contribution<ViewDefinition>> all() {
        return running.runtime().registry().contributions(CoreExtensionPoints.VIEWS).stream()
                .sorted(Comparator.comparingInt(c -> c.value().order())).toList();
    }

    public Optional<Contribution<ViewDefinition>> find(String pluginId, String viewKey) {
        return all().stream().filter(c -> c.pluginId().value().equals(pluginId) && c.value().key().equals(viewKey))
                .findFirst();
    }

    /** The page of a view as a local file, copied from the plugin on first use of this version. */
    public Optional<URL> page(Contribution<ViewDefinition> view) {
        PluginId plugin = view.pluginId();
        return running.runtime().resource(plugin, view.value().page()).map(source -> copy(plugin, view, source));
    }

    private URL copy(PluginId plugin, Contribution<ViewDefinition> view, URL source) {
        try {
            String release = running.runtime().plugins().plugin(plugin).map(info -> info.sha256()).orElse("unknown");
            Path target = viewFolder().resolve(plugin.value()).resolve(release).resolve(view.value().key() + ".xhtml");
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                try (InputStream in = source.openStream()) {
                    Path partial = Files.createTempFile(target.getParent(), "view", ".part");
                    Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            return target.toUri().toURL();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the view page of plugin " + plugin, e);
        }
    }

    /** The view's strings in a language, falling back to English, then to none; for {@code #{pluginMessages[…]}}. */
    public Map<String, String> messages(Contribution<ViewDefinition> view, String language) {
        Properties strings = new Properties();
        view.value().messages().ifPresent(base -> {
            for (String candidate : List.of(base + "_en.properties", base + "_" + language + ".properties")) {
                running.runtime().resource(view.pluginId(), candidate).ifPresent(url -> load(strings, url));
            }
        });
        Map<String, String> messages = new HashMap<>();
        strings.forEach((key, value) -> messages.put(key.toString(), value.toString()));
        return messages;
    }

    private static void load(Properties strings, URL url) {
        try (InputStream in = url.openStream()) {
            strings.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + url, e);
        }
    }

    private static Path viewFolder() {
        return Path.of(System.getProperty("java.io.tmpdir"), "reformbench-views");
    }
}

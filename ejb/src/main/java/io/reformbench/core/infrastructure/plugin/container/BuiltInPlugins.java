package io.reformbench.core.infrastructure.plugin.container;

import io.reformbench.api.plugin.PluginId;
import io.reformbench.core.infrastructure.plugin.InstallResult;
import io.reformbench.core.infrastructure.plugin.PluginArchive;
import io.reformbench.core.infrastructure.plugin.lifecycle.PluginLifecycle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

/**
 * The plugins shipped with the workbench: jars on the classpath under {@value #DIRECTORY}, listed one file name a
 * line in {@value #INDEX} (a WAR carries them in {@code WEB-INF/classes}). Each is installed the first time the
 * workbench sees it and upgraded when a newer one ships; one an administrator uninstalled stays uninstalled.
 */
public final class BuiltInPlugins {

    /** Where the jars are on the classpath. */
    public static final String DIRECTORY = "META-INF/reformbench/plugins/";
    /** The list of jar file names, since a class loader cannot list a directory. */
    public static final String INDEX = DIRECTORY + "index.list";

    private final ClassLoader loader;
    private final Path seenFile;

    /**
     * @param loader where to look for the index and the jars
     * @param seenFile where to remember which built-ins were deployed, and as which plugin
     */
    public BuiltInPlugins(ClassLoader loader, Path seenFile) {
        this.loader = loader;
        this.seenFile = seenFile;
    }

    /** Installs the built-ins not seen before and upgrades the installed ones a newer jar ships for. */
    public List<InstallResult> deploy(PluginLifecycle plugins, String actor) throws IOException {
        Properties seen = load();
        List<PluginArchive> offered = new ArrayList<>();
        for (URL index : Collections.list(loader.getResources(INDEX))) {
            for (String name : names(index)) {
                String id = seen.getProperty(name);
                if (id == null || plugins.plugin(PluginId.of(id)).isPresent()) {
                    URL jar = new URL(index, name);
                    offered.add(new PluginArchive(name, jar::openStream));
                }
            }
        }
        List<InstallResult> results = plugins.deploy(offered, actor);
        results.forEach(result -> result.plugin().ifPresent(p -> seen.setProperty(result.source(), p.descriptor().id().value())));
        store(seen);
        return results;
    }

    private static List<String> names(URL index) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(index.openStream(), StandardCharsets.UTF_8))) {
            return reader.lines().map(String::trim).filter(line -> line.endsWith(".jar") && !line.contains("/")).toList();
        }
    }

    private Properties load() throws IOException {
        Properties seen = new Properties();
        if (Files.exists(seenFile)) {
            try (InputStream in = Files.newInputStream(seenFile)) {
                seen.load(in);
            }
        }
        return seen;
    }

    private void store(Properties seen) throws IOException {
        Files.createDirectories(seenFile.getParent());
        try (OutputStream out = Files.newOutputStream(seenFile)) {
            seen.store(out, "Built-in plugin jars deployed, and the plugin each became");
        }
    }
}

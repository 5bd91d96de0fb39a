package io.reformbench.core.infrastructure.plugin.container;

import io.reformbench.core.infrastructure.plugin.InstallResult;
import io.reformbench.core.infrastructure.plugin.PluginArchive;
import io.reformbench.core.infrastructure.plugin.lifecycle.PluginLifecycle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Plugins an administrator copies into {@code <data>/plugins/dropins}: each new or changed jar is deployed (installed,
 * or upgraded when newer); a refused one is logged with every reason and tried again only once it changes.
 */
public final class DropinDirectory {

    private static final Logger LOG = Logger.getLogger(DropinDirectory.class.getName());

    private final Path directory;
    private final Map<Path, String> seen = new HashMap<>();

    /** @param directory the drop-in directory; created when missing */
    public DropinDirectory(Path directory) {
        this.directory = directory;
    }

    /** Deploys the jars that are new or changed since the last scan. */
    public synchronized List<InstallResult> scan(PluginLifecycle plugins, String actor) throws IOException {
        Files.createDirectories(directory);
        Map<Path, String> current = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                current.put(file, attributes.size() + "@" + attributes.lastModifiedTime().toMillis());
            }
        }
        List<PluginArchive> changed = current.entrySet().stream()
                .filter(entry -> !entry.getValue().equals(seen.get(entry.getKey())))
                .map(entry -> new PluginArchive(entry.getKey().getFileName().toString(), () -> Files.newInputStream(entry.getKey())))
                .toList();
        seen.clear();
        seen.putAll(current);
        List<InstallResult> results = plugins.deploy(changed, actor);
        results.stream().filter(result -> !result.refusals().isEmpty()).forEach(result ->
                LOG.warning("The drop-in " + result.source() + " was refused: " + result.refusals()));
        return results;
    }
}

package io.reformbench.core.infrastructure.plugin.store;

import io.reformbench.api.plugin.PluginId;
import io.reformbench.api.plugin.PluginVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Keeps each installed plugin's jar and a small record of it, one {@code <id>.properties} per plugin. */
public final class PluginStore {

    private static final String RECORD_SUFFIX = ".properties";

    private final Path directory;

    /** @param directory the store's directory; created when missing */
    public PluginStore(Path directory) throws IOException {
        this.directory = Files.createDirectories(directory);
    }

    /** Every installed plugin's record, by id. */
    public List<StoredPlugin> all() throws IOException {
        List<StoredPlugin> plugins = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(RECORD_SUFFIX)).toList()) {
                plugins.add(read(file));
            }
        }
        plugins.sort(Comparator.comparing(StoredPlugin::id));
        return plugins;
    }

    /** One plugin's record. */
    public Optional<StoredPlugin> find(PluginId id) throws IOException {
        Path file = directory.resolve(id.value() + RECORD_SUFFIX);
        return Files.exists(file) ? Optional.of(read(file)) : Optional.empty();
    }

    /** The jar a record refers to. */
    public Path jar(StoredPlugin plugin) {
        return directory.resolve(plugin.fileName());
    }

    /**
     * Copies a checked archive into the store under a name of its own; nothing refers to it until a record does.
     *
     * @return the jar's file name in the store
     */
    public String putJar(Path staged, PluginId id, PluginVersion version, String sha256) throws IOException {
        String fileName = id.value() + "-" + version + "-" + sha256.substring(0, 12) + ".jar";
        Path temporary = Files.createTempFile(directory, id.value(), ".part");
        Files.copy(staged, temporary, StandardCopyOption.REPLACE_EXISTING);
        Files.move(temporary, directory.resolve(fileName), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return fileName;
    }

    /** Deletes a jar no record refers to any more. */
    public void deleteJar(String fileName) throws IOException {
        Files.deleteIfExists(directory.resolve(fileName));
    }

    /** Writes a record, replacing the plugin's previous one in a single atomic step. */
    public void store(StoredPlugin plugin) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("version", plugin.version().toString());
        properties.setProperty("file", plugin.fileName());
        properties.setProperty("sha256", plugin.sha256());
        properties.setProperty("signer", plugin.signer());
        properties.setProperty("installedBy", plugin.installedBy());
        properties.setProperty("installedAt", plugin.installedAt().toString());
        properties.setProperty("active", Boolean.toString(plugin.active()));
        Path temporary = Files.createTempFile(directory, plugin.id().value(), ".part");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            properties.store(out, "Installed plugin " + plugin.id());
        }
        Files.move(temporary, directory.resolve(plugin.id().value() + RECORD_SUFFIX),
                StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes a plugin's record; its jar goes with {@link #removeUnreferencedJars()}. */
    public void remove(PluginId id) throws IOException {
        Files.deleteIfExists(directory.resolve(id.value() + RECORD_SUFFIX));
    }

    /** Deletes jars and partial files no record refers to, left by rolled-back or interrupted operations. */
    public void removeUnreferencedJars() throws IOException {
        Set<String> referenced = all().stream().map(StoredPlugin::fileName).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(file -> !file.getFileName().toString().endsWith(RECORD_SUFFIX))
                    .filter(file -> !referenced.contains(file.getFileName().toString()))
                    .forEach(PluginStore::delete);
        }
    }

    private StoredPlugin read(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        String name = file.getFileName().toString();
        return new StoredPlugin(PluginId.of(name.substring(0, name.length() - RECORD_SUFFIX.length())),
                PluginVersion.parse(properties.getProperty("version")), properties.getProperty("file"),
                properties.getProperty("sha256", ""), properties.getProperty("signer", ""),
                properties.getProperty("installedBy", ""), Instant.parse(properties.getProperty("installedAt")),
                Boolean.parseBoolean(properties.getProperty("active", "true")));
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

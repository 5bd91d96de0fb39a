package io.reformbench.core.infrastructure.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * A plugin jar offered to the runtime in a batch, such as a built-in plugin or a drop-in file.
 *
 * @param name where it comes from, for reports, such as its file name
 * @param source opens its bytes; called once
 */
public record PluginArchive(String name, Source source) {

    /** Opens an archive's bytes. */
    @FunctionalInterface
    public interface Source {
        /** @return the archive's bytes, closed by the caller */
        InputStream open() throws IOException;
    }

    /** Checks that the parts are present. */
    public PluginArchive {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
    }
}

package io.reformbench.api.extension;

/**
 * A handle to undo a registration, such as a {@link RegistryListener}.
 *
 * @since 1.0
 */
@FunctionalInterface
public interface Registration extends AutoCloseable {

    /** Undoes the registration; calling it again does nothing. */
    @Override
    void close();
}

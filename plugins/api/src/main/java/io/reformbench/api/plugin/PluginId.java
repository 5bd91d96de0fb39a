package io.reformbench.api.plugin;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identity of a plugin: its bundle's {@code Bundle-SymbolicName}, short and lowercase, such as {@code rc-system}.
 *
 * @param value the id as written in the manifest
 * @since 1.0
 */
public record PluginId(String value) implements Comparable<PluginId> {

    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9]*(?:[-.][a-z0-9]+)*");
    private static final int MAX_LENGTH = 64;

    /** The id under which the core itself declares extension points; no plugin may take it. */
    public static final PluginId CORE = new PluginId("core");

    /**
     * Checks the shape of the id.
     *
     * @throws IllegalArgumentException when the id is not short lowercase words joined by hyphens or dots
     */
    public PluginId {
        Objects.requireNonNull(value, "value");
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("A plugin id is up to " + MAX_LENGTH
                    + " lowercase letters and digits, words joined by '-' or '.', such as 'rc-system'; got '"
                    + value + "'.");
        }
    }

    /**
     * Reads an id.
     *
     * @param value the id as written in a manifest or a request
     * @return the id
     * @throws IllegalArgumentException when the id has the wrong shape
     */
    public static PluginId of(String value) {
        return new PluginId(value);
    }

    /**
     * Tells whether a text is a well-formed plugin id.
     *
     * @param value the text to test, may be {@code null}
     * @return {@code true} when {@link #of(String)} would accept it
     */
    public static boolean isValid(String value) {
        return value != null && value.length() <= MAX_LENGTH && SHAPE.matcher(value).matches();
    }

    @Override
    public int compareTo(PluginId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

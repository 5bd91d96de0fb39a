package io.reformbench.api.plugin;

import java.util.Comparator;
import java.util.Objects;

/**
 * A plugin release as OSGi writes it, {@code major.minor.micro[.qualifier]}, ordered as OSGi orders versions.
 *
 * @param major incompatible changes
 * @param minor compatible additions
 * @param micro fixes
 * @param qualifier build label, empty when none; compared as text
 * @since 1.0
 */
public record PluginVersion(int major, int minor, int micro, String qualifier) implements Comparable<PluginVersion> {

    /** The lowest version, {@code 0.0.0}. */
    public static final PluginVersion ZERO = new PluginVersion(0, 0, 0, "");

    private static final Comparator<PluginVersion> ORDER = Comparator.comparingInt(PluginVersion::major)
            .thenComparingInt(PluginVersion::minor)
            .thenComparingInt(PluginVersion::micro)
            .thenComparing(PluginVersion::qualifier);

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException when a number is negative
     */
    public PluginVersion {
        Objects.requireNonNull(qualifier, "qualifier");
        if (major < 0 || minor < 0 || micro < 0) {
            throw new IllegalArgumentException("Version numbers cannot be negative: " + major + "." + minor + "." + micro);
        }
    }

    /**
     * Reads a version such as {@code 1.2}, {@code 1.2.3} or {@code 1.2.3.SNAPSHOT}; missing numbers are zero.
     *
     * @param text the version text
     * @return the version
     * @throws IllegalArgumentException when the text is not a version
     */
    public static PluginVersion parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] parts = text.trim().split("\\.", 4);
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            int micro = parts.length > 2 ? Integer.parseInt(parts[2]) : 0;
            String qualifier = parts.length > 3 ? parts[3] : "";
            return new PluginVersion(major, minor, micro, qualifier);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a version; write it as major.minor.micro, e.g. 1.0.0.", e);
        }
    }

    @Override
    public int compareTo(PluginVersion other) {
        return ORDER.compare(this, other);
    }

    /**
     * Tells whether this version is newer than another.
     *
     * @param other the version to compare with
     * @return {@code true} when this version orders after {@code other}
     */
    public boolean isNewerThan(PluginVersion other) {
        return compareTo(other) > 0;
    }

    @Override
    public String toString() {
        String base = major + "." + minor + "." + micro;
        return qualifier.isEmpty() ? base : base + "." + qualifier;
    }
}

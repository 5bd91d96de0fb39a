package io.reformbench.api.plugin;

import java.util.Objects;

/**
 * A range of versions as OSGi writes it: {@code [1.0,2.0)}, or a bare {@code 1.0} meaning "1.0 or later".
 *
 * @param floor lowest version in or at the edge of the range
 * @param floorIncluded whether {@code floor} itself is in the range
 * @param ceiling highest version at the edge of the range, {@code null} when open-ended
 * @param ceilingIncluded whether {@code ceiling} itself is in the range
 * @since 1.0
 */
public record VersionRange(PluginVersion floor, boolean floorIncluded, PluginVersion ceiling, boolean ceilingIncluded) {

    /** Every version. */
    public static final VersionRange ANY = new VersionRange(PluginVersion.ZERO, true, null, false);

    /**
     * Checks the edges.
     *
     * @throws IllegalArgumentException when the ceiling is below the floor
     */
    public VersionRange {
        Objects.requireNonNull(floor, "floor");
        if (ceiling != null && ceiling.compareTo(floor) < 0) {
            throw new IllegalArgumentException("A version range cannot end (" + ceiling + ") below its start (" + floor + ").");
        }
    }

    /**
     * Reads a range such as {@code [1.0,2.0)}, {@code (1.0,1.5]} or {@code 1.0}.
     *
     * @param text the range text, possibly in double quotes
     * @return the range
     * @throws IllegalArgumentException when the text is not a range
     */
    public static VersionRange parse(String text) {
        String range = Objects.requireNonNull(text, "text").trim().replace("\"", "");
        if (range.isEmpty()) {
            return ANY;
        }
        char first = range.charAt(0);
        if (first != '[' && first != '(') {
            return new VersionRange(PluginVersion.parse(range), true, null, false);
        }
        char last = range.charAt(range.length() - 1);
        String[] edges = range.substring(1, range.length() - 1).split(",");
        if ((last != ']' && last != ')') || edges.length != 2) {
            throw new IllegalArgumentException("'" + text + "' is not a version range; write it as [1.0,2.0).");
        }
        return new VersionRange(PluginVersion.parse(edges[0]), first == '[',
                PluginVersion.parse(edges[1]), last == ']');
    }

    /**
     * Tells whether a version lies in the range.
     *
     * @param version the version to test
     * @return {@code true} when the version is in the range
     */
    public boolean includes(PluginVersion version) {
        int fromFloor = version.compareTo(floor);
        if (fromFloor < 0 || (fromFloor == 0 && !floorIncluded)) {
            return false;
        }
        if (ceiling == null) {
            return true;
        }
        int toCeiling = version.compareTo(ceiling);
        return toCeiling < 0 || (toCeiling == 0 && ceilingIncluded);
    }

    @Override
    public String toString() {
        if (ceiling == null) {
            return floor.toString();
        }
        return (floorIncluded ? "[" : "(") + floor + "," + ceiling + (ceilingIncluded ? "]" : ")");
    }
}

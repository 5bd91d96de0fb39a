package io.reformbench.core.infrastructure.plugin;

/**
 * How big a plugin archive may be before it is refused unread.
 *
 * @param maxBytes the archive's size on disk
 * @param maxEntries the number of entries
 * @param maxExpandedBytes the size of all entries expanded
 * @param maxRatio how many times larger than its compressed size an entry may expand
 */
public record ArchiveLimits(long maxBytes, int maxEntries, long maxExpandedBytes, int maxRatio) {

    /** Generous for a plugin of pages, classes and messages; far below what would hurt the server. */
    public static final ArchiveLimits DEFAULT = new ArchiveLimits(20L << 20, 5_000, 100L << 20, 100);

    /** Checks that every limit is positive. */
    public ArchiveLimits {
        if (maxBytes <= 0 || maxEntries <= 0 || maxExpandedBytes <= 0 || maxRatio <= 0) {
            throw new IllegalArgumentException("Archive limits must be positive.");
        }
    }

    /** The same limits with another archive size. */
    public ArchiveLimits withMaxBytes(long bytes) {
        return new ArchiveLimits(bytes, maxEntries, maxExpandedBytes, maxRatio);
    }
}

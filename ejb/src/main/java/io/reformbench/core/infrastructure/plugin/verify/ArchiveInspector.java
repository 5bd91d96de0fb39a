package io.reformbench.core.infrastructure.plugin.verify;

import io.reformbench.core.infrastructure.plugin.ArchiveLimits;
import io.reformbench.core.infrastructure.plugin.Refusal;
import io.reformbench.core.infrastructure.plugin.RefusalReason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/** Checks an archive's size and shape before anything reads its contents: limits, zip bombs, escaping paths. */
public final class ArchiveInspector {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final long RATIO_FLOOR = 1L << 20;

    private final ArchiveLimits limits;

    /** @param limits how big an archive may be */
    public ArchiveInspector(ArchiveLimits limits) {
        this.limits = limits;
    }

    /**
     * Inspects an archive.
     *
     * @param file the archive
     * @return the problems found; when it holds a size or shape refusal, nothing else may read the archive
     */
    public List<Refusal> inspect(Path file) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            return List.of(Refusal.of(RefusalReason.EMPTY, "The file is empty; upload the plugin's .jar file."));
        }
        if (size > limits.maxBytes()) {
            return List.of(Refusal.of(RefusalReason.TOO_LARGE, "The file is larger than the " + limits.maxBytes()
                    + " bytes a plugin may have."));
        }
        if (!startsWithZipMagic(file)) {
            return List.of(Refusal.of(RefusalReason.NOT_A_JAR, "The file is not a jar (zip) archive."));
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return inspect(zip);
        } catch (ZipException e) {
            return List.of(Refusal.of(RefusalReason.NOT_A_JAR, "The file is not a readable jar: " + e.getMessage() + "."));
        }
    }

    /** Tells whether refusals from {@link #inspect} forbid reading the archive's contents. */
    public static boolean forbidsReading(List<Refusal> refusals) {
        return refusals.stream().anyMatch(refusal -> refusal.reason() != RefusalReason.UNSAFE_PATH);
    }

    private List<Refusal> inspect(ZipFile zip) throws IOException {
        if (zip.size() > limits.maxEntries()) {
            return List.of(Refusal.of(RefusalReason.TOO_MANY_ENTRIES, "The archive has " + zip.size()
                    + " entries; a plugin may have at most " + limits.maxEntries() + "."));
        }
        List<String> unsafe = new ArrayList<>();
        long expanded = 0;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (isUnsafe(entry.getName())) {
                unsafe.add(entry.getName());
            }
            long entrySize = expandedSize(zip, entry, limits.maxExpandedBytes() - expanded);
            expanded += entrySize;
            long compressed = Math.max(1, entry.getCompressedSize());
            if (expanded > limits.maxExpandedBytes() || (entrySize > RATIO_FLOOR && entrySize / compressed > limits.maxRatio())) {
                return List.of(new Refusal(RefusalReason.ZIP_BOMB, "The archive expands far beyond its size (limit "
                        + limits.maxExpandedBytes() + " bytes in all, " + limits.maxRatio() + " times per entry).",
                        List.of(entry.getName())));
            }
        }
        return unsafe.isEmpty() ? List.of() : List.of(new Refusal(RefusalReason.UNSAFE_PATH,
                "Entry names may not be absolute or climb out with '..'.", unsafe));
    }

    private static long expandedSize(ZipFile zip, ZipEntry entry, long budget) throws IOException {
        long total = 0;
        byte[] buffer = new byte[8192];
        try (InputStream in = zip.getInputStream(entry)) {
            for (int read = in.read(buffer); read >= 0 && total <= budget; read = in.read(buffer)) {
                total += read;
            }
        }
        return total;
    }

    private static boolean isUnsafe(String name) {
        String normalized = name.replace('\\', '/');
        return normalized.startsWith("/") || name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0
                || normalized.matches("^[A-Za-z]:.*") || ("/" + normalized + "/").contains("/../");
    }

    private static boolean startsWithZipMagic(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(ZIP_MAGIC.length);
            return Arrays.equals(head, ZIP_MAGIC);
        }
    }
}

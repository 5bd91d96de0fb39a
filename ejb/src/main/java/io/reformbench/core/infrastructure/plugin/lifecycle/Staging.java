package io.reformbench.core.infrastructure.plugin.lifecycle;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Uploads wait in the staging directory while they are checked, and are deleted whatever the outcome. */
final class Staging {

    private final Path directory;

    Staging(Path directory) {
        this.directory = directory;
    }

    /**
     * Writes an upload to a staged file of its own, stopping one byte past the limit so an oversize upload is
     * refused without filling the disk.
     */
    Path stage(InputStream upload, long maxBytes) throws IOException {
        Files.createDirectories(directory);
        Path file = Files.createTempFile(directory, "upload", ".jar");
        try (InputStream limited = new BoundedInputStream(upload, maxBytes + 1)) {
            Files.copy(limited, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /** Ends a stream after a number of bytes. */
    private static final class BoundedInputStream extends FilterInputStream {
        private long left;

        BoundedInputStream(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            left -= b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int read = super.read(buffer, offset, (int) Math.min(length, left));
            left -= Math.max(read, 0);
            return read;
        }

        @Override
        public void close() {
            // The caller owns the upload stream.
        }
    }

    /** Deletes every staged file, including those of an operation a crash interrupted. */
    void clear() throws IOException {
        if (Files.isDirectory(directory)) {
            try (var files = Files.list(directory)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}

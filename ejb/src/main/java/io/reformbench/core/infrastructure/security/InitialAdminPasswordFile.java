package io.reformbench.core.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The {@code initialAdminPassword} file in the data directory: written once, readable by its owner only. */
@ApplicationScoped
public class InitialAdminPasswordFile {

    public static final String FILE_NAME = "initialAdminPassword";
    public static final String ADMIN = "admin";

    @Inject
    @ConfigProperty(name = "reformbench.data")
    String dataDirectory;

    public Path path() {
        return Path.of(dataDirectory).toAbsolutePath().resolve(FILE_NAME);
    }

    /** Writes the password, replacing any earlier file. */
    public void write(String password) {
        Path file = path();
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** Deletes the file once the initial administrator has chosen their own password. */
    public void retireFor(String userName) {
        if (ADMIN.equals(userName)) {
            try {
                Files.deleteIfExists(path());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete " + path(), e);
            }
        }
    }
}

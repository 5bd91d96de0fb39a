package io.reformbench.core.infrastructure.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the PKCS12 store of keys trusted to sign plugins lives: a file, or the development store shipped in the core.
 *
 * @param file the store's file, {@code null} for the shipped development store
 * @param password the store's password
 */
public record TrustStoreLocation(Path file, char[] password) {

    /** The shipped store, trusting the development key that signs the built-in plugins. */
    public static final String DEFAULT_RESOURCE = "META-INF/reformbench/plugin-truststore.p12";

    /** The shipped store's password; it holds certificates only, so the password protects nothing secret. */
    public static final String DEFAULT_PASSWORD = "reformbench-dev";

    /** Checks that the password is present. */
    public TrustStoreLocation {
        Objects.requireNonNull(password, "password");
    }

    /** The development store shipped in the core. */
    public static TrustStoreLocation shipped() {
        return new TrustStoreLocation(null, DEFAULT_PASSWORD.toCharArray());
    }

    /** A store in a file. */
    public static TrustStoreLocation file(Path file, String password) {
        return new TrustStoreLocation(Objects.requireNonNull(file, "file"), password.toCharArray());
    }

    /** Opens the store's bytes. */
    public InputStream open() throws IOException {
        if (file != null) {
            return Files.newInputStream(file);
        }
        InputStream in = TrustStoreLocation.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE);
        if (in == null) {
            throw new IOException("The core jar lacks its development trust store " + DEFAULT_RESOURCE
                    + "; set reformbench.plugins.truststore to a PKCS12 file.");
        }
        return in;
    }

    @Override
    public String toString() {
        return file == null ? "classpath:" + DEFAULT_RESOURCE : file.toString();
    }
}

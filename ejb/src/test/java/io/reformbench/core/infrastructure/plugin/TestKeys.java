package io.reformbench.core.infrastructure.plugin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertPath;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipFile;
import jdk.security.jarsigner.JarSigner;

/** Signing keys made once per test run with the JDK's keytool: one the test trust store trusts, one it does not. */
final class TestKeys {

    static final String PASSWORD = "changeit";

    private static final Path DIRECTORY = generate();

    private TestKeys() {
    }

    /** The trust store that trusts the {@code trusted} key only. */
    static TrustStoreLocation trustStore() {
        return TrustStoreLocation.file(DIRECTORY.resolve("truststore.p12"), PASSWORD);
    }

    /** Signs a jar with the trusted key. */
    static byte[] signTrusted(byte[] jar) {
        return sign(jar, "trusted");
    }

    /** Signs a jar with a key the trust store does not know. */
    static byte[] signUntrusted(byte[] jar) {
        return sign(jar, "stranger");
    }

    private static byte[] sign(byte[] jar, String alias) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(DIRECTORY.resolve(alias + ".p12"))) {
                store.load(in, PASSWORD.toCharArray());
            }
            PrivateKey key = (PrivateKey) store.getKey(alias, PASSWORD.toCharArray());
            CertPath path = CertificateFactory.getInstance("X.509")
                    .generateCertPath(Arrays.asList(store.getCertificateChain(alias)));
            Path unsigned = Files.createTempFile("unsigned", ".jar");
            Files.write(unsigned, jar);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipFile zip = new ZipFile(unsigned.toFile())) {
                new JarSigner.Builder(key, path).build().sign(zip, out);
            }
            Files.delete(unsigned);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Signing the fixture failed.", e);
        }
    }

    private static Path generate() {
        try {
            Path directory = Files.createTempDirectory("reformbench-test-keys");
            keytool(directory, "-genkeypair", "-alias", "trusted", "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=Test Plugin Team, O=ReformBench Tests", "-validity", "3650",
                    "-keystore", "trusted.p12", "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD);
            keytool(directory, "-genkeypair", "-alias", "stranger", "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=Stranger, O=Nobody", "-validity", "3650",
                    "-keystore", "stranger.p12", "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD);
            keytool(directory, "-exportcert", "-alias", "trusted", "-keystore", "trusted.p12", "-storepass", PASSWORD,
                    "-file", "trusted.cer");
            keytool(directory, "-importcert", "-noprompt", "-alias", "trusted", "-file", "trusted.cer",
                    "-keystore", "truststore.p12", "-storetype", "PKCS12", "-storepass", PASSWORD);
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void keytool(Path directory, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(Arrays.asList(arguments));
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IOException("keytool " + arguments[0] + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while running keytool.", e);
        }
    }
}

package io.reformbench.web.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import jdk.security.jarsigner.JarSigner;

/**
 * Builds a release of the sample plugin from its sources, as its Maven build would (it has no code, so bnd adds only
 * the identity headers), and signs it with the development key.
 */
public final class SamplePlugins {

    private static final String PASSWORD = "reformbench-dev";
    private static final String ALIAS = "reformbench-dev";

    private SamplePlugins() {
    }

    /** Builds and signs release {@code v1} or {@code v2} of the sample plugin at the given version. */
    public static byte[] build(String release, String version) throws Exception {
        Path resources = Path.of(System.getProperty("reformbench.samples"), "knowledge-sharing", release, "src/main/resources");
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "knowledge-sharing");
        main.putValue("Bundle-Version", version);
        main.putValue("Bundle-Name", "Knowledge sharing (sample plugin)");
        Path unsigned = Files.createTempFile("knowledge-sharing", ".jar");
        try (OutputStream file = Files.newOutputStream(unsigned); JarOutputStream jar = new JarOutputStream(file, manifest);
             Stream<Path> walk = Files.walk(resources)) {
            for (Path source : walk.filter(Files::isRegularFile).sorted().toList()) {
                jar.putNextEntry(new JarEntry(resources.relativize(source).toString().replace('\\', '/')));
                jar.write(Files.readAllBytes(source));
                jar.closeEntry();
            }
        }
        try {
            return sign(unsigned);
        } finally {
            Files.delete(unsigned);
        }
    }

    private static byte[] sign(Path unsigned) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("reformbench.devKeystore")))) {
            store.load(in, PASSWORD.toCharArray());
        }
        PrivateKey key = (PrivateKey) store.getKey(ALIAS, PASSWORD.toCharArray());
        List<java.security.cert.Certificate> chain = Arrays.asList(store.getCertificateChain(ALIAS));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipFile zip = new ZipFile(unsigned.toFile())) {
            new JarSigner.Builder(key, CertificateFactory.getInstance("X.509").generateCertPath(chain)).build().sign(zip, out);
        } catch (IOException e) {
            throw new IOException("Signing the sample plugin failed.", e);
        }
        return out.toByteArray();
    }
}

package io.reformbench.core.infrastructure.plugin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds small fixture plugin jars in memory, one per scenario. */
final class FixtureJar {

    static final String API_IMPORTS = "io.reformbench.api.contribution;version=\"[1.0,2)\","
            + "io.reformbench.api.extension;version=\"[1.0,2)\",io.reformbench.api.service;version=\"[1.0,2)\","
            + "io.reformbench.api.plugin;version=\"[1.0,2)\"";
    static final String NAMESPACE = "xmlns='urn:reformbench:plugin:1.0'";

    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    private FixtureJar(String id, String version) {
        headers.put("Bundle-ManifestVersion", "2");
        headers.put("Bundle-SymbolicName", id);
        headers.put("Bundle-Version", version);
        headers.put("Bundle-Name", "Fixture " + id);
    }

    /** A plugin with an id, a version and a minimal plugin.xml. */
    static FixtureJar plugin(String id, String version) {
        return new FixtureJar(id, version).pluginXml("");
    }

    /** Replaces plugin.xml by a {@code <plugin>} element with this body. */
    FixtureJar pluginXml(String body) {
        return text("plugin.xml", "<plugin " + NAMESPACE + ">" + body + "</plugin>");
    }

    /** Sets a manifest header. */
    FixtureJar header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Adds clauses to Import-Package. */
    FixtureJar importing(String clauses) {
        String imports = headers.get("Import-Package");
        return header("Import-Package", imports == null ? clauses : imports + "," + clauses);
    }

    /** Adds an entry with text content. */
    FixtureJar text(String path, String content) {
        entries.put(path, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Adds an entry. */
    FixtureJar entry(String path, byte[] content) {
        entries.put(path, content);
        return this;
    }

    /** Removes an entry. */
    FixtureJar without(String path) {
        entries.remove(path);
        return this;
    }

    /** Adds a class of the test classpath, with an activator header when asked. */
    FixtureJar activator(Class<?> type) {
        header("Bundle-Activator", type.getName());
        importing("org.osgi.framework;version=\"[1.8,2)\"");
        return type(type);
    }

    /** Adds a class of the test classpath. */
    FixtureJar type(Class<?> type) {
        String path = type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getClassLoader().getResourceAsStream(path)) {
            return entry(path, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a Declarative Services component providing an interface, with the class and the imports it needs. */
    FixtureJar component(Class<?> implementation, Class<?> service) {
        String name = implementation.getSimpleName();
        text("OSGI-INF/" + name + ".xml", "<?xml version='1.0' encoding='UTF-8'?>"
                + "<scr:component xmlns:scr='http://www.osgi.org/xmlns/scr/v1.3.0' name='" + name + "' immediate='true'>"
                + "<implementation class='" + implementation.getName() + "'/>"
                + "<service><provide interface='" + service.getName() + "'/></service></scr:component>");
        String components = headers.get("Service-Component");
        header("Service-Component", (components == null ? "" : components + ",") + "OSGI-INF/" + name + ".xml");
        importing(API_IMPORTS);
        header("Require-Capability", "osgi.extender;filter:=\"(&(osgi.extender=osgi.component)(version>=1.5.0)(!(version>=2.0.0)))\"");
        return type(implementation);
    }

    /** The jar, unsigned. */
    byte[] unsigned() {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.forEach((name, value) -> manifest.getMainAttributes().putValue(name, value));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                jar.putNextEntry(new JarEntry(entry.getKey()));
                jar.write(entry.getValue());
                jar.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The jar, signed with the trusted test key. */
    byte[] signed() {
        return TestKeys.signTrusted(unsigned());
    }

    /** A plain zip of entries, for archives that are not plugins at all. */
    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}

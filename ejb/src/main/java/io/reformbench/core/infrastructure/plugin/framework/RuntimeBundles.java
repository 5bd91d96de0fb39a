package io.reformbench.core.infrastructure.plugin.framework;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.logging.Logger;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Version;

/**
 * Installs Declarative Services and the OSGi libraries it needs into the framework from the core's own classpath,
 * so the workbench ships them as ordinary dependencies.
 */
final class RuntimeBundles {

    /** Location prefix of the bundles the runtime itself installs. */
    static final String LOCATION_PREFIX = "reformbench:runtime:";

    private static final Logger LOG = Logger.getLogger(RuntimeBundles.class.getName());
    private static final List<String> SYMBOLIC_NAMES = List.of("org.osgi.util.function", "org.osgi.util.promise",
            "org.osgi.service.component", "org.apache.felix.scr");

    private RuntimeBundles() {
    }

    /**
     * Installs or updates the runtime bundles to the versions on the classpath, then starts them.
     *
     * @param context the system bundle's context
     */
    static void ensure(BundleContext context) throws IOException, BundleException {
        Map<String, URL> jars = findJars(RuntimeBundles.class.getClassLoader());
        for (String symbolicName : SYMBOLIC_NAMES) {
            URL jar = jars.get(symbolicName);
            if (jar == null) {
                throw new IOException("The bundle " + symbolicName + " is not on the core's classpath; it is a "
                        + "dependency of the ejb module and must be packaged with it.");
            }
            installOrUpdate(context, symbolicName, jar);
        }
        for (String symbolicName : SYMBOLIC_NAMES) {
            Bundle bundle = context.getBundle(LOCATION_PREFIX + symbolicName);
            if (bundle.getHeaders().get("Fragment-Host") == null) {
                bundle.start();
            }
        }
    }

    private static void installOrUpdate(BundleContext context, String symbolicName, URL jar) throws IOException, BundleException {
        Bundle installed = context.getBundle(LOCATION_PREFIX + symbolicName);
        try (InputStream in = jar.openStream()) {
            if (installed == null) {
                context.installBundle(LOCATION_PREFIX + symbolicName, in);
            } else if (!installed.getVersion().equals(versionOf(jar))) {
                LOG.info("Updating " + symbolicName + " " + installed.getVersion() + " to the classpath's version.");
                installed.update(in);
            }
        }
    }

    private static Version versionOf(URL jar) throws IOException {
        try (JarInputStream in = new JarInputStream(jar.openStream())) {
            Manifest manifest = in.getManifest();
            return Version.parseVersion(manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-Version"));
        }
    }

    private static Map<String, URL> findJars(ClassLoader loader) throws IOException {
        Map<String, URL> jars = new LinkedHashMap<>();
        for (URL url : Collections.list(loader.getResources("META-INF/MANIFEST.MF"))) {
            String text = url.toString();
            if (!text.startsWith("jar:") || !text.contains("!/")) {
                continue;
            }
            try (InputStream in = url.openStream()) {
                String name = new Manifest(in).getMainAttributes().getValue("Bundle-SymbolicName");
                String symbolicName = name == null ? "" : name.split(";")[0].trim();
                if (SYMBOLIC_NAMES.contains(symbolicName)) {
                    jars.putIfAbsent(symbolicName, new URL(text.substring("jar:".length(), text.indexOf("!/"))));
                }
            }
        }
        return jars;
    }
}

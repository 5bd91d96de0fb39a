package io.reformbench.core.infrastructure.plugin.framework;

import io.reformbench.api.plugin.PluginXml;
import io.reformbench.core.infrastructure.plugin.verify.HeaderClause;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

/**
 * The plugin API packages the workbench exports to plugins, with the versions bnd wrote into the API jar's
 * manifest from each package's {@code @Version}.
 */
final class ApiPackages {

    private static final String API_SYMBOLIC_NAME = "io.reformbench.api";

    private ApiPackages() {
    }

    /**
     * The value for {@code org.osgi.framework.system.packages.extra}.
     *
     * @return such as {@code io.reformbench.api.plugin;version=1.0.0,...}
     * @throws IOException when the API jar's manifest cannot be found or lacks its exports
     */
    static String exportClause() throws IOException {
        ClassLoader loader = PluginXml.class.getClassLoader();
        for (URL url : Collections.list(loader.getResources("META-INF/MANIFEST.MF"))) {
            try (InputStream in = url.openStream()) {
                Manifest manifest = new Manifest(in);
                String name = manifest.getMainAttributes().getValue("Bundle-SymbolicName");
                String exports = manifest.getMainAttributes().getValue("Export-Package");
                if (name != null && name.startsWith(API_SYMBOLIC_NAME) && exports != null) {
                    return simplify(exports);
                }
            }
        }
        throw new IOException("The plugin API's manifest (Bundle-SymbolicName " + API_SYMBOLIC_NAME + ") is not on the "
                + "classpath; build plugins/api with its bnd-maven-plugin so it carries Export-Package.");
    }

    private static String simplify(String exports) {
        return HeaderClause.parse(exports).stream()
                .flatMap(clause -> clause.paths().stream()
                        .map(path -> path + ";version=" + clause.attribute("version").orElse("0.0.0")))
                .collect(Collectors.joining(","));
    }
}

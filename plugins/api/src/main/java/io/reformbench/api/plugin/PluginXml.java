package io.reformbench.api.plugin;

import java.net.URL;

/**
 * Where a plugin's declarative contributions live and the schema they follow.
 *
 * @since 1.0
 */
public final class PluginXml {

    /** The descriptor's path inside a plugin bundle. */
    public static final String PATH = "plugin.xml";

    /** The XML namespace of {@code plugin.xml}. */
    public static final String NAMESPACE = "urn:reformbench:plugin:1.0";

    private PluginXml() {
    }

    /**
     * The XML Schema every {@code plugin.xml} must validate against.
     *
     * @return the schema shipped in this package as {@code plugin.xsd}
     */
    public static URL schema() {
        return PluginXml.class.getResource("plugin.xsd");
    }
}

package io.reformbench.api.extension;

import io.reformbench.api.plugin.PluginId;
import java.util.Objects;

/**
 * An extension point as declared, by the core or by a plugin's {@code plugin.xml}.
 *
 * @param id the point's id
 * @param declaredBy the declaring plugin, {@link PluginId#CORE} for the core's points
 * @param kind how contributions reach it
 * @param typeName the contribution type's class name: a record for declarative points, the service interface for
 *                 executable ones
 * @since 1.0
 */
public record ExtensionPointDescriptor(String id, PluginId declaredBy, ExtensionKind kind, String typeName) {

    /** Checks that the parts are present. */
    public ExtensionPointDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(declaredBy, "declaredBy");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(typeName, "typeName");
    }
}

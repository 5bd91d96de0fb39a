package io.reformbench.api.extension;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One element of {@code plugin.xml} as written, for extension points that plugins declare themselves; the
 * declaring plugin turns it into its own types.
 *
 * @param name the element's local name
 * @param attributes its attributes by local name
 * @param text its own text, trimmed; empty when none
 * @param children its child elements in document order
 * @since 1.0
 */
public record ConfigurationElement(String name, Map<String, String> attributes, String text,
                                   List<ConfigurationElement> children) {

    /** Checks that the parts are present and freezes the collections. */
    public ConfigurationElement {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
    }

    /**
     * An attribute's value.
     *
     * @param attributeName the attribute's local name
     * @return its value, empty when absent
     */
    public Optional<String> attribute(String attributeName) {
        return Optional.ofNullable(attributes.get(attributeName));
    }

    /**
     * An attribute that must be there.
     *
     * @param attributeName the attribute's local name
     * @return its value
     * @throws IllegalArgumentException naming the element and attribute when it is absent
     */
    public String requiredAttribute(String attributeName) {
        return attribute(attributeName).orElseThrow(() -> new IllegalArgumentException(
                "The element <" + name + "> needs the attribute '" + attributeName + "'."));
    }

    /**
     * The child elements with a given name.
     *
     * @param childName the children's local name
     * @return those children in document order
     */
    public List<ConfigurationElement> children(String childName) {
        return children.stream().filter(child -> child.name().equals(childName)).toList();
    }
}

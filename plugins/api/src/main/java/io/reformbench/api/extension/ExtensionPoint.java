package io.reformbench.api.extension;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A typed key to a place plugins contribute to, such as {@code core.reformAreas}; looking it up in the
 * {@link ExtensionRegistry} yields contributions of type {@code T} with no casts.
 *
 * @param id the point's id, {@code <namespace>.<lowerCamel>}
 * @param type what each contribution is
 * @param kind whether contributions are declared in {@code plugin.xml} or registered as services
 * @param <T> what each contribution is
 * @since 1.0
 */
public record ExtensionPoint<T>(String id, Class<T> type, ExtensionKind kind) {

    private static final Pattern ID = Pattern.compile("[a-z][A-Za-z0-9]*(?:\\.[a-z][A-Za-z0-9]*)+");

    /**
     * Checks the id's shape.
     *
     * @throws IllegalArgumentException when the id is not {@code <namespace>.<lowerCamel>}
     */
    public ExtensionPoint {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
        if (!isValidId(id)) {
            throw new IllegalArgumentException("An extension point id is <namespace>.<lowerCamel>, such as "
                    + "'core.reformAreas'; got '" + id + "'.");
        }
    }

    /**
     * A point whose contributions are typed records the core reads from {@code plugin.xml}.
     *
     * @param id the point's id
     * @param type the record each contribution becomes
     * @param <T> the record type
     * @return the point
     */
    public static <T> ExtensionPoint<T> declarative(String id, Class<T> type) {
        return new ExtensionPoint<>(id, type, ExtensionKind.DECLARATIVE);
    }

    /**
     * A point a plugin declares in its own {@code plugin.xml}; each contribution is one element as written.
     *
     * @param id the point's id
     * @return the point
     */
    public static ExtensionPoint<ConfigurationElement> elements(String id) {
        return declarative(id, ConfigurationElement.class);
    }

    /**
     * A point whose contributions are services implementing an interface.
     *
     * @param id the point's id
     * @param type the service interface
     * @param <T> the service interface
     * @return the point
     */
    public static <T> ExtensionPoint<T> executable(String id, Class<T> type) {
        return new ExtensionPoint<>(id, type, ExtensionKind.EXECUTABLE);
    }

    /**
     * Tells whether a text is a well-formed extension point id.
     *
     * @param id the text, may be {@code null}
     * @return {@code true} for ids such as {@code fundingCompact.contributionTypes}
     */
    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /**
     * The part of the id before its last dot, {@code core} for core points.
     *
     * @return the namespace
     */
    public String namespace() {
        return id.substring(0, id.lastIndexOf('.'));
    }
}

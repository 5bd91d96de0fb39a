package io.reformbench.api.extension;

import java.util.List;
import java.util.Optional;

/**
 * Every live contribution, looked up by typed extension point; offered to plugins as an OSGi service.
 *
 * <p>Contributions come in a stable order: plugins in the order they were installed, each plugin's contributions
 * in the order it wrote them. A contribution that breaks the point's rules is left out and reported in
 * {@link #problems()} with its plugin's id.
 *
 * @since 1.0
 */
public interface ExtensionRegistry {

    /**
     * The live contributions to a point.
     *
     * @param point the point
     * @param <T> the point's contribution type
     * @return the contributions, each with its plugin's id; empty when there are none or the point is unknown
     */
    <T> List<Contribution<T>> contributions(ExtensionPoint<T> point);

    /**
     * The live contributions to a point, without their plugin ids.
     *
     * @param point the point
     * @param <T> the point's contribution type
     * @return the contributed values in registry order
     */
    default <T> List<T> values(ExtensionPoint<T> point) {
        return contributions(point).stream().map(Contribution::value).toList();
    }

    /**
     * Every declared extension point: the core's and those of active plugins.
     *
     * @return the points, the core's first
     */
    List<ExtensionPointDescriptor> points();

    /**
     * A declared point by id.
     *
     * @param id the point's id
     * @return the point, empty when no one declares it
     */
    Optional<ExtensionPointDescriptor> point(String id);

    /**
     * Contributions that were left out, and why.
     *
     * @return the problems, each with the plugin's id as its subject
     */
    List<Problem> problems();

    /**
     * Starts telling a listener about changes.
     *
     * @param listener the listener; if it throws, the registry logs it and carries on
     * @return the handle that stops it
     */
    Registration addListener(RegistryListener listener);
}

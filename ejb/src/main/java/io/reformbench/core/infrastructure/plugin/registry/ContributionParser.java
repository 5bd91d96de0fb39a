package io.reformbench.core.infrastructure.plugin.registry;

import io.reformbench.api.extension.ConfigurationElement;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Turns one element contributed to a core point into its typed record.
 *
 * @param element the element name the point takes
 * @param reader builds the record from the element and a test for entries in the plugin's bundle; throws
 *               {@link IllegalArgumentException} saying what is wrong
 * @param identities what must be unique across all plugins' contributions to the point
 * @param <T> the record type
 */
record ContributionParser<T>(String element, Reader<T> reader, Function<T, List<String>> identities) {

    /** Builds a record from an element. */
    @FunctionalInterface
    interface Reader<T> {
        T read(ConfigurationElement element, Predicate<String> bundleHasEntry);
    }

    /** Reads one element, refusing one of another name. */
    T parse(ConfigurationElement contributed, Predicate<String> bundleHasEntry) {
        if (!contributed.name().equals(element)) {
            throw new IllegalArgumentException("this point takes <" + element + "> elements, not <" + contributed.name() + ">");
        }
        return reader.read(contributed, bundleHasEntry);
    }
}

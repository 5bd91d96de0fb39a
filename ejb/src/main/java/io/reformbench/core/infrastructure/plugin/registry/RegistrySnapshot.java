package io.reformbench.core.infrastructure.plugin.registry;

import io.reformbench.api.extension.Contribution;
import io.reformbench.api.extension.ExtensionPointDescriptor;
import io.reformbench.api.extension.Problem;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One immutable state of the registry, replaced whole on every change so readers never see half a plugin.
 *
 * @param points the declared points by id, the core's first
 * @param contributions the live contributions by point id, in registry order
 * @param problems the contributions left out, and why
 */
record RegistrySnapshot(Map<String, ExtensionPointDescriptor> points, Map<String, List<Contribution<?>>> contributions,
                        List<Problem> problems) {

    /** Freezes the collections, keeping their order. */
    RegistrySnapshot {
        points = Collections.unmodifiableMap(new LinkedHashMap<>(points));
        contributions = contributions.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> List.copyOf(entry.getValue())));
        problems = List.copyOf(problems);
    }
}

package io.reformbench.core.infrastructure.plugin.registry;

import io.reformbench.api.extension.ConfigurationElement;
import io.reformbench.api.extension.Contribution;
import io.reformbench.api.extension.ExtensionKind;
import io.reformbench.api.extension.ExtensionPointDescriptor;
import io.reformbench.api.extension.Problem;
import io.reformbench.api.plugin.PluginId;
import io.reformbench.core.infrastructure.plugin.descriptor.DeclaredPoint;
import io.reformbench.core.infrastructure.plugin.descriptor.PluginXmlDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Computes the registry's state from every active plugin's descriptor and services, in plugin order. */
final class SnapshotBuilder {

    /** One active plugin's declarative side. */
    record DeclaredPlugin(PluginId id, long order, PluginXmlDocument document, Predicate<String> bundleHasEntry) {
    }

    /** One service registered by a plugin for an executable point. */
    record PluginService(PluginId id, long order, long serviceId, String pointId, Object service) {
    }

    private final Map<String, ExtensionPointDescriptor> points = new LinkedHashMap<>();
    private final Map<String, List<Contribution<?>>> contributions = new HashMap<>();
    private final Map<String, PluginId> identities = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    SnapshotBuilder(List<ExtensionPointDescriptor> corePoints) {
        corePoints.forEach(point -> points.put(point.id(), point));
    }

    RegistrySnapshot build(List<DeclaredPlugin> plugins, List<PluginService> services) {
        plugins.forEach(this::declarePoints);
        plugins.forEach(this::addExtensions);
        services.stream().filter(service -> isExecutable(service.pointId()))
                .forEach(service -> add(service.pointId(), new Contribution<>(service.id(), service.pointId(), service.service())));
        return new RegistrySnapshot(points, contributions, problems);
    }

    private void declarePoints(DeclaredPlugin plugin) {
        for (DeclaredPoint point : plugin.document().points()) {
            ExtensionPointDescriptor existing = points.get(point.id());
            if (existing != null) {
                problems.add(Problem.error("DUPLICATE_POINT", plugin.id().value(), "The extension point '" + point.id()
                        + "' is already declared by " + existing.declaredBy() + "; this declaration was skipped."));
                continue;
            }
            String typeName = point.kind() == ExtensionKind.DECLARATIVE
                    ? ConfigurationElement.class.getName() : point.serviceInterface().orElse(Object.class.getName());
            points.put(point.id(), new ExtensionPointDescriptor(point.id(), plugin.id(), point.kind(), typeName));
        }
    }

    private void addExtensions(DeclaredPlugin plugin) {
        for (PluginXmlDocument.Extension extension : plugin.document().extensions()) {
            ExtensionPointDescriptor point = points.get(extension.pointId());
            if (point == null) {
                problems.add(new Problem(Problem.Severity.INFO, "DORMANT", plugin.id().value(), "Contributions to '"
                        + extension.pointId() + "' wait until a plugin declaring that point is active."));
            } else if (point.kind() == ExtensionKind.EXECUTABLE) {
                problems.add(Problem.error("WRONG_KIND", plugin.id().value(), "'" + point.id() + "' takes services, "
                        + "not elements in plugin.xml; register a Declarative Services component instead."));
            } else {
                extension.elements().forEach(element -> addElement(plugin, point.id(), element));
            }
        }
    }

    private void addElement(DeclaredPlugin plugin, String pointId, ConfigurationElement element) {
        ContributionParser<?> parser = CoreContributionParsers.BY_POINT.get(pointId);
        if (parser == null) {
            add(pointId, new Contribution<>(plugin.id(), pointId, element));
            return;
        }
        try {
            parsed(plugin, pointId, parser, element).ifPresent(value -> add(pointId, new Contribution<>(plugin.id(), pointId, value)));
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error("INVALID_CONTRIBUTION", plugin.id().value(), describe(element) + " in '"
                    + pointId + "' was skipped: " + e.getMessage() + "."));
        }
    }

    private <T> Optional<T> parsed(DeclaredPlugin plugin, String pointId, ContributionParser<T> parser,
                                   ConfigurationElement element) {
        T value = parser.parse(element, plugin.bundleHasEntry());
        for (String identity : parser.identities().apply(value)) {
            PluginId owner = identities.get(pointId + " " + identity);
            if (owner != null) {
                problems.add(Problem.error("DUPLICATE_KEY", plugin.id().value(), describe(element) + " in '" + pointId
                        + "' was skipped: the " + identity + " is already contributed by " + owner + "."));
                return Optional.empty();
            }
        }
        parser.identities().apply(value).forEach(identity -> identities.put(pointId + " " + identity, plugin.id()));
        return Optional.of(value);
    }

    private boolean isExecutable(String pointId) {
        ExtensionPointDescriptor point = points.get(pointId);
        return point != null && point.kind() == ExtensionKind.EXECUTABLE;
    }

    private void add(String pointId, Contribution<?> contribution) {
        contributions.computeIfAbsent(pointId, id -> new ArrayList<>()).add(contribution);
    }

    private static String describe(ConfigurationElement element) {
        return element.attribute("key").map(key -> "<" + element.name() + " key='" + key + "'>")
                .orElse("<" + element.name() + ">");
    }
}

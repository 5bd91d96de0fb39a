package io.reformbench.core.infrastructure.plugin.registry;

import io.reformbench.api.contribution.CoreExtensionPoints;
import io.reformbench.api.extension.Contribution;
import io.reformbench.api.extension.ExtensionPoint;
import io.reformbench.api.extension.ExtensionPointDescriptor;
import io.reformbench.api.extension.ExtensionRegistry;
import io.reformbench.api.extension.Problem;
import io.reformbench.api.extension.Registration;
import io.reformbench.api.extension.RegistryChangeEvent;
import io.reformbench.api.extension.RegistryListener;
import io.reformbench.api.plugin.PluginId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The workbench's extension registry: plugins' declarations and services in, typed contributions out. */
public final class DefaultExtensionRegistry implements ExtensionRegistry {

    private static final Logger LOG = Logger.getLogger(DefaultExtensionRegistry.class.getName());
    private static final List<ExtensionPoint<?>> CORE_POINTS = List.of(CoreExtensionPoints.REFORM_AREAS,
            CoreExtensionPoints.ITEM_FIELDS, CoreExtensionPoints.ITEM_VALIDATORS, CoreExtensionPoints.VIEWS,
            CoreExtensionPoints.REPORTS);

    private final Map<PluginId, SnapshotBuilder.DeclaredPlugin> plugins = new LinkedHashMap<>();
    private final List<SnapshotBuilder.PluginService> services = new ArrayList<>();
    private final List<RegistryListener> listeners = new CopyOnWriteArrayList<>();
    private volatile RegistrySnapshot snapshot = rebuild(List.of(), List.of());

    @Override
    public <T> List<Contribution<T>> contributions(ExtensionPoint<T> point) {
        List<Contribution<T>> typed = new ArrayList<>();
        for (Contribution<?> contribution : snapshot.contributions().getOrDefault(point.id(), List.of())) {
            if (point.type().isInstance(contribution.value())) {
                typed.add(new Contribution<>(contribution.pluginId(), contribution.pointId(), point.type().cast(contribution.value())));
            }
        }
        return typed;
    }

    @Override
    public List<ExtensionPointDescriptor> points() {
        return List.copyOf(snapshot.points().values());
    }

    @Override
    public Optional<ExtensionPointDescriptor> point(String id) {
        return Optional.ofNullable(snapshot.points().get(id));
    }

    @Override
    public List<Problem> problems() {
        return snapshot.problems();
    }

    @Override
    public Registration addListener(RegistryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The problems about one plugin. */
    public List<Problem> problems(PluginId pluginId) {
        return snapshot.problems().stream().filter(problem -> problem.subject().equals(pluginId.value())).toList();
    }

    /** How many live contributions a plugin makes, per point id. */
    public Map<String, Long> contributionCounts(PluginId pluginId) {
        return snapshot.contributions().values().stream().flatMap(List::stream)
                .filter(contribution -> contribution.pluginId().equals(pluginId))
                .collect(Collectors.groupingBy(Contribution::pointId, TreeMap::new, Collectors.counting()));
    }

    /** The keys of the reform areas a plugin contributes, for archiving its data. */
    public Set<String> areaKeys(PluginId pluginId) {
        return contributions(CoreExtensionPoints.REFORM_AREAS).stream()
                .filter(contribution -> contribution.pluginId().equals(pluginId))
                .map(contribution -> contribution.value().key()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Makes an active plugin's declarations live. */
    void addPlugin(SnapshotBuilder.DeclaredPlugin plugin) {
        Set<String> changed = new HashSet<>(plugin.document().contributedPoints());
        plugin.document().points().forEach(point -> changed.add(point.id()));
        synchronized (this) {
            plugins.put(plugin.id(), plugin);
            publish();
        }
        fire(new RegistryChangeEvent(RegistryChangeEvent.Kind.ADDED, plugin.id(), changed));
    }

    /** Takes a plugin's declarations away; its services leave through {@link #removeService}. */
    void removePlugin(PluginId pluginId) {
        SnapshotBuilder.DeclaredPlugin removed;
        synchronized (this) {
            removed = plugins.remove(pluginId);
            publish();
        }
        if (removed != null) {
            Set<String> changed = new HashSet<>(removed.document().contributedPoints());
            removed.document().points().forEach(point -> changed.add(point.id()));
            fire(new RegistryChangeEvent(RegistryChangeEvent.Kind.REMOVED, pluginId, changed));
        }
    }

    /** Makes a plugin's service live for an executable point. */
    void addService(SnapshotBuilder.PluginService service) {
        synchronized (this) {
            services.add(service);
            publish();
        }
        fire(new RegistryChangeEvent(RegistryChangeEvent.Kind.ADDED, service.id(), Set.of(service.pointId())));
    }

    /** Takes a plugin's service away. */
    void removeService(long serviceId, String pointId) {
        Optional<SnapshotBuilder.PluginService> removed;
        synchronized (this) {
            removed = services.stream().filter(s -> s.serviceId() == serviceId && s.pointId().equals(pointId)).findFirst();
            removed.ifPresent(services::remove);
            publish();
        }
        removed.ifPresent(service -> fire(new RegistryChangeEvent(RegistryChangeEvent.Kind.REMOVED, service.id(),
                Set.of(pointId))));
    }

    private void publish() {
        List<SnapshotBuilder.DeclaredPlugin> ordered = plugins.values().stream()
                .sorted(Comparator.comparingLong(SnapshotBuilder.DeclaredPlugin::order)).toList();
        List<SnapshotBuilder.PluginService> orderedServices = services.stream()
                .sorted(Comparator.comparingLong(SnapshotBuilder.PluginService::order)
                        .thenComparingLong(SnapshotBuilder.PluginService::serviceId)).toList();
        snapshot = rebuild(ordered, orderedServices);
    }

    private static RegistrySnapshot rebuild(List<SnapshotBuilder.DeclaredPlugin> plugins,
                                            List<SnapshotBuilder.PluginService> services) {
        List<ExtensionPointDescriptor> core = CORE_POINTS.stream().map(point -> new ExtensionPointDescriptor(
                point.id(), PluginId.CORE, point.kind(), point.type().getName())).toList();
        return new SnapshotBuilder(core).build(plugins, services);
    }

    private void fire(RegistryChangeEvent event) {
        Stream.of(listeners.toArray(RegistryListener[]::new)).forEach(listener -> {
            try {
                listener.registryChanged(event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A registry listener failed on " + event + "; the others were still told.", e);
            }
        });
    }
}

package io.reformbench.core.infrastructure.plugin.registry;

import io.reformbench.api.extension.ExtensionKind;
import io.reformbench.api.extension.Registration;
import io.reformbench.api.extension.RegistryChangeEvent;
import io.reformbench.api.extension.RegistryListener;
import io.reformbench.api.plugin.PluginId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;

/**
 * Tracks the services plugins register for executable points (the core's and those plugins declare) and feeds them
 * to the registry; a point's tracker opens when the point is declared and closes when it goes.
 */
public final class ExecutableContributionTracker implements RegistryListener, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ExecutableContributionTracker.class.getName());

    private final BundleContext context;
    private final DefaultExtensionRegistry registry;
    private final Map<String, ServiceTracker<Object, Object>> trackers = new HashMap<>();
    private Registration registration;

    /**
     * @param context the system bundle's context
     * @param registry where services go
     */
    public ExecutableContributionTracker(BundleContext context, DefaultExtensionRegistry registry) {
        this.context = context;
        this.registry = registry;
    }

    /** Starts tracking the executable points declared now and later. */
    public void open() {
        registration = registry.addListener(this);
        synchronize();
    }

    @Override
    public void registryChanged(RegistryChangeEvent event) {
        synchronize();
    }

    @Override
    public synchronized void close() {
        if (registration != null) {
            registration.close();
        }
        List.copyOf(trackers.values()).forEach(ServiceTracker::close);
        trackers.clear();
    }

    private synchronized void synchronize() {
        Map<String, String> wanted = new HashMap<>();
        registry.points().stream().filter(point -> point.kind() == ExtensionKind.EXECUTABLE)
                .forEach(point -> wanted.put(point.id(), point.typeName()));
        for (String pointId : new ArrayList<>(trackers.keySet())) {
            if (!wanted.containsKey(pointId)) {
                trackers.remove(pointId).close();
            }
        }
        wanted.forEach((pointId, typeName) -> {
            if (!trackers.containsKey(pointId)) {
                ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context, filter(typeName), new Customizer(pointId));
                trackers.put(pointId, tracker);
                tracker.open(true);
            }
        });
    }

    private Filter filter(String typeName) {
        try {
            return context.createFilter("(" + Constants.OBJECTCLASS + "=" + typeName + ")");
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException("Not a class name: " + typeName, e);
        }
    }

    /** Hands one point's services to the registry, shielding it from services that fail to activate. */
    private final class Customizer implements ServiceTrackerCustomizer<Object, Object> {
        private final String pointId;

        Customizer(String pointId) {
            this.pointId = pointId;
        }

        @Override
        public Object addingService(ServiceReference<Object> reference) {
            String symbolicName = reference.getBundle().getSymbolicName();
            if (reference.getBundle().getBundleId() == 0 || !PluginId.isValid(symbolicName)) {
                return null;
            }
            Object service;
            try {
                service = context.getService(reference);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A service of " + symbolicName + " for " + pointId + " failed to activate.", e);
                return null;
            }
            if (service != null) {
                registry.addService(new SnapshotBuilder.PluginService(PluginId.of(symbolicName),
                        reference.getBundle().getBundleId(), serviceId(reference), pointId, service));
            }
            return service;
        }

        @Override
        public void modifiedService(ServiceReference<Object> reference, Object service) {
            // Property changes do not change what a contribution is.
        }

        @Override
        public void removedService(ServiceReference<Object> reference, Object service) {
            registry.removeService(serviceId(reference), pointId);
            context.ungetService(reference);
        }

        private long serviceId(ServiceReference<Object> reference) {
            return (Long) reference.getProperty(Constants.SERVICE_ID);
        }
    }
}

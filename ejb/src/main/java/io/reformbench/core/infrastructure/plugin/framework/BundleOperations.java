package io.reformbench.core.infrastructure.plugin.framework;

import io.reformbench.core.infrastructure.plugin.Refusal;
import io.reformbench.core.infrastructure.plugin.RefusalReason;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Starts, stops, updates, uninstalls and refreshes bundles on a worker thread with a time limit; a plugin whose
 * activator hangs is interrupted and reported instead of hanging the workbench.
 */
public final class BundleOperations implements AutoCloseable {

    private static final Duration GRACE = Duration.ofSeconds(5);

    private final Duration timeout;
    private final ExecutorService executor;

    /** @param timeout how long one operation may take */
    public BundleOperations(Duration timeout) {
        this.timeout = timeout;
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "plugin-lifecycle-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts a bundle for this run of the framework; the runtime decides what starts at the next run. */
    public void start(Bundle bundle) throws BundleOperationException {
        run(bundle, "start", RefusalReason.ACTIVATOR_TIMEOUT, true, () -> {
            bundle.start(Bundle.START_TRANSIENT);
            return null;
        });
    }

    /** Stops a bundle for this run of the framework. */
    public void stop(Bundle bundle) throws BundleOperationException {
        run(bundle, "stop", RefusalReason.ACTIVATOR_TIMEOUT, true, () -> {
            bundle.stop(Bundle.STOP_TRANSIENT);
            return null;
        });
    }

    /** Replaces a stopped bundle's content. */
    public void update(Bundle bundle, Path jar) throws BundleOperationException {
        run(bundle, "update", RefusalReason.STORAGE_FAILED, true, () -> {
            try (InputStream in = Files.newInputStream(jar)) {
                bundle.update(in);
            }
            return null;
        });
    }

    /**
     * Uninstalls a bundle; if it is still stuck in its activator, the uninstall completes when the activator returns.
     */
    public void uninstall(Bundle bundle) throws BundleOperationException {
        run(bundle, "uninstall", RefusalReason.ACTIVATOR_TIMEOUT, false, () -> {
            if (bundle.getState() != Bundle.UNINSTALLED) {
                bundle.uninstall();
            }
            return null;
        });
    }

    /** Refreshes bundles and waits until the framework has rewired them and released old class loaders. */
    public void refresh(FrameworkWiring wiring, Collection<Bundle> bundles) throws BundleOperationException {
        CountDownLatch refreshed = new CountDownLatch(1);
        wiring.refreshBundles(bundles, event -> refreshed.countDown());
        try {
            if (!refreshed.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new BundleOperationException(Refusal.of(RefusalReason.RESOLUTION_FAILED,
                        "The framework did not finish refreshing plugins within " + timeout.toSeconds() + " s."), null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BundleOperationException(Refusal.of(RefusalReason.RESOLUTION_FAILED, "Interrupted while refreshing."), e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private void run(Bundle bundle, String verb, RefusalReason onTimeout, boolean interrupt, Callable<Void> action)
            throws BundleOperationException {
        String label = bundle.getSymbolicName() + " " + bundle.getVersion();
        CountDownLatch done = new CountDownLatch(1);
        Future<Void> future = executor.submit(() -> {
            try {
                return action.call();
            } finally {
                done.countDown();
            }
        });
        try {
            future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            boolean settled = interrupt && future.cancel(true) && awaitQuietly(done);
            throw new BundleOperationException(Refusal.of(onTimeout, label + " did not " + verb + " within "
                    + timeout.toMillis() + " ms" + (settled ? " and was interrupted." : "; it will be cleaned up when it returns.")), e);
        } catch (ExecutionException e) {
            throw new BundleOperationException(explain(label, verb, e.getCause()), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BundleOperationException(Refusal.of(onTimeout, "Interrupted while waiting for " + label + " to " + verb + "."), e);
        }
    }

    private static Refusal explain(String label, String verb, Throwable failure) {
        if (failure instanceof BundleException bundleException && bundleException.getType() == BundleException.RESOLVE_ERROR) {
            return Refusal.of(RefusalReason.RESOLUTION_FAILED, label + " could not be wired: " + failure.getMessage());
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        RefusalReason reason = failure instanceof BundleException ? RefusalReason.ACTIVATOR_FAILED : RefusalReason.STORAGE_FAILED;
        return Refusal.of(reason, label + " failed to " + verb + ": " + root.getClass().getSimpleName()
                + (root.getMessage() == null ? "" : ": " + root.getMessage()));
    }

    private static boolean awaitQuietly(CountDownLatch done) {
        try {
            return done.await(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

}

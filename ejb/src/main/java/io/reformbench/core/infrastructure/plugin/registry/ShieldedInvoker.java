package io.reformbench.core.infrastructure.plugin.registry;

import io.reformbench.api.extension.Contribution;
import io.reformbench.api.extension.Problem;
import io.reformbench.api.plugin.PluginId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Calls into plugin code on worker threads with a time limit, so one contribution that throws or hangs becomes a
 * problem of its own and never breaks its siblings or the caller.
 */
public final class ShieldedInvoker implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ShieldedInvoker.class.getName());
    private static final int WORKERS = 8;

    private final Duration timeout;
    private final ThreadPoolExecutor executor;

    /**
     * The outcome of one call: a value, or the problem that replaced it.
     *
     * @param pluginId the plugin called
     * @param value what it returned, empty when it failed
     * @param failure why it failed, empty when it returned
     * @param <R> the call's result type
     */
    public record Outcome<R>(PluginId pluginId, Optional<R> value, Optional<Problem> failure) {
    }

    /** @param timeout how long one call may take */
    public ShieldedInvoker(Duration timeout) {
        this.timeout = timeout;
        AtomicInteger count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "plugin-call-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        executor.allowCoreThreadTimeOut(true);
    }

    /**
     * Calls every contribution at once and waits for all, each within the time limit.
     *
     * @param contributions what to call
     * @param call the call to make on each
     * @param <T> the contributions' type
     * @param <R> the call's result type
     * @return one outcome per contribution, in the same order
     */
    public <T, R> List<Outcome<R>> callEach(List<Contribution<T>> contributions, Function<? super T, ? extends R> call) {
        List<Future<R>> futures = new ArrayList<>();
        contributions.forEach(contribution -> futures.add(executor.submit(() -> call.apply(contribution.value()))));
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Outcome<R>> outcomes = new ArrayList<>();
        for (int i = 0; i < futures.size(); i++) {
            outcomes.add(await(contributions.get(i), futures.get(i), deadline));
        }
        return outcomes;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private <R> Outcome<R> await(Contribution<?> contribution, Future<R> future, long deadline) {
        PluginId pluginId = contribution.pluginId();
        try {
            long left = Math.max(0, deadline - System.nanoTime());
            return new Outcome<>(pluginId, Optional.ofNullable(future.get(left, TimeUnit.NANOSECONDS)), Optional.empty());
        } catch (TimeoutException e) {
            future.cancel(true);
            return failed(pluginId, "CONTRIBUTION_TIMEOUT", "did not answer within " + timeout.toMillis() + " ms", null);
        } catch (ExecutionException e) {
            return failed(pluginId, "CONTRIBUTION_FAILED", "failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return failed(pluginId, "CONTRIBUTION_FAILED", "was interrupted", e);
        }
    }

    private static <R> Outcome<R> failed(PluginId pluginId, String code, String what, Throwable cause) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.WARNING, "Incident " + incident + ": a contribution of " + pluginId + " " + what, cause);
        return new Outcome<>(pluginId, Optional.empty(), Optional.of(Problem.error(code, pluginId.value(),
                "A contribution of the plugin " + pluginId + " " + what + " and was skipped (incident " + incident + ").")));
    }
}

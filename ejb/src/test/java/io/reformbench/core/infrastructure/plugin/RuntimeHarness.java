package io.reformbench.core.infrastructure.plugin;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reformbench.api.contribution.CoreExtensionPoints;
import io.reformbench.api.extension.ExtensionPoint;
import io.reformbench.api.extension.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.osgi.framework.BundleException;

/** A plugin runtime in a temporary directory with the test trust store and short time limits. */
final class RuntimeHarness implements AutoCloseable {

    static final String ACTOR = "tester";

    final InMemoryPluginAuditSink audit = new InMemoryPluginAuditSink();
    final PluginRuntimeConfig config;
    final PluginRuntime runtime;

    /**
     * The state an operation must leave unchanged when it is refused.
     *
     * @param plugins installed plugins with version and state
     * @param files files under the plugin directory, outside the framework's own cache
     * @param bundles bundle locations in the framework
     * @param contributions live contributions per point
     * @param problems registry problems
     */
    record State(List<String> plugins, List<String> files, List<String> bundles, Map<String, Integer> contributions,
                 List<Problem> problems) {
    }

    private RuntimeHarness(PluginRuntimeConfig config, Optional<PluginArchiveHandler> archive) throws Exception {
        this.config = config;
        this.runtime = new PluginRuntime(config, audit, archive);
        runtime.start();
    }

    static RuntimeHarness start(Path directory) throws Exception {
        return start(directory, UnaryOperator.identity(), Optional.empty());
    }

    static RuntimeHarness start(Path directory, UnaryOperator<PluginRuntimeConfig> adjust,
                                Optional<PluginArchiveHandler> archive) throws Exception {
        PluginRuntimeConfig config = PluginRuntimeConfig.defaults(directory).withTrustStore(TestKeys.trustStore())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1));
        return new RuntimeHarness(adjust.apply(config), archive);
    }

    PluginInfo install(byte[] jar) throws Exception {
        return runtime.install(new ByteArrayInputStream(jar), ACTOR);
    }

    PluginInfo upgrade(byte[] jar, boolean force) throws Exception {
        return runtime.plugins().upgrade(new ByteArrayInputStream(jar), ACTOR, force);
    }

    PluginRefusedException refused(byte[] jar) {
        PluginRefusedException[] caught = new PluginRefusedException[1];
        assertThatThrownBy(() -> install(jar)).isInstanceOfSatisfying(PluginRefusedException.class, e -> caught[0] = e);
        return caught[0];
    }

    <T> List<T> values(ExtensionPoint<T> point) {
        return runtime.registry().values(point);
    }

    State state() throws IOException {
        List<String> plugins = runtime.plugins().plugins().stream()
                .map(p -> p.descriptor().label() + " " + p.state()).toList();
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(config.pluginDirectory())) {
            walk.filter(Files::isRegularFile).filter(f -> !f.startsWith(config.frameworkDirectory()))
                    .map(f -> config.pluginDirectory().relativize(f).toString()).sorted().forEach(files::add);
        }
        List<String> bundles = runtime.bundleLocations();
        Map<String, Integer> contributions = new TreeMap<>();
        for (ExtensionPoint<?> point : List.of(CoreExtensionPoints.REFORM_AREAS, CoreExtensionPoints.ITEM_FIELDS,
                CoreExtensionPoints.VIEWS, CoreExtensionPoints.ITEM_VALIDATORS, CoreExtensionPoints.REPORTS)) {
            contributions.put(point.id(), runtime.registry().contributions(point).size());
        }
        return new State(plugins, files, bundles, contributions, runtime.registry().problems());
    }

    void restart() throws Exception {
        runtime.stop();
        runtime.start();
    }

    @Override
    public void close() throws BundleException, InterruptedException {
        runtime.stop();
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

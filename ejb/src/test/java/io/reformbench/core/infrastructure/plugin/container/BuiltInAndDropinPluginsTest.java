package io.reformbench.core.infrastructure.plugin.container;

import static org.assertj.core.api.Assertions.assertThat;

import io.reformbench.api.plugin.PluginId;
import io.reformbench.core.infrastructure.plugin.InstallResult;
import io.reformbench.core.infrastructure.plugin.PluginRuntime;
import io.reformbench.core.infrastructure.plugin.PluginRuntimeConfig;
import io.reformbench.core.infrastructure.plugin.RefusalReason;
import io.reformbench.core.infrastructure.plugin.TestPlugins;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuiltInAndDropinPluginsTest {

    @TempDir
    Path directory;
    private PluginRuntime runtime;

    @BeforeEach
    void start() throws Exception {
        runtime = new PluginRuntime(PluginRuntimeConfig.defaults(directory.resolve("plugins"))
                .withTrustStore(TestPlugins.trustStore()), event -> { }, Optional.empty());
        runtime.start();
    }

    @AfterEach
    void stop() throws Exception {
        runtime.stop();
    }

    @Test
    void builtInsAreInstalledOnceUpgradedWhenNewerAndNotBroughtBackAfterUninstall() throws Exception {
        Path classes = Files.createDirectories(directory.resolve("classes").resolve(BuiltInPlugins.DIRECTORY));
        Files.writeString(classes.resolve("index.list"), "fx-builtin.jar\n");
        Files.write(classes.resolve("fx-builtin.jar"), TestPlugins.signed("fx-builtin", "1.0.0"));
        Path seen = directory.resolve("plugins/builtins.properties");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {directory.resolve("classes").toUri().toURL()}, null)) {
            BuiltInPlugins builtIns = new BuiltInPlugins(loader, seen);

            assertThat(builtIns.deploy(runtime.plugins(), "system")).singleElement()
                    .satisfies(result -> assertThat(result.plugin()).isPresent());
            Files.write(classes.resolve("fx-builtin.jar"), TestPlugins.signed("fx-builtin", "1.1.0"));
            builtIns.deploy(runtime.plugins(), "system");
            assertThat(runtime.plugins().plugin(PluginId.of("fx-builtin")).orElseThrow().descriptor().version())
                    .hasToString("1.1.0");

            runtime.plugins().uninstall(PluginId.of("fx-builtin"), "admin");
            assertThat(builtIns.deploy(runtime.plugins(), "system")).isEmpty();
            assertThat(runtime.plugins().plugins()).isEmpty();
        }
    }

    @Test
    void dropinsAreDeployedWhenNewOrChangedAndRefusalsAreReported() throws Exception {
        Path dropins = directory.resolve("plugins/dropins");
        DropinDirectory directoryScanner = new DropinDirectory(dropins);
        Files.createDirectories(dropins);
        Files.write(dropins.resolve("good.jar"), TestPlugins.signed("fx-dropin", "1.0.0"));
        Files.write(dropins.resolve("bad.jar"), new byte[] {1, 2, 3});

        List<InstallResult> first = directoryScanner.scan(runtime.plugins(), "system");
        assertThat(first).extracting(InstallResult::source).containsExactly("bad.jar", "good.jar");
        assertThat(first.get(0).refusals()).extracting(r -> r.reason()).containsExactly(RefusalReason.NOT_A_JAR);
        assertThat(directoryScanner.scan(runtime.plugins(), "system")).isEmpty();

        Path good = dropins.resolve("good.jar");
        Files.write(good, TestPlugins.signed("fx-dropin", "2.0.0"));
        Files.setLastModifiedTime(good, FileTime.fromMillis(Files.getLastModifiedTime(good).toMillis() + 5_000));
        assertThat(directoryScanner.scan(runtime.plugins(), "system")).singleElement()
                .satisfies(result -> assertThat(result.plugin().orElseThrow().descriptor().version()).hasToString("2.0.0"));
    }
}

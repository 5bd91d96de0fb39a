package io.reformbench.core.infrastructure.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.reformbench.api.contribution.ItemValidator;
import io.reformbench.api.plugin.PluginId;
import io.reformbench.core.infrastructure.plugin.fixtures.AmountValidator;
import io.reformbench.core.infrastructure.plugin.fixtures.QuietActivator;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassLoaderReleaseTest {

    private static final PluginId ID = PluginId.of("fx-unloadable");

    @TempDir
    Path directory;

    @Test
    void installingAndUninstallingTwentyTimesLeavesNoPluginClassBehind() throws Exception {
        byte[] jar = FixtureJar.plugin(ID.value(), "1.0.0").activator(QuietActivator.class)
                .component(AmountValidator.class, ItemValidator.class).pluginXml("""
                        <extension point='core.reformAreas'>
                          <reformArea key='fx-unloadable' order='1' colour='#123456'><name lang='en'>U</name><heading>U</heading></reformArea>
                        </extension>""").signed();
        List<WeakReference<Class<?>>> classes = new ArrayList<>();
        try (RuntimeHarness harness = RuntimeHarness.start(directory)) {
            for (int round = 0; round < 20; round++) {
                harness.install(jar);
                Object validator = harness.values(io.reformbench.api.contribution.CoreExtensionPoints.ITEM_VALIDATORS).get(0);
                classes.add(new WeakReference<>(validator.getClass()));
                assertThat(validator.getClass().getClassLoader()).isNotSameAs(getClass().getClassLoader());
                validator = null;
                harness.runtime.plugins().uninstall(ID, RuntimeHarness.ACTOR);
            }
            assertThat(harness.runtime.plugins().plugins()).isEmpty();
            assertThat(awaitCollected(classes)).as("plugin classes still reachable after uninstall").isZero();
        }
    }

    private static long awaitCollected(List<WeakReference<Class<?>>> classes) throws InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            System.gc();
            long alive = classes.stream().filter(reference -> reference.get() != null).count();
            if (alive == 0) {
                return 0;
            }
            byte[][] pressure = new byte[64][];
            for (int i = 0; i < pressure.length; i++) {
                pressure[i] = new byte[1 << 20];
            }
            Thread.sleep(100);
        }
        return classes.stream().filter(reference -> reference.get() != null).count();
    }
}

package io.reformbench.core.infrastructure.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.reformbench.api.contribution.CoreExtensionPoints;
import io.reformbench.api.extension.ConfigurationElement;
import io.reformbench.api.extension.Contribution;
import io.reformbench.api.extension.ExtensionPoint;
import io.reformbench.api.extension.Problem;
import io.reformbench.api.plugin.PluginId;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtensionRegistryTest {

    private static final ExtensionPoint<ConfigurationElement> COLOURS = ExtensionPoint.elements("fxProvider.colours");

    @TempDir
    Path directory;
    private RuntimeHarness harness;

    @BeforeEach
    void start() throws Exception {
        harness = RuntimeHarness.start(directory);
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    private static byte[] provider() {
        return FixtureJar.plugin("fx-provider", "1.0.0")
                .pluginXml("<extension-point id='fxProvider.colours'><name lang='en'>Colours</name></extension-point>").signed();
    }

    private static byte[] consumer() {
        return FixtureJar.plugin("fx-consumer", "1.0.0").pluginXml("""
                <extension point='fxProvider.colours'>
                  <colour key='teal' hex='#008080'><name lang='en'>Teal</name></colour>
                </extension>""").signed();
    }

    @Test
    void aPluginContributesToAPointAnotherPluginDeclares() throws Exception {
        harness.install(provider());
        harness.install(consumer());

        assertThat(harness.runtime.registry().point("fxProvider.colours")).hasValueSatisfying(
                point -> assertThat(point.declaredBy()).isEqualTo(PluginId.of("fx-provider")));
        Contribution<ConfigurationElement> colour = harness.runtime.registry().contributions(COLOURS).get(0);
        assertThat(colour.pluginId()).isEqualTo(PluginId.of("fx-consumer"));
        assertThat(colour.value().requiredAttribute("hex")).isEqualTo("#008080");
        assertThat(colour.value().children("name").get(0).text()).isEqualTo("Teal");
    }

    @Test
    void contributionsWaitForTheirPointAndLeaveWithIt() throws Exception {
        harness.install(consumer());
        assertThat(harness.runtime.registry().contributions(COLOURS)).isEmpty();
        assertThat(harness.runtime.registry().problems()).extracting(Problem::code).containsExactly("DORMANT");

        harness.install(provider());
        assertThat(harness.runtime.registry().contributions(COLOURS)).hasSize(1);

        harness.runtime.plugins().stop(PluginId.of("fx-provider"), RuntimeHarness.ACTOR);
        assertThat(harness.runtime.registry().contributions(COLOURS)).isEmpty();
        assertThat(harness.runtime.registry().point("fxProvider.colours")).isEmpty();
    }

    @Test
    void aBadContributionIsSkippedWithItsPluginIdAndItsSiblingsStay() throws Exception {
        harness.install(FixtureJar.plugin("fx-mixed", "1.0.0").pluginXml("""
                <extension point='core.itemFields'>
                  <itemField area='fx-mixed' key='good' type='STRING'><label lang='en'>Good</label></itemField>
                  <itemField area='fx-mixed' key='inverted' type='NUMBER' min='10' max='1'><label lang='en'>Bad</label></itemField>
                  <itemField area='fx-mixed' key='lonely' type='CHOICE'><label lang='en'>No choices</label></itemField>
                </extension>
                <extension point='core.views'>
                  <view key='ghost' page='views/ghost.xhtml'><label lang='en'>Ghost</label></view>
                </extension>""").signed());

        assertThat(harness.values(CoreExtensionPoints.ITEM_FIELDS)).extracting(field -> field.key()).containsExactly("good");
        assertThat(harness.values(CoreExtensionPoints.VIEWS)).isEmpty();
        assertThat(harness.runtime.registry().problems()).allSatisfy(problem -> {
            assertThat(problem.subject()).isEqualTo("fx-mixed");
            assertThat(problem.code()).isEqualTo("INVALID_CONTRIBUTION");
        }).extracting(Problem::message).anySatisfy(message -> assertThat(message).contains("min 10 above max 1"))
                .anySatisfy(message -> assertThat(message).contains("lists no choices"))
                .anySatisfy(message -> assertThat(message).contains("views/ghost.xhtml"));
        assertThat(harness.runtime.plugins().plugin(PluginId.of("fx-mixed")).orElseThrow().problems()).hasSize(3);
    }

    @Test
    void aSecondAreaWithTheSameKeyOrHeadingIsSkipped() throws Exception {
        harness.install(PluginLifecycleTest.basic("1.0.0", "amount").signed());
        harness.install(FixtureJar.plugin("fx-copycat", "1.0.0").pluginXml("""
                <extension point='core.reformAreas'>
                  <reformArea key='fx-copycat' order='2' colour='#000000'><name lang='en'>Copy</name><heading>测试领域</heading></reformArea>
                  <reformArea key='fx-basic' order='3' colour='#000000'><name lang='en'>Copy</name><heading>别的</heading></reformArea>
                </extension>""").signed());

        assertThat(harness.values(CoreExtensionPoints.REFORM_AREAS)).extracting(area -> area.key()).containsExactly("fx-basic");
        assertThat(harness.runtime.registry().problems()).extracting(Problem::message)
                .anySatisfy(message -> assertThat(message).contains("report heading '测试领域' is already contributed by fx-basic"))
                .anySatisfy(message -> assertThat(message).contains("area 'fx-basic' is already contributed by fx-basic"));

        harness.runtime.plugins().uninstall(PluginId.of("fx-basic"), RuntimeHarness.ACTOR);
        assertThat(harness.values(CoreExtensionPoints.REFORM_AREAS)).extracting(area -> area.key())
                .containsExactly("fx-copycat", "fx-basic");
    }

    @Test
    void corePointsComeFirstThenThoseOfActivePlugins() throws Exception {
        harness.install(provider());
        assertThat(harness.runtime.registry().points()).extracting(point -> point.id()).containsExactly(
                "core.reformAreas", "core.itemFields", "core.itemValidators", "core.views", "core.reports",
                "fxProvider.colours");
    }
}

package io.reformbench.core.infrastructure.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reformbench.api.contribution.CoreExtensionPoints;
import io.reformbench.api.contribution.FieldType;
import io.reformbench.api.contribution.FieldValue;
import io.reformbench.api.contribution.ItemValidator;
import io.reformbench.api.contribution.LocalizedText;
import io.reformbench.api.contribution.ReformAreaDefinition;
import io.reformbench.api.extension.Problem;
import io.reformbench.api.extension.RegistryChangeEvent;
import io.reformbench.api.plugin.PluginId;
import io.reformbench.api.plugin.PluginState;
import io.reformbench.api.service.ActionSnapshot;
import io.reformbench.api.service.ActionStatus;
import io.reformbench.core.infrastructure.plugin.fixtures.AmountValidator;
import io.reformbench.core.infrastructure.plugin.fixtures.HangingValidator;
import io.reformbench.core.infrastructure.plugin.fixtures.ThrowingValidator;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginLifecycleTest {

    private static final PluginId BASIC = PluginId.of("fx-basic");

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

    static FixtureJar basic(String version, String fieldKey) {
        return FixtureJar.plugin("fx-basic", version).pluginXml("""
                <name lang='en'>Basic fixture</name>
                <extension point='core.reformAreas'>
                  <reformArea key='fx-basic' order='9' colour='#336699'>
                    <name lang='zh'>测试领域</name><name lang='en'>Fixture area</name>
                    <heading>测试领域</heading>
                    <subArea key='first' order='1'><name lang='en'>First part</name><heading>第一部分</heading></subArea>
                  </reformArea>
                </extension>
                <extension point='core.itemFields'>
                  <itemField area='fx-basic' key='%s' type='DECIMAL' min='0' required='true'><label lang='en'>Amount</label></itemField>
                </extension>
                <extension point='core.views'>
                  <view key='fx-overview' area='fx-basic' page='views/overview.xhtml' messages='views/messages'>
                    <label lang='en'>Overview</label>
                  </view>
                </extension>""".formatted(fieldKey))
                .text("views/overview.xhtml", "<ui:composition xmlns:ui='jakarta.faces.facelets'>#{msg.title}</ui:composition>")
                .text("views/messages_en.properties", "title=Overview")
                .component(AmountValidator.class, ItemValidator.class);
    }

    @Test
    void installedPluginContributesItsAreaFieldViewAndValidator() throws Exception {
        PluginInfo info = harness.install(basic("1.0.0", "amount").signed());

        assertThat(info.state()).isEqualTo(PluginState.ACTIVE);
        assertThat(info.signer()).contains("CN=Test Plugin Team");
        assertThat(info.sha256()).hasSize(64);
        ReformAreaDefinition area = harness.values(CoreExtensionPoints.REFORM_AREAS).get(0);
        assertThat(area.key()).isEqualTo("fx-basic");
        assertThat(area.name().in("zh")).isEqualTo("测试领域");
        assertThat(area.claims("测试领域")).isTrue();
        assertThat(area.subAreas()).extracting(s -> s.headings().get(0)).containsExactly("第一部分");
        assertThat(harness.values(CoreExtensionPoints.ITEM_FIELDS)).singleElement()
                .satisfies(field -> assertThat(field.type()).isEqualTo(FieldType.DECIMAL));
        assertThat(harness.runtime.registry().contributions(CoreExtensionPoints.VIEWS)).singleElement()
                .satisfies(view -> assertThat(view.pluginId()).isEqualTo(BASIC));
        assertThat(harness.runtime.resource(BASIC, "views/overview.xhtml")).isPresent();
        assertThat(info.contributions()).containsEntry("core.itemValidators", 1L).containsEntry("core.reformAreas", 1L);
        assertThat(harness.runtime.validation().validate(action("fx-basic", Map.of())))
                .extracting(Problem::code).containsExactly("AMOUNT_MISSING");
        assertThat(harness.audit.last().operation()).isEqualTo(PluginOperation.INSTALL);
        assertThat(harness.audit.last().outcome()).isEqualTo(PluginAuditEvent.Outcome.SUCCEEDED);
        assertThat(harness.audit.last().sha256()).isEqualTo(info.sha256());
        assertThat(harness.audit.last().actor()).isEqualTo(RuntimeHarness.ACTOR);
    }

    @Test
    void stopWithdrawsContributionsAndStartBringsThemBack() throws Exception {
        harness.install(basic("1.0.0", "amount").signed());
        List<RegistryChangeEvent> events = new CopyOnWriteArrayList<>();
        harness.runtime.registry().addListener(events::add);

        harness.runtime.plugins().stop(BASIC, RuntimeHarness.ACTOR);
        assertThat(harness.values(CoreExtensionPoints.REFORM_AREAS)).isEmpty();
        assertThat(harness.values(CoreExtensionPoints.ITEM_VALIDATORS)).isEmpty();
        assertThat(harness.runtime.plugins().plugin(BASIC).orElseThrow().state()).isEqualTo(PluginState.STOPPED);
        assertThat(events).anySatisfy(event -> {
            assertThat(event.kind()).isEqualTo(RegistryChangeEvent.Kind.REMOVED);
            assertThat(event.affects(CoreExtensionPoints.REFORM_AREAS)).isTrue();
        });

        harness.runtime.plugins().start(BASIC, RuntimeHarness.ACTOR);
        assertThat(harness.values(CoreExtensionPoints.REFORM_AREAS)).hasSize(1);
        assertThat(harness.values(CoreExtensionPoints.ITEM_VALIDATORS)).hasSize(1);
    }

    @Test
    void stateSurvivesARestartIncludingAStoppedPlugin() throws Exception {
        harness.install(basic("1.0.0", "amount").signed());
        harness.install(FixtureJar.plugin("fx-other", "1.0.0").signed());
        harness.runtime.plugins().stop(PluginId.of("fx-other"), RuntimeHarness.ACTOR);

        harness.restart();

        assertThat(harness.runtime.plugins().plugins()).extracting(p -> p.descriptor().id().value() + " " + p.state())
                .containsExactly("fx-basic ACTIVE", "fx-other STOPPED");
        assertThat(harness.values(CoreExtensionPoints.REFORM_AREAS)).hasSize(1);
        assertThat(harness.values(CoreExtensionPoints.ITEM_VALIDATORS)).hasSize(1);
    }

    @Test
    void upgradeReplacesContributionsAndRefusesDowngradeUnlessForced() throws Exception {
        harness.install(basic("1.0.0", "amount").signed());

        PluginInfo upgraded = harness.upgrade(basic("2.0.0", "budget").signed(), false);

        assertThat(upgraded.descriptor().version()).hasToString("2.0.0");
        assertThat(harness.values(CoreExtensionPoints.ITEM_FIELDS)).extracting(f -> f.key()).containsExactly("budget");
        assertThat(harness.runtime.plugins().plugin(BASIC).orElseThrow().state()).isEqualTo(PluginState.ACTIVE);
        RuntimeHarness.State before = harness.state();
        assertThatThrownBy(() -> harness.upgrade(basic("1.0.0", "amount").signed(), false))
                .isInstanceOfSatisfying(PluginRefusedException.class,
                        e -> assertThat(e.hasReason(RefusalReason.DOWNGRADE)).isTrue());
        assertThat(harness.state()).isEqualTo(before);

        harness.upgrade(basic("1.0.0", "amount").signed(), true);
        assertThat(harness.values(CoreExtensionPoints.ITEM_FIELDS)).extracting(f -> f.key()).containsExactly("amount");
    }

    @Test
    void uninstallRemovesEverythingAndArchivesTheAreas() throws Exception {
        harness.close();
        List<String> archived = new CopyOnWriteArrayList<>();
        harness = RuntimeHarness.start(directory, config -> config, Optional.of(new PluginArchiveHandler() {
            @Override
            public void archive(PluginId pluginId, Set<String> areaKeys) {
                archived.add("archive " + pluginId + " " + areaKeys);
            }

            @Override
            public void restore(PluginId pluginId, Set<String> areaKeys) {
                archived.add("restore " + pluginId + " " + areaKeys);
            }
        }));
        RuntimeHarness.State empty = harness.state();
        harness.install(basic("1.0.0", "amount").signed());

        harness.runtime.plugins().uninstall(BASIC, RuntimeHarness.ACTOR);

        assertThat(harness.state()).isEqualTo(empty);
        assertThat(archived).containsExactly("restore fx-basic [fx-basic]", "archive fx-basic [fx-basic]");
        assertThat(harness.audit.last().operation()).isEqualTo(PluginOperation.UNINSTALL);
    }

    @Test
    void checkTellsWhatInstallingWouldDoWithoutInstalling() throws Exception {
        RuntimeHarness.State before = harness.state();

        CheckReport report = harness.runtime.check(new ByteArrayInputStream(basic("1.0.0", "amount").signed()));

        assertThat(report.acceptable()).isTrue();
        assertThat(report.action()).isEqualTo(PlannedAction.INSTALL);
        assertThat(report.contributedPoints()).containsExactlyInAnyOrder("core.reformAreas", "core.itemFields", "core.views");
        assertThat(harness.state()).isEqualTo(before);
    }

    @Test
    void aThrowingOrHangingValidatorNeverBreaksItsSiblings() throws Exception {
        harness.install(basic("1.0.0", "amount").signed());
        harness.install(FixtureJar.plugin("fx-throwing-validator", "1.0.0")
                .component(ThrowingValidator.class, ItemValidator.class).signed());
        harness.install(FixtureJar.plugin("fx-hanging-validator", "1.0.0")
                .component(HangingValidator.class, ItemValidator.class).signed());

        List<Problem> problems = harness.runtime.validation().validate(action("fx-basic", Map.of()));

        assertThat(problems).extracting(Problem::code)
                .containsExactlyInAnyOrder("AMOUNT_MISSING", "CONTRIBUTION_FAILED", "CONTRIBUTION_TIMEOUT");
        assertThat(problems).filteredOn(p -> p.code().equals("CONTRIBUTION_FAILED")).singleElement()
                .satisfies(p -> assertThat(p.subject()).isEqualTo("fx-throwing-validator"));
    }

    static ActionSnapshot action(String area, Map<String, FieldValue> values) {
        return new ActionSnapshot(1, "1", area, Optional.empty(), LocalizedText.of("en", "An action"), Optional.empty(),
                ActionSnapshot.Dates.NONE, ActionSnapshot.Dates.NONE, ActionStatus.NOT_STARTED, 0, values);
    }
}

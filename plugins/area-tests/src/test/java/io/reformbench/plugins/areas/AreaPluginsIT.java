package io.reformbench.plugins.areas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reformbench.api.contribution.CoreExtensionPoints;
import io.reformbench.api.contribution.FieldValue;
import io.reformbench.api.contribution.ItemField;
import io.reformbench.api.contribution.LocalizedText;
import io.reformbench.api.contribution.ReformAreaDefinition;
import io.reformbench.api.extension.Problem;
import io.reformbench.api.plugin.PluginId;
import io.reformbench.api.plugin.PluginState;
import io.reformbench.api.service.ActionSnapshot;
import io.reformbench.api.service.ActionStatus;
import io.reformbench.core.infrastructure.plugin.InstallResult;
import io.reformbench.core.infrastructure.plugin.PluginArchive;
import io.reformbench.core.infrastructure.plugin.PluginRefusedException;
import io.reformbench.core.infrastructure.plugin.PluginRuntime;
import io.reformbench.core.infrastructure.plugin.PluginRuntimeConfig;
import io.reformbench.core.infrastructure.plugin.RefusalReason;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The five area plugins as built and signed, in the runtime with its shipped development trust store. */
class AreaPluginsIT {

    private static final List<String> AREA_HEADINGS = List.of("重振活力的驻地协调员系统", "新一代联合国国家工作队",
            "改进区域办法", "全系统成果监督和问责", "供资契约");
    private static final List<String> SUB_AREA_HEADINGS = List.of("加强与驻地协调员的接触", "增强工发组织驻地网络的能力",
            "加强国家一级的发展成果和问责制", "合作框架（可持续发展合作框架）", "工发组织在国家一级的方案服务",
            "工发组织驻地代表处", "改善业务运作");

    @TempDir
    Path directory;
    private PluginRuntime runtime;

    @BeforeEach
    void start() throws Exception {
        runtime = new PluginRuntime(PluginRuntimeConfig.defaults(directory), event -> { }, Optional.empty());
        runtime.start();
        List<PluginArchive> archives;
        try (Stream<Path> jars = Files.list(Path.of(System.getProperty("reformbench.areaPlugins")))) {
            archives = jars.sorted().map(jar -> new PluginArchive(jar.getFileName().toString(), () -> Files.newInputStream(jar))).toList();
        }
        List<InstallResult> results = runtime.plugins().deploy(archives, "tester");
        assertThat(results).hasSize(5).allSatisfy(result -> assertThat(result.refusals()).isEmpty());
    }

    @AfterEach
    void stop() throws Exception {
        runtime.stop();
    }

    @Test
    void theFiveAreasComeFromSignedPluginsAndClaimTheReportsHeadings() throws Exception {
        assertThat(runtime.plugins().plugins()).hasSize(5).allSatisfy(plugin -> {
            assertThat(plugin.state()).isEqualTo(PluginState.ACTIVE);
            assertThat(plugin.signer()).contains("CN=ReformBench development plugins");
            assertThat(plugin.problems()).isEmpty();
        });
        List<ReformAreaDefinition> areas = runtime.registry().values(CoreExtensionPoints.REFORM_AREAS).stream()
                .sorted(Comparator.comparingInt(ReformAreaDefinition::order)).toList();
        assertThat(areas).extracting(ReformAreaDefinition::key)
                .containsExactly("rc-system", "country-teams", "regional-approach", "oversight", "funding-compact");
        assertThat(areas).flatExtracting(ReformAreaDefinition::headings).containsExactlyElementsOf(AREA_HEADINGS);
        assertThat(areas).flatExtracting(ReformAreaDefinition::subAreas).extracting(sub -> sub.headings().get(0))
                .containsExactlyElementsOf(SUB_AREA_HEADINGS);
        assertThat(areas).allSatisfy(area -> assertThat(area.name().languages()).containsExactly("zh", "en"));
        assertThat(areas.get(0).name().in("en")).isEqualTo("Revitalized resident coordinator system");
        assertThat(areas).extracting(area -> area.subAreas().size()).containsExactly(3, 4, 0, 0, 0);
        assertThat(runtime.registry().contributions(CoreExtensionPoints.ITEM_FIELDS)).extracting(c -> c.value().area())
                .containsAll(areas.stream().map(ReformAreaDefinition::key).toList());
        assertThat(runtime.registry().values(CoreExtensionPoints.ITEM_VALIDATORS)).hasSize(5);
        assertThat(runtime.registry().values(CoreExtensionPoints.REPORTS)).singleElement()
                .satisfies(report -> assertThat(report.key()).isEqualTo("funding-summary"));
        assertThat(runtime.registry().contributions(CoreExtensionPoints.VIEWS)).hasSize(5).allSatisfy(view -> {
            assertThat(runtime.resource(view.pluginId(), view.value().page())).isPresent();
            assertThat(runtime.resource(view.pluginId(), view.value().messages().orElseThrow() + "_zh.properties")).isPresent();
        });
    }

    @Test
    void fundingCompactAcceptsEarmarksThatOversightContributes() throws Exception {
        ActionSnapshot earmarked = action("35", "funding-compact", Map.of(
                "contributionType", new FieldValue.Choice("earmarked"),
                "amount", new FieldValue.Decimal(new BigDecimal("1000000")),
                "earmarkedFor", new FieldValue.Text("joint-evaluation")));
        assertThat(runtime.validation().validate(earmarked)).isEmpty();

        runtime.plugins().stop(PluginId.of("oversight"), "tester");
        assertThat(runtime.validation().validate(earmarked)).extracting(Problem::code)
                .containsExactly("UNKNOWN_CONTRIBUTION_TYPE");

        runtime.plugins().start(PluginId.of("oversight"), "tester");
        assertThat(runtime.validation().validate(earmarked)).isEmpty();
    }

    @Test
    void theSamplePluginAddsASixthAreaUpgradesWithItsChangedFieldAndLeavesCleanly() throws Exception {
        runtime.install(new ByteArrayInputStream(SamplePluginBuilder.build("v1", "1.0.0")), "module-team");
        assertThat(runtime.registry().values(CoreExtensionPoints.REFORM_AREAS)).hasSize(6);
        assertThat(sampleField("sessions").required()).isFalse();

        runtime.plugins().upgrade(new ByteArrayInputStream(SamplePluginBuilder.build("v2", "2.0.0")), "module-team", false);
        assertThat(sampleField("sessions").required()).isTrue();
        assertThat(sampleField("sessions").max()).contains(new BigDecimal("50"));
        assertThat(sampleField("format").choices()).hasSize(2);
        assertThatThrownBy(() -> runtime.plugins().upgrade(
                new ByteArrayInputStream(SamplePluginBuilder.build("v1", "1.0.0")), "module-team", false))
                .isInstanceOfSatisfying(PluginRefusedException.class,
                        e -> assertThat(e.hasReason(RefusalReason.DOWNGRADE)).isTrue());

        runtime.plugins().uninstall(PluginId.of("knowledge-sharing"), "module-team");
        assertThat(runtime.registry().values(CoreExtensionPoints.REFORM_AREAS)).hasSize(5);
        assertThat(runtime.plugins().plugins()).hasSize(5);
    }

    private ItemField sampleField(String key) {
        return runtime.registry().values(CoreExtensionPoints.ITEM_FIELDS).stream()
                .filter(field -> field.area().equals("knowledge-sharing") && field.key().equals(key)).findFirst().orElseThrow();
    }

    private static ActionSnapshot action(String number, String area, Map<String, FieldValue> values) {
        return new ActionSnapshot(Long.parseLong(number), number, area, Optional.<String>empty(), LocalizedText.of("zh", "行动"),
                Optional.empty(), ActionSnapshot.Dates.NONE, ActionSnapshot.Dates.NONE, ActionStatus.IN_PROGRESS, 0, values);
    }

}

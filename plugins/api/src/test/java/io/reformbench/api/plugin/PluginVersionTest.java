package io.reformbench.api.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PluginVersionTest {

    @Test
    void parsesAndOrdersAsOsgiDoes() {
        assertThat(PluginVersion.parse("1.2")).isEqualTo(new PluginVersion(1, 2, 0, ""));
        assertThat(PluginVersion.parse("2.0.0").isNewerThan(PluginVersion.parse("1.10.3"))).isTrue();
        assertThat(PluginVersion.parse("1.0.0.b")).isGreaterThan(PluginVersion.parse("1.0.0.a"));
        assertThat(PluginVersion.parse("1.0.0")).isLessThan(PluginVersion.parse("1.0.0.SNAPSHOT"));
        assertThat(PluginVersion.parse("1.0.0.SNAPSHOT")).hasToString("1.0.0.SNAPSHOT");
    }

    @Test
    void refusesWhatIsNotAVersion() {
        assertThatThrownBy(() -> PluginVersion.parse("one")).hasMessageContaining("'one' is not a version");
    }

    @Test
    void rangesIncludeTheirEdgesAsWritten() {
        VersionRange range = VersionRange.parse("\"[1.0,2.0)\"");
        assertThat(range.includes(PluginVersion.parse("1.0.0"))).isTrue();
        assertThat(range.includes(PluginVersion.parse("1.9.9"))).isTrue();
        assertThat(range.includes(PluginVersion.parse("2.0.0"))).isFalse();
        assertThat(VersionRange.parse("(1.0,1.5]").includes(PluginVersion.parse("1.0.0"))).isFalse();
        assertThat(VersionRange.parse("1.5").includes(PluginVersion.parse("9.0.0"))).isTrue();
        assertThat(range).hasToString("[1.0.0,2.0.0)");
    }

    @Test
    void idsAreShortAndLowercase() {
        assertThat(PluginId.of("rc-system").value()).isEqualTo("rc-system");
        assertThat(PluginId.isValid("Rc System")).isFalse();
        assertThatThrownBy(() -> PluginId.of("../x")).hasMessageContaining("'../x'");
    }

    @Test
    void requirementsMatchIdAndRange() {
        PluginRequirement requirement = new PluginRequirement(PluginId.of("funding-compact"),
                VersionRange.parse("[1.0,2.0)"), false);
        assertThat(requirement.isMetBy(PluginId.of("funding-compact"), PluginVersion.parse("1.4"))).isTrue();
        assertThat(requirement.isMetBy(PluginId.of("oversight"), PluginVersion.parse("1.4"))).isFalse();
        assertThat(requirement.isMetBy(PluginId.of("funding-compact"), PluginVersion.parse("2.0"))).isFalse();
    }
}

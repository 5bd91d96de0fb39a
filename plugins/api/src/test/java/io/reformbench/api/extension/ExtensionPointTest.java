package io.reformbench.api.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reformbench.api.contribution.CoreExtensionPoints;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtensionPointTest {

    @Test
    void coreIdsFollowTheNamespaceDotLowerCamelRule() {
        assertThat(CoreExtensionPoints.REFORM_AREAS.id()).isEqualTo("core.reformAreas");
        assertThat(CoreExtensionPoints.REFORM_AREAS.namespace()).isEqualTo("core");
        assertThat(CoreExtensionPoints.ITEM_VALIDATORS.kind()).isEqualTo(ExtensionKind.EXECUTABLE);
        assertThat(ExtensionPoint.elements("fundingCompact.contributionTypes").type())
                .isEqualTo(ConfigurationElement.class);
    }

    @Test
    void refusesIdsOfAnotherShape() {
        assertThatThrownBy(() -> ExtensionPoint.elements("ReformAreas")).hasMessageContaining("<namespace>.<lowerCamel>");
        assertThat(ExtensionPoint.isValidId("core.reform-areas")).isFalse();
    }

    @Test
    void configurationElementsNameWhatIsMissing() {
        ConfigurationElement child = new ConfigurationElement("name", Map.of("lang", "en"), "Joint evaluation", List.of());
        ConfigurationElement element = new ConfigurationElement("contributionType", Map.of("key", "joint-evaluation"), "",
                List.of(child));
        assertThat(element.requiredAttribute("key")).isEqualTo("joint-evaluation");
        assertThat(element.children("name")).containsExactly(child);
        assertThatThrownBy(() -> element.requiredAttribute("order"))
                .hasMessage("The element <contributionType> needs the attribute 'order'.");
    }
}

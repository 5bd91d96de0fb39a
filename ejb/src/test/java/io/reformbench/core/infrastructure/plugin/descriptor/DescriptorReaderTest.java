package io.reformbench.core.infrastructure.plugin.descriptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reformbench.api.extension.ExtensionKind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DescriptorReaderTest {

    private final DescriptorReader reader = new DescriptorReader();

    @Test
    void readsPointsAndContributionsInDocumentOrder() throws Exception {
        PluginXmlDocument document = read("""
                <plugin xmlns='urn:reformbench:plugin:1.0'>
                  <name lang='en'>Funding compact</name>
                  <extension-point id='fundingCompact.contributionTypes'/>
                  <extension-point id='fundingCompact.checks' kind='executable' interface='com.example.Check'/>
                  <extension point='fundingCompact.contributionTypes'>
                    <contributionType key='a'><name lang='en'>A</name></contributionType>
                    <contributionType key='b'/>
                  </extension>
                </plugin>""");

        assertThat(document.names()).containsEntry("en", "Funding compact");
        assertThat(document.points()).extracting(DeclaredPoint::kind).containsExactly(ExtensionKind.DECLARATIVE, ExtensionKind.EXECUTABLE);
        assertThat(document.points().get(1).serviceInterface()).contains("com.example.Check");
        assertThat(document.extensions().get(0).elements()).extracting(e -> e.requiredAttribute("key")).containsExactly("a", "b");
        assertThat(document.extensions().get(0).elements().get(0).children("name").get(0).text()).isEqualTo("A");
    }

    @Test
    void refusesDoctypesSoNoEntityIsEverExpanded() {
        assertThatThrownBy(() -> read("<?xml version='1.0'?><!DOCTYPE plugin [<!ENTITY x SYSTEM 'http://127.0.0.1:9/'>]>"
                + "<plugin xmlns='urn:reformbench:plugin:1.0'><name lang='en'>&x;</name></plugin>"))
                .isInstanceOfSatisfying(InvalidDescriptorException.class,
                        e -> assertThat(e.errors()).singleElement().asString().contains("DOCTYPE"));
    }

    @Test
    void reportsEverySchemaErrorWithItsLine() {
        assertThatThrownBy(() -> read("""
                <plugin xmlns='urn:reformbench:plugin:1.0'>
                  <extension point='core.reformAreas'>
                    <reformArea key='x' order='0' colour='#12345'><name lang='en'>X</name><heading>X</heading></reformArea>
                  </extension>
                </plugin>"""))
                .isInstanceOfSatisfying(InvalidDescriptorException.class, e -> assertThat(e.errors())
                        .hasSizeGreaterThanOrEqualTo(2).allSatisfy(error -> assertThat(error).startsWith("line 3:")));
    }

    @Test
    void refusesAnotherRootElement() {
        assertThatThrownBy(() -> read("<plugin/>")).isInstanceOf(InvalidDescriptorException.class);
    }

    private PluginXmlDocument read(String xml) throws InvalidDescriptorException {
        return reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}

package io.reformbench.api.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

class PluginXmlSchemaTest {

    private static final String HEAD = "<plugin xmlns='" + PluginXml.NAMESPACE + "'>";

    @Test
    void acceptsCoreContributionsAndFreeFormOnes() throws Exception {
        validate(HEAD + """
                  <name lang='en'>Funding compact</name>
                  <extension-point id='fundingCompact.contributionTypes'/>
                  <extension point='core.reformAreas'>
                    <reformArea key='funding-compact' order='5' colour='#8E44AD'>
                      <name lang='zh'>供资契约</name><heading>供资契约</heading>
                    </reformArea>
                  </extension>
                  <extension point='core.itemFields'>
                    <itemField area='funding-compact' key='amount' type='DECIMAL' min='0'><label lang='en'>Amount</label></itemField>
                  </extension>
                  <extension point='fundingCompact.contributionTypes'>
                    <contributionType key='pooled'><name lang='en'>Pooled fund</name></contributionType>
                  </extension>
                </plugin>""");
    }

    @Test
    void checksCoreContributionsStrictly() {
        assertThatThrownBy(() -> validate(HEAD + """
                  <extension point='core.reformAreas'>
                    <reformArea key='x' order='1' colour='blue'><name lang='en'>X</name><heading>X</heading></reformArea>
                  </extension></plugin>""")).isInstanceOf(SAXException.class).hasMessageContaining("blue");
        assertThatThrownBy(() -> validate(HEAD + """
                  <extension point='core.views'>
                    <view key='v' page='../../etc/passwd.xhtml'><label lang='en'>V</label></view>
                  </extension></plugin>""")).isInstanceOf(SAXException.class);
    }

    @Test
    void schemaIsShippedWithTheApi() {
        assertThat(PluginXml.schema()).isNotNull();
    }

    private static void validate(String xml) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Validator validator = factory.newSchema(PluginXml.schema()).newValidator();
        validator.validate(new StreamSource(new StringReader(xml)));
    }
}

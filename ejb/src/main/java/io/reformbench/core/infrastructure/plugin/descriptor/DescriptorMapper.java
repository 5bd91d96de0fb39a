package io.reformbench.core.infrastructure.plugin.descriptor;

import io.reformbench.api.extension.ConfigurationElement;
import io.reformbench.api.extension.ExtensionKind;
import io.reformbench.api.plugin.PluginXml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/** Turns a validated DOM of {@code plugin.xml} into the runtime's model. */
final class DescriptorMapper {

    private DescriptorMapper() {
    }

    static PluginXmlDocument map(Document document) throws InvalidDescriptorException {
        Element root = document.getDocumentElement();
        if (!"plugin".equals(root.getLocalName()) || !PluginXml.NAMESPACE.equals(root.getNamespaceURI())) {
            throw new InvalidDescriptorException(List.of("the root element must be <plugin xmlns=\""
                    + PluginXml.NAMESPACE + "\">, not <" + root.getNodeName() + ">"));
        }
        Map<String, String> names = new LinkedHashMap<>();
        List<DeclaredPoint> points = new ArrayList<>();
        List<PluginXmlDocument.Extension> extensions = new ArrayList<>();
        for (Element child : children(root)) {
            switch (child.getLocalName()) {
                case "name" -> names.put(child.getAttribute("lang"), child.getTextContent().trim());
                case "extension-point" -> points.add(point(child));
                case "extension" -> extensions.add(new PluginXmlDocument.Extension(child.getAttribute("point"),
                        children(child).stream().map(DescriptorMapper::element).toList()));
                default -> throw new InvalidDescriptorException(List.of("unexpected <" + child.getLocalName() + ">"));
            }
        }
        return new PluginXmlDocument(names, points, extensions);
    }

    private static DeclaredPoint point(Element element) {
        String kind = element.getAttribute("kind");
        String serviceInterface = element.getAttribute("interface");
        return new DeclaredPoint(element.getAttribute("id"),
                kind.isEmpty() ? ExtensionKind.DECLARATIVE : ExtensionKind.valueOf(kind.toUpperCase(Locale.ROOT)),
                serviceInterface.isEmpty() ? Optional.empty() : Optional.of(serviceInterface));
    }

    private static ConfigurationElement element(Element element) {
        Map<String, String> attributes = new LinkedHashMap<>();
        NamedNodeMap nodes = element.getAttributes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node attribute = nodes.item(i);
            if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
                attributes.put(attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName(),
                        attribute.getNodeValue());
            }
        }
        StringBuilder text = new StringBuilder();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(node.getNodeValue());
            }
        }
        return new ConfigurationElement(element.getLocalName(), attributes, text.toString().trim(),
                children(element).stream().map(DescriptorMapper::element).toList());
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }
}

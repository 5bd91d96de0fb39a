package io.reformbench.core.infrastructure.plugin.descriptor;

import io.reformbench.api.plugin.PluginXml;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Parses {@code plugin.xml} with DTDs and external entities refused, validating against {@code plugin.xsd}. */
public final class DescriptorReader {

    private static final Schema SCHEMA = loadSchema();

    /**
     * Reads and validates a descriptor.
     *
     * @param in the descriptor's bytes; not closed
     * @return the parsed descriptor
     * @throws InvalidDescriptorException listing every error, when it is malformed, invalid, or declares a DTD
     */
    public PluginXmlDocument read(InputStream in) throws InvalidDescriptorException {
        Errors errors = new Errors();
        Document document;
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(errors);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("External entity '" + systemId + "' refused");
            });
            document = builder.parse(in);
        } catch (SAXException | IOException e) {
            errors.add(e);
            throw new InvalidDescriptorException(errors.messages);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser lacks a security feature the runtime needs.", e);
        }
        if (!errors.messages.isEmpty()) {
            throw new InvalidDescriptorException(errors.messages);
        }
        return DescriptorMapper.map(document);
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setSchema(SCHEMA);
        return factory;
    }

    private static Schema loadSchema() {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        try (InputStream xsd = PluginXml.schema().openStream()) {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(new StreamSource(xsd, PluginXml.NAMESPACE));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("The plugin API's plugin.xsd cannot be loaded.", e);
        }
    }

    /** Collects every error instead of stopping at the first. */
    private static final class Errors implements ErrorHandler {
        private final List<String> messages = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
            // Warnings do not make a descriptor invalid.
        }

        @Override
        public void error(SAXParseException e) {
            add(e);
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            add(e);
            throw e;
        }

        void add(Exception e) {
            String text = e instanceof SAXParseException parse && parse.getLineNumber() > 0
                    ? "line " + parse.getLineNumber() + ": " + parse.getMessage()
                    : String.valueOf(e.getMessage());
            if (!messages.contains(text)) {
                messages.add(text);
            }
        }
    }
}

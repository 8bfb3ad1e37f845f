package org.threadlens.plugin;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads plugin.xml safely and validates it against its schema ({@value #SCHEMA}, in the jar). The JDK's own
 * parser and schema factory ({@code newDefaultInstance}, so that a Xerces on the classpath is not picked up),
 * secure processing on, DOCTYPE refused (so no entity, internal or external, is ever expanded), no external
 * DTD or schema fetched, no XInclude. Errors name the document, the line and the column.
 */
public final class PluginManifestParser {
    /** The manifest's namespace; its version changes only with incompatible changes to the format. */
    public static final String NAMESPACE = "https://threadlens.org/plugin/1";
    /** Where the manifest lives inside the jar. */
    public static final String RESOURCE = "/META-INF/plugin.xml";
    /** The manifest's grammar, inside the jar. */
    public static final String SCHEMA = "/org/threadlens/plugin/plugin-1.xsd";

    private static final Schema MANIFEST_SCHEMA = loadSchema();

    private PluginManifestParser() {
    }

    /** The manifest shipped in ThreadLens's jar. */
    public static PluginManifest fromClasspath() throws IOException {
        try (InputStream in = PluginManifestParser.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " is missing from the classpath");
            }
            return parse(in, RESOURCE);
        }
    }

    /**
     * Parses and validates a manifest.
     *
     * @param source names the document in error messages
     * @throws IOException naming the document, line and column of the first error
     */
    public static PluginManifest parse(InputStream in, String source) throws IOException {
        Document doc;
        try {
            doc = secureBuilder().parse(in, source);
        } catch (SAXParseException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("cvc-elt.1")) {
                throw new IOException(source + ": expected a <plugin> element in namespace " + NAMESPACE, e);
            }
            throw new IOException(source + ":" + e.getLineNumber() + ":" + e.getColumnNumber()
                    + ": not a valid plugin manifest: " + e.getMessage(), e);
        } catch (SAXException e) {
            throw new IOException(source + ": not a valid plugin manifest: " + e.getMessage(), e);
        }
        Element root = doc.getDocumentElement();
        if (!"plugin".equals(root.getLocalName()) || !NAMESPACE.equals(root.getNamespaceURI())) {
            throw new IOException(source + ": expected a <plugin> element in namespace " + NAMESPACE);
        }
        try {
            return ManifestElements.manifest(root);
        } catch (IllegalArgumentException e) {
            throw new IOException(source + ": " + e.getMessage(), e);
        }
    }

    /** A namespace-aware builder with every XML attack surface closed, validating against the manifest's schema. */
    static DocumentBuilder secureBuilder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setSchema(MANIFEST_SCHEMA);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(FAIL_ON_ANY_ERROR);
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
        }
    }

    /** Treats schema errors (reported as recoverable) like fatal ones. */
    private static final ErrorHandler FAIL_ON_ANY_ERROR = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // warnings do not make a manifest invalid
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private static Schema loadSchema() {
        try (InputStream in = PluginManifestParser.class.getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA + " is missing from the classpath");
            }
            SchemaFactory f = SchemaFactory.newDefaultInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return f.newSchema(new StreamSource(in, SCHEMA));
        } catch (IOException | SAXException e) {
            throw new IllegalStateException(SCHEMA + " is not a valid schema: " + e.getMessage(), e);
        }
    }
}

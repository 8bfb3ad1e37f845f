package org.threadlens.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads plugin.xml safely: the JDK's built-in parser ({@code newDefaultInstance}, so that a Xerces on the
 * classpath is not picked up), secure processing on, DOCTYPE refused, external DTDs and schemas off.
 */
public final class PluginManifestParser {
    /** The manifest's namespace; its version changes only with incompatible changes to the format. */
    public static final String NAMESPACE = "https://threadlens.org/plugin/1";
    /** Where the manifest lives inside the jar. */
    public static final String RESOURCE = "/META-INF/plugin.xml";

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

    /** @param source names the document in error messages */
    public static PluginManifest parse(InputStream in, String source) throws IOException {
        Document doc;
        try {
            doc = secureBuilder().parse(in, source);
        } catch (SAXException e) {
            throw new IOException(source + ": not a valid plugin manifest: " + e.getMessage(), e);
        }
        Element root = doc.getDocumentElement();
        if (!"plugin".equals(root.getLocalName()) || !NAMESPACE.equals(root.getNamespaceURI())) {
            throw new IOException(source + ": expected a <plugin> element in namespace " + NAMESPACE);
        }
        try {
            return new PluginManifest(attr(root, "id"), attr(root, "name"), attr(root, "version"),
                    Integer.parseInt(attr(root, "java")), extensions(root), models(root));
        } catch (IllegalArgumentException e) {
            throw new IOException(source + ": " + e.getMessage(), e);
        }
    }

    static DocumentBuilder secureBuilder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
        }
    }

    private static List<PluginManifest.Extension> extensions(Element root) {
        List<PluginManifest.Extension> out = new ArrayList<>();
        for (Element list : children(root, "extensions")) {
            for (Element e : children(list, null)) {
                out.add(new PluginManifest.Extension(ExtensionPoint.ofElement(e.getLocalName()), attr(e, "id"),
                        attr(e, "class"), childText(e, "description")));
            }
        }
        return out;
    }

    private static List<PluginManifest.Model> models(Element root) {
        List<PluginManifest.Model> out = new ArrayList<>();
        for (Element list : children(root, "models")) {
            for (Element m : children(list, "model")) {
                String classifier = m.getAttribute("classifier");
                out.add(new PluginManifest.Model(attr(m, "id"), attr(m, "group"), attr(m, "artifact"), attr(m, "version"),
                        classifier.isEmpty() ? null : classifier, attr(m, "sha256"), Long.parseLong(attr(m, "size")),
                        attr(m, "license"), attr(m, "probe")));
            }
        }
        return out;
    }

    private static String attr(Element e, String name) {
        String v = e.getAttribute(name);
        if (v.isEmpty()) {
            throw new IllegalArgumentException("<" + e.getLocalName() + "> lacks the attribute '" + name + "'");
        }
        return v;
    }

    private static String childText(Element e, String name) {
        List<Element> c = children(e, name);
        return c.isEmpty() ? "" : c.get(0).getTextContent().strip().replaceAll("\\s+", " ");
    }

    /** Child elements in the manifest namespace, all of them when {@code localName} is null. */
    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element el && NAMESPACE.equals(el.getNamespaceURI())
                    && (localName == null || localName.equals(el.getLocalName()))) {
                out.add(el);
            }
        }
        return out;
    }
}

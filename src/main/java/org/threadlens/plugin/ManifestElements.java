package org.threadlens.plugin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Turns the elements of a validated plugin.xml into {@link PluginManifest} records. The schema has checked
 * presence and form; what is left here is reading. Stateless.
 */
final class ManifestElements {
    private ManifestElements() {
    }

    static PluginManifest manifest(Element root) {
        List<PluginManifest.Extension> extensions = new ArrayList<>();
        for (Element list : children(root, "extensions")) {
            for (Element e : children(list, null)) {
                extensions.add(extension(e));
            }
        }
        List<PluginManifest.CoreNlpAnnotator> annotators = new ArrayList<>();
        for (Element list : children(root, "corenlp-annotators")) {
            for (Element a : children(list, "corenlp-annotator")) {
                annotators.add(coreNlpAnnotator(a));
            }
        }
        List<PluginManifest.Model> models = new ArrayList<>();
        for (Element list : children(root, "models")) {
            for (Element m : children(list, "model")) {
                models.add(model(m));
            }
        }
        return new PluginManifest(attr(root, "id"), attr(root, "name"), attr(root, "version"),
                Integer.parseInt(attr(root, "java")), extensions, annotators, models);
    }

    private static PluginManifest.Extension extension(Element e) {
        return new PluginManifest.Extension(ExtensionPoint.ofElement(e.getLocalName()), attr(e, "id"), attr(e, "class"),
                childText(e, "description"), threadSafety(e), cost(e), texts(e, "file-pattern"), texts(e, "media-type"),
                words(e, "provides"), words(e, "requires"), texts(e, "requires-model"), parameters(e));
    }

    private static PluginManifest.CoreNlpAnnotator coreNlpAnnotator(Element a) {
        String replaces = a.getAttribute("replaces");
        return new PluginManifest.CoreNlpAnnotator(attr(a, "name"), attr(a, "class"), replaces.isEmpty() ? null : replaces,
                threadSafety(a), childText(a, "description"), words(a, "requires"), words(a, "provides"), words(a, "after"),
                texts(a, "requires-model"), cost(a), parameters(a));
    }

    private static PluginManifest.Model model(Element m) {
        PluginManifest.MavenCoordinates maven = null;
        String bundled = null;
        for (Element mv : children(m, "maven")) {
            String classifier = mv.getAttribute("classifier");
            maven = new PluginManifest.MavenCoordinates(attr(mv, "group"), attr(mv, "artifact"), attr(mv, "version"),
                    classifier.isEmpty() ? null : classifier);
        }
        for (Element b : children(m, "bundled")) {
            bundled = attr(b, "path");
        }
        PluginManifest.Fetch fetch = "on-first-use".equals(m.getAttribute("fetch").strip()) ? PluginManifest.Fetch.ON_FIRST_USE
                : PluginManifest.Fetch.CLASSPATH;
        return new PluginManifest.Model(attr(m, "id"), maven, bundled, Long.parseLong(attr(m, "size")), attr(m, "sha256"),
                attr(m, "license"), attr(m, "probe"), childText(m, "description"), fetch);
    }

    private static List<PluginManifest.Parameter> parameters(Element e) {
        List<PluginManifest.Parameter> out = new ArrayList<>();
        for (Element p : children(e, "parameter")) {
            String def = p.getAttribute("default");
            String values = p.getAttribute("values");
            out.add(new PluginManifest.Parameter(attr(p, "name"), attr(p, "type"), p.hasAttribute("default") ? def : null,
                    values.isBlank() ? List.of() : Arrays.asList(values.strip().split("\\s+")),
                    "true".equals(p.getAttribute("required")), normalized(p.getTextContent())));
        }
        return out;
    }

    private static PluginManifest.ThreadSafety threadSafety(Element e) {
        return PluginManifest.ThreadSafety.valueOf(attr(e, "thread-safety").replace('-', '_').toUpperCase(Locale.ROOT));
    }

    private static PluginManifest.Cost cost(Element e) {
        List<Element> c = children(e, "cost");
        if (c.isEmpty()) {
            throw new IllegalArgumentException("<" + e.getLocalName() + " " + e.getAttribute("id") + "> lacks <cost>");
        }
        return new PluginManifest.Cost(attr(c.get(0), "level"), normalized(c.get(0).getTextContent()));
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
        return c.isEmpty() ? "" : normalized(c.get(0).getTextContent());
    }

    /** The text of each child called {@code name}. */
    private static List<String> texts(Element e, String name) {
        return children(e, name).stream().map(c -> normalized(c.getTextContent())).toList();
    }

    /** The white-space separated words of the first child called {@code name}; empty if there is none. */
    private static List<String> words(Element e, String name) {
        String text = childText(e, name);
        return text.isEmpty() ? List.of() : Arrays.asList(text.split(" "));
    }

    private static String normalized(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** Child elements in the manifest namespace, all of them when {@code localName} is null. */
    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element el && PluginManifestParser.NAMESPACE.equals(el.getNamespaceURI())
                    && (localName == null || localName.equals(el.getLocalName()))) {
                out.add(el);
            }
        }
        return out;
    }
}

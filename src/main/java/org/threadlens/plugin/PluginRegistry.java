package org.threadlens.plugin;

import java.io.IOException;
import java.io.OutputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.threadlens.spi.Extensions;
import org.threadlens.spi.Named;

/**
 * Joins what plugin.xml declares with what is loadable: each extension declared and registered, declared but
 * missing, registered but undeclared, or lacking a model; each CoreNLP annotator loadable or not; each model
 * present (and, for ThreadLens's own files, intact), different from the declared one, missing, or (for a model
 * fetched on first use) not downloaded yet. Stateless; loads no model (a model's presence is its probe resource,
 * or for a model fetched on first use its file).
 */
public final class PluginRegistry {
    private PluginRegistry() {
    }

    /** The state of one extension. */
    public enum Status { OK, DECLARED_NOT_LOADABLE, LOADED_NOT_DECLARED, MODEL_MISSING }

    /**
     * @param className     the implementing class (declared, or found through ServiceLoader when undeclared)
     * @param missingModels the declared models it needs that are not on the classpath
     */
    public record ExtensionStatus(ExtensionPoint point, String id, String className, String description, Status status,
                                  List<String> missingModels) {
    }

    /** @param problem null when the annotator is loadable, else what is wrong */
    public record CoreNlpAnnotatorStatus(PluginManifest.CoreNlpAnnotator annotator, String problem) {
        public boolean loadable() {
            return problem == null;
        }
    }

    /**
     * Whether a model is there as declared. {@code NOT_DOWNLOADED}: a model fetched on first use that has not been
     * yet; nothing is wrong, the feature that needs it downloads it.
     */
    public enum Presence { OK, DIFFERENT, MISSING, NOT_DOWNLOADED }

    /**
     * @param where nullable: the jar, resource or file the model was found in
     * @param note  nullable: how it differs from the declaration, or where it will be downloaded to
     */
    public record ModelStatus(PluginManifest.Model model, Presence presence, String where, String note) {
        /** Whether what needs the model can run: it is there, or it is downloaded when first needed. */
        public boolean present() {
            return presence != Presence.MISSING;
        }
    }

    public static List<ExtensionStatus> extensions(PluginManifest manifest) {
        List<String> missing = models(manifest).stream().filter(s -> !s.present()).map(s -> s.model().id()).toList();
        List<ExtensionStatus> out = new ArrayList<>();
        for (ExtensionPoint point : ExtensionPoint.values()) {
            Map<String, Named> loaded = new TreeMap<>();
            Extensions.all(point.type()).forEach(n -> loaded.put(n.name(), n));
            for (PluginManifest.Extension e : manifest.extensions()) {
                if (e.point() != point) {
                    continue;
                }
                Named impl = loaded.remove(e.id());
                boolean ok = impl != null && impl.getClass().getName().equals(e.className());
                List<String> lacking = e.requiredModels().stream().filter(missing::contains).toList();
                Status status = !ok ? Status.DECLARED_NOT_LOADABLE : lacking.isEmpty() ? Status.OK : Status.MODEL_MISSING;
                out.add(new ExtensionStatus(point, e.id(), e.className(), e.description(), status, lacking));
            }
            loaded.forEach((id, impl) -> out.add(new ExtensionStatus(point, id, impl.getClass().getName(),
                    impl.description(), Status.LOADED_NOT_DECLARED, List.of())));
        }
        return out;
    }

    /** Whether each CoreNLP annotator's class exists, is an Annotator and has CoreNLP's constructor. */
    public static List<CoreNlpAnnotatorStatus> coreNlpAnnotators(PluginManifest manifest) {
        List<String> missing = models(manifest).stream().filter(s -> !s.present()).map(s -> s.model().id()).toList();
        List<CoreNlpAnnotatorStatus> out = new ArrayList<>();
        for (PluginManifest.CoreNlpAnnotator a : manifest.coreNlpAnnotators()) {
            String problem = annotatorProblem(a.className());
            List<String> lacking = a.requiredModels().stream().filter(missing::contains).toList();
            if (problem == null && !lacking.isEmpty()) {
                problem = "models missing: " + String.join(", ", lacking);
            }
            out.add(new CoreNlpAnnotatorStatus(a, problem));
        }
        return out;
    }

    private static String annotatorProblem(String className) {
        try {
            Class<?> c = Class.forName(className, false, PluginRegistry.class.getClassLoader());
            Class<?> annotator = Class.forName("edu.stanford.nlp.pipeline.Annotator", false, PluginRegistry.class.getClassLoader());
            if (!annotator.isAssignableFrom(c)) {
                return className + " is not a CoreNLP Annotator";
            }
            c.getConstructor(String.class, Properties.class);
            return null;
        } catch (ClassNotFoundException e) {
            return "class not found: " + e.getMessage();
        } catch (NoSuchMethodException e) {
            return className + " lacks the constructor (String name, Properties props)";
        }
    }

    public static List<ModelStatus> models(PluginManifest manifest) {
        return models(manifest, ModelLocations.defaults());
    }

    /** @param downloads where models fetched on first use are looked for */
    public static List<ModelStatus> models(PluginManifest manifest, ModelLocations downloads) {
        List<ModelStatus> out = new ArrayList<>();
        for (PluginManifest.Model m : manifest.models()) {
            out.add(status(m, downloads));
        }
        return out;
    }

    /**
     * A model's state: missing if its probe is not on the classpath (unless it is fetched on first use: then the
     * file's presence in {@code downloads}); for a Maven artifact found in a jar or a downloaded file, that file's
     * size is compared with the declared one (hashing 474 MB would take seconds); a bundled file is compared by size
     * and SHA-256.
     */
    private static ModelStatus status(PluginManifest.Model m, ModelLocations downloads) {
        URL probe = PluginRegistry.class.getClassLoader().getResource(m.probe());
        if (probe == null && m.fetch() == PluginManifest.Fetch.ON_FIRST_USE) {
            return downloaded(m, downloads);
        }
        if (probe == null) {
            return new ModelStatus(m, Presence.MISSING, null, null);
        }
        try {
            if (m.maven() != null) {
                if (!"jar".equals(probe.getProtocol())) {
                    return new ModelStatus(m, Presence.OK, probe.toString(), null);
                }
                Path jar = Path.of(((JarURLConnection) probe.openConnection()).getJarFileURL().toURI());
                long size = Files.size(jar);
                return new ModelStatus(m, size == m.size() ? Presence.OK : Presence.DIFFERENT, jar.toString(),
                        size == m.size() ? null : size + " bytes, declared " + m.size());
            }
            String sha = sha256(probe);
            return new ModelStatus(m, sha.equals(m.sha256()) ? Presence.OK : Presence.DIFFERENT, probe.toString(),
                    sha.equals(m.sha256()) ? null : "SHA-256 " + sha + ", declared " + m.sha256());
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            return new ModelStatus(m, Presence.DIFFERENT, probe.toString(), "unreadable: " + e.getMessage());
        }
    }

    private static ModelStatus downloaded(PluginManifest.Model m, ModelLocations downloads) {
        Path file = downloads.find(m.maven()).orElse(null);
        if (file == null) {
            return new ModelStatus(m, Presence.NOT_DOWNLOADED, null,
                    "downloaded on first use into " + downloads.inCache(m.maven()));
        }
        try {
            long size = Files.size(file);
            return new ModelStatus(m, size == m.size() ? Presence.OK : Presence.DIFFERENT, file.toString(),
                    size == m.size() ? null : size + " bytes, declared " + m.size());
        } catch (IOException e) {
            return new ModelStatus(m, Presence.DIFFERENT, file.toString(), "unreadable: " + e.getMessage());
        }
    }

    static String sha256(URL resource) throws IOException {
        try (DigestInputStream in = new DigestInputStream(resource.openStream(), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

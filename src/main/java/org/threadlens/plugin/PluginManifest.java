package org.threadlens.plugin;

import java.util.List;
import java.util.Objects;

/**
 * What plugin.xml declares.
 *
 * @param id         the plugin's id
 * @param version    the plugin's version (equal to the jar's)
 * @param javaLevel  the Java release it needs
 * @param extensions every declared extension
 * @param models     every model the plugin needs (never bundled)
 */
public record PluginManifest(String id, String name, String version, int javaLevel,
                             List<Extension> extensions, List<Model> models) {

    public PluginManifest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        extensions = List.copyOf(extensions);
        models = List.copyOf(models);
    }

    /**
     * One declared extension.
     *
     * @param point       its extension point
     * @param id          the name users type
     * @param className   the implementing class
     * @param description what it does
     */
    public record Extension(ExtensionPoint point, String id, String className, String description) {
        public Extension {
            Objects.requireNonNull(point, "point");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(className, "className");
            Objects.requireNonNull(description, "description");
        }
    }

    /**
     * One model the plugin needs, as Maven coordinates.
     *
     * @param probe a resource inside the model artifact whose presence shows the model is on the classpath
     */
    public record Model(String id, String groupId, String artifactId, String version, String classifier,
                        String sha256, long size, String license, String probe) {
        public Model {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(groupId, "groupId");
            Objects.requireNonNull(artifactId, "artifactId");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(license, "license");
            Objects.requireNonNull(probe, "probe");
        }

        public String coordinates() {
            return groupId + ":" + artifactId + ":" + version + (classifier == null ? "" : ":" + classifier);
        }
    }
}

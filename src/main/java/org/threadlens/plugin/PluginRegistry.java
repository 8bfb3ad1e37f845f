package org.threadlens.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Joins what plugin.xml declares with what is loadable: each extension declared and registered, declared
 * but missing, or registered but undeclared; each model present on the classpath or missing.
 */
public final class PluginRegistry {
    private PluginRegistry() {
    }

    /** The state of one extension. */
    public enum Status { OK, DECLARED_NOT_LOADABLE, LOADED_NOT_DECLARED }

    /**
     * @param className the implementing class (declared, or found through ServiceLoader when undeclared)
     */
    public record ExtensionStatus(ExtensionPoint point, String id, String className, String description, Status status) {
    }

    /** The state of one model. */
    public record ModelStatus(PluginManifest.Model model, boolean present) {
    }

    public static List<ExtensionStatus> extensions(PluginManifest manifest) {
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
                out.add(new ExtensionStatus(point, e.id(), e.className(), e.description(),
                        ok ? Status.OK : Status.DECLARED_NOT_LOADABLE));
            }
            loaded.forEach((id, impl) -> out.add(new ExtensionStatus(point, id, impl.getClass().getName(),
                    impl.description(), Status.LOADED_NOT_DECLARED)));
        }
        return out;
    }

    public static List<ModelStatus> models(PluginManifest manifest) {
        List<ModelStatus> out = new ArrayList<>();
        for (PluginManifest.Model m : manifest.models()) {
            boolean present = PluginRegistry.class.getClassLoader().getResource(m.probe()) != null;
            out.add(new ModelStatus(m, present));
        }
        return out;
    }
}

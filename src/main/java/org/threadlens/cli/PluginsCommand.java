package org.threadlens.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.threadlens.plugin.PluginManifest;
import org.threadlens.plugin.PluginManifestParser;
import org.threadlens.plugin.PluginRegistry;
import picocli.CommandLine.Command;

/** {@code threadlens plugins}: what plugin.xml declares beside what is loadable. */
@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = "Show what plugin.xml declares beside what is actually loadable (classes, models).")
final class PluginsCommand implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
        PluginManifest m = PluginManifestParser.fromClasspath();
        System.out.printf(Locale.ROOT, "%s %s (%s), Java %d+%n%n", m.name(), m.version(), m.id(), m.javaLevel());
        List<PluginRegistry.ExtensionStatus> extensions = PluginRegistry.extensions(m);
        System.out.printf(Locale.ROOT, "%-14s %-12s %-9s %s%n", "extension", "id", "status", "class");
        boolean ok = true;
        for (PluginRegistry.ExtensionStatus e : extensions) {
            String status = switch (e.status()) {
                case OK -> "ok";
                case DECLARED_NOT_LOADABLE -> "MISSING";
                case LOADED_NOT_DECLARED -> "UNDECLARED";
            };
            ok &= e.status() == PluginRegistry.Status.OK;
            System.out.printf(Locale.ROOT, "%-14s %-12s %-9s %s%n", e.point().element(), e.id(), status, e.className());
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "%-16s %-9s %s%n", "model", "status", "coordinates (size, licence)");
        for (PluginRegistry.ModelStatus s : PluginRegistry.models(m)) {
            ok &= s.present();
            PluginManifest.Model model = s.model();
            System.out.printf(Locale.ROOT, "%-16s %-9s %s (%.0f MB, %s)%n", model.id(), s.present() ? "ok" : "MISSING",
                    model.coordinates(), model.size() / 1e6, model.license());
        }
        return ok ? ExitCodes.OK : ExitCodes.FAILED;
    }
}

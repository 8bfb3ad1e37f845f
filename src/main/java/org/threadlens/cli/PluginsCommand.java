package org.threadlens.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.threadlens.plugin.PluginManifest;
import org.threadlens.plugin.PluginManifestParser;
import org.threadlens.plugin.PluginRegistry;
import picocli.CommandLine.Command;

/**
 * {@code threadlens plugins}: what plugin.xml declares beside what is loadable — extensions (registered,
 * their models present), CoreNLP annotators (class loadable), models (on the classpath, as declared; a model
 * fetched on first use in the local Maven repository or ThreadLens's cache, or "not yet"). Exit 1 if anything is
 * missing or different, so that scripts can check an installation; a model not downloaded yet is neither.
 */
@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = "Show what plugin.xml declares beside what is actually loadable (classes, models; models "
                + "downloaded on first use: whether they are there yet).")
final class PluginsCommand implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
        PluginManifest m = PluginManifestParser.fromClasspath();
        System.out.printf(Locale.ROOT, "%s %s (%s), Java %d+, manifest %s%n%n", m.name(), m.version(), m.id(),
                m.javaLevel(), PluginManifestParser.NAMESPACE);
        boolean ok = printExtensions(m);
        ok &= printCoreNlpAnnotators(m);
        ok &= printModels(m);
        return ok ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private static boolean printExtensions(PluginManifest m) {
        System.out.printf(Locale.ROOT, "%-14s %-19s %-10s %-45s %s%n", "extension", "id", "status", "layers", "class");
        boolean ok = true;
        for (PluginRegistry.ExtensionStatus e : PluginRegistry.extensions(m)) {
            String status = switch (e.status()) {
                case OK -> "ok";
                case DECLARED_NOT_LOADABLE -> "MISSING";
                case LOADED_NOT_DECLARED -> "UNDECLARED";
                case MODEL_MISSING -> "NO MODEL";
            };
            ok &= e.status() == PluginRegistry.Status.OK;
            System.out.printf(Locale.ROOT, "%-14s %-19s %-10s %-45s %s%s%n", e.point().element(), e.id(), status,
                    layers(m, e), e.className(), e.missingModels().isEmpty() ? "" : " (needs " + String.join(", ", e.missingModels()) + ")");
        }
        return ok;
    }

    /** What an annotator provides or an exporter requires, as declared. */
    private static String layers(PluginManifest m, PluginRegistry.ExtensionStatus e) {
        for (PluginManifest.Extension d : m.extensions()) {
            if (d.point() == e.point() && d.id().equals(e.id())) {
                List<String> l = !d.provides().isEmpty() ? d.provides() : d.requires();
                String prefix = !d.provides().isEmpty() ? "provides " : !d.requires().isEmpty() ? "requires " : "";
                return l.isEmpty() ? "-" : prefix + String.join(",", l);
            }
        }
        return "-";
    }

    private static boolean printCoreNlpAnnotators(PluginManifest m) {
        System.out.println();
        System.out.printf(Locale.ROOT, "%-22s %-10s %s%n", "corenlp annotator", "status", "customAnnotatorClass");
        boolean ok = true;
        for (PluginRegistry.CoreNlpAnnotatorStatus s : PluginRegistry.coreNlpAnnotators(m)) {
            ok &= s.loadable();
            System.out.printf(Locale.ROOT, "%-22s %-10s %s%s%n", s.annotator().name(), s.loadable() ? "ok" : "MISSING",
                    s.annotator().className(), s.loadable() ? "" : " (" + s.problem() + ")");
        }
        return ok;
    }

    private static boolean printModels(PluginManifest m) {
        System.out.println();
        System.out.printf(Locale.ROOT, "%-22s %-10s %s%n", "model", "status", "source (size, licence)");
        boolean ok = true;
        for (PluginRegistry.ModelStatus s : PluginRegistry.models(m)) {
            ok &= s.presence() == PluginRegistry.Presence.OK || s.presence() == PluginRegistry.Presence.NOT_DOWNLOADED;
            PluginManifest.Model model = s.model();
            String status = switch (s.presence()) {
                case OK -> "ok";
                case DIFFERENT -> "DIFFERENT";
                case MISSING -> "MISSING";
                case NOT_DOWNLOADED -> "not yet";
            };
            boolean onFirstUse = model.fetch() == PluginManifest.Fetch.ON_FIRST_USE;
            String note = s.note() != null ? ": " + s.note() : onFirstUse && s.where() != null ? ": in " + s.where() : "";
            System.out.printf(Locale.ROOT, "%-22s %-10s %s (%s, %s)%s%n", model.id(), status, model.source(),
                    size(model.size()), model.license(), note);
        }
        return ok;
    }

    private static String size(long bytes) {
        return bytes >= 1_000_000 ? String.format(Locale.ROOT, "%.0f MB", bytes / 1e6)
                : String.format(Locale.ROOT, "%.0f KB", bytes / 1e3);
    }
}

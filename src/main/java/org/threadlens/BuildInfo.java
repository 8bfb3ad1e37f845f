package org.threadlens;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The versions ThreadLens was built with, for {@code --version} and provenance. */
public final class BuildInfo {
    private static final Properties PROPS = load();

    private BuildInfo() {
    }

    public static String threadLensVersion() {
        return get("threadlens.version");
    }

    public static String coreNlpVersion() {
        return get("corenlp.version");
    }

    public static String openNlpVersion() {
        return get("opennlp.version");
    }

    /** The version of the {@code org.apache.opennlp:opennlp-models-*} artifacts. */
    public static String openNlpModelsVersion() {
        return get("opennlp-models.version");
    }

    public static String duckDbVersion() {
        return get("duckdb.version");
    }

    private static String get(String key) {
        String v = PROPS.getProperty(key);
        if (v == null || v.startsWith("${")) {
            throw new IllegalStateException("build property " + key + " is missing: build with Maven");
        }
        return v;
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("threadlens-build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}

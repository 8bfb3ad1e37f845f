package org.threadlens.sentiment.encoder;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Where ONNX Runtime's native libraries are loaded from. Left alone, ONNX Runtime copies its 16 MB library out
 * of its jar into the temporary directory at every start; instead they are copied once into a cache folder
 * ({@code ~/.cache/threadlens/onnxruntime-<jar>/<platform>}, named after the jar they came from) and ONNX
 * Runtime is pointed there with {@code onnxruntime.native.path}. A user's own {@code onnxruntime.native.path}
 * is respected; where the cache cannot be written, ONNX Runtime's own extraction is used.
 */
final class OnnxNatives {
    static final String PROPERTY = "onnxruntime.native.path";
    private static final String[] LIBRARIES = {"onnxruntime", "onnxruntime4j_jni"};

    private OnnxNatives() {
    }

    /** Points ONNX Runtime at the cached libraries, copying them there first if needed. Idempotent. */
    static synchronized void prepare() {
        if (System.getProperty(PROPERTY) != null) {
            return;
        }
        String platform = platform();
        URL first = OnnxNatives.class.getResource(resource(platform, LIBRARIES[0]));
        if (first == null) {
            return; // not a platform the jar carries: ONNX Runtime reports it
        }
        Path dir = Path.of(System.getProperty("user.home"), ".cache", "threadlens",
                "onnxruntime-" + shortHash(first.toString()), platform);
        try {
            for (String library : LIBRARIES) {
                copyIfAbsent(resource(platform, library), dir.resolve(System.mapLibraryName(library)));
            }
            System.setProperty(PROPERTY, dir.toString());
        } catch (IOException | RuntimeException e) {
            // the cache is not writable (read-only home, full disk): ONNX Runtime extracts to the temporary directory
        }
    }

    private static void copyIfAbsent(String resource, Path target) throws IOException {
        if (Files.isRegularFile(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path part = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try (InputStream in = OnnxNatives.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not on the classpath");
            }
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** ONNX Runtime's name for this platform's folder in its jar: {@code linux-x64}, {@code osx-aarch64}, … */
    static String platform() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String o = os.contains("mac") || os.contains("darwin") ? "osx" : os.contains("win") ? "win" : "linux";
        String a = arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : arch;
        return o + "-" + a;
    }

    private static String resource(String platform, String library) {
        return "/ai/onnxruntime/native/" + platform + "/" + System.mapLibraryName(library);
    }

    private static String shortHash(String s) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

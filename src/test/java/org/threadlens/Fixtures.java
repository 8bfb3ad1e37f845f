package org.threadlens;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Where test inputs live: small fixtures on the test classpath, and the real data shared beside the project. */
public final class Fixtures {
    private Fixtures() {
    }

    /** A fixture under {@code src/test/resources/fixtures}. */
    public static Path fixture(String relative) {
        URL url = Fixtures.class.getResource("/fixtures/" + relative);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + relative);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A file of the real third-party data in {@code ../shared/data} (set by Maven as
     * {@code threadlens.shared.data}); the test is skipped, saying why, where that folder is absent.
     */
    public static Path sharedData(String relative) {
        String root = System.getProperty("threadlens.shared.data", "../shared/data");
        Path p = Path.of(root, relative);
        Assumptions.assumeTrue(Files.isRegularFile(p), "shared data not present: " + p.toAbsolutePath());
        return p;
    }

    /** The project's own example threads (README demo). */
    public static Path example(String name) {
        return Path.of("examples", name);
    }
}

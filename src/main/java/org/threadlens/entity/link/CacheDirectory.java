package org.threadlens.entity.link;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where ThreadLens keeps what it downloads and builds once per machine (the link model jar, the link index):
 * {@code $THREADLENS_CACHE} if set, else {@code $XDG_CACHE_HOME/threadlens}, else {@code ~/.cache/threadlens}.
 * Never inside the project: the index is about 1 GB.
 */
public final class CacheDirectory {
    private CacheDirectory() {
    }

    /** The cache directory of this process's environment and {@code user.home}. */
    public static Path resolve() {
        return resolve(System.getenv(), System.getProperty("user.home"));
    }

    /** The cache directory for these environment variables and home directory (blank variables are unset). */
    public static Path resolve(Map<String, String> env, String userHome) {
        String own = env.get("THREADLENS_CACHE");
        if (own != null && !own.isBlank()) {
            return Path.of(own).toAbsolutePath();
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "threadlens").toAbsolutePath();
        }
        return Path.of(userHome, ".cache", "threadlens").toAbsolutePath();
    }
}

package org.threadlens.plugin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the models downloaded on first use ({@link PluginManifest.Fetch#ON_FIRST_USE}) are found: the local Maven
 * repository, if a build or the user already fetched the artifact there, else ThreadLens's cache, where ThreadLens
 * downloads it. Decision: the cache holds the artifact under its Maven file name, so that a user can copy it in
 * from anywhere (a mirror, another machine) and check it with {@code sha256sum}. Immutable, thread-safe.
 *
 * @param cache           ThreadLens's cache directory: {@code $THREADLENS_CACHE}, else
 *                        {@code $XDG_CACHE_HOME/threadlens}, else {@code ~/.cache/threadlens}
 * @param mavenRepository the local Maven repository: {@code -Dmaven.repo.local}, else {@code ~/.m2/repository}
 */
public record ModelLocations(Path cache, Path mavenRepository) {
    public ModelLocations {
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(mavenRepository, "mavenRepository");
    }

    /** The locations this process uses, from its environment and system properties. */
    public static ModelLocations defaults() {
        return of(System.getenv(), System.getProperty("user.home"), System.getProperty("maven.repo.local"));
    }

    /**
     * The locations for an environment: a variable that is unset, blank or (for {@code XDG_CACHE_HOME}, as the XDG
     * base directory specification says) not an absolute path is ignored.
     *
     * @param mavenRepoLocal nullable: the {@code maven.repo.local} property
     */
    static ModelLocations of(Map<String, String> env, String userHome, String mavenRepoLocal) {
        Path home = Path.of(userHome);
        String own = env.get("THREADLENS_CACHE");
        String xdg = env.get("XDG_CACHE_HOME");
        Path cache = own != null && !own.isBlank() ? Path.of(own)
                : xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg, "threadlens")
                : home.resolve(".cache").resolve("threadlens");
        Path repository = mavenRepoLocal != null && !mavenRepoLocal.isBlank() ? Path.of(mavenRepoLocal)
                : home.resolve(".m2").resolve("repository");
        return new ModelLocations(cache, repository);
    }

    /**
     * The artifact's file in the cache, where {@code entity.link.LinkModelJar} downloads it:
     * {@code CACHE/ARTIFACT-VERSION[-CLASSIFIER].jar}.
     */
    public Path inCache(PluginManifest.MavenCoordinates m) {
        return cache.resolve(fileName(m));
    }

    /** The artifact's file in the local Maven repository, laid out as Maven lays it out. */
    public Path inMavenRepository(PluginManifest.MavenCoordinates m) {
        Path dir = mavenRepository;
        for (String part : m.groupId().split("\\.")) {
            dir = dir.resolve(part);
        }
        return dir.resolve(m.artifactId()).resolve(m.version()).resolve(fileName(m));
    }

    /** The first of {@link #inMavenRepository} and {@link #inCache} that is a file; a file's presence, not its content. */
    public Optional<Path> find(PluginManifest.MavenCoordinates m) {
        for (Path p : new Path[] {inMavenRepository(m), inCache(m)}) {
            if (Files.isRegularFile(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static String fileName(PluginManifest.MavenCoordinates m) {
        return m.artifactId() + "-" + m.version() + (m.classifier() == null ? "" : "-" + m.classifier()) + ".jar";
    }
}

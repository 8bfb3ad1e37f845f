package org.threadlens.entity.link;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The jar that holds the link dictionary, pinned by size and SHA-256, and where to find it: the local Maven
 * repository ({@code -Dmaven.repo.local} or {@code ~/.m2/repository}), else the ThreadLens cache, else a download
 * from Maven Central into the cache. {@link #CORENLP_KBP} is CoreNLP's; tests pin a small jar of their own.
 *
 * @param version   the dictionary's version, part of the index directory's name ({@code 4.5.10})
 * @param mavenPath the jar's path in a Maven repository
 * @param url       where to download it
 * @param size      its size in bytes
 * @param sha256    its SHA-256, lower-case hex
 * @param entry     the dictionary's path inside the jar: a gzipped {@code surface<TAB>article<TAB>score} table
 */
public record LinkModelJar(String version, String mavenPath, URI url, long size, String sha256, String entry) {
    /** CoreNLP 4.5.10's English KBP models (227 MB), which hold {@code wikidict.tab.gz} (20.9M rows). */
    public static final LinkModelJar CORENLP_KBP = new LinkModelJar("4.5.10",
            "edu/stanford/nlp/stanford-corenlp/4.5.10/stanford-corenlp-4.5.10-models-english-kbp.jar",
            URI.create("https://repo.maven.apache.org/maven2/edu/stanford/nlp/stanford-corenlp/4.5.10/"
                    + "stanford-corenlp-4.5.10-models-english-kbp.jar"),
            227_363_244L, "e51c106bd5ce2094a65a5d9c898b3151b9355b78fd4dbc3a0020551eb00d7e36",
            "edu/stanford/nlp/models/kbp/english/wikidict.tab.gz");

    public LinkModelJar {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(mavenPath, "mavenPath");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(entry, "entry");
        if (size <= 0) {
            throw new IllegalArgumentException("model jar size " + size + " is not positive");
        }
        sha256 = Objects.requireNonNull(sha256, "sha256").toLowerCase(Locale.ROOT);
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("model jar SHA-256 '" + sha256 + "' is not 64 hex digits");
        }
    }

    /** The jar's file name ({@code stanford-corenlp-4.5.10-models-english-kbp.jar}). */
    public String fileName() {
        return mavenPath.substring(mavenPath.lastIndexOf('/') + 1);
    }

    /** {@code -Dmaven.repo.local} if set, else {@code ~/.m2/repository}. */
    public static Path defaultMavenRepository() {
        String local = System.getProperty("maven.repo.local");
        if (local != null && !local.isBlank()) {
            return Path.of(local);
        }
        return Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    /**
     * The verified jar: the Maven repository's copy, else the cache's, else one downloaded into the cache. A copy
     * whose size or hash is wrong is not used (the cache's is deleted), and said so through {@code progress}.
     *
     * @throws IOException where the download fails or does not match; the message says how to place the jar by hand
     */
    public Path locate(Path mavenRepository, Path cacheDir, Progress progress) throws IOException {
        Path inMaven = mavenRepository.resolve(mavenPath);
        if (Files.isRegularFile(inMaven)) {
            if (matches(inMaven, progress)) {
                return inMaven;
            }
        }
        Path cached = cacheDir.resolve(fileName());
        if (Files.isRegularFile(cached)) {
            if (matches(cached, progress)) {
                return cached;
            }
            Files.delete(cached);
        }
        progress.note("downloading " + url + " (" + size / 1_000_000 + " MB) to " + cached);
        return VerifiedDownload.fetch(url, cached, sha256, howToPlaceByHand(cached), progress);
    }

    /** Whether the file has the pinned size and SHA-256 (the hash costs about a second for 227 MB). */
    private boolean matches(Path jar, Progress progress) throws IOException {
        long actualSize = Files.size(jar);
        String actual = actualSize == size ? VerifiedDownload.sha256(jar) : "(not computed)";
        if (actual.equals(sha256)) {
            progress.note("link model jar: " + jar);
            return true;
        }
        progress.note(jar + " is not the pinned link model jar (" + actualSize + " bytes, SHA-256 " + actual
                + "; expected " + size + " bytes, SHA-256 " + sha256 + "): not used");
        return false;
    }

    /** What a user without network can do instead. */
    String howToPlaceByHand(Path cached) {
        return "To place it by hand, download " + url + " (SHA-256 " + sha256 + ") to " + cached
                + ", or put it in your local Maven repository with: mvn dependency:get -Dartifact="
                + "edu.stanford.nlp:stanford-corenlp:" + version + ":jar:models-english-kbp";
    }
}

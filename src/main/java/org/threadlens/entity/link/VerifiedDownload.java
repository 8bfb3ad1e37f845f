package org.threadlens.entity.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * A download that either leaves a file with the pinned SHA-256 at its target or leaves nothing: bytes go to a
 * temporary file beside the target, are hashed as they arrive, and are moved into place atomically only when the
 * hash matches. Progress is reported every 4 MiB and at the end.
 */
final class VerifiedDownload {
    private static final long REPORT_EVERY = 4L << 20;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    private VerifiedDownload() {
    }

    /**
     * Downloads {@code url} to {@code target}.
     *
     * @param byHand how to place the file without this download, appended to every error message
     * @throws IOException naming the URL: no network, an HTTP status other than 200, or a hash that does not match
     *                     (expected and actual); the partial file is deleted in every case
     */
    static Path fetch(URI url, Path target, String sha256, String byHand, Progress progress) throws IOException {
        Files.createDirectories(target.getParent());
        Path part = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".part");
        try {
            HttpResponse<InputStream> response = send(url, byHand);
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IOException("downloading " + url + ": the server answered HTTP " + response.statusCode()
                            + ", expected 200. " + byHand);
                }
                long total = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                String actual = copyHashing(body, part, total, progress);
                if (!actual.equals(sha256)) {
                    throw new IOException("downloaded " + url + " (" + Files.size(part) + " bytes) does not match its "
                            + "pinned SHA-256: expected " + sha256 + ", got " + actual + "; the download was deleted. "
                            + byHand);
                }
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static HttpResponse<InputStream> send(URI url, String byHand) throws IOException {
        try {
            return CLIENT.send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("download of " + url + " interrupted");
        } catch (IOException e) {
            throw new IOException("could not download " + url + " (no network?): " + e + ". " + byHand, e);
        }
    }

    /** Copies {@code in} to {@code file}, reporting progress; answers the SHA-256 of what was copied. */
    private static String copyHashing(InputStream in, Path file, long total, Progress progress) throws IOException {
        MessageDigest digest = newSha256();
        byte[] buffer = new byte[1 << 16];
        long done = 0;
        long nextReport = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                digest.update(buffer, 0, n);
                done += n;
                if (done >= nextReport) {
                    progress.downloading(done, total);
                    nextReport = done + REPORT_EVERY;
                }
            }
        }
        progress.downloading(done, total);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The SHA-256 of a file, lower-case hex. */
    static String sha256(Path file) throws IOException {
        MessageDigest digest = newSha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}

package org.threadlens.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * SHA-256 of files (inputs, model jars), remembered in {@code file_digests} by absolute path, size and
 * modification time: a file whose three agree with the table is not read again (as {@code make} and
 * {@code rsync} trust them), so that rerunning over a large dump does not hash it again.
 */
final class FileDigests {
    private FileDigests() {
    }

    /** The digest, from the table when it is current; {@code c} nullable (then always computed). */
    static String sha256(Connection c, Path file, boolean writable) throws IOException, SQLException {
        Path abs = file.toAbsolutePath().normalize();
        long size = Files.size(abs);
        long modified = Files.getLastModifiedTime(abs).toMillis();
        if (c != null) {
            try (PreparedStatement s = c.prepareStatement("SELECT sha256 FROM file_digests WHERE path = ? AND size = ? AND modified = ?")) {
                s.setString(1, abs.toString());
                s.setLong(2, size);
                s.setLong(3, modified);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        return rs.getString(1);
                    }
                }
            }
        }
        String digest = compute(abs);
        if (c != null && writable) {
            try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO file_digests VALUES (?, ?, ?, ?)")) {
                s.setString(1, abs.toString());
                s.setLong(2, size);
                s.setLong(3, modified);
                s.setString(4, digest);
                s.executeUpdate();
            }
        }
        return digest;
    }

    static String compute(Path file) throws IOException {
        MessageDigest sha = sha();
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

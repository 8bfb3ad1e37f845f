package org.threadlens.entity.link;

import static org.threadlens.Fixtures.fixture;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small link dictionaries in the real formats: the fixture table, and a jar holding it gzipped at CoreNLP's path. */
final class LinkFixtures {
    /** 32 rows: 18 surfaces kept (16 articles), the rest junk of every kind (see {@link LinkIndexTest}). */
    static final Path TABLE = fixture("link/wikidict-small.tab");
    static final String ENTRY = LinkModelJar.CORENLP_KBP.entry();

    private LinkFixtures() {
    }

    /** A jar like CoreNLP's KBP models jar: a manifest, and the fixture table gzipped at the wikidict entry. */
    static Path jar(Path dir) throws IOException {
        Path jar = dir.resolve("models-test.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            zip.write("Manifest-Version: 1.0\n".getBytes());
            zip.putNextEntry(new ZipEntry(ENTRY));
            OutputStream gz = new GZIPOutputStream(zip);
            gz.write(Files.readAllBytes(TABLE));
            gz.flush();
            ((GZIPOutputStream) gz).finish();
            zip.closeEntry();
        }
        return jar;
    }

    /** A model pinned to this jar's size and hash, downloadable (if at all) from {@code url}. */
    static LinkModelJar model(Path jar, URI url) throws IOException {
        return new LinkModelJar("test", "org/example/dict/1/dict-1-models.jar", url, Files.size(jar),
                VerifiedDownload.sha256(jar), ENTRY);
    }
}

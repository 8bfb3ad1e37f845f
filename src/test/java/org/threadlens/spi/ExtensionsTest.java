package org.threadlens.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.threadlens.export.CorpusExporter;
import org.threadlens.read.ThreadReader;

class ExtensionsTest {
    @Test
    void findsByName() throws Exception {
        assertEquals("reddit-text", Extensions.byName(ThreadReader.class, "reddit-text", "format").name());
    }

    @Test
    void anUnknownNameIsAnsweredWithTheKnownOnes() {
        UnknownExtensionException e = assertThrows(UnknownExtensionException.class,
                () -> Extensions.byName(CorpusExporter.class, "xlsx", "export format"));
        assertTrue(e.getMessage().startsWith("unknown export format 'xlsx': known export formats are "), e.getMessage());
        assertTrue(e.known().contains("jsonl"), e.getMessage());
    }
}

package org.threadlens.export.convokit;

import java.io.IOException;
import java.nio.file.Path;
import org.threadlens.export.AtomicDirectory;
import org.threadlens.export.CorpusExporter;
import org.threadlens.export.ExportOptions;
import org.threadlens.export.ExportWriter;

/** Exports a ConvoKit corpus directory (see the package documentation). Stateless and thread-safe. */
public final class ConvoKitExporter implements CorpusExporter {
    public static final String NAME = "convokit";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "a ConvoKit corpus directory (utterances.jsonl, speakers.json, conversations.json, corpus.json, "
                + "index.json) with sentiment and entities in the metadata: convokit.Corpus(filename=DIR)";
    }

    @Override
    public ExportWriter open(String target, ExportOptions options) throws IOException {
        AtomicDirectory dir = AtomicDirectory.open(target, "convokit writes a corpus directory", options.force());
        return new ConvoKitCorpusWriter(dir, Path.of(target).toAbsolutePath().normalize().getFileName().toString());
    }
}

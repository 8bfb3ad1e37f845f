package org.threadlens.export.conllu;

import java.io.IOException;
import org.threadlens.export.CorpusExporter;
import org.threadlens.export.ExportOptions;
import org.threadlens.export.ExportWriter;
import org.threadlens.export.TextTarget;

/** Exports sentences and tokens as CoNLL-U (see the package documentation). Stateless and thread-safe. */
public final class ConlluExporter implements CorpusExporter {
    public static final String NAME = "conllu";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "CoNLL-U: one document per thread, a sentence per block with lemma, UPOS/XPOS, entity tag and "
                + "sentiment, and UD features and dependency trees with the syntax layer (UD tools, Stanza, UDPipe, "
                + "the conllu package)";
    }

    @Override
    public ExportWriter open(String target, ExportOptions options) throws IOException {
        return new ConlluWriter(TextTarget.open(target, options.force()));
    }
}

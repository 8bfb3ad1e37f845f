package org.threadlens.export.conll;

import java.io.IOException;
import org.threadlens.export.CorpusExporter;
import org.threadlens.export.ExportOptions;
import org.threadlens.export.ExportWriter;
import org.threadlens.export.TextTarget;

/** Exports tokens with BIO entity tags, CoNLL-2003 style (see the package documentation). Stateless, thread-safe. */
public final class ConllExporter implements CorpusExporter {
    public static final String NAME = "conll";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "CoNLL-2003-style named entities: token, POS, chunk placeholder, BIO tag; a -DOCSTART- per thread "
                + "(Hugging Face datasets, spaCy convert, flair ColumnCorpus)";
    }

    @Override
    public ExportWriter open(String target, ExportOptions options) throws IOException {
        return new ConllWriter(TextTarget.open(target, options.force()));
    }
}

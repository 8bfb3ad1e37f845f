package org.threadlens.trends;

import java.nio.file.Path;
import org.threadlens.store.CorpusStore;
import org.threadlens.trends.synth.SyntheticCorpus;
import org.threadlens.trends.synth.SyntheticSpec;
import org.threadlens.trends.synth.SyntheticStoreWriter;

/** Stores of synthetic corpora for the corpus-view tests: a known mood shift and entity turn, no NLP. */
public final class SyntheticStores {
    private SyntheticStores() {
    }

    /** A store at {@code file} holding the corpus of {@code spec}, open to read. */
    public static CorpusStore write(Path file, SyntheticSpec spec) throws Exception {
        try (CorpusStore store = CorpusStore.open(file)) {
            new SyntheticStoreWriter(store, 2).write(new SyntheticCorpus(spec), "test", (threads, comments) -> {
            });
        }
        return CorpusStore.openExisting(file);
    }
}

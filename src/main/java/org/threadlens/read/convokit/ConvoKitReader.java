package org.threadlens.read.convokit;

import java.util.List;
import org.threadlens.read.FileByFileStream;
import org.threadlens.read.InputFile;
import org.threadlens.read.InputSample;
import org.threadlens.read.ReadContext;
import org.threadlens.read.ThreadGrouper;
import org.threadlens.read.ThreadReader;
import org.threadlens.read.ThreadStream;

/** Reads ConvoKit corpora (see the package documentation). Stateless and thread-safe. */
public final class ConvoKitReader implements ThreadReader {
    public static final String NAME = "convokit";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "a ConvoKit corpus directory (utterances.jsonl with optional conversations.json and corpus.json)";
    }

    @Override
    public String expects() {
        return "a ConvoKit corpus directory holding utterances.jsonl (one utterance per line with id, "
                + "conversation_id or root, reply-to or reply_to, speaker or user, timestamp, text, meta), "
                + "or that utterances.jsonl file itself";
    }

    @Override
    public List<String> filePatterns() {
        return List.of(ConvoKitCorpus.UTTERANCES);
    }

    /** A directory holding utterances.jsonl, or a file named utterances.jsonl that starts with a JSON object. */
    @Override
    public boolean recognizes(InputSample sample) {
        if (sample.isDirectory()) {
            return sample.entries().contains(ConvoKitCorpus.UTTERANCES);
        }
        return sample.name().startsWith(ConvoKitCorpus.UTTERANCES) && sample.firstChar() == '{';
    }

    /** Each input is a corpus of its own: conversation ids never join across corpora. */
    @Override
    public ThreadStream open(List<InputFile> inputs, ReadContext context) {
        return open(inputs, context, ThreadGrouper.DEFAULT_MEMORY_BUDGET);
    }

    /** @param memoryBudget the grouper's heap budget (tests use 0 to exercise the disk spill) */
    ThreadStream open(List<InputFile> inputs, ReadContext context, long memoryBudget) {
        return new FileByFileStream(inputs,
                input -> new ConvoKitStream(ConvoKitCorpus.locate(input), context, memoryBudget), context.problems());
    }
}

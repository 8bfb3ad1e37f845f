package org.threadlens.read.convokit;

import java.io.IOException;
import org.threadlens.read.FlatComment;
import org.threadlens.read.FlatThreadBuilder;
import org.threadlens.read.FlatThreadInfo;
import org.threadlens.read.InputFormatException;
import org.threadlens.read.JsonLines;
import org.threadlens.read.ReadContext;
import org.threadlens.read.ReadProblem;
import org.threadlens.read.ReadProblems;
import org.threadlens.read.ThreadGrouper;
import org.threadlens.read.ThreadStream;
import org.threadlens.thread.DiscussionThread;

/**
 * The threads of one corpus. The first {@link #read()} reads the whole corpus into a {@link ThreadGrouper}
 * (conversation metadata, then utterances); then each read builds one conversation. If utterances.jsonl breaks
 * off, the input is reported failed and the conversations read before the break are still returned.
 * Not thread-safe.
 */
final class ConvoKitStream implements ThreadStream {
    private final ConvoKitCorpus corpus;
    private final ReadContext context;
    private final ThreadGrouper grouper;
    private FlatThreadBuilder builder;

    /** @param memoryBudget the grouper's heap budget in estimated bytes */
    ConvoKitStream(ConvoKitCorpus corpus, ReadContext context, long memoryBudget) {
        this.corpus = corpus;
        this.context = context;
        this.grouper = new ThreadGrouper(context.options().workDir(), memoryBudget);
    }

    @Override
    public DiscussionThread read() throws IOException, InputFormatException {
        if (builder == null) {
            load();
        }
        ThreadGrouper.Group group = grouper.next();
        return group == null ? null : builder.build(group, context.problems());
    }

    private void load() throws IOException, InputFormatException {
        ReadProblems problems = context.problems();
        ConvoKitCorpus.Facts facts = corpus.facts(problems);
        builder = new FlatThreadBuilder(ConvoKitReader.NAME, facts.defaultPlatform(), facts.community(), true,
                UtteranceParser::flags);
        if (corpus.conversations() != null) {
            ConversationsFile.read(corpus.conversations(), facts, grouper, problems);
        }
        UtteranceParser parser = new UtteranceParser(facts);
        String file = corpus.utterances().name();
        try (JsonLines lines = new JsonLines(corpus.utterances(), problems, context.options().maxLineBytes())) {
            for (JsonLines.Record r = lines.next(); r != null; r = lines.next()) {
                FlatComment c;
                try {
                    c = parser.comment(r.node(), file, r.line());
                } catch (IllegalArgumentException e) {
                    problems.skipped(new ReadProblem(file, r.line(), e.getMessage()));
                    continue;
                }
                FlatThreadInfo info = parser.rootInfo(r.node(), c);
                if (info != null) {
                    grouper.addInfo(c.thread(), info);
                }
                grouper.add(c);
            }
        } catch (InputFormatException e) {
            problems.inputFailed(e);
        } catch (IOException e) {
            // opening failed (a compressed header cut or corrupt): name the file, not just the corpus directory
            problems.inputFailed(InputFormatException.brokenOff(file, 0, e));
        }
    }

    @Override
    public void close() throws IOException {
        grouper.close();
    }
}

package org.threadlens.export.conll;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.Token;
import org.threadlens.export.EntityTags;
import org.threadlens.export.ExportText;
import org.threadlens.export.ExportWriter;
import org.threadlens.export.SentenceTokens;
import org.threadlens.export.TextTarget;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.thread.Comment;

/** Writes threads as CoNLL-2003-style documents. Not thread-safe. */
final class ConllWriter implements ExportWriter {
    static final String DOCSTART = "-DOCSTART- -X- -X- O";
    /** The chunk column: no chunker runs, so every token is outside a chunk. */
    static final String NO_CHUNK = "O";

    private final TextTarget target;
    private long textsWithoutEntities;

    ConllWriter(TextTarget target) {
        this.target = target;
    }

    @Override
    public void write(AnnotatedThread r) throws IOException {
        StringBuilder b = new StringBuilder();
        if (r.title() != null) {
            text(b, r.title());
        }
        for (Comment c : r.thread().comments()) {
            TextAnnotations a = r.annotationsOf(c);
            if (a != null) {
                text(b, a);
            }
        }
        if (b.length() > 0) {
            Writer out = target.writer();
            out.write(DOCSTART + "\n\n");
            out.write(b.toString());
            if (target.isStandardOutput()) {
                out.flush();
            }
        }
    }

    /** A text's sentences, one token per line, a blank line after each; nothing if it lacks entities. */
    private void text(StringBuilder b, TextAnnotations a) {
        String[] tags = EntityTags.of(a, EntityTags::conllType);
        if (tags == null) {
            if (!a.sentences().isEmpty()) {
                textsWithoutEntities++;
            }
            return;
        }
        for (List<Integer> sentence : SentenceTokens.of(a)) {
            if (sentence.isEmpty()) {
                continue;
            }
            for (int i : sentence) {
                Token t = a.tokens().get(i);
                b.append(ExportText.cell(t.word(), "_")).append(' ')
                        .append(t.pos() == null ? "_" : ExportText.cell(t.pos(), "_")).append(' ')
                        .append(NO_CHUNK).append(' ').append(tags[i]).append('\n');
            }
            b.append('\n');
        }
    }

    @Override
    public void commit() throws IOException {
        target.commit();
    }

    @Override
    public List<String> notes() {
        return textsWithoutEntities == 0 ? List.of()
                : List.of(textsWithoutEntities + " texts annotated without the entities layer were left out "
                        + "(annotate with --annotators entities to include them)");
    }

    @Override
    public void close() throws IOException {
        target.close();
    }
}

package org.threadlens.entity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threadlens.annotate.EntityMention;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.Sentence;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.ThreadAnnotations;
import org.threadlens.annotate.Token;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentKind;
import org.threadlens.thread.SourceRef;
import org.threadlens.thread.ThreadBuilder;

/**
 * A thread written as the engine would have annotated it, for resolution tests: each comment is its author
 * and a text in which the engine's mentions are marked {@code [Ken Bone|PERSON]}; tokens are the
 * whitespace-separated words (punctuation apart), each a sentence of its own text.
 */
final class ResolvedThread {
    private static final Pattern MARK = Pattern.compile("\\[([^|\\]]+)\\|([A-Z_]+)]");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}'/_.+-]+|[^\\s\\p{L}\\p{N}]");

    private final ThreadBuilder thread = new ThreadBuilder("reddit", "t1", new SourceRef("test", "test"));
    private final Map<String, TextAnnotations> texts = new LinkedHashMap<>();

    /** Adds a comment by {@code author} whose marked text is {@code marked}. */
    ResolvedThread comment(String author, String marked) {
        String id = "c" + (texts.size() + 1);
        List<EntityMention> mentions = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        Matcher m = MARK.matcher(marked);
        int last = 0;
        while (m.find()) {
            plain.append(marked, last, m.start());
            int begin = plain.codePointCount(0, plain.length());
            plain.append(m.group(1));
            mentions.add(new EntityMention(m.group(1), m.group(2), begin, begin + m.group(1).codePointCount(0, m.group(1).length()), 0));
            last = m.end();
        }
        plain.append(marked.substring(last));
        String text = plain.toString();
        String parent = texts.isEmpty() ? null : "c1";
        thread.add(new Comment(id, parent, texts.isEmpty() ? CommentKind.POST : CommentKind.COMMENT, texts.isEmpty() ? 0 : 1,
                author, null, null, text, Set.of()));
        texts.put(id, new TextAnnotations(EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.ENTITIES),
                List.of(new Sentence(0, text.codePointCount(0, text.length()), false, null)), tokens(text, mentions), mentions, List.of()));
        return this;
    }

    private static List<Token> tokens(String text, List<EntityMention> mentions) {
        List<Token> out = new ArrayList<>();
        Matcher t = TOKEN.matcher(text);
        while (t.find()) {
            int b = text.codePointCount(0, t.start());
            int e = text.codePointCount(0, t.end());
            String ner = mentions.stream().filter(x -> x.begin() <= b && e <= x.end()).map(EntityMention::type).findFirst().orElse("O");
            out.add(new Token(b, e, t.group(), null, null, ner, 0));
        }
        return out;
    }

    ThreadAnnotations annotations() {
        return new ThreadAnnotations(thread.build(), null, texts, List.of());
    }

    /** Every mention of the resolved thread, in thread order. */
    static List<EntityMention> mentions(ThreadAnnotations resolved) {
        List<EntityMention> out = new ArrayList<>();
        resolved.comments().values().forEach(a -> out.addAll(a.entities()));
        return out;
    }
}

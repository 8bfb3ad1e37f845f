package org.threadlens.export.conllu;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.threadlens.annotate.EntityMention;
import org.threadlens.annotate.Sentence;
import org.threadlens.annotate.Syntax;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.Token;
import org.threadlens.annotate.UniversalPos;
import org.threadlens.export.EntityTags;
import org.threadlens.export.ExportText;
import org.threadlens.export.ExportWriter;
import org.threadlens.export.SentenceTokens;
import org.threadlens.export.TextTarget;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.thread.Comment;
import org.threadlens.thread.DiscussionThread;

/**
 * Writes threads as CoNLL-U documents. A document's comment lines ({@code # newdoc id}, ...) and a text's
 * ({@code # comment_id}, ...) are held until the first sentence that has tokens, since CoNLL-U attaches comments
 * to the sentence that follows them; a sentence without tokens (a store annotated with sentences only) cannot be
 * written and is counted in the {@link #notes()}. Not thread-safe.
 */
final class ConlluWriter implements ExportWriter {
    /** Said once, in the file before the first sentence without syntax (at its top, usually) and on stderr. */
    static final String WITHOUT_SYNTAX = "ThreadLens: sentences annotated without the syntax layer have _ for HEAD and "
            + "DEPREL (and for UPOS where no tagger ran), which UD tools (validate.py --level 2, UDPipe, Stanza) reject; "
            + "annotate with the syntax layer (--annotators sentences,entities,links,sentiment,syntax) to fill them";
    private final TextTarget target;
    private final List<String> documentHeader = new ArrayList<>();
    private long sentencesWithoutTokens;
    private long sentencesWritten;
    private long sentencesWithoutSyntax;

    ConlluWriter(TextTarget target) {
        this.target = target;
    }

    @Override
    public void write(AnnotatedThread r) throws IOException {
        DiscussionThread t = r.thread();
        documentHeader.clear();
        documentHeader.add("# newdoc id = " + t.id());
        documentHeader.add("# platform = " + ExportText.oneLine(t.platform()));
        addIfPresent(documentHeader, "community", t.community());
        addIfPresent(documentHeader, "title", t.title());
        addIfPresent(documentHeader, "url", t.url());
        Writer out = target.writer();
        if (r.title() != null && t.title() != null) {
            writeText(out, t.title(), r.title(), sentIdBase(t.id()) + "-title", List.of());
        }
        for (Comment c : t.comments()) {
            TextAnnotations a = r.annotationsOf(c);
            if (a == null) {
                continue;
            }
            List<String> header = new ArrayList<>();
            header.add("# comment_id = " + c.id());
            addIfPresent(header, "parent_id", c.parentId());
            addIfPresent(header, "author", c.author());
            if (c.createdUtc() != null) {
                header.add("# created_utc = " + c.createdUtc());
            }
            writeText(out, c.text(), a, sentIdBase(c.id()), header);
        }
        if (target.isStandardOutput()) {
            out.flush();
        }
    }

    /** One text's sentences; {@code header} goes before the first one written. */
    private void writeText(Writer out, String text, TextAnnotations a, String idBase, List<String> header)
            throws IOException {
        int[] cps = text.codePoints().toArray();
        String[] tags = EntityTags.of(a);
        EntityMention[] mentions = EntityTags.mentions(a);
        List<List<Integer>> bySentence = SentenceTokens.of(a);
        boolean first = true;
        for (int s = 0; s < bySentence.size(); s++) {
            List<Integer> tokens = bySentence.get(s);
            if (tokens.isEmpty()) {
                sentencesWithoutTokens++;
                continue;
            }
            StringBuilder b = new StringBuilder();
            sentencesWritten++;
            if (a.tokens().get(tokens.get(0)).syntax() == null && sentencesWithoutSyntax++ == 0) {
                line(b, "# " + WITHOUT_SYNTAX);
            }
            documentHeader.forEach(h -> line(b, h));
            documentHeader.clear();
            line(b, "# sent_id = " + idBase + "-" + (s + 1));
            if (first) {
                header.forEach(h -> line(b, h));
                first = false;
            }
            sentenceLines(b, a.sentences().get(s), a, tokens, tags, mentions, cps);
            b.append('\n');
            out.write(b.toString());
        }
    }

    private static void sentenceLines(StringBuilder b, Sentence sentence, TextAnnotations a, List<Integer> tokens,
                                      String[] tags, EntityMention[] mentions, int[] cps) {
        if (sentence.sentiment() != null) {
            line(b, "# sentiment = " + sentence.sentiment().label().wireName());
            StringBuilder d = new StringBuilder();
            for (double p : sentence.sentiment().distribution().toArray()) {
                d.append(d.length() == 0 ? "" : " ").append(p);
            }
            line(b, "# sentiment_distribution = " + d);
        }
        if (sentence.quoted()) {
            line(b, "# quoted = yes");
        }
        StringBuilder text = new StringBuilder();
        List<String> rows = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            int index = tokens.get(i);
            Token t = a.tokens().get(index);
            String form = ExportText.cell(t.word(), " ");
            boolean spaceAfter = index + 1 >= a.tokens().size() || spaceBetween(cps, t.end(), a.tokens().get(index + 1).begin());
            text.append(form);
            if (spaceAfter && i + 1 < tokens.size()) {
                text.append(' ');
            }
            rows.add((i + 1) + "\t" + form + "\t" + (t.lemma() == null ? "_" : ExportText.cell(t.lemma(), " ")) + "\t"
                    + grammar(t) + "\t_\t"
                    + misc(mentions == null || mentions[index] == null ? null : mentions[index].link(),
                            tags == null ? null : tags[index], spaceAfter, t));
        }
        line(b, "# text = " + text);
        rows.forEach(r -> line(b, r));
    }

    /**
     * UPOS, XPOS, FEATS, HEAD and DEPREL: the syntax layer's where the token has it; else UPOS mapped from the
     * engine's tag (as the syntax layer maps it, without the relation) and {@code _} for the rest.
     */
    private static String grammar(Token t) {
        Syntax s = t.syntax();
        String upos = s != null ? s.upos() : UniversalPos.of(t.pos(), t.word());
        String xpos = UniversalPos.xpos(t.pos());
        return orBlank(upos) + "\t" + (xpos == null ? "_" : ExportText.cell(xpos, "_")) + "\t"
                + (s == null ? "_\t_\t_" : orBlank(s.feats()) + "\t" + s.head() + "\t" + s.deprel());
    }

    private static String orBlank(String value) {
        return value == null ? "_" : value;
    }

    /**
     * MISC attributes in alphabetical order: the Wikipedia title of the token's entity where it was linked (on
     * every token of the mention, escaped by {@link ExportText#miscValue}), the entity tag, SpaceAfter=No, the
     * token's code-point range.
     */
    private static String misc(String link, String tag, boolean spaceAfter, Token t) {
        return (link == null ? "" : "Link=" + ExportText.miscValue(link) + "|") + (tag == null ? "" : "NER=" + tag + "|")
                + (spaceAfter ? "" : "SpaceAfter=No|") + "TokenRange=" + t.begin() + ":" + t.end();
    }

    /** Whether the source has whitespace between two tokens (markup alone between them is no space). */
    private static boolean spaceBetween(int[] cps, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, cps.length); i++) {
            if (Character.isWhitespace(cps[i]) || Character.isSpaceChar(cps[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * The start of a sentence id: the id with {@code %} and {@code /} percent-encoded (the UD validator reserves
     * the slash). Ids hold no whitespace ({@code thread.Ids}), which a sentence id may not either.
     */
    static String sentIdBase(String id) {
        return id.replace("%", "%25").replace("/", "%2F");
    }

    /** A {@code # key = value} line on one line, without space at its ends; none for an absent or blank value. */
    private static void addIfPresent(List<String> lines, String key, String value) {
        String v = value == null ? "" : ExportText.oneLine(value).strip();
        if (!v.isEmpty()) {
            lines.add("# " + key + " = " + v);
        }
    }

    private static void line(StringBuilder b, String line) {
        b.append(line).append('\n');
    }

    @Override
    public void commit() throws IOException {
        target.commit();
    }

    @Override
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (sentencesWithoutSyntax > 0) {
            notes.add(sentencesWithoutSyntax + " of " + sentencesWritten + " sentences have no syntax layer: HEAD and "
                    + "DEPREL are _ (UPOS too where no tagger ran), so UD tools (validate.py --level 2, UDPipe, Stanza) "
                    + "will reject the file; annotate with --annotators sentences,entities,links,sentiment,syntax to fill "
                    + "them (a comment before the first of them says so too)");
        }
        if (sentencesWithoutTokens > 0) {
            notes.add(sentencesWithoutTokens + " sentences without tokens were left out (annotate with the tokens "
                    + "layer to include them)");
        }
        return notes;
    }

    @Override
    public void close() throws IOException {
        target.close();
    }
}

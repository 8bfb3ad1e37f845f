package org.threadlens.export.conllu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.export.ExportFixtures.handmade;
import static org.threadlens.export.ExportFixtures.rich;
import static org.threadlens.export.conllu.ConlluChecker.assertValidConllu;
import static org.threadlens.export.conllu.ConlluChecker.assertValidUd;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.annotate.EntityMention;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.Sentence;
import org.threadlens.annotate.Syntax;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.Token;
import org.threadlens.export.ExportFixtures;
import org.threadlens.export.ExportOptions;
import org.threadlens.export.ExportWriter;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.Records;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentKind;
import org.threadlens.thread.DiscussionThread;
import org.threadlens.thread.SourceRef;
import org.threadlens.thread.ThreadBuilder;

class ConlluExporterTest {
    @TempDir
    Path dir;

    private String export(AnnotatedThread... threads) throws Exception {
        Path out = dir.resolve("corpus.conllu");
        ExportFixtures.export(new ConlluExporter(), out, ExportOptions.defaults(), threads);
        return Files.readString(out);
    }

    /** The lines of the sentence whose sent_id is {@code id}, comments included (but the file's notice). */
    private static List<String> sentence(String conllu, String id) {
        return Arrays.stream(conllu.split("\n\n")).filter(b -> b.contains("# sent_id = " + id + "\n")).findFirst()
                .map(b -> Arrays.stream(b.strip().split("\n")).filter(l -> !l.equals(NOTICE)).toList())
                .orElseThrow(() -> new AssertionError("no sentence " + id));
    }

    private static final String NOTICE = "# " + ConlluWriter.WITHOUT_SYNTAX;

    /** "She sings loudly." with the syntax layer: every token's UPOS, features and arc. */
    private static TextAnnotations parsed() {
        return tokens(Layer.parseList("syntax"), List.of(
                new Token(0, 3, "She", "PRP", null, null, 0, new Syntax("PRON", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs", 2, "nsubj")),
                new Token(4, 9, "sings", "VBZ", null, null, 0, new Syntax("VERB", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", 0, "root")),
                new Token(10, 16, "loudly", "RB", null, null, 0, new Syntax("ADV", null, 2, "advmod")),
                new Token(16, 17, ".", ".", null, null, 0, new Syntax("PUNCT", null, 2, "punct"))));
    }

    private static TextAnnotations tokens(Set<Layer> layers, List<Token> tokens, EntityMention... mentions) {
        int end = tokens.get(tokens.size() - 1).end();
        return new TextAnnotations(layers, List.of(new Sentence(0, end, false, null)), tokens, List.of(mentions), List.of());
    }

    @Test
    void threadsOfEveryShapePassTheValidatorsFormatRules() throws Exception {
        assertValidConllu(export(rich("t1"), rich("t2"), ExportFixtures.single("t3", "Tabs\tand\nnew lines. Then Émile!")));
    }

    @Test
    void eachThreadIsADocumentAndEachCommentSaysWhoWroteWhatInReplyToWhat() throws Exception {
        String conllu = export(rich("t1"));
        assertEquals(List.of("# newdoc id = t1", "# platform = reddit", "# community = space",
                "# title = Launch day for Alice", "# url = https://www.reddit.com/r/space/comments/t1/",
                "# sent_id = t1-title-1"), sentence(conllu, "t1-title-1").subList(0, 6));
        List<String> reply = sentence(conllu, "t1-1-1");
        assertTrue(reply.containsAll(List.of("# comment_id = t1-1", "# parent_id = t1", "# author = user_t1-1",
                "# created_utc = 1704067260", "# quoted = yes")), reply.toString());
        assertFalse(sentence(conllu, "t1-1-2").stream().anyMatch(l -> l.startsWith("# comment_id")),
                "only a comment's first sentence names it");
        assertEquals(1, conllu.split("# newdoc id", -1).length - 1);
    }

    @Test
    void metadataLinesHaveNoSpaceAtTheirEndsAndBlankValuesNoLine() throws Exception {
        DiscussionThread t = new ThreadBuilder("reddit", "m1", new SourceRef("test", "memory")).community(" ")
                .title("  A title with\nspace around \t").add(new Comment("m1", null, CommentKind.POST, 0, "op", 1, null,
                        "Body text.", Set.of())).build();
        String conllu = export(Records.annotate(t));
        assertValidConllu(conllu);
        assertTrue(conllu.contains("# title = A title with space around\n"), conllu);
        assertFalse(conllu.contains("# community"), conllu);
        assertFalse(conllu.contains("# created_utc"), "no time, no line");
    }

    @Test
    void sentencesCarryTheirSentimentAndTokensTheirEntityTag() throws Exception {
        List<String> s = sentence(export(rich("t1")), "t1-2");
        assertTrue(s.contains("# sentiment = positive"), s.toString());
        assertTrue(s.contains("# sentiment_distribution = 0.05 0.05 0.05 0.8 0.05"), s.toString());
        assertTrue(s.contains("5\tBob!\tbob!\tNOUN\tNN\t_\t_\t_\t_\tNER=B-PERSON|TokenRange=51:55"), s.toString());
    }

    @Test
    void spaceAfterNoWhereTheSourceHasNoWhitespaceBetweenTokens() throws Exception {
        String text = "Hello, OpenAI!";
        TextAnnotations a = tokens(Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.ENTITIES),
                List.of(new Token(0, 5, "Hello", "UH", "hello", "O", 0), new Token(5, 6, ",", ",", ",", "O", 0),
                        new Token(7, 13, "OpenAI", "NNP", "OpenAI", "ORGANIZATION", 0),
                        new Token(13, 14, "!", ".", "!", "O", 0)),
                new EntityMention("OpenAI", "ORGANIZATION", 7, 13, 0));
        String conllu = export(handmade("h1", text, a));
        assertValidConllu(conllu);
        assertEquals(List.of("# newdoc id = h1", "# platform = reddit", "# community = test", "# sent_id = h1-1",
                "# comment_id = h1", "# author = op", "# created_utc = 1600000000", "# text = Hello, OpenAI!",
                "1\tHello\thello\tINTJ\tUH\t_\t_\t_\t_\tNER=O|SpaceAfter=No|TokenRange=0:5",
                "2\t,\t,\tPUNCT\t,\t_\t_\t_\t_\tNER=O|TokenRange=5:6",
                "3\tOpenAI\tOpenAI\tPROPN\tNNP\t_\t_\t_\t_\tNER=B-ORGANIZATION|SpaceAfter=No|TokenRange=7:13",
                "4\t!\t!\tPUNCT\t.\t_\t_\t_\t_\tTokenRange=13:14".replace("\tTokenRange", "\tNER=O|TokenRange")),
                sentence(conllu, "h1-1"));
    }

    @Test
    void everyTokenOfALinkedMentionCarriesItsWikipediaTitle() throws Exception {
        String text = "Ken Bone likes Python.";
        TextAnnotations a = tokens(Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.ENTITIES),
                List.of(new Token(0, 3, "Ken", "NNP", "Ken", "PERSON", 0), new Token(4, 8, "Bone", "NNP", "Bone", "PERSON", 0),
                        new Token(9, 14, "likes", "VBZ", "like", "O", 0), new Token(15, 21, "Python", "NNP", "Python", "O", 0),
                        new Token(21, 22, ".", ".", ".", "O", 0)),
                new EntityMention("Ken Bone", "PERSON", 0, 8, 0).resolved("Ken Bone", "Ken_Bone", List.of()),
                new EntityMention("Python", "PRODUCT", 15, 21, 0)
                        .resolved("Python", "Python_(programming_language)", List.of()));
        String conllu = export(handmade("k1", text, a));
        assertValidConllu(conllu);
        assertEquals(List.of("1\tKen\tKen\tPROPN\tNNP\t_\t_\t_\t_\tLink=Ken_Bone|NER=B-PERSON|TokenRange=0:3",
                "2\tBone\tBone\tPROPN\tNNP\t_\t_\t_\t_\tLink=Ken_Bone|NER=I-PERSON|TokenRange=4:8",
                "3\tlikes\tlike\tVERB\tVBZ\t_\t_\t_\t_\tNER=O|TokenRange=9:14",
                "4\tPython\tPython\tPROPN\tNNP\t_\t_\t_\t_\tLink=Python_(programming_language)|NER=B-PRODUCT|SpaceAfter=No|TokenRange=15:21",
                "5\t.\t.\tPUNCT\t.\t_\t_\t_\t_\tNER=O|TokenRange=21:22"),
                sentence(conllu, "k1-1").subList(8, 13));
    }

    @Test
    void aLinkHoldingTheSeparatorOrAPercentSignIsEscapedAndTheFileStaysValid() throws Exception {
        TextAnnotations a = tokens(Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.ENTITIES),
                List.of(new Token(0, 3, "Odd", "NNP", "Odd", "O", 0)),
                new EntityMention("Odd", "MISC", 0, 3, 0).resolved("Odd", "50%|50", List.of()));
        String conllu = export(handmade("o1", "Odd", a));
        assertValidConllu(conllu);
        assertTrue(conllu.contains("\tLink=50%25%7C50|NER=B-MISC|TokenRange=0:3\n"), conllu);
    }

    @Test
    void aWordHoldingWhitespaceKeepsOneSpaceAndTheTextFollows() throws Exception {
        String text = "Call 555\u00a0123  4567 now";
        TextAnnotations a = tokens(Set.of(Layer.SENTENCES, Layer.TOKENS), List.of(new Token(0, 4, "Call", "VB", "call", "O", 0),
                new Token(5, 18, "555\u00a0123  4567", "CD", "555\u00a0123  4567", "O", 0),
                new Token(19, 22, "now", "RB", "now", "O", 0)));
        String conllu = export(handmade("w1", text, a));
        assertValidConllu(conllu);
        assertTrue(conllu.contains("# text = Call 555 123 4567 now\n"), conllu);
        assertTrue(conllu.contains("2\t555 123 4567\t555 123 4567\tNUM\tCD\t_\t_\t_\t_\tTokenRange=5:18\n"), conllu);
    }

    @Test
    void universalTagsAreKeptAndUntaggedTokensLeftUnspecified() throws Exception {
        TextAnnotations a = tokens(Set.of(Layer.SENTENCES, Layer.TOKENS), List.of(new Token(0, 2, "Hi", "INTJ", "hi", null, 0),
                new Token(3, 6, "you", null, null, null, 0), new Token(7, 8, "x", "ZZZ", "x", null, 0)));
        String conllu = export(handmade("u1", "Hi you x", a));
        assertTrue(conllu.contains("1\tHi\thi\tINTJ\t_\t_\t_\t_\t_\tTokenRange=0:2\n"), "OpenNLP's UPOS kept, no XPOS");
        assertTrue(conllu.contains("2\tyou\t_\t_\t_\t_\t_\t_\t_\tTokenRange=3:6\n"), "no tagger, no lemmatizer: unspecified");
        assertTrue(conllu.contains("3\tx\tx\tX\tZZZ\t_\t_\t_\t_\tTokenRange=7:8\n"), "an unknown tag is X, kept as XPOS");
    }

    @Test
    void theSyntaxLayerFillsUposFeatsHeadAndDeprelAsUdRequires() throws Exception {
        String conllu = export(handmade("p1", "She sings loudly.", parsed()));
        assertValidUd(conllu);
        assertFalse(conllu.contains(NOTICE), "no notice where every sentence has syntax");
        assertEquals(List.of(
                "1\tShe\t_\tPRON\tPRP\tCase=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs\t2\tnsubj\t_\tTokenRange=0:3",
                "2\tsings\t_\tVERB\tVBZ\tMood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin\t0\troot\t_\tTokenRange=4:9",
                "3\tloudly\t_\tADV\tRB\t_\t2\tadvmod\t_\tSpaceAfter=No|TokenRange=10:16",
                "4\t.\t_\tPUNCT\t.\t_\t2\tpunct\t_\tTokenRange=16:17"), sentence(conllu, "p1-1").subList(8, 12));
    }

    @Test
    void withoutSyntaxTheFileSaysAtItsTopAndOnceThatUdToolsWillRejectIt() throws Exception {
        Path out = dir.resolve("n.conllu");
        try (ExportWriter w = new ConlluExporter().open(out.toString(), ExportOptions.defaults())) {
            w.write(rich("t1"));
            w.write(rich("t2"));
            w.commit();
            assertEquals(1, w.notes().size(), w.notes().toString());
            assertTrue(w.notes().get(0).startsWith("14 of 14 sentences have no syntax layer: HEAD and DEPREL are _"),
                    w.notes().get(0));
            assertTrue(w.notes().get(0).contains("annotate with --annotators sentences,entities,links,sentiment,syntax"));
        }
        String conllu = Files.readString(out);
        assertTrue(conllu.startsWith(NOTICE + "\n# newdoc id = t1\n"), conllu);
        assertEquals(1, conllu.split(java.util.regex.Pattern.quote(NOTICE), -1).length - 1, "said once");
        assertValidConllu(conllu);
        assertFalse(ConlluChecker.problems(conllu, true).isEmpty(), "a file UD's level 2 rejects, as the notice says");
    }

    @Test
    void inAFileOfBothTheNoticeComesBeforeTheFirstSentenceWithoutSyntax() throws Exception {
        String conllu = export(handmade("p1", "She sings loudly.", parsed()), rich("t1"));
        assertTrue(conllu.contains(NOTICE + "\n# newdoc id = t1\n"), conllu);
        assertTrue(conllu.startsWith("# newdoc id = p1\n"), conllu);
    }

    @Test
    void sentenceIdsEscapeTheReservedSlash() throws Exception {
        String conllu = export(ExportFixtures.single("a/b%c", "One sentence."));
        assertValidConllu(conllu);
        assertTrue(conllu.contains("# sent_id = a%2Fb%25c-1\n"), conllu);
        assertTrue(conllu.contains("# newdoc id = a/b%c\n"), conllu);
    }

    @Test
    void sentencesWithoutTokensAreLeftOutAndCounted() throws Exception {
        TextAnnotations a = new TextAnnotations(Set.of(Layer.SENTENCES), List.of(new Sentence(0, 4, false, null)),
                List.of(), List.of(), List.of());
        Path out = dir.resolve("s.conllu");
        try (ExportWriter w = new ConlluExporter().open(out.toString(), ExportOptions.defaults())) {
            w.write(handmade("s1", "Text", a));
            w.commit();
            assertEquals(List.of("1 sentences without tokens were left out (annotate with the tokens layer to include them)"),
                    w.notes());
        }
        assertEquals("", Files.readString(out));
    }
}

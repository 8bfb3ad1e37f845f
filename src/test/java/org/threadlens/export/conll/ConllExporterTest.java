package org.threadlens.export.conll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.export.ExportFixtures.handmade;
import static org.threadlens.export.ExportFixtures.rich;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.annotate.EntityMention;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.Sentence;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.Token;
import org.threadlens.export.ExportFixtures;
import org.threadlens.export.ExportOptions;
import org.threadlens.export.ExportWriter;

class ConllExporterTest {
    @TempDir
    Path dir;

    private String export(org.threadlens.record.AnnotatedThread... threads) throws Exception {
        Path out = dir.resolve("ner.conll");
        ExportFixtures.export(new ConllExporter(), out, ExportOptions.defaults(), threads);
        return Files.readString(out);
    }

    /**
     * Reads a CoNLL-2003 file as its readers do: documents split at -DOCSTART-, sentences at blank lines, four
     * space-separated columns per token line; checks that every I- tag continues an entity of its type.
     */
    private static List<List<List<String[]>>> documents(String conll) {
        List<List<List<String[]>>> docs = new ArrayList<>();
        List<String[]> sentence = new ArrayList<>();
        for (String line : conll.split("\n", -1)) {
            if (line.isEmpty()) {
                if (!sentence.isEmpty()) {
                    docs.get(docs.size() - 1).add(sentence);
                    sentence = new ArrayList<>();
                }
                continue;
            }
            String[] cols = line.split(" ", -1);
            assertEquals(4, cols.length, "four columns: '" + line + "'");
            if (cols[0].equals("-DOCSTART-")) {
                assertEquals("-DOCSTART- -X- -X- O", line);
                docs.add(new ArrayList<>());
                continue;
            }
            for (String c : cols) {
                assertTrue(!c.isEmpty() && c.codePoints().noneMatch(Character::isWhitespace), "'" + line + "'");
            }
            assertTrue(cols[3].matches("O|[BI]-[A-Z_]+"), cols[3]);
            if (cols[3].startsWith("I-")) {
                String before = sentence.isEmpty() ? "O" : sentence.get(sentence.size() - 1)[3];
                assertEquals(cols[3].substring(2), before.length() > 2 ? before.substring(2) : before,
                        "I- continues an entity of its type");
            }
            sentence.add(cols);
        }
        assertTrue(sentence.isEmpty(), "the last sentence ends with a blank line");
        return docs;
    }

    @Test
    void eachThreadIsADocumentOfSentencesWithBioTags() throws Exception {
        List<List<List<String[]>>> docs = documents(export(rich("t1"), rich("t2")));
        assertEquals(2, docs.size());
        List<List<String[]>> first = docs.get(0);
        assertEquals(7, first.size(), "the title's sentence, then two per non-deleted comment");
        List<String> title = first.get(0).stream().map(c -> String.join(" ", c)).toList();
        assertEquals(List.of("Launch NN O O", "day NN O O", "for NN O O", "Alice NN O B-PERSON"), title);
    }

    @Test
    void aMultiTokenEntityIsBeginThenInside() throws Exception {
        TextAnnotations a = new TextAnnotations(Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.ENTITIES),
                List.of(new Sentence(0, 24, false, null)),
                List.of(new Token(0, 4, "Ilya", "NNP", "Ilya", "PERSON", 0), new Token(5, 14, "Sutskever", "NNP", "Sutskever", "PERSON", 0),
                        new Token(15, 19, "left", "VBD", "leave", "O", 0), new Token(20, 23, "New\u00a0York", null, null, "O", 0),
                        new Token(23, 24, ".", ".", ".", "O", 0)),
                List.of(new EntityMention("Ilya Sutskever", "PERSON", 0, 14, 0), new EntityMention("New York", "LOCATION", 20, 23, 0)),
                List.of());
        String conll = export(handmade("h1", "Ilya Sutskever left NY.", a));
        documents(conll);
        assertEquals("-DOCSTART- -X- -X- O\n\nIlya NNP O B-PERSON\nSutskever NNP O I-PERSON\nleft VBD O O\n"
                + "New_York _ O B-LOCATION\n. . O O\n\n", conll);
    }

    /** CoNLL-2003 puts products under MISC; ThreadLens's PRODUCT is written so, its other types as they are. */
    @Test
    void aProductIsWrittenAsMisc() throws Exception {
        TextAnnotations a = new TextAnnotations(Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.ENTITIES),
                List.of(new Sentence(0, 19, false, null)),
                List.of(new Token(0, 5, "Guido", "NNP", "Guido", "PERSON", 0), new Token(6, 11, "wrote", "VBD", "write", "O", 0),
                        new Token(12, 18, "Python", "NNP", "Python", "O", 0), new Token(18, 19, ".", ".", ".", "O", 0)),
                List.of(new EntityMention("Guido", "PERSON", 0, 5, 0),
                        new EntityMention("Python", "PRODUCT", 12, 18, 0).resolved("Python", "Python_(programming_language)",
                                List.of())),
                List.of());
        assertEquals("-DOCSTART- -X- -X- O\n\nGuido NNP O B-PERSON\nwrote VBD O O\nPython NNP O B-MISC\n. . O O\n\n",
                export(handmade("p1", "Guido wrote Python.", a)));
    }

    @Test
    void textsWithoutTheEntitiesLayerAreLeftOutAndCounted() throws Exception {
        TextAnnotations a = new TextAnnotations(Set.of(Layer.SENTENCES, Layer.TOKENS), List.of(new Sentence(0, 2, false, null)),
                List.of(new Token(0, 2, "Hi", "UH", "hi", null, 0)), List.of(), List.of());
        Path out = dir.resolve("n.conll");
        try (ExportWriter w = new ConllExporter().open(out.toString(), ExportOptions.defaults())) {
            w.write(handmade("n1", "Hi", a));
            w.commit();
            assertEquals(List.of("1 texts annotated without the entities layer were left out (annotate with "
                    + "--annotators entities to include them)"), w.notes());
        }
        assertEquals("", Files.readString(out), "a thread with no text left writes no document");
    }
}

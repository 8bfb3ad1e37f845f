package org.threadlens.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.threadlens.annotate.EngineInfo;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.ThreadAnnotator;
import org.threadlens.store.RunStart;

/** Which models a run records, by engine, layers and settings. */
class RunModelsTest {
    private static EngineInfo info(Map<String, String> settings) {
        return new EngineInfo("corenlp", "4.5.10", "tokenize", new TreeMap<>(settings));
    }

    private static List<String> ids(String engine, String layers, Map<String, String> settings) {
        return RunModels.of(engine, Layer.parseList(layers), info(settings)).stream().map(RunStart.Model::id).toList();
    }

    @Test
    void coreNlpSentencesAloneUseNoModelFile() {
        assertEquals(List.of(), ids("corenlp", "sentences", Map.of("threadlens.caseless", "false")));
    }

    @Test
    void entitiesUseTheEnglishModelsAndTheCaselessOnesWhenCaselessTextGoesToThem() {
        assertEquals(List.of("corenlp-english"), ids("corenlp", "entities", Map.of("threadlens.caseless", "false")));
        assertEquals(List.of("corenlp-english", "corenlp-english-extra"),
                ids("corenlp", "entities", Map.of("threadlens.caseless", "true")));
        assertEquals(List.of("corenlp-english", "corenlp-english-kbp"),
                ids("corenlp", "entities,links", Map.of("threadlens.caseless", "false")), "links add the link dictionary");
    }

    @Test
    void sentimentAddsTheScorersFilesAndTheLanguageCheckItsModel() {
        assertEquals(List.of("corenlp-english", "opennlp-languages", "vader-lexicon", "vader-emoji-lexicon", "opennlp-sentiment",
                "sentiment-combiner"), ids("corenlp", "sentiment", Map.of(ThreadAnnotator.LANGUAGE_SETTING, "skip")));
    }

    @Test
    void mavenModelsCarryTheDeclaredChecksumAndOwnFilesTheComputedOne() {
        List<RunStart.Model> models = RunModels.of("corenlp", Layer.parseList("sentiment"), info(Map.of()));
        RunStart.Model english = models.get(0);
        assertEquals("edu.stanford.nlp:stanford-corenlp:4.5.10:models declared a5da9f6feb35a0fd2ea2cbe8909bede3952965b238a68c833ae3e031ed9026a0",
                english.coordinates() + " " + english.checksum() + " " + english.sha256());
        RunStart.Model vader = models.get(1);
        assertEquals("threadlens-models/vader_lexicon.txt computed 88645aa949987662301d41a3f26b950f41b239a4de4e0d4aee84857bf242e35d",
                vader.coordinates() + " " + vader.checksum() + " " + vader.sha256(), "the file on the classpath agrees with plugin.xml");
    }

    @Test
    void anotherEngineUsesWhatPluginXmlSaysItRequires() {
        assertEquals(List.of("opennlp-sentences", "opennlp-tokens", "opennlp-pos", "vader-lexicon", "vader-emoji-lexicon"),
                ids("opennlp", "sentences", Map.of()));
    }
}

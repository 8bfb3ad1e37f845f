package org.threadlens.annotate.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.threadlens.annotate.Layer;

/** Which CoreNLP annotators each profile loads for the layers asked (no model is loaded here). */
class CoreNlpPropertiesTest {

    private static Properties properties(String layers, Profile profile, Map<String, String> overrides) {
        return CoreNlpProperties.forLayers(Layer.parseList(layers), profile, overrides);
    }

    private static void assertAnnotators(String expected, String layers, Profile profile) {
        assertEquals(expected, properties(layers, profile, Map.of()).getProperty("annotators"), layers + " with " + profile);
    }

    @Test
    void theFastProfileRunsNeitherTaggerNorParser() {
        assertAnnotators("tokenize,ssplit,ner", "sentences,entities,sentiment", Profile.FAST);
        assertAnnotators("tokenize,ssplit", "sentences,sentiment", Profile.FAST);
        Properties p = properties("entities", Profile.FAST, Map.of());
        assertEquals("false", p.getProperty("enforceRequirements"), "NER's declared need of tags is waived");
        assertNull(p.getProperty("parse.model"));
    }

    @Test
    void partsOfSpeechAndLemmasAreRunWhenAskedFor() {
        assertAnnotators("tokenize,ssplit,pos,ner", "entities,pos", Profile.FAST);
        assertAnnotators("tokenize,ssplit,pos,lemma,ner", "entities,lemmas", Profile.FAST);
        assertNull(properties("entities,pos", Profile.FAST, Map.of()).getProperty("enforceRequirements"));
    }

    @Test
    void syntaxAddsTheTaggerAndLastTheDependencyParserInEveryProfile() {
        assertAnnotators("tokenize,ssplit,pos,ner,depparse", "entities,syntax", Profile.FAST);
        assertAnnotators("tokenize,ssplit,pos,lemma,depparse", "lemmas,syntax", Profile.FAST);
        assertAnnotators("tokenize,ssplit,pos,ner,parse,sentiment,depparse", "entities,sentiment,syntax", Profile.BALANCED);
        assertAnnotators("tokenize,ssplit,pos,lemma,ner,parse,sentiment,depparse", "entities,sentiment,syntax",
                Profile.ACCURATE);
        assertTrue(Layer.parseList("syntax").contains(Layer.POS), "syntax needs parts of speech");
        assertEquals(Profile.UD_PARSER, properties("syntax", Profile.ACCURATE, Map.of()).getProperty("depparse.model"),
                "the run's settings name the parser's model");
    }

    @Test
    void timeExpressionsBringTheTaggerAndLemmatizerNerReads() {
        Properties p = properties("entities", Profile.FAST, Map.of("ner.useSUTime", "true"));
        assertEquals("tokenize,ssplit,pos,lemma,ner", p.getProperty("annotators"));
        assertEquals("true", p.getProperty("ner.applyNumericClassifiers"));
    }

    @Test
    void onlyNerRulesGetATimeLimitWhichCostsAThreadPerText() {
        for (Profile profile : new Profile[] {Profile.FAST, Profile.BALANCED}) {
            Properties p = properties("sentences,entities,sentiment", profile, Map.of());
            assertTrue(p.stringPropertyNames().stream().noneMatch(k -> k.endsWith(".maxtime")), profile + ": " + p);
        }
        assertEquals(Integer.toString(Profile.RULES_MAXTIME_MS),
                properties("entities", Profile.FAST, Map.of("ner.useSUTime", "true")).getProperty("ner.maxtime"));
        assertEquals(Integer.toString(Profile.RULES_MAXTIME_MS),
                properties("entities", Profile.BALANCED, Map.of("ner.applyFineGrained", "true")).getProperty("ner.maxtime"));
        assertEquals("500", properties("entities", Profile.FAST, Map.of("ner.useSUTime", "true", "ner.maxtime", "500"))
                .getProperty("ner.maxtime"), "the user's own limit stands");
    }

    @Test
    void theBalancedProfileParsesWithTheShiftReduceParser() {
        Properties p = properties("sentences,entities,sentiment", Profile.BALANCED, Map.of());
        assertEquals("tokenize,ssplit,pos,ner,parse,sentiment", p.getProperty("annotators"));
        assertEquals(Profile.SR_PARSER, p.getProperty("parse.model"));
        assertEquals(Integer.toString(Profile.MAXLEN), p.getProperty("parse.maxlen"));
        assertEquals(Profile.NER_MODELS, p.getProperty("ner.model"));
        assertTrue(Profile.BALANCED.selectiveParsing());
    }

    @Test
    void theAccurateProfileIsCoreNlpsDefaultPipeline() {
        Properties p = properties("sentences,entities,sentiment", Profile.ACCURATE, Map.of());
        assertEquals("tokenize,ssplit,pos,lemma,ner,parse,sentiment", p.getProperty("annotators"));
        assertEquals(1, p.size(), "nothing but the annotators: CoreNLP's own defaults");
    }

    @Test
    void theCaselessVariantSwapsOnlyTheModelsThatRun() {
        Properties fast = CoreNlpProperties.caseless(properties("entities,sentiment", Profile.FAST, Map.of()));
        assertEquals(CoreNlpProperties.CASELESS_NER_TWO, fast.getProperty("ner.model"));
        assertNull(fast.getProperty("pos.model"));
        assertNull(fast.getProperty("parse.model"));
        Properties syntax = CoreNlpProperties.caseless(properties("syntax", Profile.FAST, Map.of()));
        assertEquals(CoreNlpProperties.CASELESS_POS, syntax.getProperty("pos.model"));
        assertNull(syntax.getProperty("parse.model"), "depparse is not the constituency parser");
    }

    @Test
    void anUnknownProfileIsAnsweredWithTheKnownOnes() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Profile.fromWireName("fastest"));
        assertEquals("unknown profile 'fastest': known profiles are fast, balanced, accurate", e.getMessage());
    }
}

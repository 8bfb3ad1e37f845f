package org.threadlens.entity.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link EntityLinker}, with the dictionary's real entries for the examples. */
class EntityLinkerTest {
    /** A dictionary of rows {@code surface<TAB>article<TAB>score}, as wikidict writes them. */
    private static final class TinyDictionary implements LinkDictionary {
        private final Map<String, Candidate> entries = new HashMap<>();
        private final Set<String> articles = new HashSet<>();

        TinyDictionary(String... rows) {
            for (String row : rows) {
                String[] f = row.split("\t");
                entries.put(f[0], new Candidate(f[1], Double.parseDouble(f[2])));
                articles.add(f[1]);
            }
        }

        TinyDictionary withArticle(String title) {
            articles.add(title);
            return this;
        }

        @Override
        public Optional<Candidate> lookup(String surface) {
            return Optional.ofNullable(entries.get(surface));
        }

        @Override
        public boolean hasArticle(String title) {
            return articles.contains(title);
        }
    }

    private static final TinyDictionary WIKIDICT = new TinyDictionary(
            "Reddit\tReddit\t0.995652", "Python\tPython_(programming_language)\t0.810456",
            "python\tPythonidae\t0.45068",
            "Bone\tBone_(comics)\t0.448413", "Ken Bone\tKen_Bone\t1.0", "Ilya\tILYA\t0.462687",
            "trump\tTrump_(card_games)\t0.319149", "Trump\tDonald_Trump\t0.511013",
            "Donald Trump\tDonald_Trump\t0.991515", "San Francisco\tSanta_Monica,_California\t0.956032",
            "Obama\tBarack_Obama\t0.944318", "Go\tGo_(game)\t0.289785", "Chris Hardwick\tChris_Hardwick\t0.962025",
            "NASA\tNASA\t0.98", "Sutskever\tIlya_Sutskever\t0.95", "Mercury\tMercury_(disambiguation)\t0.6",
            "Pokemon\tList_of_Pokémon\t0.7", "Avatar\tAvatar_(2009_film)\t0.92", "Kanye\tKanye_(rapper)\t0.9",
            "Jordan\tJordan_(footballer,_born_1990)\t0.9", "Queen\tQueen_(band)\t0.95",
            "Open AI\tOpenAI\t0.9", "OpenAI\tOpen_(album)\t0.9", "Ken B\tKen_Bone\t0.51", "Ken Bo\tKen_Bone\t0.49");

    private final EntityLinker linker = new EntityLinker(WIKIDICT, EntityLinker.Options.defaults());

    private static void assertDecides(EntityLinker linker, LinkQuery query, LinkDecision.Reason reason, String title) {
        LinkDecision d = linker.decide(query);
        assertEquals(reason, d.reason(), query + " → " + d);
        assertEquals(title, d.title(), query + " → " + d);
    }

    private void assertLinks(String name, String type, String title) {
        assertDecides(linker, LinkQuery.of(name, type), LinkDecision.Reason.LINKED, title);
    }

    private void assertUnlinked(LinkQuery query, LinkDecision.Reason reason) {
        assertDecides(linker, query, reason, null);
    }

    private void assertUnlinked(String name, String type, LinkDecision.Reason reason) {
        assertUnlinked(LinkQuery.of(name, type), reason);
    }

    @Test
    void namesOfEveryKindLink() {
        assertLinks("Reddit", "ORGANIZATION", "Reddit");
        assertDecides(linker, LinkQuery.of("Python", "PRODUCT"), LinkDecision.Reason.TYPED_TITLE,
                "Python_(programming_language)");
        assertLinks("Ken Bone", "PERSON", "Ken_Bone");
        assertLinks("Donald Trump", "PERSON", "Donald_Trump");
        assertLinks("Chris Hardwick", "PERSON", "Chris_Hardwick");
    }

    @Test
    void aOneWordPersonLinksOnlyToAPersonOfThatSurname() {
        EntityLinker linker = new EntityLinker(new TinyDictionary("Obama\tBarack_Obama\t0.94",
                "Christ\tChrist\t0.95", "Wale\tWale_(rapper)\t0.93", "Kathie\tKathie_Lee_Gifford\t1.0"),
                EntityLinker.Options.defaults());
        assertDecides(linker, LinkQuery.of("Obama", "PERSON"), LinkDecision.Reason.LINKED, "Barack_Obama");
        assertDecides(linker, LinkQuery.of("Wale", "PERSON"), LinkDecision.Reason.LINKED, "Wale_(rapper)");
        assertDecides(linker, LinkQuery.of("Christ", "PERSON"), LinkDecision.Reason.ONE_NAME, null);
        assertDecides(linker, LinkQuery.of("Kathie", "PERSON"), LinkDecision.Reason.ONE_NAME, null);
    }

    @Test
    void aMixedCaseWordIsNotItsCapitalisedNamesake() {
        EntityLinker linker = new EntityLinker(new TinyDictionary("iOS\tCisco_IOS\t1.0"), EntityLinker.Options.defaults());
        assertDecides(linker, LinkQuery.of("iOS", "MISC"), LinkDecision.Reason.CASE_MISMATCH, null);
    }

    @Test
    void onlyNamedEntityTypesAreLinked() {
        assertUnlinked("Reddit", "USER", LinkDecision.Reason.TYPE_NOT_LINKED);
        assertUnlinked("2016", "DATE", LinkDecision.Reason.TYPE_NOT_LINKED);
        assertUnlinked("Obama", "NATIONALITY", LinkDecision.Reason.TYPE_NOT_LINKED);
        assertLinks("Reddit", "CITY", "Reddit");
        assertEquals("LOCATION", EntityLinker.coarseType("STATE_OR_PROVINCE"));
    }

    @Test
    void aLowerCaseNameIsNotLookedUp() {
        assertUnlinked("trump", "PERSON", LinkDecision.Reason.LOWER_CASE);
        assertUnlinked(new LinkQuery("python", "MISC", List.of("python")), LinkDecision.Reason.LOWER_CASE);
    }

    @Test
    void theFullestNameIsLookedUpFirst() {
        LinkDecision d = linker.decide(new LinkQuery("Ken Bone", "PERSON", List.of("Bone", "Ken")));
        assertEquals("Ken_Bone", d.title());
        assertEquals("Ken Bone", d.surface());
    }

    @Test
    void withoutAnEntryForTheNameTheLongestOtherCapitalisedFormIsTried() {
        LinkDecision d = linker.decide(
                new LinkQuery("Open AI Inc", "ORGANIZATION", List.of("OpenAI", "openai", "Open AI")));
        assertEquals("OpenAI", d.title());
        assertEquals("Open AI", d.surface());
        assertEquals(LinkDecision.Reason.NO_ENTRY, linker.decide(LinkQuery.of("New Reddit", "MISC")).reason());
    }

    @Test
    void aOneWordFormOfAPersonIsTriedOnlyAsTheFullestName() {
        assertUnlinked(new LinkQuery("Ilya Sutskever", "PERSON", List.of("Ilya", "Sutskever")),
                LinkDecision.Reason.NO_ENTRY);
        assertLinks("Sutskever", "PERSON", "Ilya_Sutskever");
    }

    @Test
    void disambiguationPagesAndListsAreNotEntities() {
        assertUnlinked("Mercury", "MISC", LinkDecision.Reason.NOT_AN_ENTITY);
        assertUnlinked("Pokemon", "MISC", LinkDecision.Reason.NOT_AN_ENTITY);
    }

    @Test
    void anAllCapitalsTitleNeedsAnAllCapitalsSurface() {
        assertUnlinked("Ilya", "PERSON", LinkDecision.Reason.CASE_MISMATCH);
        assertLinks("NASA", "ORGANIZATION", "NASA");
    }

    @Test
    void theTitlesNameMustShareAWordWithTheSurface() {
        assertUnlinked("San Francisco", "LOCATION", LinkDecision.Reason.NAME_MISMATCH);
        assertLinks("Obama", "PERSON", "Barack_Obama");
        assertTrue(TitleMatch.sharesWord("Obama's", "Barack_Obama"));
        assertTrue(TitleMatch.sharesWord("Pokemon", "Pokémon_(anime)"));
        assertTrue(TitleMatch.sharesWord("Hacker-News", "Hacker_News"));
        assertTrue(TitleMatch.sharesWord("Open AI", "OpenAI"), "the same words written together");
        assertFalse(TitleMatch.sharesWord("The Donald", "The_Beatles"), "stop words tie nothing");
        assertFalse(TitleMatch.sharesWord("Python", "Pythonidae"), "words, not prefixes");
    }

    @Test
    void aRejectedNameOfTwoWordsThatIsItselfAnArticleLinksToIt() {
        TinyDictionary d = new TinyDictionary("San Francisco\tSanta_Monica,_California\t0.956032",
                "Paris\tÎle-de-France\t0.6").withArticle("San_Francisco").withArticle("Paris");
        EntityLinker withArticle = new EntityLinker(d, EntityLinker.Options.defaults());
        LinkDecision sf = withArticle.decide(LinkQuery.of("San Francisco", "LOCATION"));
        assertEquals(new LinkDecision("San_Francisco", LinkDecision.Reason.EXACT_TITLE, "San Francisco",
                "Santa_Monica,_California", 0.956032), sf);
        assertDecides(withArticle, LinkQuery.of("Paris", "LOCATION"), LinkDecision.Reason.NAME_MISMATCH, null);
    }

    @Test
    void theTitlesKindMustSuitTheEntitysType() {
        LinkDecision bone = linker.decide(LinkQuery.of("Bone", "PERSON"));
        assertEquals(new LinkDecision(null, LinkDecision.Reason.TYPE_MISMATCH, "Bone", "Bone_(comics)", 0.448413),
                bone);
        assertUnlinked("Avatar", "LOCATION", LinkDecision.Reason.TYPE_MISMATCH);
        assertUnlinked("Kanye", "ORGANIZATION", LinkDecision.Reason.TYPE_MISMATCH);
        assertUnlinked("Jordan", "PRODUCT", LinkDecision.Reason.TYPE_MISMATCH);
        assertLinks("Queen", "ORGANIZATION", "Queen_(band)");
        assertLinks("Avatar", "MISC", "Avatar_(2009_film)");
        assertUnlinked("Queen", "PERSON", LinkDecision.Reason.TYPE_MISMATCH);
    }

    @Test
    void scoresBelowTheMinimumForTheNamesLengthAndTypeAreNotLinked() {
        assertUnlinked("Go", "MISC", LinkDecision.Reason.LOW_SCORE);
        assertUnlinked("Trump", "PERSON", LinkDecision.Reason.LOW_SCORE);
        assertLinks("Ken B", "PERSON", "Ken_Bone");
        assertUnlinked("Ken Bo", "PERSON", LinkDecision.Reason.LOW_SCORE);
        assertUnlinked("Python", "MISC", LinkDecision.Reason.LOW_SCORE);
        EntityLinker lenient = new EntityLinker(WIKIDICT, new EntityLinker.Options(0.3, 0.5, 0.5));
        assertDecides(lenient, LinkQuery.of("Trump", "PERSON"), LinkDecision.Reason.LINKED, "Donald_Trump");
        assertThrows(IllegalArgumentException.class, () -> new EntityLinker.Options(0.3, 1.5, 0.75));
    }

    @Test
    void aDecisionCarriesATitleExactlyWhenItLinks() {
        assertThrows(IllegalArgumentException.class,
                () -> new LinkDecision(null, LinkDecision.Reason.LINKED, "Reddit", "Reddit", 1.0));
        assertThrows(IllegalArgumentException.class,
                () -> new LinkDecision("Reddit", LinkDecision.Reason.LOW_SCORE, "Reddit", "Reddit", 0.1));
        assertThrows(IllegalArgumentException.class,
                () -> new LinkDecision("Ken Bone", LinkDecision.Reason.LINKED, "Ken Bone", "Ken_Bone", 1.0));
        assertEquals("name-mismatch", LinkDecision.Reason.NAME_MISMATCH.wireName());
    }
}

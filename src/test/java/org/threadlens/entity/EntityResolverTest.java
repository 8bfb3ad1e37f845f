package org.threadlens.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.threadlens.annotate.EntityMention;
import org.threadlens.annotate.ThreadAnnotations;

/** Resolution over whole threads, each test one thread as the engine left it. */
class EntityResolverTest {
    private static final EntityResolver RESOLVER = new EntityResolver(null);

    /** "text/TYPE→entity" for every mention of the resolved thread, in order. */
    private static List<String> resolve(ResolvedThread thread) {
        ThreadAnnotations resolved = RESOLVER.refine(thread.annotations());
        return ResolvedThread.mentions(resolved).stream()
                .map(m -> m.text() + "/" + m.type() + (m.entity() == null ? "" : "→" + m.entity())
                        + (m.ambiguous().isEmpty() ? "" : " ?" + m.ambiguous()))
                .toList();
    }

    @Test
    void aNicknameAFullNameAndASurnameAreOnePerson() {
        assertEquals(List.of("Ken Bone/PERSON→Ken Bone", "Kenneth Bone/PERSON→Ken Bone", "Bone/PERSON→Ken Bone",
                        "Ken Bone/PERSON→Ken Bone"),
                resolve(new ResolvedThread()
                        .comment("a", "I love [Ken Bone|PERSON] and his sweater.")
                        .comment("b", "[Kenneth Bone|PERSON] is his name.")
                        .comment("c", "[Bone|PERSON] for president!")
                        .comment("d", "[Ken Bone|PERSON] again.")));
    }

    @Test
    void aFirstNameSharedByTwoFullNamesStaysApartAndSaysSo() {
        assertEquals(List.of("Chris Hardwick/PERSON→Chris Hardwick", "Chris Pratt/PERSON→Chris Pratt",
                        "Chris/PERSON→Chris ?[Chris Hardwick, Chris Pratt]"),
                resolve(new ResolvedThread()
                        .comment("a", "[Chris Hardwick|PERSON] hosts it.")
                        .comment("b", "Not [Chris Pratt|PERSON] though.")
                        .comment("c", "[Chris|PERSON] is great.")));
    }

    @Test
    void theThreadVotesOneTypeForAName() {
        assertEquals(List.of("Reddit/ORGANIZATION→Reddit", "Reddit/ORGANIZATION→Reddit", "reddit/ORGANIZATION→Reddit"),
                resolve(new ResolvedThread()
                        .comment("a", "[Reddit|ORGANIZATION] is down.")
                        .comment("b", "[Reddit|LOCATION] was down yesterday too.")
                        .comment("c", "I blame [reddit|ORGANIZATION] admins.")));
    }

    @Test
    void withoutAClearMajorityEachMentionKeepsItsType() {
        assertEquals(List.of("Jordan/PERSON→Jordan", "Jordan/LOCATION→Jordan"),
                resolve(new ResolvedThread()
                        .comment("a", "[Jordan|PERSON] scored 40.")
                        .comment("b", "I flew to [Jordan|LOCATION] last week.")));
    }

    @Test
    void aNameTheEngineMissedElsewhereInTheThreadIsFound() {
        assertEquals(List.of("Bone/PERSON→Bone", "Bone/PERSON→Bone"),
                resolve(new ResolvedThread()
                        .comment("a", "[Bone|PERSON] wore red.")
                        .comment("b", "I met Bone once.")));
    }

    @Test
    void interjectionsUrlsAndLowerCaseCommonNounsAreNotNames() {
        assertEquals(List.of(),
                resolve(new ResolvedThread()
                        .comment("a", "[Welp|PERSON], that happened. [LMAO|ORGANIZATION]")
                        .comment("b", "[Source - https://www.reddit.com/r/ireland/comments/x|PERSON] has it.")
                        .comment("c", "My rose [bush|PERSON] died.")));
    }

    @Test
    void aLowerCaseNameInAnAllLowerCaseTextStands() {
        assertEquals(List.of("bush/PERSON→bush"), resolve(new ResolvedThread().comment("a", "i voted for [bush|PERSON]")));
    }

    @Test
    void laughterAndEmojiAtTheEndsOfANameAreTrimmed() {
        assertEquals(List.of("Mariah/PERSON→Mariah", "Morty/PERSON→Morty"),
                resolve(new ResolvedThread()
                        .comment("a", "[Mariah hahahaha|PERSON] is the best")
                        .comment("b", "[Morty 😂|PERSON] Wow.")));
    }

    @Test
    void aGivenNameTheEngineMissedIsAPerson() {
        assertEquals(List.of("Michelle/PERSON→Michelle"), resolve(new ResolvedThread().comment("a", "Michelle is so pretty.")));
    }

    @Test
    void aUserMentionAndTheAuthorItNamesAreOneParticipant() {
        assertEquals(List.of("u/ken_bone_2016/USER→u/Ken_Bone_2016", "ken_bone_2016/USER→u/Ken_Bone_2016"),
                resolve(new ResolvedThread()
                        .comment("Ken_Bone_2016", "AMA!")
                        .comment("a", "Thanks [u/ken_bone_2016|USER]!")
                        .comment("b", "[ken_bone_2016|PERSON] rocks")));
    }

    @Test
    void numbersAndTimesPassThroughUnresolved() {
        List<EntityMention> out = ResolvedThread.mentions(RESOLVER.refine(
                new ResolvedThread().comment("a", "It cost [5 dollars|MONEY].").annotations()));
        assertEquals(1, out.size());
        assertNull(out.get(0).entity());
    }

    @Test
    void theCountsSayWhatChanged() {
        EntityResolver resolver = new EntityResolver(null);
        resolver.refine(new ResolvedThread().comment("a", "[Welp|PERSON], [Mariah haha|PERSON] and Michelle too.").annotations());
        Map<String, Long> counts = resolver.counts().asMap().entrySet().stream().filter(e -> e.getValue() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertEquals(Map.of("dropped.interjection", 1L, "trimmed", 1L, "recalled", 1L), counts);
    }
}

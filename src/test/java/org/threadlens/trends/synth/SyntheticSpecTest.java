package org.threadlens.trends.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadlens.trends.synth.SyntheticSpec.EntityTurn;
import org.threadlens.trends.synth.SyntheticSpec.MoodShift;

class SyntheticSpecTest {
    private static final SyntheticSpec DEFAULTS = SyntheticSpec.defaults(1, 1000);

    @Test
    void theDefaultsPlantAShiftInTheFirstCommunityAndATeslaTurn() {
        assertEquals(List.of("news", "science", "gaming"), DEFAULTS.communities());
        assertEquals(DayOfWeek.MONDAY, DEFAULTS.start().getDayOfWeek());
        assertEquals(8, DEFAULTS.weeks());
        assertEquals(new MoodShift("news", 3, -0.30), DEFAULTS.moodShift());
        assertEquals(new EntityTurn("Tesla", 5, 0.30, -0.30), DEFAULTS.entityTurn());
        assertEquals("mood shift: news from week 3, +0.10 -> -0.20; entity turn: Tesla from week 5, +0.30 -> -0.30",
                DEFAULTS.describeChanges());
    }

    @Test
    void weeksStartOnTheStartDayAndTheMoodShiftsFromItsWeek() {
        long start = DEFAULTS.startEpochSecond();
        assertEquals(1_767_571_200L, start, "2026-01-05T00:00Z");
        assertEquals(1, DEFAULTS.week(start));
        assertEquals(1, DEFAULTS.week(start + SyntheticSpec.WEEK_SECONDS - 1));
        assertEquals(3, DEFAULTS.week(start + 2 * SyntheticSpec.WEEK_SECONDS));
        assertEquals(start + 8 * SyntheticSpec.WEEK_SECONDS, DEFAULTS.endEpochSecond());
        assertEquals(0.10, DEFAULTS.mood("news", 2), 1e-12);
        assertEquals(-0.20, DEFAULTS.mood("news", 3), 1e-12);
        assertEquals(0.10, DEFAULTS.mood("science", 8), 1e-12);
        assertEquals(0.30, DEFAULTS.entitySentiment("Tesla", 4));
        assertEquals(-0.30, DEFAULTS.entitySentiment("Tesla", 5));
        assertEquals(0.0, DEFAULTS.entitySentiment("NASA", 5));
    }

    @Test
    void aShortCorpusHasItsChangesInItsLastWeek() {
        SyntheticSpec two = SyntheticSpec.of(1, 10, List.of("a", "b"), 2);
        assertEquals(new MoodShift("a", 2, -0.30), two.moodShift());
        assertEquals(2, two.entityTurn().fromWeek());
    }

    @Test
    void sizesAndCommunitiesAreChecked() {
        assertRefused("comments is 0: at least 1 expected", () -> SyntheticSpec.defaults(1, 0));
        assertRefused("weeks is 0: at least 1 expected", () -> SyntheticSpec.of(1, 10, List.of("a"), 0));
        assertRefused("expected one or more distinct, non-blank names", () -> SyntheticSpec.of(1, 10, List.of(), 8));
        assertRefused("expected one or more distinct, non-blank names", () -> SyntheticSpec.of(1, 10, List.of("a", "a"), 8));
        assertRefused("expected one or more distinct, non-blank names", () -> SyntheticSpec.of(1, 10, List.of(" "), 8));
    }

    @Test
    void theChangesMustHappenInTheCorpusToAnEntityItMentions() {
        assertRefused("mood shift community 'sports' is not one of [news, science, gaming]",
                () -> withShift(new MoodShift("sports", 3, -0.3)));
        assertRefused("mood shift starts in week 9: expected a week from 1 to 8", () -> withShift(new MoodShift("news", 9, -0.3)));
        assertRefused("entity turn starts in week 0", () -> withTurn(new EntityTurn("Tesla", 0, 0.3, -0.3)));
        assertRefused("entity turn: unknown entity 'Acme'", () -> withTurn(new EntityTurn("Acme", 5, 0.3, -0.3)));
    }

    @Test
    void plannedMeansStayWithinPointThreeSoThatNoScoreIsClamped() {
        assertRefused("baseline + mood shift delta is -0.5", () -> withShift(new MoodShift("news", 3, -0.6)));
        assertRefused("entity turn's sentiment after is -0.4", () -> withTurn(new EntityTurn("Tesla", 5, 0.3, -0.4)));
        assertRefused("baseline is 0.35", () -> new SyntheticSpec(1, 10, DEFAULTS.communities(), DEFAULTS.start(), 8, 0.35,
                new MoodShift("news", 3, -0.3), DEFAULTS.entityTurn()));
        SyntheticSpec edge = withShift(new MoodShift("news", 3, -0.4));
        assertEquals(-0.3, edge.mood("news", 3), 1e-12, "0.1 - 0.4 is -0.30000000000000004, still allowed");
    }

    private static SyntheticSpec withShift(MoodShift shift) {
        return new SyntheticSpec(1, 10, DEFAULTS.communities(), DEFAULTS.start(), 8, 0.10, shift, DEFAULTS.entityTurn());
    }

    private static SyntheticSpec withTurn(EntityTurn turn) {
        return new SyntheticSpec(1, 10, DEFAULTS.communities(), DEFAULTS.start(), 8, 0.10, DEFAULTS.moodShift(), turn);
    }

    private static void assertRefused(String message, org.junit.jupiter.api.function.Executable make) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, make);
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}

package org.threadlens.entity.link;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What kind of thing an article is, as far as its title's disambiguator says: {@code Bone_(comics)} is a work,
 * {@code Santa_Monica,_California} a place, {@code Reddit} says nothing ({@link #UNKNOWN}).
 *
 * <p>The parenthetical's first comma-separated part is read as a noun phrase: the whole phrase is looked up first
 * ({@code programming language}, {@code TV series}), then its last word, the head noun ({@code 2016 film} → film,
 * {@code footballer, born 1990} → footballer, {@code film director} → director). A comma disambiguator
 * ({@code , California}) is a place. Words not in the tables leave the kind unknown, which never rejects a link.
 */
public enum TitleKind {
    PERSON, PLACE, ORGANIZATION, WORK, DISAMBIGUATION, UNKNOWN;

    private static final Map<TitleKind, Set<String>> WORDS = Map.of(
            PERSON, Set.of("politician", "actor", "actress", "singer", "musician", "rapper", "footballer",
                    "comedian", "writer", "author", "businessman", "businesswoman", "journalist", "youtuber",
                    "entrepreneur", "director", "producer", "artist", "painter", "poet", "novelist", "composer",
                    "guitarist", "drummer", "bassist", "pianist", "athlete", "boxer", "wrestler", "cricketer",
                    "basketball player", "baseball player", "tennis player", "ice hockey", "player", "coach",
                    "manager", "scientist", "physicist", "chemist", "mathematician", "economist", "philosopher",
                    "historian", "engineer", "programmer", "computer scientist", "judge", "lawyer", "bishop",
                    "priest", "soldier", "general", "officer", "presenter", "broadcaster", "host", "model",
                    "dancer", "chef", "designer", "photographer", "activist", "executive", "investor", "podcaster",
                    "personality", "television personality", "internet personality", "streamer", "cyclist",
                    "swimmer", "racing driver", "golfer", "skier", "sprinter", "footballer born", "born",
                    "person", "king", "queen", "emperor", "saint", "prophet"),
            PLACE, Set.of("city", "state", "county", "river", "country", "town", "village", "province", "region",
                    "district", "island", "islands", "mountain", "lake", "municipality", "borough", "neighborhood",
                    "neighbourhood", "parish", "township", "valley", "bay", "peninsula", "commune", "suburb",
                    "u.s. state", "australia", "canada", "england", "france", "germany", "india", "italy",
                    "new york", "california", "texas", "london", "volcano", "crater", "planet", "moon", "star"),
            ORGANIZATION, Set.of("company", "band", "organization", "organisation", "party", "website", "group",
                    "corporation", "club", "football club", "fc", "team", "magazine", "newspaper", "publisher",
                    "label", "record label", "university", "school", "college", "agency", "airline", "brand",
                    "retailer", "restaurant", "bank", "studio", "developer", "network", "channel", "tv channel",
                    "radio station", "political party", "foundation", "charity", "union", "duo", "trio"),
            WORK, Set.of("programming language", "software", "video game", "game", "games", "film", "album",
                    "song", "tv series", "series", "novel", "comics", "comic", "card games", "card game", "play",
                    "musical", "opera", "book", "poem", "painting", "sculpture", "single", "ep", "soundtrack",
                    "episode", "miniseries", "manga", "anime", "web series", "board game", "operating system",
                    "web browser", "app", "application", "language", "framework", "library", "protocol", "file format",
                    "computing", "programming", "unix", "car", "automobile", "aircraft", "ship", "rocket",
                    "spacecraft", "product", "console", "device", "phone", "character", "fictional character",
                    "marvel comics", "dc comics", "star wars", "star trek", "magazine issue", "short story",
                    "short film", "documentary", "tv program", "tv programme", "radio", "band album"),
            DISAMBIGUATION, Set.of("disambiguation", "surname", "name", "given name", "first name"));

    /** The kind of an article title ({@code Bone_(comics)} → {@link #WORK}); {@link #UNKNOWN} when it cannot tell. */
    public static TitleKind of(String title) {
        String paren = parenthetical(title);
        if (paren != null) {
            String phrase = paren.split(",", 2)[0].replace('_', ' ').trim().toLowerCase(Locale.ROOT);
            TitleKind whole = byWord(phrase);
            if (whole != UNKNOWN) {
                return whole;
            }
            return byWord(phrase.substring(phrase.lastIndexOf(' ') + 1));
        }
        return title.contains(",_") ? PLACE : UNKNOWN;
    }

    /** The inside of a title's trailing parenthetical ({@code 2016_film}), or null when it has none. */
    static String parenthetical(String title) {
        int open = title.lastIndexOf("_(");
        return open > 0 && title.endsWith(")") ? title.substring(open + 2, title.length() - 1) : null;
    }

    private static TitleKind byWord(String word) {
        for (Map.Entry<TitleKind, Set<String>> e : WORDS.entrySet()) {
            if (e.getValue().contains(word)) {
                return e.getKey();
            }
        }
        return UNKNOWN;
    }
}

package org.threadlens.entity.eval;

import java.util.Locale;
import java.util.Map;

/**
 * The mapping between WNUT-17's entity types and CoreNLP's, used to compare them:
 * person → PERSON; location → LOCATION; corporation and group → ORGANIZATION; product and creative-work →
 * MISC; ThreadLens's PRODUCT (software, languages, devices, games) → MISC. CoreNLP's fine-grained types (when a user turns them on) fold into their coarse type: CITY,
 * STATE_OR_PROVINCE, COUNTRY → LOCATION; NATIONALITY, RELIGION, IDEOLOGY, TITLE, CAUSE_OF_DEATH,
 * CRIMINAL_CHARGE, URL, EMAIL, numbers and times → not compared. WNUT-17 has no type for nationalities,
 * languages or religions and leaves them unlabelled (23 of the 26 occurrences of "Chinese", "French",
 * "English", "American", "Muslim", ... in its train and dev splits are O), so a NATIONALITY or RELIGION
 * ThreadLens gives ("Chinese", from its gazetteer) is neither right nor wrong there. ThreadLens's USER and COMMUNITY mentions
 * are not WNUT entities and are not compared.
 */
public final class EntityTypes {
    private static final Map<String, String> WNUT = Map.of(
            "person", "PERSON", "location", "LOCATION", "corporation", "ORGANIZATION", "group", "ORGANIZATION",
            "product", "MISC", "creative-work", "MISC");
    private static final Map<String, String> CORENLP = Map.ofEntries(
            Map.entry("PERSON", "PERSON"), Map.entry("LOCATION", "LOCATION"), Map.entry("ORGANIZATION", "ORGANIZATION"),
            Map.entry("MISC", "MISC"), Map.entry("PRODUCT", "MISC"), Map.entry("CITY", "LOCATION"), Map.entry("STATE_OR_PROVINCE", "LOCATION"),
            Map.entry("COUNTRY", "LOCATION"));

    private EntityTypes() {
    }

    /** The compared type of a WNUT type, or null if WNUT has no such type. */
    public static String ofWnut(String wnutType) {
        return WNUT.get(wnutType.toLowerCase(Locale.ROOT));
    }

    /** The compared type of a CoreNLP type, or null if it is not compared. */
    public static String ofCoreNlp(String type) {
        return CORENLP.get(type);
    }
}

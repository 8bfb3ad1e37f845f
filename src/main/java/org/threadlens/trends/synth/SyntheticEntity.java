package org.threadlens.trends.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An entity synthetic texts mention: its name (the surface form and the resolved entity name alike), type,
 * English Wikipedia title (null: not linked) and the probability that a text mentions it.
 *
 * @param probability in (0, 1): each text mentions the entity with this probability, independently of the others
 *                    (at most {@link SyntheticText#MAX_MENTIONS} per text)
 */
public record SyntheticEntity(String name, String type, String link, double probability) {
    /** The probability of the most mentioned entity; the k-th (from 0) has {@code FIRST / (k+1)^ZIPF}. */
    static final double FIRST = 0.08;
    static final double ZIPF = 0.9;

    /** The entities of every synthetic corpus, most mentioned first: nine linked, three not. */
    public static final List<SyntheticEntity> CATALOG = catalog(
            "Tesla", "ORGANIZATION", "Tesla,_Inc.",
            "Elon Musk", "PERSON", "Elon_Musk",
            "Python", "PRODUCT", "Python_(programming_language)",
            "NASA", "ORGANIZATION", "NASA",
            "Paris", "LOCATION", "Paris",
            "Reddit", "ORGANIZATION", "Reddit",
            "Bob's Garage", "ORGANIZATION", null,
            "Taylor Swift", "PERSON", "Taylor_Swift",
            "Germany", "LOCATION", "Germany",
            "Mrs Patel", "PERSON", null,
            "Linux", "PRODUCT", "Linux",
            "Maple Street Bakery", "ORGANIZATION", null);

    public SyntheticEntity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (!(probability > 0 && probability < 1)) {
            throw new IllegalArgumentException("entity " + name + ": probability " + probability + " outside (0, 1)");
        }
    }

    /** The catalogue's entity of this name, if there is one. */
    public static Optional<SyntheticEntity> named(String name) {
        return CATALOG.stream().filter(e -> e.name.equals(name)).findFirst();
    }

    private static List<SyntheticEntity> catalog(String... fields) {
        List<SyntheticEntity> out = new ArrayList<>();
        for (int i = 0; i < fields.length; i += 3) {
            int rank = i / 3;
            out.add(new SyntheticEntity(fields[i], fields[i + 1], fields[i + 2], FIRST / Math.pow(rank + 1, ZIPF)));
        }
        return List.copyOf(out);
    }
}

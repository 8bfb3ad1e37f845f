package org.threadlens.entity.link;

import java.util.List;

/** The linker's decisions for the names of issue #21's by-hand check, printed by {@link RealIndexCheck}. */
final class RealLinkDecisions {
    private static final List<LinkQuery> QUERIES = List.of(
            LinkQuery.of("Reddit", "ORGANIZATION"), LinkQuery.of("Python", "MISC"), LinkQuery.of("Java", "MISC"),
            LinkQuery.of("San Francisco", "LOCATION"), LinkQuery.of("Bone", "PERSON"),
            new LinkQuery("Ken Bone", "PERSON", List.of("Bone", "Ken")), LinkQuery.of("Ilya", "PERSON"),
            new LinkQuery("Ilya Sutskever", "PERSON", List.of("Ilya", "Sutskever")), LinkQuery.of("trump", "PERSON"),
            LinkQuery.of("Trump", "PERSON"), new LinkQuery("Donald Trump", "PERSON", List.of("Trump", "trump")),
            LinkQuery.of("Chris", "PERSON"), new LinkQuery("Chris Hardwick", "PERSON", List.of("Chris")),
            LinkQuery.of("Digg", "ORGANIZATION"), LinkQuery.of("New Reddit", "MISC"),
            LinkQuery.of("Hacker News", "ORGANIZATION"), LinkQuery.of("Rust", "MISC"), LinkQuery.of("Go", "MISC"),
            LinkQuery.of("Linux", "PRODUCT"), LinkQuery.of("YouTube", "ORGANIZATION"),
            LinkQuery.of("Paris", "LOCATION"), LinkQuery.of("Obama", "PERSON"));

    private RealLinkDecisions() {
    }

    static void print(LinkDictionary dictionary) {
        EntityLinker linker = new EntityLinker(dictionary, EntityLinker.Options.defaults());
        for (LinkQuery q : QUERIES) {
            LinkDecision d = linker.decide(q);
            System.out.printf("| %s | %s | %s | %s | %s | %s |%n", q.name(), q.type(),
                    d.title() == null ? "—" : d.title(), d.reason().wireName(),
                    d.candidate() == null ? "—" : d.candidate(), Double.isNaN(d.score()) ? "—" : d.score());
        }
    }
}

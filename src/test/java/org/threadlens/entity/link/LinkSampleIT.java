package org.threadlens.entity.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadlens.entity.eval.LinkSample;

/**
 * The hand-checked links still come out of the real dictionary and rules: each row's entity, linked again with
 * its mention as its form, gets the link that was checked. A rule change that moves a link shows here, and the
 * sample must then be checked again. Builds the index on first use (the KBP jar is a runtime dependency).
 */
class LinkSampleIT {
    @Test
    void everyCheckedLinkIsStillTheLinkerDecision() throws Exception {
        LinkSample sample = LinkSample.read(java.nio.file.Path.of("src/test/resources/org/threadlens/entity/eval/link-sample.tsv"));
        LinkIndex index = LinkIndex.openOrBuild(CacheDirectory.resolve(), new Progress() { });
        EntityLinker linker = new EntityLinker(index, EntityLinker.Options.defaults());
        List<String> moved = new ArrayList<>();
        for (LinkSample.Row r : sample.rows()) {
            LinkDecision d = linker.decide(new LinkQuery(r.entity(), r.type(), List.of(r.mention())));
            if (!r.link().equals(d.title())) {
                moved.add(r.mention() + " (" + r.type() + "): checked " + r.link() + ", now " + d.title() + " " + d.reason());
            }
        }
        assertEquals(List.of(), moved);
    }
}

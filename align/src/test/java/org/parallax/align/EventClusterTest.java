package org.parallax.align;

import org.junit.jupiter.api.Test;
import org.parallax.core.Corpus;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventClusterTest {
    private static ComparableAlignment align(String dir) {
        Corpus c = Corpus.loader().load(Path.of("src/test/resources/comparable", dir));
        return Aligner.comparable().build().align(c);
    }

    @Test
    void identicalDocumentsGiveOneClusterPerPassageDespiteRounding() {
        // two copies of one five-paragraph text: every paragraph is mutually best with its copy; the five
        // scores are 2.0 up to rounding (one is 1.9999999999999998), and none may be dropped for it
        ComparableAlignment a = align("ident");
        List<Link> links = a.links("a", "b");
        assertEquals(5, links.size());
        for (Link l : links) assertEquals(2.0, l.score(), 1e-9);
        assertEquals(5, a.clusters().size());
        for (EventCluster c : a.clusters()) {
            assertEquals(List.of("a", "b"), c.documents());
            assertEquals(c.passages().get(0).firstLine(), c.passages().get(1).firstLine());
        }
    }

    @Test
    void belowUsesARelativeTolerance() {
        assertFalse(EventCluster.below(1.9999999999999998, 2.0));
        assertFalse(EventCluster.below(2.0, 2.0));
        assertTrue(EventCluster.below(1.999, 2.0));
        assertFalse(EventCluster.below(0.0, 0.0));
    }

    @Test
    void everyMutuallyBestComponentIsAnEvent() {
        // three short texts (it, nl, en) telling the same five facts in the same order, one per paragraph
        ComparableAlignment a = align("c1");
        // all 15 links are mutually best and right; the former "at least the median link" rule kept 4 events
        // and lost the congress (it1/nl1/en1)
        assertEquals(15, a.links().size());
        assertEquals(5, a.clusters().size());
        java.util.Set<Integer> clustered = new java.util.TreeSet<>();
        java.util.Set<Integer> lastLines = new java.util.TreeSet<>();
        for (EventCluster c : a.clusters()) {
            assertEquals(List.of("it", "nl", "en"), c.documents());
            assertEquals(3, c.passages().size());
            int last = c.passages().get(0).lastLine();
            for (Passage p : c.passages()) assertEquals(last, p.lastLine(), c.toString());
            lastLines.add(last);
            for (Passage p : c.passages()) clustered.add(p.index());
        }
        assertEquals(java.util.Set.of(1, 3, 5, 7, 9), lastLines);
        assertEquals(15, clustered.size(), "every passage is in an event");
        assertTrue(a.clusters().stream().anyMatch(c -> c.label().contains("congress #20")
                && c.passages().stream().allMatch(p -> p.lastLine() == 1)));
    }
}

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
}

package org.parallax.stats.framing;

import org.junit.jupiter.api.Test;
import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.Language;
import org.parallax.core.anchor.AnchorExtractor;
import org.parallax.core.anchor.CorpusAnchors;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MentionSalienceTest {
    @Test
    void countsSharesKeynessAndFirstMentionByConstruction() {
        // a: Khrushchev three times, Beria once; b: Beria three times, Khrushchev once
        Document a = Document.of("a", Language.EN, "Khrushchev spoke in Moscow.\n\nKhrushchev denounced the crimes. Beria was gone.\n\n"
                + "Khrushchev won.");
        Document b = Document.of("b", Language.EN, "Beria ruled the police.\n\nBeria was arrested. Khrushchev waited.\n\nBeria fell.");
        CorpusAnchors anchors = AnchorExtractor.standard().extract(Corpus.of(a, b));
        MentionSalience s = MentionSalience.of(anchors, Source.documents(anchors.corpus()), MentionSalience.Kind.ACTOR, 1);
        MentionSalience.Row ka = s.row("a", "khrushchev").orElseThrow();
        MentionSalience.Row kb = s.row("b", "khrushchev").orElseThrow();
        MentionSalience.Row ba = s.row("a", "beria").orElseThrow();
        assertEquals(3, ka.mentions());
        assertEquals(1, kb.mentions());
        assertEquals(1, ba.mentions());
        int actorsInA = s.forSource("a").stream().mapToInt(MentionSalience.Row::mentions).sum();
        assertEquals(3.0 / actorsInA, ka.share(), 1e-12);
        assertEquals(0.0, ka.firstMention(), 1e-12, "the first word of a");
        assertTrue(ka.g2() > 0 && kb.g2() < 0, "over-used in a, under-used in b");
        assertTrue(ka.logRatio() > 0);
        // three paragraphs of 4, 7 and 2 words, one mention each: DP = ½ Σ |1/3 − size/13|
        double dp = 0.5 * (Math.abs(1.0 / 3 - 4.0 / 13) + Math.abs(1.0 / 3 - 7.0 / 13) + Math.abs(1.0 / 3 - 2.0 / 13));
        assertEquals(dp, ka.dp(), 1e-12);
        assertEquals("khrushchev", s.top("a", 1).get(0).id());
        assertTrue(s.toString().contains("khrushchev"));
    }

    @Test
    void mentionsCountIdsBelowTheRowThreshold() {
        Document a = Document.of("a", Language.EN, "Khrushchev spoke in Moscow.\n\nKhrushchev denounced the crimes. Beria was gone.");
        Document b = Document.of("b", Language.EN, "Beria ruled the police.\n\nBeria was arrested. Khrushchev waited.");
        CorpusAnchors anchors = AnchorExtractor.standard().extract(Corpus.of(a, b));
        MentionSalience s = MentionSalience.of(anchors, Source.documents(anchors.corpus()), MentionSalience.Kind.ACTOR, 2);
        assertTrue(s.row("a", "beria").isEmpty(), "one mention: no row with minMentions 2");
        assertEquals(1, s.mentions("a").get("beria"));
        assertEquals(2, s.mentions("a").get("khrushchev"));
        assertEquals(1, s.mentions("b").get("khrushchev"));
        assertEquals(2, s.mentions("b").get("beria"));
        // the map counts every mention too: beria 1 + 2, khrushchev 2 + 1
        assertEquals(Map.of("a", Map.of("beria", 1, "khrushchev", 2), "b", Map.of("beria", 2, "khrushchev", 1)), s.countsBySource(3));
        assertThrows(IllegalArgumentException.class, () -> s.mentions("c"));
    }

    @Test
    void eventClustersAreSourcesToo() {
        Corpus seeds = Corpus.seeds();
        CorpusAnchors anchors = AnchorExtractor.standard().extract(seeds);
        var alignment = org.parallax.align.Aligner.comparable().build().align(seeds, anchors);
        List<Source> clusters = alignment.clusters().stream().map(c -> Source.cluster(seeds, c)).toList();
        MentionSalience s = MentionSalience.of(anchors, clusters, MentionSalience.Kind.CONCEPT, 2);
        // the secret-speech cluster mentions the speech concept more than the others do
        String speech = clusters.get(0).name();
        assertTrue(s.row(speech, "speech").orElseThrow().g2() > 0, s.forSource(speech).toString());
    }
}

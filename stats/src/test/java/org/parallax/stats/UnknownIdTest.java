package org.parallax.stats;

import org.junit.jupiter.api.Test;
import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.Language;
import org.parallax.core.anchor.AnchorExtractor;
import org.parallax.core.anchor.CorpusAnchors;
import org.parallax.stats.framing.AgencyAnalyzer;
import org.parallax.stats.framing.AgencyResult;
import org.parallax.stats.framing.MentionSalience;
import org.parallax.stats.framing.Source;
import org.parallax.stats.salience.CValue;
import org.parallax.stats.salience.CValueResult;
import org.parallax.stats.salience.Rake;
import org.parallax.stats.salience.SalienceResult;
import org.parallax.stats.salience.TextRank;
import org.parallax.stats.salience.TfIdf;
import org.parallax.stats.salience.TfIdfResult;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A document or source id that a result does not have is an error naming it and the ids there are, never an empty answer. */
class UnknownIdTest {
    private static final Corpus AB = NegativeLimitTest.AB;

    @Test
    void salienceResultsNameAnUnknownDocument() {
        List<SalienceResult<?>> results = List.of(TfIdf.defaults().compute(AB), TextRank.defaults().extract(AB),
                Rake.defaults().extract(AB), CValue.defaults().extract(AB));
        for (SalienceResult<?> r : results) {
            String msg = "no document 'nope' in the " + r.method() + " result; ids: a, b";
            assertEquals(msg, assertThrows(IllegalArgumentException.class, () -> r.top("nope", 5)).getMessage());
            assertEquals(msg, assertThrows(IllegalArgumentException.class, () -> r.rows("nope")).getMessage());
            assertEquals(msg, assertThrows(IllegalArgumentException.class, () -> r.find("nope", "police")).getMessage());
            assertEquals(msg, assertThrows(IllegalArgumentException.class, () -> r.rank("nope", "police")).getMessage());
            assertThrows(NullPointerException.class, () -> r.rows(null));
        }
        // a known document without the term: null and rank 0, as before
        TfIdfResult t = TfIdf.defaults().compute(AB);
        assertNull(t.find("a", "zzzz"));
        assertEquals(0, t.rank("a", "zzzz"));
        assertEquals("secret", t.top("a", 1).get(0).term());
        CValueResult c = CValue.defaults().extract(AB);
        assertEquals("secret speech", c.find("a", "secret speech").key());
        // only the reported documents are in the result
        TfIdfResult onlyB = TfIdf.defaults().compute(AB, d -> d.id().equals("b"));
        assertEquals("no document 'a' in the tfidf result; ids: b",
                assertThrows(IllegalArgumentException.class, () -> onlyB.top("a", 1)).getMessage());
    }

    @Test
    void concordanceNamesAnUnknownDocument() {
        Concordance c = Concordance.search(AB, ConcordanceQuery.word("Stalin"));
        assertEquals(0, c.inDocument("a").size());
        assertEquals(2, c.inDocument("b").size());
        assertEquals("no document 'nope' in the concordance; ids: a, b",
                assertThrows(IllegalArgumentException.class, () -> c.inDocument("nope")).getMessage());
    }

    @Test
    void framingResultsNameAnUnknownSource() {
        CorpusAnchors anchors = AnchorExtractor.standard().extract(AB);
        MentionSalience s = MentionSalience.of(anchors, Source.documents(AB), MentionSalience.Kind.ACTOR, 1);
        assertEquals(List.of("a", "b"), s.sources());
        String msg = "no source 'nope'; sources: a, b";
        assertEquals(msg, assertThrows(IllegalArgumentException.class, () -> s.top("nope", 5)).getMessage());
        assertEquals(msg, assertThrows(IllegalArgumentException.class, () -> s.forSource("nope")).getMessage());
        assertEquals(msg, assertThrows(IllegalArgumentException.class, () -> s.row("nope", "stalin")).getMessage());
        assertTrue(s.row("a", "stalin").isEmpty(), "a does not mention Stalin");
        assertEquals(2, s.row("b", "stalin").orElseThrow().mentions());
        AgencyResult r = AgencyAnalyzer.builder().actors("stalin").build().analyze(anchors);
        assertEquals(msg, assertThrows(IllegalArgumentException.class, () -> r.evidence("stalin", "nope")).getMessage());
        assertEquals(msg, assertThrows(IllegalArgumentException.class, () -> r.row("stalin", "nope")).getMessage());
    }
}

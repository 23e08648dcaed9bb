package org.parallax.stats;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.Language;
import org.parallax.core.anchor.AnchorExtractor;
import org.parallax.core.anchor.EntityRecognizer;
import org.parallax.stats.framing.ClauseAnalyzer;
import org.parallax.stats.framing.LogOdds;
import org.parallax.stats.framing.MentionSalience;
import org.parallax.stats.framing.Source;
import org.parallax.stats.salience.CValue;
import org.parallax.stats.salience.CValueTerm;
import org.parallax.stats.salience.KeyPhrase;
import org.parallax.stats.salience.Rake;
import org.parallax.stats.salience.SalienceResult;
import org.parallax.stats.salience.TextRank;
import org.parallax.stats.salience.TfIdf;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** "Results are immutable": every list and map a stats method returns refuses changes. */
class ImmutableResultsTest {
    private static final Corpus AB = NegativeLimitTest.AB;
    private static final Document A = AB.document("a");

    private static void immutable(Executable e) { assertThrows(UnsupportedOperationException.class, e); }

    private static void rowsImmutable(SalienceResult<?> r) {
        int before = r.rows().size();
        assertFalse(r.rows().isEmpty(), r.method());
        immutable(() -> r.rows().clear());
        immutable(() -> r.rows("a").clear());
        immutable(() -> r.top("a", 2).clear());
        immutable(() -> r.documents().clear());
        assertEquals(before, r.rows().size());
    }

    @Test
    void tfIdfResult() { rowsImmutable(TfIdf.defaults().compute(AB)); }

    @Test
    void textRankResultAndExtraction() {
        rowsImmutable(TextRank.defaults().extract(AB));
        List<KeyPhrase> k = TextRank.defaults().extract(A);
        immutable(() -> k.remove(0));
        Map<String, Double> v = TextRank.defaults().vertexScores(A);
        assertEquals("secret", v.keySet().iterator().next());
        immutable(() -> v.put("x", 1.0));
        immutable(() -> v.clear());
    }

    @Test
    void rakeResultAndExtraction() {
        rowsImmutable(Rake.defaults().extract(AB));
        List<KeyPhrase> k = Rake.defaults().extract(A);
        immutable(() -> k.remove(0));
    }

    @Test
    void cValueResultAndExtraction() {
        rowsImmutable(CValue.defaults().extract(AB));
        List<CValueTerm> t = CValue.defaults().extract(A);
        assertEquals("secret speech", t.get(0).key());
        immutable(() -> t.remove(0));
    }

    @Test
    void sourceGroups() {
        immutable(() -> Source.groupBy(AB, "language").clear());
        immutable(() -> Source.documents(AB).clear());
    }

    @Test
    void documentTermsListAndArrays() {
        TermDictionary dict = new TermDictionary();
        List<DocumentTerms> docs = DocumentTerms.of(AB, TokenSelection.defaults(), dict);
        immutable(() -> docs.clear());
        DocumentTerms a = docs.get(0);
        int first = a.term(0);
        a.terms()[0] = 999;        // a copy
        a.sentence()[0] = 999;
        a.token()[0] = 999;
        assertEquals(first, a.terms()[0]);
        assertEquals(0, a.sentence(0));
        assertEquals(0, a.token(0));
        int[] ids = {1, 2};
        DocumentTerms own = new DocumentTerms("x", ids, new int[] {0, 0}, new int[] {0, 1});
        ids[0] = 7;                // the record copied the array
        assertArrayEquals(new int[] {1, 2}, own.terms());
        assertEquals(new DocumentTerms("x", new int[] {1, 2}, new int[] {0, 0}, new int[] {0, 1}), own);
        assertThrows(IllegalArgumentException.class, () -> new DocumentTerms("x", new int[] {1}, new int[0], new int[0]));
    }

    @Test
    void clausesRolesLogOddsAndMentionCounts() {
        ClauseAnalyzer c = ClauseAnalyzer.withoutTagger();
        immutable(() -> c.clauses(A).clear());
        immutable(() -> c.clauses(A, A.sentences().get(0)).clear());
        immutable(() -> c.roles(A, EntityRecognizer.standard().mentions(A)).clear());
        LogOdds lo = LogOdds.of(Map.of("purge", 12, "thaw", 2), Map.of("purge", 3, "thaw", 9), 10);
        immutable(() -> lo.byZ().clear());
        MentionSalience s = MentionSalience.of(AnchorExtractor.standard().extract(AB), Source.documents(AB),
                MentionSalience.Kind.ACTOR, 1);
        Map<String, Map<String, Integer>> counts = s.countsBySource(1);
        assertEquals(1, counts.get("a").get("khrushchev"));
        immutable(() -> counts.clear());
        immutable(() -> counts.get("a").put("x", 1));
    }
}

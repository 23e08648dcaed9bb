package org.parallax.stats;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.Language;
import org.parallax.core.anchor.AnchorExtractor;
import org.parallax.stats.framing.CueProfile;
import org.parallax.stats.framing.CueProfiler;
import org.parallax.stats.framing.MentionSalience;
import org.parallax.stats.framing.Source;
import org.parallax.stats.salience.CValue;
import org.parallax.stats.salience.Rake;
import org.parallax.stats.salience.SalienceResult;
import org.parallax.stats.salience.TextRank;
import org.parallax.stats.salience.TfIdf;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every head/top/limit method of the stats module: a negative limit is an error, 0 gives nothing (or all where documented). */
class NegativeLimitTest {
    private static final Document A = Document.of("a", Language.EN, "The secret police watched the secret speech. "
            + "Khrushchev gave the secret speech in Moscow. The police state ended with the secret speech.");
    private static final Document B = Document.of("b", Language.EN, "Khrushchev denounced Stalin. The cult of personality ended. "
            + "Stalin ruled the police state.");
    static final Corpus AB = Corpus.of(A, B);

    private static void negative(Executable e) {
        assertEquals("negative limit -1", assertThrows(IllegalArgumentException.class, e).getMessage());
    }

    @Test
    void countsAndConcordances() {
        negative(() -> FrequencyList.of(AB).head(-1));
        negative(() -> NGrams.of(AB).head(-1));
        Concordance c = Concordance.search(AB, ConcordanceQuery.word("Khrushchev"));
        negative(() -> c.head(-1));
        assertEquals(0, c.head(0).size());
        assertEquals(2, c.head(5).size());
    }

    @Test
    void collocationsAndKeyness() {
        CollocationResult r = Collocations.defaults().of(AB, "police");
        negative(() -> r.head(-1));
        assertEquals(0, r.head(0).size());
        assertEquals(2, r.head(2).size());
        assertEquals(r.size(), r.head(r.size() + 10).size());
        KeynessResult k = Keyness.defaults().documentVsRest(AB, "a");
        negative(() -> k.head(-1));
        assertEquals(0, k.head(0).size());
        assertEquals(3, k.head(3).size());
    }

    @Test
    void salienceResults() {
        List<SalienceResult<?>> results = List.of(TfIdf.defaults().compute(AB), TextRank.defaults().extract(AB),
                Rake.defaults().extract(AB), CValue.defaults().extract(AB));
        for (SalienceResult<?> r : results) {
            negative(() -> r.top("a", -1));
            negative(() -> r.toTable(-1));
            assertEquals(0, r.top("a", 0).size(), r.method());
            assertEquals(r.rows().size(), r.toTable(0).size(), r.method() + ": 0 is every row");
            assertEquals(1, r.top("a", 1).size(), r.method());
        }
    }

    @Test
    void framing() {
        CueProfile p = CueProfiler.frames().profile(Source.of(A));
        negative(() -> p.top(-1));
        assertEquals(0, p.top(0).size());
        assertEquals(3, p.top(3).size());
        negative(() -> p.rows().get(0).topCues(-1));
        MentionSalience s = MentionSalience.of(AnchorExtractor.standard().extract(AB), Source.documents(AB),
                MentionSalience.Kind.ACTOR, 1);
        negative(() -> s.top("a", -1));
        assertEquals(0, s.top("a", 0).size());
        assertEquals("khrushchev", s.top("a", 1).get(0).id());
    }
}

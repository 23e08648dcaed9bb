package org.parallax.stats;

import org.junit.jupiter.api.Test;
import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.stats.framing.AgencyAnalyzer;
import org.parallax.stats.framing.AgencyEvidence;
import org.parallax.stats.framing.AgencyResult;
import org.parallax.stats.framing.AgencyRole;
import org.parallax.stats.framing.Source;
import org.parallax.stats.salience.CValue;
import org.parallax.stats.salience.CValueTerm;
import org.parallax.stats.salience.KeyPhrase;
import org.parallax.stats.salience.TextRank;
import org.parallax.stats.salience.TfIdf;
import org.parallax.stats.salience.TfIdfScore;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the Javadoc examples of the stats module say they print, on the seeds (they said other values). */
class JavadocClaimsTest {
    private static final Corpus SEEDS = Corpus.seeds();

    @Test
    void salienceExamples() {
        // CValueTerm: the essay's first term (was claimed to be "Secret Speech")
        CValueTerm c = CValue.defaults().extract(SEEDS.document("en-essay")).get(0);
        assertEquals("cult of personality", c.term());
        assertEquals(5, c.freq());
        assertEquals(7.9248, c.cvalue(), 1e-4);
        // KeyPhrase: TextRank's first phrase of the Italian article (was claimed to be "Nikita Krusciov")
        List<KeyPhrase> k = TextRank.defaults().extract(SEEDS.document("it-destalinizzazione"));
        assertEquals("Stalin", k.get(0).term());
        assertEquals(7.7291, k.get(0).score(), 1e-4);
        assertEquals("Nikita Krusciov", k.get(4).term());
        // TfIdf: krusciov, potere, destalinizzazione (potere was missing)
        List<String> top = TfIdf.defaults().compute(SEEDS).top("it-destalinizzazione", 5).stream().map(TfIdfScore::term).toList();
        assertEquals(List.of("krusciov", "potere", "destalinizzazione", "disgelo", "guerra"), top);
        assertEquals(Math.log(5), TfIdf.defaults().compute(SEEDS).find("en-essay", "stalinism").idf(), 1e-12);
    }

    @Test
    void agencyEvidenceExample() {
        AgencyResult r = AgencyAnalyzer.standard().analyze(SEEDS);
        AgencyEvidence e = r.evidence("khrushchev", "en-essay", AgencyRole.AGENT).get(0);   // was claimed: line 13, build [built]
        assertEquals(12, e.line());
        assertEquals("vie", e.verb());
        assertEquals("vied", e.verbText());
        assertEquals(1.0, r.row("khrushchev", "en-essay").agentShare());
    }

    @Test
    void statisticsExamples() {
        // logDice takes three arguments
        assertEquals(11.4458, AssociationMeasures.logDice(883, 6378, 3994), 1e-4);
        // Dispersion.Sizes.measures takes the frequencies as long[]
        Dispersion.Measures m = Dispersion.Sizes.of(new long[] {1000, 1000, 1000, 1000}).measures(new int[] {0}, new long[] {10}, 0, 1);
        assertEquals(0.75, m.dp(), 1e-12);
        assertEquals(1, m.range());
        assertEquals(531, DocumentTerms.of(SEEDS, TokenSelection.defaults(), new TermDictionary()).get(0).size());
        Document essay = SEEDS.document("en-essay");
        assertEquals("en-essay[516-793)", new Source.Segment(essay, essay.sentences().get(3).start(), essay.sentences().get(3).end()).toString());
    }
}

package org.parallax.stats;

import org.junit.jupiter.api.Test;
import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.Language;
import org.parallax.core.TokenTable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeynessTest {
    // target: alpha 2, beta 1, gamma 1 (c = 4); reference: alpha 1, beta 3, delta 1 (d = 5)
    private static final Document T = Document.of("t", Language.EN, "Alpha alpha beta gamma.");
    private static final Document R = Document.of("r", Language.EN, "Alpha beta, beta beta delta.");

    @Test
    void countsMeasuresDirectionsAndCorrections() {
        KeynessResult r = Keyness.defaults().compare(Corpus.of(T), Corpus.of(R));
        assertEquals(4, r.targetTotal());
        assertEquals(5, r.referenceTotal());
        assertEquals(4, r.tested());
        Keyword alpha = r.keyword("alpha").orElseThrow();
        assertEquals(List.of(2L, 1L, 4L, 5L), List.of(alpha.targetFreq(), alpha.referenceFreq(), alpha.targetTotal(), alpha.referenceTotal()));
        assertEquals(Keyword.Direction.POSITIVE, alpha.direction());
        KeynessMeasures.Scores s = KeynessMeasures.scores(2, 1, 4, 5, 1);
        assertEquals(s.g2(), alpha.g2());
        assertEquals(s.fisherP(), alpha.fisherP());
        assertEquals(s.simpleMaths(), alpha.simpleMaths());
        assertEquals(Keyword.Direction.NEGATIVE, r.keyword("beta").orElseThrow().direction());
        assertEquals(Keyword.Direction.NEGATIVE, r.keyword("delta").orElseThrow().direction());
        assertEquals(List.of("alpha", "gamma"), r.positive().keywords().stream().map(Keyword::term).sorted().toList());
        assertEquals(List.of("beta", "delta"), r.negative().keywords().stream().map(Keyword::term).sorted().toList());
        // corrections over the 4 terms tested
        double[] p = r.keywords().stream().mapToDouble(Keyword::g2P).toArray();
        double[] bh = KeynessMeasures.benjaminiHochberg(p);
        for (int i = 0; i < p.length; i++) {
            Keyword k = r.keywords().get(i);
            assertEquals(Math.min(1, 4 * k.g2P()), k.g2PBonferroni(), 1e-15);
            assertEquals(bh[i], k.g2PBh());
        }
        // the positive view keeps the corrections of all tested terms
        assertEquals(alpha.g2PBh(), r.positive().keyword("alpha").orElseThrow().g2PBh());
    }

    @Test
    void filtersKAndSorting() {
        KeynessResult r = Keyness.defaults().minTarget(2).compare(Corpus.of(T), Corpus.of(R));
        assertEquals(1, r.tested());
        assertEquals("alpha", r.keywords().get(0).term());
        assertEquals(Math.min(1, r.keywords().get(0).g2P()), r.keywords().get(0).g2PBonferroni());
        assertEquals(List.of("beta"), Keyness.defaults().minReference(2).compare(Corpus.of(T), Corpus.of(R))
                .keywords().stream().map(Keyword::term).toList());
        Keyword k100 = Keyness.defaults().simpleMathsK(100).compare(Corpus.of(T), Corpus.of(R)).keyword("alpha").orElseThrow();
        assertEquals(KeynessMeasures.simpleMaths(2, 1, 4, 5, 100), k100.simpleMaths());
        // negative keywords sorted by log ratio: the most negative first
        KeynessResult neg = Keyness.defaults().compare(Corpus.of(T), Corpus.of(R)).negative().sortedBy(KeynessMeasure.LOG_RATIO);
        assertTrue(neg.keywords().get(0).logRatio() <= neg.keywords().get(1).logRatio());
        // p-values ascending, statistics descending
        KeynessResult all = Keyness.defaults().documentVsRest(Corpus.seeds().where("language", "en"), "en-essay");
        for (KeynessMeasure m : KeynessMeasure.values()) {
            if (m == KeynessMeasure.ELL) continue; // by magnitude, in groups: sortingByEll
            List<Keyword> rows = all.positive().sortedBy(m).keywords();
            for (int i = 1; i < rows.size(); i++) {
                double a = m.value(rows.get(i - 1));
                double b = m.value(rows.get(i));
                if (Double.isNaN(b)) continue;
                assertTrue(m.isPValue() ? a <= b : a >= b, m + ": " + a + " then " + b);
            }
        }
        assertEquals(KeynessMeasure.G2, KeynessMeasure.parse("LL"));
        assertEquals(KeynessMeasure.CHI2_YATES, KeynessMeasure.parse("chi2-yates"));
        assertEquals(KeynessMeasure.G2_P_BH, KeynessMeasure.parse("bh"));
        assertThrows(IllegalArgumentException.class, () -> KeynessMeasure.parse("tfidf"));
    }

    @Test
    void documentVsRestCountsLikeAHand() {
        Corpus en = Corpus.seeds().where("language", "en");
        KeynessResult r = Keyness.defaults().documentVsRest(en, "en-essay");
        // count by hand: words and numbers outside boilerplate, normalized
        Map<String, long[]> counts = new HashMap<>();
        long[] totals = new long[2];
        for (Document d : en) {
            int side = d.id().equals("en-essay") ? 0 : 1;
            TokenTable t = d.tokenTable();
            for (int i = 0; i < t.size(); i++) {
                if (t.isBoilerplate(i) || !(t.isWord(i) || t.isNumber(i))) continue;
                counts.computeIfAbsent(t.norm(i), x -> new long[2])[side]++;
                totals[side]++;
            }
        }
        assertEquals(totals[0], r.targetTotal());
        assertEquals(totals[1], r.referenceTotal());
        assertEquals(counts.size(), r.tested());
        Keyword rep = r.positive().keywords().get(0);
        assertEquals("repression", rep.term());
        long a = counts.get("repression")[0];
        long b = counts.get("repression")[1];
        assertEquals(a, rep.targetFreq());
        assertEquals(b, rep.referenceFreq());
        // G2 by hand over the four cells
        double c = totals[0];
        double d = totals[1];
        double n = c + d;
        double[] o = {a, b, c - a, d - b};
        double[] e = {(a + b) * c / n, (a + b) * d / n, (n - a - b) * c / n, (n - a - b) * d / n};
        double g2 = 0;
        for (int i = 0; i < 4; i++) if (o[i] > 0) g2 += 2 * o[i] * Math.log(o[i] / e[i]);
        assertEquals(g2, rep.g2(), 1e-9 * g2);
    }

    @Test
    void referenceFrequencyListEqualsTheCorpus() {
        Map<String, Long> ref = Map.of("alpha", 1L, "beta", 3L, "delta", 1L);
        KeynessResult fromList = Keyness.defaults().compare(Corpus.of(T), ReferenceFrequencies.of(ref, 5, "mem"));
        KeynessResult fromCorpus = Keyness.defaults().compare(Corpus.of(T), Corpus.of(R));
        assertEquals(fromCorpus.keywords(), fromList.keywords());
        assertEquals("mem (frequency list)", fromList.reference());
        assertEquals(fromCorpus.toTable().toTsv(), fromList.toTable().toTsv());
    }

    @Test
    void errors() {
        Corpus both = Corpus.of(T, R);
        assertThrows(IllegalArgumentException.class, () -> Keyness.defaults().compare(both, Corpus.of(R)));
        assertThrows(IllegalArgumentException.class, () -> Keyness.defaults().compare(Corpus.of(), Corpus.of(R)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Keyness.defaults().documentVsRest(both, "nope"));
        assertTrue(e.getMessage().contains("nope"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Keyness.defaults().simpleMathsK(0));
        assertThrows(IllegalArgumentException.class, () -> ReferenceFrequencies.of(Map.of("x", 6L), 5, "mem"));
    }

    @Test
    void tableAndToString() {
        KeynessResult r = Keyness.defaults().compare(Corpus.of(T), Corpus.of(R));
        assertEquals("term\ttarget_freq\treference_freq\ttarget_total\treference_total\tg2\tg2_p\tchi2\tchi2_p\tchi2_yates"
                        + "\tfisher_p\tbic\tell\tlog_ratio\tpct_diff\todds_ratio\tsimple_maths\tg2_p_bonferroni\tg2_p_bh",
                r.toTable().toTsv().lines().findFirst().orElseThrow());
        String gamma = r.toTable().toTsv().lines().filter(l -> l.startsWith("gamma\t")).findFirst().orElseThrow();
        assertTrue(gamma.startsWith("gamma\t1\t0\t4\t5\t"), gamma);
        // b = 0: %DIFF and the odds ratio are undefined
        String[] f = gamma.split("\t");
        assertEquals("nan", f[14]);
        assertEquals("nan", f[15]);
        assertTrue(r.toString().startsWith("Keyness of t (4 tokens) against r (5 tokens): 4 terms tested, 4 shown, by g2"), r.toString());
        assertTrue(r.keyword("alpha").orElseThrow().toString().startsWith("+ alpha: 2/4 vs 1/5"));
    }

    @Test
    void sortingByEll() {
        // regression: ELL is negative when Emin < 1 (as the reference values define it), and such rows were
        // sorted closest to zero first; now positive values first, then negative ones by magnitude, zeros, NaN
        List<Keyword> rows = List.of(Keyword.of("neg-small", 0, 5, 3000, 100000, 1), Keyword.of("nan", 2, 0, 10, 10, 1),
                Keyword.of("pos-small", 25, 3, 2470, 30000, 1), Keyword.of("zero", 7, 7, 1000, 1000, 1),
                Keyword.of("neg-large", 1, 0, 3000, 100000, 1), Keyword.of("pos-large", 10, 2, 1000, 5000, 1));
        List<Keyword> sorted = KeynessResult.sort(rows, KeynessMeasure.ELL);
        assertEquals(List.of("pos-large", "pos-small", "neg-large", "neg-small", "zero", "nan"), sorted.stream().map(Keyword::term).toList());
        // the values stay those of shared/fixtures/keyness.tsv
        assertEquals(0.006210351477064768, sorted.get(0).ell(), 1e-9 * 0.006210351477064768);
        assertEquals(-1.9418364371316915e-05, sorted.get(2).ell(), 1e-9 * 1.9418364371316915e-05);
        assertEquals(-1.4895359525504506e-06, sorted.get(3).ell(), 1e-9 * 1.4895359525504506e-06);
        assertEquals(0.0, sorted.get(4).ell());
        assertTrue(Double.isNaN(sorted.get(5).ell()));
        assertEquals(1.9418364371316915e-05, KeynessMeasure.ELL.strength(sorted.get(2)), 1e-9 * 1.9418364371316915e-05);
        // the seeds: the essay against the rest, 641 of its 837 positive keywords with Emin < 1
        KeynessResult r = Keyness.defaults().documentVsRest(Corpus.seeds(), "en-essay").positive().sortedBy(KeynessMeasure.ELL);
        assertEquals(837, r.size());
        List<Double> ell = r.keywords().stream().map(Keyword::ell).toList();
        assertEquals(641, ell.stream().filter(v -> v < 0).count());
        assertEquals(196, ell.stream().filter(v -> v > 0).count());
        for (int i = 1; i < ell.size(); i++) {
            double a = ell.get(i - 1);
            double b = ell.get(i);
            if (a > 0 && b > 0 || a < 0 && b < 0) assertTrue(Math.abs(a) >= Math.abs(b), a + " then " + b);
            else assertTrue(a > 0 && b < 0, a + " then " + b);
        }
        Keyword first = r.keywords().get(0);
        assertEquals(List.of(3L, 0L, 2599L, 3444L), List.of(first.targetFreq(), first.referenceFreq(), first.targetTotal(), first.referenceTotal()));
        Keyword firstNegative = r.keywords().get(196);
        assertEquals(KeynessMeasures.ell(firstNegative.targetFreq(), firstNegative.referenceFreq(), 2599, 3444), firstNegative.ell());
        assertTrue(firstNegative.g2() > r.keywords().get(836).g2());
    }
}

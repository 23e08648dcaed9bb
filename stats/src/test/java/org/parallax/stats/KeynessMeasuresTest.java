package org.parallax.stats;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeynessMeasuresTest {
    @Test
    void everyFixtureRowAgrees() throws IOException {
        List<Map<String, String>> rows = Fixtures.read("keyness.tsv");
        assertEquals(40, rows.size());
        Map<String, Double> worst = new TreeMap<>();
        for (Map<String, String> r : rows) {
            long a = Long.parseLong(r.get("a"));
            long b = Long.parseLong(r.get("b"));
            long c = Long.parseLong(r.get("c"));
            long d = Long.parseLong(r.get("d"));
            KeynessMeasures.Scores s = KeynessMeasures.scores(a, b, c, d, 1);
            String row = "a=" + a + " b=" + b + " c=" + c + " d=" + d + " ";
            Map<String, Double> got = new TreeMap<>(Map.ofEntries(
                    Map.entry("g2", s.g2()), Map.entry("g2_p", s.g2P()), Map.entry("chi2", s.chi2()),
                    Map.entry("chi2_p", s.chi2P()), Map.entry("chi2_yates", s.chi2Yates()),
                    Map.entry("fisher_p", s.fisherP()), Map.entry("bic", s.bic()), Map.entry("ell", s.ell()),
                    Map.entry("log_ratio", s.logRatio()), Map.entry("pct_diff", s.pctDiff()),
                    Map.entry("odds_ratio", s.oddsRatio()), Map.entry("simple_maths_1", s.simpleMaths()),
                    Map.entry("simple_maths_100", KeynessMeasures.simpleMaths(a, b, c, d, 100))));
            for (Map.Entry<String, Double> e : got.entrySet()) {
                double rel = Fixtures.check(r.get(e.getKey()), e.getValue(), row + e.getKey());
                worst.merge(e.getKey(), rel, Math::max);
            }
            // the single functions agree with the record
            assertEquals(s.g2(), KeynessMeasures.g2(a, b, c, d));
            assertEquals(s.fisherP(), KeynessMeasures.fisherP(a, b, c, d));
            assertEquals(s.bic(), KeynessMeasures.bic(a, b, c, d));
            assertEquals(s.ell(), KeynessMeasures.ell(a, b, c, d));
        }
        assertEquals(13, worst.size());
        System.out.println("keyness.tsv: largest relative error per measure " + worst);
    }

    @Test
    void fisherAgreesWithExactArithmeticWhereScipyIsLessPrecise() {
        // exact value (BigDecimal, 50 digits) 9.8733600067617581e-05; SciPy 1.10 gives 9.873360009631489e-05
        double p = KeynessMeasures.fisherP(1629, 28147, 95589, 1498418);
        assertEquals(9.8733600067617581e-05, p, 9.8733600067617581e-05 * 1e-12);
    }

    @Test
    void fisherSmallTablesAndTies() {
        // [[3, 1], [1, 3]] (the tea tasting): two-sided p = 0.4857142857
        assertEquals(0.48571428571428577, KeynessMeasures.fisherP(3, 1, 4, 4), 1e-15);
        // symmetric table: observed at the mode
        assertEquals(1.0, KeynessMeasures.fisherP(7, 7, 1000, 1000));
        // zero margins: a single possible table
        assertEquals(1.0, KeynessMeasures.fisherP(0, 0, 10, 10));
        assertEquals(1.0, KeynessMeasures.fisherP(3, 4, 3, 4));
        // SciPy's test suite (gh-4130)
        assertEquals(0.005092697748126, KeynessMeasures.fisherP(6, 37, 114, 237), 1e-12);
        assertEquals(7.175066786244549e-25, KeynessMeasures.fisherP(22, 0, 22, 102), 7.175066786244549e-25 * 1e-9);
        assertEquals(2.069356340993818e-37, KeynessMeasures.fisherP(94, 48, 3671, 17036), 2.069356340993818e-37 * 1e-9);
    }

    @Test
    void underflowAndUndefinedValues() {
        assertEquals(0.0, KeynessMeasures.chiSquareSurvival(2000, 1));
        assertEquals(1.0, KeynessMeasures.chiSquareSurvival(0, 1));
        assertTrue(Double.isNaN(KeynessMeasures.chiSquareSurvival(Double.NaN, 1)));
        // 1e-278 is still exact, not 0 as 1 - cdf would give
        double p = KeynessMeasures.chiSquareSurvival(1270.093814922719, 1);
        assertEquals(3.5670831440542734e-278, p, 3.5670831440542734e-278 * 1e-9);
        // impossible tables
        assertTrue(Double.isNaN(KeynessMeasures.g2(11, 0, 10, 10)));
        assertTrue(Double.isNaN(KeynessMeasures.fisherP(-1, 0, 10, 10)));
        // zero margin: the tests are undefined
        assertTrue(Double.isNaN(KeynessMeasures.g2(0, 0, 10, 10)));
        assertTrue(Double.isNaN(KeynessMeasures.chiSquare(0, 0, 10, 10)));
        assertTrue(Double.isNaN(KeynessMeasures.logRatio(0, 1, 0, 10)));
        // ELL with Emin = 1: ln Emin = 0
        assertTrue(Double.isNaN(KeynessMeasures.ell(2, 0, 10, 10)));
        // ELL with Emin < 1 is negative, as the reference values define it (not NaN, as the README said)
        assertEquals(-1.9418364371316915e-05, KeynessMeasures.ell(1, 0, 3000, 100000), 1e-9 * 1.9418364371316915e-05);
        assertEquals(-0.4353391776709774, KeynessMeasures.ell(2, 0, 38, 45), 1e-12);  // Emin = 76/83
        // odds ratio with any zero cell, %DIFF with b = 0
        assertTrue(Double.isNaN(KeynessMeasures.oddsRatio(10, 5, 10, 100)));
        assertTrue(Double.isNaN(KeynessMeasures.percentDifference(3, 0, 10, 100)));
        // Hardie's correction: b = 0 is replaced by 0.5
        assertEquals(Math.log((3 / 10.0) / (0.5 / 100)) / Math.log(2), KeynessMeasures.logRatio(3, 0, 10, 100), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> KeynessMeasures.simpleMaths(1, 1, 10, 10, 0));
        // a huge table: chi-square stays exact where a d - b c overflows a long
        long big = 3_000_000_000L;
        assertTrue(KeynessMeasures.chiSquare(big, big / 2, 2 * big, 2 * big) > 0);
        assertTrue(Double.isNaN(KeynessMeasures.fisherP(big, 1, 2 * big, 2 * big)));
    }

    @Test
    void multipleTestingCorrections() {
        double[] p = {0.01, 0.04, 0.03, Double.NaN, 0.2};
        assertArrayEquals(new double[] {0.04, 0.16, 0.12, Double.NaN, 0.8}, KeynessMeasures.bonferroni(p), 1e-15);
        // R: p.adjust(c(0.01, 0.04, 0.03, 0.2), "BH") = 0.04 0.05333333 0.05333333 0.2
        assertArrayEquals(new double[] {0.04, 0.16 / 3, 0.16 / 3, Double.NaN, 0.2}, KeynessMeasures.benjaminiHochberg(p), 1e-15);
        assertArrayEquals(new double[] {1.0, 1.0}, KeynessMeasures.bonferroni(new double[] {0.6, 0.9}));
        assertArrayEquals(new double[0], KeynessMeasures.benjaminiHochberg(new double[0]));
    }
}

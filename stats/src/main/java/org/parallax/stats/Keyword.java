package org.parallax.stats;

import java.util.Locale;

/**
 * One term of a {@link KeynessResult}: its frequencies in the target ({@code a}) and the reference
 * ({@code b}), the token totals ({@code c}, {@code d}), its direction, every measure of
 * {@link KeynessMeasures} and the G2 p-value corrected for the number of terms tested. (A key phrase of
 * TextRank or RAKE is an {@link org.parallax.stats.salience.KeyPhrase}.)
 *
 * <pre>{@code
 * KeynessResult r = Keyness.defaults().documentVsRest(Corpus.seeds().where("language", "en"), "en-essay");
 * Keyword k = r.keyword("repression").orElseThrow();
 * k.targetFreq(); k.referenceFreq();   // 18, 1
 * k.direction();                       // POSITIVE: more frequent in the essay
 * k.g2(); k.logRatio();                // 18.606, 4.174
 * System.out.println(k);               // + repression: 18/2599 vs 1/2606 (6925.7 vs 383.7 per million)  G2 18.606 ...
 * }</pre>
 *
 * @param term            the term
 * @param targetFreq      {@code a}, frequency in the target
 * @param referenceFreq   {@code b}, frequency in the reference
 * @param targetTotal     {@code c}, tokens in the target
 * @param referenceTotal  {@code d}, tokens in the reference
 * @param direction       positive (relatively more frequent in the target) or negative keyword
 * @param g2              log-likelihood G2
 * @param g2P             chi-square(1) p-value of G2
 * @param chi2            Pearson chi-square
 * @param chi2P           chi-square(1) p-value of chi2
 * @param chi2Yates       Pearson chi-square with Yates' correction
 * @param fisherP         two-sided Fisher exact p-value
 * @param bic             BIC approximation {@code G2 - ln N}
 * @param ell             effect size for log-likelihood
 * @param logRatio        Hardie's log ratio (zeros replaced by 0.5)
 * @param pctDiff         %DIFF
 * @param oddsRatio       odds ratio
 * @param simpleMaths     simple maths with the result's k
 * @param g2PBonferroni   {@code g2P} with Bonferroni's correction over the terms tested
 * @param g2PBh           {@code g2P} with Benjamini&ndash;Hochberg's correction over the terms tested
 */
public record Keyword(String term, long targetFreq, long referenceFreq, long targetTotal, long referenceTotal,
                      Direction direction, double g2, double g2P, double chi2, double chi2P, double chi2Yates,
                      double fisherP, double bic, double ell, double logRatio, double pctDiff, double oddsRatio,
                      double simpleMaths, double g2PBonferroni, double g2PBh) {
    /**
     * Whether a term is relatively more frequent in the target, in the reference, or equally.
     *
     * <pre>{@code
     * Keyword.Direction.of(10, 2, 1000, 5000);   // POSITIVE: 1 % of the target against 0.04 % of the reference
     * }</pre>
     */
    public enum Direction {
        /** {@code a/c > b/d}: a positive keyword of the target. */
        POSITIVE,
        /** {@code a/c < b/d}: a negative keyword (relatively more frequent in the reference). */
        NEGATIVE,
        /** {@code a/c = b/d}. */
        NONE;

        /** The direction of a term with these counts (exact integer comparison of {@code a d} and {@code b c}). */
        public static Direction of(long a, long b, long c, long d) {
            int cmp;
            try {
                cmp = Long.compare(Math.multiplyExact(a, d), Math.multiplyExact(b, c));
            } catch (ArithmeticException overflow) {
                cmp = java.math.BigInteger.valueOf(a).multiply(java.math.BigInteger.valueOf(d))
                        .compareTo(java.math.BigInteger.valueOf(b).multiply(java.math.BigInteger.valueOf(c)));
            }
            return cmp > 0 ? POSITIVE : cmp < 0 ? NEGATIVE : NONE;
        }
    }

    /** A keyword with every measure computed from the counts, the corrected p-values NaN until known. */
    public static Keyword of(String term, long a, long b, long c, long d, double k) {
        KeynessMeasures.Scores s = KeynessMeasures.scores(a, b, c, d, k);
        return new Keyword(term, a, b, c, d, Direction.of(a, b, c, d), s.g2(), s.g2P(), s.chi2(), s.chi2P(),
                s.chi2Yates(), s.fisherP(), s.bic(), s.ell(), s.logRatio(), s.pctDiff(), s.oddsRatio(), s.simpleMaths(),
                Double.NaN, Double.NaN);
    }

    /** A copy with the corrected p-values. */
    public Keyword withCorrected(double bonferroni, double bh) {
        return new Keyword(term, targetFreq, referenceFreq, targetTotal, referenceTotal, direction, g2, g2P, chi2, chi2P,
                chi2Yates, fisherP, bic, ell, logRatio, pctDiff, oddsRatio, simpleMaths, bonferroni, bh);
    }

    /** The value of a measure. */
    public double value(KeynessMeasure m) { return m.value(this); }

    /** Frequency per million tokens in the target. */
    public double targetPerMillion() { return targetTotal == 0 ? Double.NaN : 1e6 * targetFreq / targetTotal; }

    /** Frequency per million tokens in the reference. */
    public double referencePerMillion() { return referenceTotal == 0 ? Double.NaN : 1e6 * referenceFreq / referenceTotal; }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %s: %d/%d vs %d/%d (%.1f vs %.1f per million)  G2 %.3f (p %.3g, BH %.3g)  "
                        + "chi2 %.3f  Fisher p %.3g  BIC %.3f  ELL %.3g  log ratio %.3f  %%DIFF %.1f  OR %.3f  SM %.3f",
                direction == Direction.POSITIVE ? "+" : direction == Direction.NEGATIVE ? "-" : "=", term,
                targetFreq, targetTotal, referenceFreq, referenceTotal, targetPerMillion(), referencePerMillion(),
                g2, g2P, g2PBh, chi2, fisherP, bic, ell, logRatio, pctDiff, oddsRatio, simpleMaths);
    }
}

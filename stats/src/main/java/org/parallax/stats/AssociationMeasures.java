package org.parallax.stats;

/**
 * Association measures of a node and a collocate: pure functions of the co-occurrence frequency
 * {@code o11}, the node frequency {@code f1}, the collocate frequency {@code f2} and the corpus size
 * {@code n}, with the expected co-occurrence frequency under independence {@code e11 = f1 f2 / n}.
 *
 * <ul>
 * <li>MI, pointwise mutual information: {@code log2(o11 / e11)} (Church &amp; Hanks 1990).</li>
 * <li>MI3: {@code log2(o11^3 / e11)} (Daille 1994; Oakes 1998).</li>
 * <li>t-score: {@code (o11 - e11) / sqrt(o11)} (Church et al. 1991).</li>
 * <li>z-score: {@code (o11 - e11) / sqrt(e11)} (Berry-Rogghe 1973).</li>
 * <li>G2, log-likelihood: {@code 2 sum O ln(O / E)} over the 2x2 table
 *     {@code [[o11, f1 - o11], [f2 - o11, n - f1 - f2 + o11]]} with {@code E} from its margins
 *     (Dunning 1993); a cell with {@code O = 0} contributes 0. Unsigned: a collocate seen less often than
 *     expected ({@code o11 < e11}) also has a positive G2.</li>
 * <li>Dice: {@code 2 o11 / (f1 + f2)}; logDice: {@code 14 + log2(Dice)} (Rychl&yacute; 2008).</li>
 * </ul>
 *
 * <p>Undefined values are {@code NaN}, never a silent number: MI, MI3 and logDice when {@code o11 = 0}
 * (the logarithm of zero), the t-score when {@code o11 = 0}, every measure that divides by {@code e11}
 * when {@code e11 = 0}, and G2 when the table has a negative cell ({@code o11 > f1} or {@code o11 > f2}
 * or {@code n - f1 - f2 + o11 < 0}, which window counting can produce: see {@link Collocations}) or a
 * zero margin. Every function also gives NaN for negative counts.
 *
 * <pre>{@code
 * AssociationMeasures.mi(883, 6378, 3994, 1003599);        // 5.1205...
 * AssociationMeasures.logDice(883, 6378, 3994);            // 11.4458...: logDice needs no n
 * }</pre>
 *
 * <p>Agrees with the reference values of SciPy and NLTK ({@code shared/fixtures/collocation.tsv}) to
 * a relative error of 1e-9. Stateless; safe from any thread.
 */
public final class AssociationMeasures {
    private static final double LN2 = Math.log(2);

    private AssociationMeasures() {}

    /** The expected co-occurrence frequency under independence, {@code f1 f2 / n} (NaN if {@code n <= 0}). */
    public static double expected(long f1, long f2, long n) {
        if (f1 < 0 || f2 < 0 || n <= 0) return Double.NaN;
        return (double) f1 * (double) f2 / n;
    }

    /** Pointwise mutual information {@code log2(o11 / e11)}; NaN when {@code o11 = 0} or {@code e11 = 0}. */
    public static double mi(long o11, long f1, long f2, long n) {
        double e = expected(f1, f2, n);
        if (o11 <= 0 || !(e > 0)) return Double.NaN;
        return log2(o11 / e);
    }

    /** MI3 {@code log2(o11^3 / e11)}; NaN when {@code o11 = 0} or {@code e11 = 0}. */
    public static double mi3(long o11, long f1, long f2, long n) {
        double e = expected(f1, f2, n);
        if (o11 <= 0 || !(e > 0)) return Double.NaN;
        return 3 * log2(o11) - log2(e);
    }

    /** t-score {@code (o11 - e11) / sqrt(o11)}; NaN when {@code o11 = 0}. */
    public static double tScore(long o11, long f1, long f2, long n) {
        double e = expected(f1, f2, n);
        if (o11 <= 0 || Double.isNaN(e)) return Double.NaN;
        return (o11 - e) / Math.sqrt(o11);
    }

    /** z-score {@code (o11 - e11) / sqrt(e11)}; NaN when {@code e11 = 0}. */
    public static double zScore(long o11, long f1, long f2, long n) {
        double e = expected(f1, f2, n);
        if (o11 < 0 || !(e > 0)) return Double.NaN;
        return (o11 - e) / Math.sqrt(e);
    }

    /**
     * Log-likelihood G2 over the table {@code [[o11, f1 - o11], [f2 - o11, n - f1 - f2 + o11]]}; NaN when
     * a cell is negative or a margin is zero.
     */
    public static double g2(long o11, long f1, long f2, long n) {
        return KeynessMeasures.logLikelihood(o11, f1 - o11, f2 - o11, n - f1 - f2 + o11);
    }

    /** Dice coefficient {@code 2 o11 / (f1 + f2)}; NaN when {@code f1 + f2 = 0}. */
    public static double dice(long o11, long f1, long f2) {
        if (o11 < 0 || f1 < 0 || f2 < 0 || f1 + f2 == 0) return Double.NaN;
        return 2.0 * o11 / ((double) f1 + f2);
    }

    /** logDice {@code 14 + log2(dice)} (Rychl&yacute; 2008); NaN when {@code o11 = 0}. */
    public static double logDice(long o11, long f1, long f2) {
        double d = dice(o11, f1, f2);
        if (!(d > 0)) return Double.NaN;
        return 14 + log2(d);
    }

    private static double log2(double x) { return Math.log(x) / LN2; }
}

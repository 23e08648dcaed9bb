package org.parallax.stats;

import org.apache.commons.math3.distribution.HypergeometricDistribution;
import org.apache.commons.math3.special.Gamma;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Keyness measures of one word: pure functions of its frequency {@code a} in the target corpus,
 * {@code b} in the reference corpus, and the token totals {@code c} of the target and {@code d} of the
 * reference. The 2x2 contingency table is {@code [[a, b], [c - a, d - b]]} (rows: the word, the other
 * words; columns: target, reference), {@code N = c + d}, and {@code E} the expected values from its
 * margins, {@code E_ij = row_i col_j / N}.
 *
 * <table>
 * <caption>The measures</caption>
 * <tr><th>measure</th><th>formula</th><th>undefined (NaN) when</th></tr>
 * <tr><td>{@link #logLikelihood G2}</td><td>{@code 2 sum O ln(O/E)} over the four cells, a cell with
 *     {@code O = 0} contributing 0 (Rayson &amp; Garside 2000); never negative</td><td>a zero margin</td></tr>
 * <tr><td>{@code g2_p}</td><td>upper tail of chi-square(1) at G2</td><td>G2 undefined</td></tr>
 * <tr><td>{@link #chiSquare chi2}</td><td>Pearson {@code sum (O-E)^2/E = N (ad - bc)^2 / (r1 r2 c d)}, no
 *     continuity correction</td><td>a zero margin</td></tr>
 * <tr><td>{@link #chiSquareYates chi2_yates}</td><td>each {@code |O-E|} reduced by {@code min(0.5, |O-E|)}
 *     (Yates 1934, as SciPy's {@code chi2_contingency}): {@code N max(0, |ad - bc| - N/2)^2 / (r1 r2 c d)}</td>
 *     <td>a zero margin</td></tr>
 * <tr><td>{@link #fisherP fisher_p}</td><td>two-sided Fisher exact test: the total probability, under
 *     the hypergeometric distribution of {@code a} given the margins, of the tables no more probable than
 *     the observed one</td><td>{@code N > 2^31 - 1}</td></tr>
 * <tr><td>{@link #bic}</td><td>{@code G2 - ln N} (Wilson 2013)</td><td>G2 undefined</td></tr>
 * <tr><td>{@link #ell}</td><td>{@code G2 / (N ln Emin)}, {@code Emin = (a + b) min(c, d) / N} the smaller
 *     expected frequency of the word (Johnston, Berry &amp; Mielke 2006). For {@code 0 < Emin < 1} the
 *     logarithm, and so ELL, is negative: reported as computed, as in the reference values
 *     ({@code shared/fixtures/keyness.tsv}); {@link KeynessMeasure#ELL} sorts these after the positive
 *     values, by magnitude. Near {@code Emin = 1} the logarithm is near 0 and ELL large on either side</td>
 *     <td>{@code Emin = 1} ({@code ln Emin = 0}) or {@code Emin = 0}</td></tr>
 * <tr><td>{@link #logRatio log_ratio}</td><td>{@code log2((a/c) / (b/d))}, a zero frequency replaced by
 *     0.5 (Hardie 2014): so {@code b = 0} gives a finite, large value, and {@code a = 0} a value that only
 *     reflects the correction</td><td>{@code c = 0} or {@code d = 0}</td></tr>
 * <tr><td>{@link #percentDifference pct_diff}</td><td>{@code 100 (a/c - b/d) / (b/d)} (Gabrielatos &amp;
 *     Marchi 2012)</td><td>{@code b = 0}</td></tr>
 * <tr><td>{@link #oddsRatio odds_ratio}</td><td>{@code (a / (c - a)) / (b / (d - b))}</td>
 *     <td>any of the four cells is zero</td></tr>
 * <tr><td>{@link #simpleMaths simple_maths}</td><td>{@code (fpm_t + k) / (fpm_r + k)}, {@code fpm}
 *     frequency per million tokens, {@code k > 0} (Kilgarriff 2009; k = 1 by default)</td>
 *     <td>{@code c = 0} or {@code d = 0}</td></tr>
 * </table>
 *
 * <p>Every measure is NaN for an impossible table (a negative count, {@code a > c} or {@code b > d}).
 *
 * <p>P-values: the chi-square upper tail is computed directly as the regularized upper incomplete gamma
 * function {@code Q(df/2, x/2)} (Apache Commons Math {@link Gamma#regularizedGammaQ}), not as
 * {@code 1 - cdf}, so that it stays accurate down to about 1e-308 (and is 0 only below). Fisher's test
 * sums hypergeometric point probabilities in log space (Commons Math
 * {@link HypergeometricDistribution#logProbability}, Loader's saddle-point expansion, accurate for
 * large counts); a table counts as "no more probable than the observed" when its probability is at
 * most {@code 1 + 1e-7} times the observed one (the relative tolerance of R's {@code fisher.test}; SciPy's
 * {@code fisher_exact} uses the same definition with 1e-14), which only decides genuine ties. Only the
 * tails that matter are visited: the summation stops when the rest of a tail is below 1e-17 of the sum.
 *
 * <p>Agrees with SciPy 1.10 on every row of {@code shared/fixtures/keyness.tsv} to a relative error of
 * 1e-9. (SciPy's own Fisher p-values there are off by up to 3e-10 on the largest tables, as an exact
 * computation in {@link java.math.BigDecimal} shows; the values here agree with the exact ones to about
 * 1e-14.)
 *
 * <pre>{@code
 * KeynessMeasures.g2(10, 2, 1000, 5000);                 // 25.828...
 * KeynessMeasures.fisherP(10, 2, 1000, 5000);            // 7.59e-07
 * KeynessMeasures.logLikelihood(10, 2, 990, 4998);        // the same G2, from the four cells
 * KeynessMeasures.Scores s = KeynessMeasures.scores(10, 2, 1000, 5000, 1);
 * }</pre>
 *
 * <p>Stateless; safe from any thread.
 */
public final class KeynessMeasures {
    /** Relative tolerance of "no more probable than the observed table" in {@link #fisherP}. */
    public static final double FISHER_RELATIVE_TOLERANCE = 1e-7;
    private static final double LOG_TOLERANCE = Math.log1p(FISHER_RELATIVE_TOLERANCE);
    private static final double LN2 = Math.log(2);
    /** The summation of a tail stops when the rest is below e^-40 (about 4e-18) of the sum. */
    private static final double LOG_NEGLIGIBLE = -40;

    private KeynessMeasures() {}

    /**
     * All the measures of one word, as computed by the static functions of {@link KeynessMeasures}.
     *
     * <pre>{@code
     * KeynessMeasures.Scores s = KeynessMeasures.scores(10, 2, 1000, 5000, 1);   // a, b, c, d, k
     * s.g2();          // 25.828...
     * s.logRatio();    // 4.6439: log2((10 / 1000) / (2 / 5000)) = log2 25
     * s.oddsRatio();   // 25.24
     * }</pre>
     *
     * @param g2          log-likelihood G2
     * @param g2P         chi-square(1) upper tail of G2
     * @param chi2        Pearson chi-square without correction
     * @param chi2P       chi-square(1) upper tail of chi2
     * @param chi2Yates   Pearson chi-square with Yates' correction
     * @param fisherP     two-sided Fisher exact p-value
     * @param bic         BIC approximation {@code G2 - ln N}
     * @param ell         effect size for log-likelihood
     * @param logRatio    Hardie's log ratio (zero frequencies replaced by 0.5)
     * @param pctDiff     %DIFF
     * @param oddsRatio   odds ratio
     * @param simpleMaths Kilgarriff's simple maths with the k given
     */
    public record Scores(double g2, double g2P, double chi2, double chi2P, double chi2Yates, double fisherP,
                         double bic, double ell, double logRatio, double pctDiff, double oddsRatio,
                         double simpleMaths) {}

    /** Every measure of a word ({@code k} for simple maths). */
    public static Scores scores(long a, long b, long c, long d, double k) {
        double g2 = g2(a, b, c, d);
        double chi2 = chiSquare(a, b, c, d);
        return new Scores(g2, chiSquareSurvival(g2, 1), chi2, chiSquareSurvival(chi2, 1), chiSquareYates(a, b, c, d),
                fisherP(a, b, c, d), bic(a, b, c, d, g2), ell(a, b, c, d, g2), logRatio(a, b, c, d),
                percentDifference(a, b, c, d), oddsRatio(a, b, c, d), simpleMaths(a, b, c, d, k));
    }

    private static boolean valid(long a, long b, long c, long d) {
        return a >= 0 && b >= 0 && c >= a && d >= b;
    }

    // ---------------------------------------------------------------- contingency-table statistics

    /** Log-likelihood G2 of a word (the four cells {@code [[a, b], [c - a, d - b]]}). */
    public static double g2(long a, long b, long c, long d) {
        if (!valid(a, b, c, d)) return Double.NaN;
        return logLikelihood(a, b, c - a, d - b);
    }

    /**
     * Log-likelihood G2 {@code 2 sum O ln(O/E)} of a 2x2 table given by its cells
     * {@code [[o11, o12], [o21, o22]]}; NaN when a cell is negative or a margin is zero. Never negative
     * (a rounding error below zero is returned as 0).
     */
    public static double logLikelihood(long o11, long o12, long o21, long o22) {
        if (o11 < 0 || o12 < 0 || o21 < 0 || o22 < 0) return Double.NaN;
        long r1 = o11 + o12;
        long r2 = o21 + o22;
        long c1 = o11 + o21;
        long c2 = o12 + o22;
        if (r1 == 0 || r2 == 0 || c1 == 0 || c2 == 0) return Double.NaN;
        double n = (double) r1 + r2;
        double s = term(o11, r1, c1, n) + term(o12, r1, c2, n) + term(o21, r2, c1, n) + term(o22, r2, c2, n);
        return Math.max(0, 2 * s);
    }

    private static double term(long o, long r, long c, double n) {
        if (o == 0) return 0;
        return o * Math.log(o * n / ((double) r * (double) c));
    }

    /** Pearson chi-square without continuity correction, {@code N (ad - bc)^2 / ((a + b)(N - a - b) c d)}. */
    public static double chiSquare(long a, long b, long c, long d) {
        if (!valid(a, b, c, d)) return Double.NaN;
        double den = denominator(a, b, c, d);
        if (!(den > 0)) return Double.NaN;
        double det = determinant(a, b, c, d);
        return ((double) c + d) * det * det / den;
    }

    /**
     * Pearson chi-square with Yates' continuity correction as SciPy applies it: each {@code |O - E|}
     * reduced by {@code min(0.5, |O - E|)}, i.e. {@code N max(0, |ad - bc| - N/2)^2 / ((a + b)(N - a - b) c d)}.
     */
    public static double chiSquareYates(long a, long b, long c, long d) {
        if (!valid(a, b, c, d)) return Double.NaN;
        double den = denominator(a, b, c, d);
        if (!(den > 0)) return Double.NaN;
        double n = (double) c + d;
        double x = Math.max(0, Math.abs(determinant(a, b, c, d)) - n / 2);
        return n * x * x / den;
    }

    /** The p-value of Pearson's chi-square with Yates' correction (chi-square(1) upper tail). */
    public static double chiSquareYatesP(long a, long b, long c, long d) {
        return chiSquareSurvival(chiSquareYates(a, b, c, d), 1);
    }

    /** {@code (a + b)(N - a - b) c d} as a double. */
    private static double denominator(long a, long b, long c, long d) {
        double r1 = (double) a + b;
        double r2 = (double) (c - a) + (d - b);
        return r1 * r2 * (double) c * (double) d;
    }

    /** {@code a (d - b) - b (c - a) = ad - bc}, exact while it fits in a long. */
    private static double determinant(long a, long b, long c, long d) {
        try {
            return (double) Math.subtractExact(Math.multiplyExact(a, d), Math.multiplyExact(b, c));
        } catch (ArithmeticException overflow) {
            return BigInteger.valueOf(a).multiply(BigInteger.valueOf(d))
                    .subtract(BigInteger.valueOf(b).multiply(BigInteger.valueOf(c))).doubleValue();
        }
    }

    /**
     * The upper tail {@code P(X > x)} of the chi-square distribution with {@code df} degrees of freedom,
     * computed directly as the regularized upper incomplete gamma function {@code Q(df/2, x/2)} (not as
     * {@code 1 - cdf}, which loses every digit below 1e-16). 1 for {@code x <= 0}, NaN for NaN.
     */
    public static double chiSquareSurvival(double x, int df) {
        if (df <= 0) throw new IllegalArgumentException("degrees of freedom must be positive: " + df);
        if (Double.isNaN(x)) return Double.NaN;
        if (x <= 0) return 1.0;
        if (x == Double.POSITIVE_INFINITY) return 0.0;
        return Gamma.regularizedGammaQ(df / 2.0, x / 2.0);
    }

    // ---------------------------------------------------------------- Fisher's exact test

    /**
     * Two-sided p-value of Fisher's exact test of the table {@code [[a, b], [c - a, d - b]]}: the sum of
     * the hypergeometric probabilities of the tables with the same margins that are no more probable
     * than the observed one (up to a relative tolerance of {@value #FISHER_RELATIVE_TOLERANCE}), as
     * SciPy's {@code fisher_exact} and R's {@code fisher.test}. 1 when a margin is zero (a single
     * possible table); NaN for an impossible table or when {@code N = c + d} exceeds {@code 2^31 - 1}
     * (the range of the hypergeometric distribution used).
     */
    public static double fisherP(long a, long b, long c, long d) {
        if (!valid(a, b, c, d)) return Double.NaN;
        long total = c + d;
        if (total > Integer.MAX_VALUE) return Double.NaN;
        long k = a + b;   // words: successes in the population
        long n = c;       // target tokens: the sample drawn
        long lo = Math.max(0, n - (total - k));
        long hi = Math.min(k, n);
        if (lo >= hi) return 1.0;
        HypergeometricDistribution h = new HypergeometricDistribution(null, (int) total, (int) k, (int) n);
        int x0 = (int) a;
        double limit = h.logProbability(x0) + LOG_TOLERANCE;
        long m = (long) Math.floor(((double) n + 1) * ((double) k + 1) / ((double) total + 2));
        int mode = (int) Math.max(lo, Math.min(hi, m));
        if (h.logProbability(mode) <= limit) return 1.0;
        LogSum sum = new LogSum();
        // the tail of the observed table, away from the mode: every table there is less probable
        int step = x0 < mode ? -1 : 1;
        addTail(h, x0, step, (int) lo, (int) hi, sum);
        // the other side of the mode: the first table no more probable than the observed one, then its tail
        int far = step < 0 ? (int) hi : (int) lo;
        if (h.logProbability(far) <= limit) {
            int inside = mode;  // probability above the limit
            int outside = far;  // probability at or below the limit
            while (Math.abs(outside - inside) > 1) {
                int mid = (int) (((long) inside + outside) / 2);
                if (h.logProbability(mid) <= limit) outside = mid;
                else inside = mid;
            }
            addTail(h, outside, -step, (int) lo, (int) hi, sum);
        }
        return Math.min(1.0, sum.value());
    }

    /** Adds the probabilities from {@code x} outwards by {@code step} until the rest is negligible. */
    private static void addTail(HypergeometricDistribution h, int x, int step, int lo, int hi, LogSum sum) {
        double previous = Double.NaN;
        for (; x >= lo && x <= hi; x += step) {
            double lp = h.logProbability(x);
            sum.add(lp);
            if (!Double.isNaN(previous)) {
                // log-concave: later ratios are no larger, so the rest is at most p r / (1 - r)
                double logRatio = lp - previous;
                if (logRatio < 0) {
                    double rest = lp + logRatio - Math.log(-Math.expm1(logRatio));
                    if (rest < sum.log() + LOG_NEGLIGIBLE) return;
                }
            }
            previous = lp;
        }
    }

    /** A sum of exponentials kept in log space: {@code max} and {@code sum exp(lp - max)}. */
    private static final class LogSum {
        private double max = Double.NEGATIVE_INFINITY;
        private double scaled;

        void add(double lp) {
            if (lp == Double.NEGATIVE_INFINITY) return;
            if (lp <= max) {
                scaled += Math.exp(lp - max);
            } else {
                scaled = scaled * Math.exp(max - lp) + 1;
                max = lp;
            }
        }

        double log() { return max == Double.NEGATIVE_INFINITY ? max : max + Math.log(scaled); }

        double value() { return Math.exp(log()); }
    }

    // ---------------------------------------------------------------- effect sizes

    /** BIC approximation {@code G2 - ln N} (Wilson 2013): positive values are evidence against independence. */
    public static double bic(long a, long b, long c, long d) { return bic(a, b, c, d, g2(a, b, c, d)); }

    private static double bic(long a, long b, long c, long d, double g2) {
        if (!valid(a, b, c, d)) return Double.NaN;
        return g2 - Math.log((double) c + d);
    }

    /**
     * Effect size for log-likelihood {@code G2 / (N ln Emin)} (Johnston, Berry &amp; Mielke 2006), with
     * {@code Emin = (a + b) min(c, d) / N}; NaN when {@code Emin} is 0 or 1, negative when it is below 1
     * (as the reference values define it: {@code ell(1, 0, 3000, 100000)} is {@code -1.94e-5}).
     */
    public static double ell(long a, long b, long c, long d) { return ell(a, b, c, d, g2(a, b, c, d)); }

    private static double ell(long a, long b, long c, long d, double g2) {
        if (!valid(a, b, c, d)) return Double.NaN;
        double n = (double) c + d;
        double eMin = ((double) a + b) * Math.min(c, d) / n;
        if (!(eMin > 0)) return Double.NaN;
        double ln = Math.log(eMin);
        if (ln == 0) return Double.NaN;
        return g2 / (n * ln);
    }

    /**
     * Log ratio {@code log2((a/c) / (b/d))} (Hardie 2014), a zero frequency replaced by 0.5 so that a
     * word absent from one corpus still has a finite value; NaN when {@code c} or {@code d} is 0. Each
     * unit is a doubling of the relative frequency.
     */
    public static double logRatio(long a, long b, long c, long d) {
        if (!valid(a, b, c, d) || c == 0 || d == 0) return Double.NaN;
        double fa = a == 0 ? 0.5 : a;
        double fb = b == 0 ? 0.5 : b;
        return Math.log((fa / c) / (fb / d)) / LN2;
    }

    /** %DIFF {@code 100 (a/c - b/d) / (b/d)} (Gabrielatos &amp; Marchi 2012); NaN when {@code b = 0}. */
    public static double percentDifference(long a, long b, long c, long d) {
        if (!valid(a, b, c, d) || b == 0 || c == 0) return Double.NaN;
        double ra = (double) a / c;
        double rb = (double) b / d;
        return 100 * (ra - rb) / rb;
    }

    /** Odds ratio {@code (a / (c - a)) / (b / (d - b))}; NaN when any of the four cells is 0. */
    public static double oddsRatio(long a, long b, long c, long d) {
        if (!valid(a, b, c, d) || a == 0 || b == 0 || c == a || d == b) return Double.NaN;
        return ((double) a / (c - a)) / ((double) b / (d - b));
    }

    /**
     * Kilgarriff's simple maths {@code (fpm_t + k) / (fpm_r + k)} with frequencies per million tokens
     * {@code fpm_t = 10^6 a / c}, {@code fpm_r = 10^6 b / d}; small {@code k} favours rare words, large
     * {@code k} common ones. NaN when {@code c} or {@code d} is 0.
     *
     * @throws IllegalArgumentException if {@code k} is not positive
     */
    public static double simpleMaths(long a, long b, long c, long d, double k) {
        if (!(k > 0) || Double.isInfinite(k)) throw new IllegalArgumentException("simple maths needs k > 0, got " + k);
        if (!valid(a, b, c, d) || c == 0 || d == 0) return Double.NaN;
        return ((double) a / c * 1e6 + k) / ((double) b / d * 1e6 + k);
    }

    // ---------------------------------------------------------------- multiple testing

    /**
     * Bonferroni-corrected p-values {@code min(1, m p)}, {@code m} the number of p-values that are not NaN
     * (NaN stays NaN).
     */
    public static double[] bonferroni(double[] p) {
        long m = Arrays.stream(p).filter(v -> !Double.isNaN(v)).count();
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) out[i] = Double.isNaN(p[i]) ? Double.NaN : Math.min(1.0, p[i] * m);
        return out;
    }

    /**
     * Benjamini&ndash;Hochberg adjusted p-values (false discovery rate; Benjamini &amp; Hochberg 1995):
     * with the {@code m} p-values that are not NaN in ascending order, {@code q_(i) = min_{j >= i} min(1,
     * m p_(j) / j)}, as R's {@code p.adjust(method = "BH")}. NaN stays NaN.
     */
    public static double[] benjaminiHochberg(double[] p) {
        double[] out = new double[p.length];
        Arrays.fill(out, Double.NaN);
        Integer[] order = new Integer[p.length];
        int m = 0;
        for (int i = 0; i < p.length; i++) if (!Double.isNaN(p[i])) order[m++] = i;
        Integer[] idx = Arrays.copyOf(order, m);
        Arrays.sort(idx, (x, y) -> Double.compare(p[x], p[y]));
        double running = 1.0;
        for (int r = m - 1; r >= 0; r--) {
            running = Math.min(running, p[idx[r]] * m / (r + 1));
            out[idx[r]] = Math.min(1.0, running);
        }
        return out;
    }
}

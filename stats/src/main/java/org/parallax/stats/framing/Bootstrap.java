package org.parallax.stats.framing;

import java.util.Arrays;
import java.util.Objects;

/**
 * Settings of the resampling statistics of {@link CueProfiler}: the number of replicates {@code B}
 * (bootstrap resamples, and permutations for the difference test), the confidence level of the
 * percentile intervals and the seed of the {@link java.util.Random} that draws them. The same settings
 * and data always give the same intervals and p-values.
 *
 * <p>A percentile interval at confidence {@code 1 − α} is {@code [q(α/2), q(1 − α/2)]} of the
 * {@code B} replicate values, where {@code q} is the sample quantile with linear interpolation
 * (Hyndman and Fan's type 7, the default of R and NumPy): for sorted values
 * {@code x[0] ≤ … ≤ x[B−1]}, {@code h = (B − 1)·p}, {@code q(p) = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋])}.
 *
 * <pre>{@code
 * Bootstrap b = Bootstrap.defaults();              // B = 1000, 95 %, seed 42
 * Bootstrap fast = b.withReplicates(200).withSeed(7);
 * CueProfiler.frames().bootstrap(fast).profile(Source.of(Corpus.seeds().document("en-essay")));
 * Bootstrap.quantile(new double[] {1, 2, 3, 4}, 0.5);   // 2.5
 * }</pre>
 *
 * @param replicates number of bootstrap resamples (and of permutations), at least 1
 * @param confidence confidence level of the intervals, in (0, 1)
 * @param seed       seed of the random number generator
 */
public record Bootstrap(int replicates, double confidence, long seed) {
    /** Default number of replicates. */
    public static final int DEFAULT_REPLICATES = 1000;
    /** Default confidence level. */
    public static final double DEFAULT_CONFIDENCE = 0.95;
    /** Default seed. */
    public static final long DEFAULT_SEED = 42;

    private static final Bootstrap DEFAULTS = new Bootstrap(DEFAULT_REPLICATES, DEFAULT_CONFIDENCE, DEFAULT_SEED);

    /** Validates. */
    public Bootstrap {
        if (replicates < 1) throw new IllegalArgumentException("replicates must be at least 1: " + replicates);
        if (!(confidence > 0 && confidence < 1)) throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
    }

    /** B = {@value #DEFAULT_REPLICATES}, 95 % intervals, seed {@value #DEFAULT_SEED}. */
    public static Bootstrap defaults() { return DEFAULTS; }

    /** A copy with another number of replicates. */
    public Bootstrap withReplicates(int b) { return new Bootstrap(b, confidence, seed); }

    /** A copy with another confidence level. */
    public Bootstrap withConfidence(double c) { return new Bootstrap(replicates, c, seed); }

    /** A copy with another seed. */
    public Bootstrap withSeed(long s) { return new Bootstrap(replicates, confidence, s); }

    /** The lower quantile level {@code α/2}. */
    public double lowerLevel() { return (1 - confidence) / 2; }

    /** The upper quantile level {@code 1 − α/2}. */
    public double upperLevel() { return 1 - (1 - confidence) / 2; }

    /**
     * The type-7 sample quantile of sorted values (NaN for an empty array).
     *
     * @param sorted values in ascending order
     * @param p      the level, in [0, 1]
     * @throws IllegalArgumentException when {@code p} is outside [0, 1] or NaN
     */
    public static double quantile(double[] sorted, double p) {
        Objects.requireNonNull(sorted, "sorted");
        if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException("quantile level p must be in [0, 1], got " + p);
        int n = sorted.length;
        if (n == 0) return Double.NaN;
        if (n == 1) return sorted[0];
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= n - 1) return sorted[n - 1];
        return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }

    /** The percentile interval {@code [q(α/2), q(1 − α/2)]} of replicate values (sorted in place; NaNs dropped). */
    double[] interval(double[] values) {
        double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
        return new double[] {quantile(v, lowerLevel()), quantile(v, upperLevel())};
    }

    /** "95 % bootstrap intervals over sentences (B = 1000, seed 42)". */
    String describe() {
        return String.format(java.util.Locale.ROOT, "%s %% bootstrap intervals over sentences (B = %d, seed %d)",
                percent(confidence), replicates, seed);
    }

    static String percent(double c) {
        double p = c * 100;
        return p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p);
    }
}

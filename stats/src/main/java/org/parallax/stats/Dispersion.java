package org.parallax.stats;

import java.util.Locale;

/**
 * Dispersion of a word over the parts of a corpus (documents, or equal-sized parts of the concatenated
 * corpus): Gries' DP, its normalization DP<sub>norm</sub> and Juilland's D, exactly as defined in the
 * project's statistics fixtures.
 *
 * <p>For parts of sizes {@code size_i} (tokens) holding {@code freq_i} occurrences of the word, with
 * {@code s_i = size_i / Σ size} and {@code v_i = freq_i / Σ freq}:
 * <ul>
 *   <li><b>DP</b> (Gries 2008) {@code = 0.5 · Σ |v_i − s_i|}: 0 when the word is spread exactly as the
 *       parts' sizes, close to 1 when it is concentrated in a small part;</li>
 *   <li><b>DP<sub>norm</sub></b> (Lijffijt &amp; Gries 2012) {@code = DP / (1 − min s_i)}: DP scaled to
 *       [0, 1];</li>
 *   <li><b>Juilland's D</b> {@code = 1 − CV / √(n − 1)}, CV the coefficient of variation (population
 *       standard deviation over mean) of the relative frequencies {@code freq_i / size_i} of the
 *       {@code n} parts: 1 for a perfectly even spread, 0 for a word in one part only.</li>
 * </ul>
 *
 * <p><b>Undefined values are NaN</b>, never a number standing in for "undefined":
 * <ul>
 *   <li>a word that never occurs (Σ freq = 0), or no part of non-zero size: all three are NaN;</li>
 *   <li>a single part (of non-zero size): DP = 0 (v = s = 1), DP<sub>norm</sub> (0 / 0) and D
 *       (division by √0) are NaN.</li>
 * </ul>
 * <b>Parts of size 0</b> (an empty document, or more parts than tokens) hold no token, so they cannot hold
 * the word: they are left out. DP is the same with or without them ({@code v_i = s_i = 0}); with them,
 * {@code min s_i} would be 0 and the relative frequency {@code 0/0} of D undefined. A frequency larger than
 * its part, or negative, is an error.
 *
 * <p>DP<sub>norm</sub> is at most 1 and D between 0 and 1 mathematically; the computed values are clamped
 * to those bounds to absorb rounding in the last bit. Exact cases come out exact, so that ties sort as
 * ties: D of a word in one part only is 0 (its CV is exactly √(n − 1), whatever the sizes of the parts),
 * and a D within {@value #D_EXACT} of 0 or 1 (rounding noise of the mean and standard deviation, as for
 * equal relative frequencies in every part) is 0 or 1.
 *
 * <pre>{@code
 * long[] sizes = {1000, 1000, 1000, 1000};
 * long[] freqs = {10, 0, 0, 0};
 * Dispersion.dp(sizes, freqs);         // 0.75
 * Dispersion.dpNorm(sizes, freqs);     // 1.0
 * Dispersion.juillandD(sizes, freqs);  // 0.0
 * Dispersion.dp(new long[] {500}, new long[] {3});        // 0.0
 * Dispersion.juillandD(new long[] {500}, new long[] {3}); // NaN: one part
 *
 * // many words over the same parts: precompute the sizes, give each word's non-zero parts only
 * Dispersion.Sizes parts = Dispersion.Sizes.of(sizes);
 * Dispersion.Measures m = parts.measures(new int[] {0}, new long[] {10}, 0, 1);   // 10 in part 0
 * m.dp(); m.dpNorm(); m.juillandD(); m.range();   // 0.75, 1.0, 0.0, 1: as above
 * }</pre>
 */
public final class Dispersion {
    private Dispersion() {}

    /** Gries' DP of a word with frequencies {@code freqs} in parts of sizes {@code sizes} (NaN when undefined). */
    public static double dp(long[] sizes, long[] freqs) { return measures(sizes, freqs).dp(); }

    /** DP<sub>norm</sub> = DP / (1 − min s<sub>i</sub>) (NaN when undefined, e.g. one part). */
    public static double dpNorm(long[] sizes, long[] freqs) { return measures(sizes, freqs).dpNorm(); }

    /** Juilland's D = 1 − CV / √(n − 1) (NaN when undefined, e.g. one part). */
    public static double juillandD(long[] sizes, long[] freqs) { return measures(sizes, freqs).juillandD(); }

    /**
     * Distance to 0 or 1 under which Juilland's D is taken to be exactly 0 or 1: the rounding noise of its
     * two-pass standard deviation is about 10<sup>−16</sup>; a true D this close to a bound needs relative
     * frequencies 10<sup>12</sup> apart.
     */
    public static final double D_EXACT = 1e-12;

    /**
     * All measures of one word at once.
     *
     * @param sizes part sizes (tokens), each &ge; 0
     * @param freqs the word's frequency in each part, {@code 0 <= freqs[i] <= sizes[i]}
     * @throws IllegalArgumentException when the arrays differ in length or a frequency is out of range
     */
    public static Measures measures(long[] sizes, long[] freqs) {
        if (sizes.length != freqs.length) {
            throw new IllegalArgumentException(sizes.length + " part sizes but " + freqs.length + " frequencies");
        }
        Sizes s = Sizes.of(sizes);
        int[] parts = new int[freqs.length];
        long[] f = new long[freqs.length];
        int nz = 0;
        for (int i = 0; i < freqs.length; i++) {
            if (freqs[i] < 0 || freqs[i] > sizes[i]) {
                throw new IllegalArgumentException("frequency " + freqs[i] + " in part " + i + " of size " + sizes[i]);
            }
            if (freqs[i] > 0) {
                parts[nz] = i;
                f[nz++] = freqs[i];
            }
        }
        return s.measures(parts, f, 0, nz);
    }

    /**
     * The dispersion of one word.
     *
     * <pre>{@code
     * Dispersion.Measures m = Dispersion.measures(new long[] {2, 3, 5}, new long[] {1, 0, 1});
     * m.dp();      // 0.3
     * m.dpNorm();  // 0.375 (printed 0.37499999999999994: rounding)
     * m.range();   // 2
     * }</pre>
     *
     * @param freq      total frequency (Σ freq<sub>i</sub>)
     * @param range     number of parts holding the word at least once
     * @param dp        Gries' DP, or NaN
     * @param dpNorm    DP<sub>norm</sub>, or NaN
     * @param juillandD Juilland's D, or NaN
     */
    public record Measures(long freq, int range, double dp, double dpNorm, double juillandD) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "freq=%d range=%d dp=%s dp_norm=%s D=%s", freq, range, dp, dpNorm, juillandD);
        }
    }

    /**
     * How a corpus is cut into parts for dispersion: its documents, or {@code n} equal-sized parts of
     * the concatenated corpus (the counted tokens of the documents in order; part {@code k} holds the
     * tokens {@code [⌊k·T/n⌋, ⌊(k+1)·T/n⌋)}, so sizes differ by at most one token).
     *
     * <pre>{@code
     * Dispersion.Parts.documents();
     * Dispersion.Parts.equal(10);
     * Dispersion.Parts.parse("parts:10");   // equal(10)
     * Dispersion.Parts.parse("documents");  // documents()
     * }</pre>
     *
     * @param count number of equal parts, or 0 for one part per document
     */
    public record Parts(int count) {
        private static final Parts DOCUMENTS = new Parts(0);

        /** Validates. */
        public Parts {
            if (count < 0) throw new IllegalArgumentException("number of parts must be positive, got " + count);
        }

        /** One part per document. */
        public static Parts documents() { return DOCUMENTS; }

        /** {@code n} equal-sized parts of the concatenated corpus. */
        public static Parts equal(int n) {
            if (n < 1) throw new IllegalArgumentException("number of parts must be positive, got " + n);
            return new Parts(n);
        }

        /** Whether parts are documents. */
        public boolean byDocument() { return count == 0; }

        /** Parses {@code documents} or {@code parts:N}. */
        public static Parts parse(String s) {
            String k = s.strip().toLowerCase(Locale.ROOT);
            if (k.equals("documents") || k.equals("docs")) return documents();
            if (k.startsWith("parts:")) {
                int n;
                try {
                    n = Integer.parseInt(k.substring(6).strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("expected documents or parts:N, got '" + s + "'");
                }
                if (n < 1) throw new IllegalArgumentException("parts:N needs N >= 1, got '" + s + "'");
                return equal(n);
            }
            throw new IllegalArgumentException("expected documents or parts:N, got '" + s + "'");
        }

        /** {@code documents} or {@code parts:N}. */
        public String label() { return byDocument() ? "documents" : "parts:" + count; }

        @Override
        public String toString() { return label(); }
    }

    /**
     * The part sizes of a corpus, precomputed once for the dispersion of many words: each word then gives
     * only its non-zero parts (sparse), in time linear in its range.
     *
     * <pre>{@code
     * Dispersion.Sizes s = Dispersion.Sizes.of(new long[] {4000, 6000});
     * s.measures(new int[] {1}, new long[] {12}, 0, 1).dp();  // 0.4: all in the part of 60 %
     * }</pre>
     *
     * <p>Immutable.
     */
    public static final class Sizes {
        private final long[] sizes;
        private final long total;
        private final int nonEmpty;
        private final long minSize;

        private Sizes(long[] sizes) {
            this.sizes = sizes;
            long t = 0;
            int ne = 0;
            long min = Long.MAX_VALUE;
            for (long s : sizes) {
                if (s < 0) throw new IllegalArgumentException("negative part size " + s);
                t += s;
                if (s > 0) {
                    ne++;
                    min = Math.min(min, s);
                }
            }
            this.total = t;
            this.nonEmpty = ne;
            this.minSize = ne == 0 ? 0 : min;
        }

        /** The sizes of the parts (tokens), in part order. */
        public static Sizes of(long[] sizes) { return new Sizes(sizes.clone()); }

        /** Number of parts (empty ones included). */
        public int parts() { return sizes.length; }

        /** Number of parts of non-zero size: the {@code n} of Juilland's D. */
        public int nonEmptyParts() { return nonEmpty; }

        /** Size of part {@code i}. */
        public long size(int i) { return sizes[i]; }

        /** Total size (tokens). */
        public long total() { return total; }

        /** A copy of the sizes. */
        public long[] toArray() { return sizes.clone(); }

        /**
         * The measures of a word given its non-zero parts: {@code parts[k]} holds {@code freqs[k]}
         * occurrences, for {@code from <= k < to}; parts not listed hold none. Each part at most once.
         *
         * @throws IllegalArgumentException for a frequency larger than its part or negative
         */
        public Measures measures(int[] parts, long[] freqs, int from, int to) {
            long f = 0;
            long sizeNz = 0; // Σ size over the listed parts holding the word
            int range = 0;
            for (int k = from; k < to; k++) {
                long fk = freqs[k];
                long sk = sizes[parts[k]];
                if (fk < 0 || fk > sk) {
                    throw new IllegalArgumentException("frequency " + fk + " in part " + parts[k] + " of size " + sk);
                }
                if (fk == 0) continue;
                f += fk;
                sizeNz += sk;
                range++;
            }
            if (f == 0 || nonEmpty == 0) return new Measures(f, range, Double.NaN, Double.NaN, Double.NaN);
            double n = total;
            double ff = f;
            // DP: the listed parts, plus every part without the word (v_i = 0, |v_i - s_i| = s_i): their
            // total share of the corpus is (N - Σ size over the listed parts) / N, exact in integers
            double sum = (total - sizeNz) / n;
            for (int k = from; k < to; k++) {
                if (freqs[k] == 0) continue;
                sum += Math.abs(freqs[k] / ff - sizes[parts[k]] / n);
            }
            double dp = 0.5 * sum;
            if (nonEmpty == 1) return new Measures(f, range, dp, Double.NaN, Double.NaN);
            double dpNorm = Math.min(1.0, dp / ((total - minSize) / n));
            if (range == 1) return new Measures(f, range, dp, dpNorm, 0.0); // CV = √(n − 1) exactly: D = 0
            // Juilland's D over the non-empty parts: relative frequencies r_i = freq_i / size_i, zero for
            // the parts without the word; population standard deviation in two passes
            double sumR = 0;
            for (int k = from; k < to; k++) {
                if (freqs[k] == 0) continue;
                sumR += freqs[k] / (double) sizes[parts[k]];
            }
            double mean = sumR / nonEmpty;
            double ss = (double) (nonEmpty - range) * mean * mean;
            for (int k = from; k < to; k++) {
                if (freqs[k] == 0) continue;
                double d = freqs[k] / (double) sizes[parts[k]] - mean;
                ss += d * d;
            }
            double cv = Math.sqrt(ss / nonEmpty) / mean;
            double d = 1.0 - cv / Math.sqrt(nonEmpty - 1.0);
            if (d < D_EXACT) d = 0.0;
            else if (d > 1.0 - D_EXACT) d = 1.0;
            return new Measures(f, range, dp, dpNorm, d);
        }

        @Override
        public String toString() {
            return sizes.length + " parts (" + nonEmpty + " non-empty), " + total + " tokens";
        }
    }
}

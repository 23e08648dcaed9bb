package org.parallax.align.parallel;

/**
 * The monotonic dynamic programme over beads 1-1, 1-0, 0-1, 2-1, 1-2 and 2-2, limited to a band around
 * the diagonal or around a previous pass's path.
 *
 * <p>Cell {@code (i, j)} holds the cheapest alignment of the first {@code i} source and {@code j} target
 * units. Row {@code i} is computed only for {@code j} in {@code [lo[i], hi[i]]}: the target position
 * {@code center(i)} where the target's cumulative length (in characters) reaches the source's times the
 * length ratio of the two texts, plus or minus the half-width {@code w}; or, given a guide path, from
 * {@code w} before the guide's first cell in the row to {@code w} after its last (rows are widened where
 * needed so that each row can be reached from the one before). Back-pointers take one byte per band cell, in one
 * array with an offset per row; scores and the per-cell overlap counts live in rolling rows (three rows:
 * beads of two source units look two rows back). Time and memory are {@code O((n + 1)(2w + 1))}.
 *
 * <p>When the best path comes within two units of a band edge that is not the edge of the matrix, the band
 * may have cut off a better path: the half-width is doubled and the alignment computed again, until the
 * path stays clear of the edges or the band covers the whole matrix. A half-width of
 * {@link Integer#MAX_VALUE} gives the full, band-free programme (quadratic; the baseline of the benchmark).
 */
final class BandedDp {
    static final double INF = Double.POSITIVE_INFINITY;
    static final int MARGIN = 2;

    /** The result: bead boundaries (path cells) and bead types, from (0, 0) to (n, m). */
    record Path(int[] i, int[] j, byte[] type, int halfWidth, int widenings, long cells) {
        int beads() { return type.length; }
    }

    private BandedDp() {}

    static Path align(Model model, int halfWidth) { return align(model, halfWidth, null); }

    /**
     * Aligns in a band of half-width {@code halfWidth} around the diagonal, or around the path {@code guide}
     * (a previous pass's alignment) when it is given; doubles the band while the path touches its edge.
     */
    static Path align(Model model, int halfWidth, Path guide) {
        int n = model.n, m = model.m;
        int w = halfWidth;
        int widenings = 0;
        long cells = 0;
        int[][] range = guide == null ? diagonal(model) : along(guide, n);
        while (true) {
            int[] lo = new int[n + 1];
            int[] hi = new int[n + 1];
            band(range[0], range[1], m, w, lo, hi);
            Run r = run(model, lo, hi);
            cells += r.cells;
            boolean full = w >= Math.max(n, m);
            if (full || !touches(r.path, lo, hi, m)) {
                return new Path(r.path.i, r.path.j, r.path.type, w, widenings, cells);
            }
            w = w > Integer.MAX_VALUE / 2 ? Integer.MAX_VALUE : w * 2;
            widenings++;
        }
    }

    private record Run(Path path, long cells) {}

    /**
     * The diagonal implied by the length ratio: for each row {@code i}, the target position where the
     * target's cumulative length (characters) is nearest the source's times the ratio of the total lengths
     * (unit counts when a side has no characters).
     */
    static int[][] diagonal(Model model) {
        int n = model.n, m = model.m;
        int[] center = new int[n + 1];
        long totalS = 0, totalT = 0;
        for (int x : model.lenS) totalS += x;
        for (int x : model.lenT) totalT += x;
        boolean byCount = totalS == 0 || totalT == 0;
        long[] cumT = new long[m + 1];
        for (int j = 0; j < m; j++) cumT[j + 1] = cumT[j] + (byCount ? 1 : model.lenT[j]);
        double ratio = byCount ? (double) m / Math.max(1, n) : (double) totalT / totalS;
        long cumS = 0;
        int j = 0;
        for (int i = 0; i <= n; i++) {
            if (i > 0) cumS += byCount ? 1 : model.lenS[i - 1];
            double target = i == n ? cumT[m] : cumS * ratio;
            while (j < m && cumT[j + 1] <= target) j++;
            // j: last position with cumT[j] <= target; the nearer of j and j + 1
            center[i] = j < m && cumT[j + 1] - target < target - cumT[j] ? j + 1 : j;
        }
        center[n] = m;
        return new int[][] {center, center};
    }

    /**
     * The target range of each row along a path: from its first to its last cell in the row (a row skipped by
     * a 2-x bead takes the end of the row before).
     */
    static int[][] along(Path p, int n) {
        int[] first = new int[n + 1], last = new int[n + 1];
        java.util.Arrays.fill(first, -1);
        int cells = p.i.length;
        for (int k = 0; k < cells; k++) {
            int i = p.i[k];
            if (first[i] < 0) first[i] = p.j[k];
            last[i] = p.j[k];
        }
        for (int i = 1; i < n; i++) {
            if (first[i] < 0) first[i] = last[i] = last[i - 1];
        }
        return new int[][] {first, last};
    }

    /**
     * The band: for each row, the target range from {@code from[i] - w} to {@code to[i] + w}, made reachable
     * row to row.
     */
    static void band(int[] from, int[] to, int m, int w, int[] lo, int[] hi) {
        int n = from.length - 1;
        if (w >= Math.max(n, m)) {
            for (int i = 0; i <= n; i++) {
                lo[i] = 0;
                hi[i] = m;
            }
            return;
        }
        for (int i = 0; i <= n; i++) {
            lo[i] = (int) Math.max(0, (long) from[i] - w);
            hi[i] = (int) Math.min(m, (long) to[i] + w);
            if (i > 0) {
                // reachable from the row before (1-1 or 1-0 beads), and never narrower than needed
                if (lo[i] > hi[i - 1] + 1) lo[i] = hi[i - 1] + 1;
                if (lo[i] < lo[i - 1]) lo[i] = lo[i - 1];
                if (hi[i] < hi[i - 1]) hi[i] = hi[i - 1];
            }
        }
        lo[0] = 0;
        hi[n] = m;
    }

    /**
     * Computes (once) the overlap of the source unit stamped {@code stamp} in the mark arrays and target unit
     * {@code j - 1} into slot {@code j}.
     */
    private static void known(Model md, boolean[] known, int[] lex, double[] anc, int[] markL, int[] markA, int stamp,
                              int j) {
        if (known[j]) return;
        lex[j] = md.lexShared(markL, stamp, j - 1);
        anc[j] = md.ancShared(markA, stamp, j - 1);
        known[j] = true;
    }

    private static boolean touches(Path p, int[] lo, int[] hi, int m) {
        for (int k = 0; k < p.i.length; k++) {
            int i = p.i[k], j = p.j[k];
            if (lo[i] > 0 && j - lo[i] < MARGIN) return true;
            if (hi[i] < m && hi[i] - j < MARGIN) return true;
        }
        return false;
    }

    private static Run run(Model md, int[] lo, int[] hi) {
        int n = md.n, m = md.m;
        long[] rowOff = new long[n + 2];
        for (int i = 0; i <= n; i++) rowOff[i + 1] = rowOff[i] + (hi[i] - lo[i] + 1);
        long total = rowOff[n + 1];
        if (total > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("the band has " + total + " cells, too many: narrow the band");
        }
        byte[] bp = new byte[(int) total];
        double[] d0 = new double[m + 1], d1 = new double[m + 1], d2 = new double[m + 1];
        // overlap of unit pairs, computed lazily: cur*[j] = pair (i-1, j-1), prev*[j] = pair (i-2, j-1)
        int[] lexCur = new int[m + 1], lexPrev = new int[m + 1];
        double[] ancCur = new double[m + 1], ancPrev = new double[m + 1];
        boolean[] knownCur = new boolean[m + 1], knownPrev = new boolean[m + 1];
        // the ids of source unit i - 1 (cur, stamped i) and i - 2 (prev, stamped i - 1): the overlap with a
        // target unit is then one pass over the target's ids
        int[] markLCur = new int[md.lexIds()], markLPrev = new int[md.lexIds()];
        int[] markACur = new int[md.ancIds()], markAPrev = new int[md.ancIds()];
        double[] pen = md.penalty;
        for (int i = 0; i <= n; i++) {
            double[] t = d2; d2 = d1; d1 = d0; d0 = t;
            int[] tl = lexPrev; lexPrev = lexCur; lexCur = tl;
            double[] ta = ancPrev; ancPrev = ancCur; ancCur = ta;
            boolean[] tk = knownPrev; knownPrev = knownCur; knownCur = tk;
            int[] tm = markLPrev; markLPrev = markLCur; markLCur = tm;
            tm = markAPrev; markAPrev = markACur; markACur = tm;
            if (i >= 1) md.mark(i - 1, markLCur, markACur, i);
            int a = lo[i], b = hi[i];
            int lo1 = i >= 1 ? lo[i - 1] : 1, hi1 = i >= 1 ? hi[i - 1] : 0;
            int lo2 = i >= 2 ? lo[i - 2] : 1, hi2 = i >= 2 ? hi[i - 2] : 0;
            int off = (int) rowOff[i];
            for (int j = a; j <= b; j++) {
                knownCur[j] = false;
                if (i == 0 && j == 0) {
                    d0[0] = 0;
                    bp[off] = 0;
                    continue;
                }
                double best = INF;
                int type = 0;
                // 0-1
                if (j - 1 >= a) {
                    best = d0[j - 1] + pen[Model.T01];
                    type = Model.T01;
                }
                if (i >= 1) {
                    // 1-0
                    if (j >= lo1 && j <= hi1) {
                        double c = d1[j] + pen[Model.T10];
                        if (c < best) { best = c; type = Model.T10; }
                    }
                    // 1-1: pair (i-1, j-1)
                    if (j >= 1 && j - 1 >= lo1 && j - 1 <= hi1) {
                        double c = d1[j - 1] + md.base(Model.T11, i - 1, i, j - 1, j);
                        if (c - md.bonusBound(i - 1, i, j - 1, j) < best) {
                            known(md, knownCur, lexCur, ancCur, markLCur, markACur, i, j);
                            c -= md.bonus(i - 1, i, j - 1, j, lexCur[j], ancCur[j]);
                            if (c < best) { best = c; type = Model.T11; }
                        }
                    }
                    // 1-2: pairs (i-1, j-2) and (i-1, j-1)
                    if (j >= 2 && j - 2 >= lo1 && j - 2 <= hi1) {
                        double c = d1[j - 2] + md.base(Model.T12, i - 1, i, j - 2, j);
                        if (c - md.bonusBound(i - 1, i, j - 2, j) < best) {
                            known(md, knownCur, lexCur, ancCur, markLCur, markACur, i, j);
                            int l = lexCur[j];
                            double an = ancCur[j];
                            if (j - 1 >= a) {
                                known(md, knownCur, lexCur, ancCur, markLCur, markACur, i, j - 1);
                                l += lexCur[j - 1];
                                an += ancCur[j - 1];
                            } else {
                                l += md.lexShared(i - 1, j - 2);
                                an += md.ancShared(i - 1, j - 2);
                            }
                            c -= md.bonus(i - 1, i, j - 2, j, l, an);
                            if (c < best) { best = c; type = Model.T12; }
                        }
                    }
                }
                if (i >= 2 && j >= 1) {
                    // 2-1: pairs (i-2, j-1) and (i-1, j-1)
                    if (j - 1 >= lo2 && j - 1 <= hi2) {
                        double c = d2[j - 1] + md.base(Model.T21, i - 2, i, j - 1, j);
                        if (c - md.bonusBound(i - 2, i, j - 1, j) < best) {
                            known(md, knownCur, lexCur, ancCur, markLCur, markACur, i, j);
                            int l = lexCur[j];
                            double an = ancCur[j];
                            if (j >= lo1 && j <= hi1) {
                                known(md, knownPrev, lexPrev, ancPrev, markLPrev, markAPrev, i - 1, j);
                                l += lexPrev[j];
                                an += ancPrev[j];
                            } else {
                                l += md.lexShared(i - 2, j - 1);
                                an += md.ancShared(i - 2, j - 1);
                            }
                            c -= md.bonus(i - 2, i, j - 1, j, l, an);
                            if (c < best) { best = c; type = Model.T21; }
                        }
                    }
                    // 2-2: pairs (i-2, j-2), (i-2, j-1), (i-1, j-2), (i-1, j-1)
                    if (j >= 2 && j - 2 >= lo2 && j - 2 <= hi2) {
                        double c = d2[j - 2] + md.base(Model.T22, i - 2, i, j - 2, j);
                        if (c - md.bonusBound(i - 2, i, j - 2, j) < best) {
                            int l = 0;
                            double an = 0;
                            known(md, knownCur, lexCur, ancCur, markLCur, markACur, i, j);
                            l += lexCur[j];
                            an += ancCur[j];
                            if (j - 1 >= a) {
                                known(md, knownCur, lexCur, ancCur, markLCur, markACur, i, j - 1);
                                l += lexCur[j - 1];
                                an += ancCur[j - 1];
                            } else {
                                l += md.lexShared(i - 1, j - 2);
                                an += md.ancShared(i - 1, j - 2);
                            }
                            for (int jj = j - 1; jj <= j; jj++) {
                                if (jj >= lo1 && jj <= hi1) {
                                    known(md, knownPrev, lexPrev, ancPrev, markLPrev, markAPrev, i - 1, jj);
                                    l += lexPrev[jj];
                                    an += ancPrev[jj];
                                } else {
                                    l += md.lexShared(i - 2, jj - 1);
                                    an += md.ancShared(i - 2, jj - 1);
                                }
                            }
                            c -= md.bonus(i - 2, i, j - 2, j, l, an);
                            if (c < best) { best = c; type = Model.T22; }
                        }
                    }
                }
                d0[j] = best;
                bp[off + j - a] = (byte) type;
            }
        }
        // trace back
        int count = 0;
        int i = n, j = m;
        int[] pi = new int[n + m + 1], pj = new int[n + m + 1];
        byte[] pt = new byte[n + m];
        while (i > 0 || j > 0) {
            int type = bp[(int) rowOff[i] + j - lo[i]];
            if (type == 0) throw new IllegalStateException("no path through the band at (" + i + ", " + j + ")");
            pt[count] = (byte) type;
            pi[count] = i;
            pj[count] = j;
            count++;
            i -= Model.DS[type];
            j -= Model.DT[type];
        }
        // reverse into bead order
        int[] ri = new int[count + 1], rj = new int[count + 1];
        byte[] rt = new byte[count];
        for (int k = 0; k < count; k++) {
            ri[k + 1] = pi[count - 1 - k];
            rj[k + 1] = pj[count - 1 - k];
            rt[k] = pt[count - 1 - k];
        }
        return new Run(new Path(ri, rj, rt, 0, 0, 0), total);
    }
}

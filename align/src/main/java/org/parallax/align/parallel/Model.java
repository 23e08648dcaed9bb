package org.parallax.align.parallel;

/**
 * Everything the dynamic programme reads, as primitive arrays: unit lengths, the lexical channel
 * (translation-pair ids of each unit and its number of content words), the anchor channel (anchor ids of
 * each unit, their weights and each unit's total anchor weight) and the cost parameters. Bead costs are
 * in nats: {@code prior + lengthCost - lexicalWeight * lexicalDice - anchorWeight * anchorDice}.
 */
final class Model {
    static final int T11 = 1, T10 = 2, T01 = 3, T21 = 4, T12 = 5, T22 = 6;
    static final int[] DS = {0, 1, 1, 0, 2, 1, 2};
    static final int[] DT = {0, 1, 0, 1, 1, 2, 2};

    final int n;
    final int m;
    final int[] lenS;
    final int[] lenT;
    /** Expected target characters per source character. */
    final double c;
    /** Variance per character. */
    final double s2;
    /** Penalty of each bead type (index by type), in nats. */
    final double[] penalty;

    int[][] lexS;
    int[][] lexT;
    int[] nLexS;
    int[] nLexT;
    double lexicalWeight;

    int[][] ancS;
    int[][] ancT;
    double[] wS;
    double[] wT;
    double[] ancWeight;
    double anchorWeight;

    private final long[] cumLenS;
    private final long[] cumLenT;
    private int[] cumNS;
    private int[] cumNT;
    private long[] cumLexLenS;
    private long[] cumLexLenT;
    private double[] cumWS;
    private double[] cumWT;

    Model(int[] lenS, int[] lenT, double c, double s2, double[] penalty) {
        this.n = lenS.length;
        this.m = lenT.length;
        this.lenS = lenS;
        this.lenT = lenT;
        this.c = c;
        this.s2 = s2;
        this.penalty = penalty;
        this.cumLenS = prefix(lenS);
        this.cumLenT = prefix(lenT);
    }

    /** Sets the lexical channel. */
    void lexical(int[][] s, int[][] t, int[] ns, int[] nt, double weight) {
        lexS = s;
        lexT = t;
        nLexS = ns;
        nLexT = nt;
        cumNS = new int[ns.length + 1];
        for (int i = 0; i < ns.length; i++) cumNS[i + 1] = cumNS[i] + ns[i];
        cumNT = new int[nt.length + 1];
        for (int j = 0; j < nt.length; j++) cumNT[j + 1] = cumNT[j] + nt[j];
        cumLexLenS = new long[s.length + 1];
        for (int i = 0; i < s.length; i++) cumLexLenS[i + 1] = cumLexLenS[i] + s[i].length;
        cumLexLenT = new long[t.length + 1];
        for (int j = 0; j < t.length; j++) cumLexLenT[j + 1] = cumLexLenT[j] + t[j].length;
        lexicalWeight = weight;
    }

    /** Sets the anchor channel. */
    void anchors(int[][] s, int[][] t, double[] ws, double[] wt, double[] idWeight, double weight) {
        ancS = s;
        ancT = t;
        wS = ws;
        wT = wt;
        ancWeight = idWeight;
        cumWS = new double[ws.length + 1];
        for (int i = 0; i < ws.length; i++) cumWS[i + 1] = cumWS[i] + ws[i];
        cumWT = new double[wt.length + 1];
        for (int j = 0; j < wt.length; j++) cumWT[j + 1] = cumWT[j] + wt[j];
        anchorWeight = weight;
    }

    private static long[] prefix(int[] a) {
        long[] p = new long[a.length + 1];
        for (int i = 0; i < a.length; i++) p[i + 1] = p[i] + a[i];
        return p;
    }

    /**
     * Gale and Church's length cost of a bead with {@code ls} and {@code lt} characters: {@code -ln(2(1 - Phi(|z|)))}
     * with {@code z = (c ls - lt) / sqrt(s2 (ls + lt / c) / 2)}, as in their published program; zero when
     * both are empty.
     */
    double lengthCost(long ls, long lt) {
        if (ls == 0 && lt == 0) return 0;
        double mean = (ls + lt / c) / 2;
        double z = Math.abs(c * ls - lt) / Math.sqrt(s2 * mean);
        return minusLogTwoTail(z);
    }

    /**
     * {@code -ln(2 (1 - Phi(z)))} = {@code -ln erfc(z / sqrt 2)} for {@code z >= 0}, from the Chebyshev
     * approximation of erfc in Numerical Recipes (fractional error below 1.2e-7), computed in the log domain
     * so that it never underflows.
     */
    static double minusLogTwoTail(double z) {
        if (z < TABLE_MAX) {
            double f = z * TABLE_STEPS;
            int k = (int) f;
            double r = f - k;
            return TABLE[k] + r * (TABLE[k + 1] - TABLE[k]);
        }
        return exactMinusLogTwoTail(z);
    }

    /** Table of {@link #exactMinusLogTwoTail} for z in [0, TABLE_MAX], linearly interpolated (error below 1e-5). */
    private static final int TABLE_STEPS = 256;
    private static final double TABLE_MAX = 16;
    private static final double[] TABLE = new double[(int) (TABLE_MAX * TABLE_STEPS) + 2];
    static {
        for (int k = 0; k < TABLE.length; k++) TABLE[k] = exactMinusLogTwoTail(k / (double) TABLE_STEPS);
    }

    static double exactMinusLogTwoTail(double z) {
        double x = z * 0.7071067811865476;
        double t = 1.0 / (1.0 + 0.5 * x);
        double p = -1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
                + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
        return x * x - p - Math.log(t);
    }

    /** Size of the lexical id space (pair ids), 0 without the lexical channel. */
    int lexIds() {
        int max = -1;
        if (lexS != null) {
            for (int[] a : lexS) if (a.length > 0) max = Math.max(max, a[a.length - 1]);
            for (int[] a : lexT) if (a.length > 0) max = Math.max(max, a[a.length - 1]);
        }
        return max + 1;
    }

    /** Size of the anchor id space, 0 without the anchor channel. */
    int ancIds() { return ancS == null ? 0 : ancWeight.length; }

    /** Stamps the ids of source unit {@code i} into the mark arrays (for {@link #lexShared(int[], int, int)}). */
    void mark(int i, int[] markLex, int[] markAnc, int stamp) {
        if (lexS != null) for (int id : lexS[i]) markLex[id] = stamp;
        if (ancS != null) for (int id : ancS[i]) markAnc[id] = stamp;
    }

    /** Shared translation pairs of the source unit stamped {@code stamp} in {@code mark} and target unit {@code j}. */
    int lexShared(int[] mark, int stamp, int j) {
        if (lexS == null) return 0;
        int k = 0;
        for (int id : lexT[j]) if (mark[id] == stamp) k++;
        return k;
    }

    /** Shared anchor weight of the source unit stamped {@code stamp} in {@code mark} and target unit {@code j}. */
    double ancShared(int[] mark, int stamp, int j) {
        if (ancS == null) return 0;
        double w = 0;
        for (int id : ancT[j]) if (mark[id] == stamp) w += ancWeight[id];
        return w;
    }

    /** Shared translation pairs of source unit {@code i} and target unit {@code j}. */
    int lexShared(int i, int j) {
        if (lexS == null) return 0;
        return intersect(lexS[i], lexT[j]);
    }

    /** Shared anchor weight of source unit {@code i} and target unit {@code j}. */
    double ancShared(int i, int j) {
        if (ancS == null) return 0;
        int[] a = ancS[i], b = ancT[j];
        int x = 0, y = 0;
        double w = 0;
        while (x < a.length && y < b.length) {
            int p = a[x], q = b[y];
            if (p == q) {
                w += ancWeight[p];
                x++;
                y++;
            } else if (p < q) {
                x++;
            } else {
                y++;
            }
        }
        return w;
    }

    static int intersect(int[] a, int[] b) {
        int x = 0, y = 0, k = 0;
        while (x < a.length && y < b.length) {
            int p = a[x], q = b[y];
            if (p == q) {
                k++;
                x++;
                y++;
            } else if (p < q) {
                x++;
            } else {
                y++;
            }
        }
        return k;
    }

    /**
     * The cost of a bead over source units {@code [i0, i1)} and target units {@code [j0, j1)} given the shared
     * lexical count and anchor weight of the bead.
     */
    double cost(int type, int i0, int i1, int j0, int j1, int lex, double anc) {
        if (i0 == i1 || j0 == j1) return penalty[type];
        return base(type, i0, i1, j0, j1) - bonus(i0, i1, j0, j1, lex, anc);
    }

    /** The cost of a two-sided bead before the lexical and anchor bonuses: its prior and its length cost. */
    double base(int type, int i0, int i1, int j0, int j1) {
        return penalty[type] + lengthCost(cumLenS[i1] - cumLenS[i0], cumLenT[j1] - cumLenT[j0]);
    }

    /** The lexical and anchor bonuses of a two-sided bead with the given shared counts. */
    double bonus(int i0, int i1, int j0, int j1, int lex, double anc) {
        double b = 0;
        if (lex > 0) {
            int ns = cumNS[i1] - cumNS[i0] + cumNT[j1] - cumNT[j0];
            b += lexicalWeight * Math.min(1.0, 2.0 * lex / ns);
        }
        if (anc > 0) {
            double ws = cumWS[i1] - cumWS[i0] + cumWT[j1] - cumWT[j0];
            b += anchorWeight * Math.min(1.0, 2.0 * anc / ws);
        }
        return b;
    }

    /**
     * An upper bound of {@link #bonus} without the shared counts: the shared counts of a bead are sums over
     * its unit pairs, each at most the smaller unit's number of pair ids (anchor weight), so at most
     * {@code min(ls * kt, lt * ks)} for {@code ks} and {@code kt} units with {@code ls} and {@code lt} ids. Cells
     * whose cost before the bonus, minus this bound, cannot beat the best candidate so far skip the
     * intersections: the result is the same as without the bound.
     */
    double bonusBound(int i0, int i1, int j0, int j1) {
        double b = 0;
        int ks = i1 - i0, kt = j1 - j0;
        if (lexS != null) {
            long ls = cumLexLenS[i1] - cumLexLenS[i0], lt = cumLexLenT[j1] - cumLexLenT[j0];
            int ns = cumNS[i1] - cumNS[i0] + cumNT[j1] - cumNT[j0];
            if (ls > 0 && lt > 0) b += lexicalWeight * Math.min(1.0, 2.0 * Math.min(ls * kt, lt * ks) / ns);
        }
        if (ancS != null) {
            double ws = cumWS[i1] - cumWS[i0], wt = cumWT[j1] - cumWT[j0];
            if (ws > 0 && wt > 0) b += anchorWeight * Math.min(1.0, 2.0 * Math.min(ws * kt, wt * ks) / (ws + wt));
        }
        return b + 1e-9;
    }

    /** The cost of a bead, computing its shared counts directly (outside the hot path). */
    double cost(int i0, int i1, int j0, int j1) {
        int lex = 0;
        double anc = 0;
        for (int i = i0; i < i1; i++) {
            for (int j = j0; j < j1; j++) {
                lex += lexShared(i, j);
                anc += ancShared(i, j);
            }
        }
        return cost(type(i1 - i0, j1 - j0), i0, i1, j0, j1, lex, anc);
    }

    static int type(int ds, int dt) {
        for (int k = 1; k < DS.length; k++) if (DS[k] == ds && DT[k] == dt) return k;
        throw new IllegalArgumentException(ds + "-" + dt);
    }
}

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
        double cost = penalty[type] + lengthCost(cumLenS[i1] - cumLenS[i0], cumLenT[j1] - cumLenT[j0]);
        if (lex > 0) {
            int ns = cumNS[i1] - cumNS[i0] + cumNT[j1] - cumNT[j0];
            cost -= lexicalWeight * Math.min(1.0, 2.0 * lex / ns);
        }
        if (anc > 0) {
            double ws = cumWS[i1] - cumWS[i0] + cumWT[j1] - cumWT[j0];
            cost -= anchorWeight * Math.min(1.0, 2.0 * anc / ws);
        }
        return cost;
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

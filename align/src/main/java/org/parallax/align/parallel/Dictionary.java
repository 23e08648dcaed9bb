package org.parallax.align.parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Translation pairs of content words (stem ids of the two sides), learned from the confident beads of a
 * first alignment and/or taken from a user dictionary, and the lexical channel they give each unit: the
 * sorted distinct ids of the pairs whose word the unit contains.
 *
 * <p>Learning, as hunalign's {@code -realign} does in spirit: the training beads are the 1-1 beads of the
 * first pass whose neighbours are 1-1 beads too and whose length cost is small ({@value #MAX_LENGTH_COST}
 * nats, |z| below about 2); at most {@code maxTraining} of them, evenly spread. For every source word
 * {@code x} and target word {@code y} seen in at least {@code minCount} training beads, their association
 * is Dice's coefficient over the beads, {@code 2 c(x, y) / (c(x) + c(y))}; a pair is kept when
 * {@code c(x, y) >= minCount} and Dice {@code >= minDice}, strongest first, while neither word has
 * {@code topK} pairs yet.
 */
final class Dictionary {
    static final double MAX_LENGTH_COST = 3.0;

    final List<int[]> pairs = new ArrayList<>(); // {x, y}
    final List<Double> strength = new ArrayList<>();
    int trainingBeads;
    private final int vs;
    private final int vt;
    private final LongIntMap index;

    Dictionary(int sourceVocabulary, int targetVocabulary) {
        this.vs = sourceVocabulary;
        this.vt = targetVocabulary;
        this.index = new LongIntMap(1024);
    }

    int size() { return pairs.size(); }

    /** Adds a pair (ignored when already present). */
    void add(int x, int y, double s) {
        long key = (long) x * vt + y;
        if (index.get(key) != 0) return;
        pairs.add(new int[] {x, y});
        strength.add(s);
        index.add(key, pairs.size());
    }

    /** Learns pairs from the training beads of a path. */
    void learn(Side s, Side t, BandedDp.Path path, Model lengths, int maxTraining, int minCount, double minDice,
               int topK) {
        int beads = path.beads();
        int[] train = new int[beads];
        int k = 0;
        for (int b = 0; b < beads; b++) {
            if (path.type()[b] != Model.T11) continue;
            if (b > 0 && path.type()[b - 1] != Model.T11) continue;
            if (b + 1 < beads && path.type()[b + 1] != Model.T11) continue;
            int i = path.i()[b], j = path.j()[b];
            if (lengths.lengthCost(s.length[i], t.length[j]) > MAX_LENGTH_COST) continue;
            train[k++] = b;
        }
        if (k > maxTraining) {
            int[] sel = new int[maxTraining];
            for (int x = 0; x < maxTraining; x++) sel[x] = train[(int) ((long) x * k / maxTraining)];
            train = sel;
            k = maxTraining;
        }
        trainingBeads = k;
        int[] cs = new int[vs], ct = new int[vt];
        for (int x = 0; x < k; x++) {
            int b = train[x];
            for (int w : s.words[path.i()[b]]) cs[w]++;
            for (int w : t.words[path.j()[b]]) ct[w]++;
        }
        LongIntMap co = new LongIntMap(1 << 16);
        for (int x = 0; x < k; x++) {
            int b = train[x];
            int[] ws = s.words[path.i()[b]], wt = t.words[path.j()[b]];
            for (int a : ws) {
                if (cs[a] < minCount) continue;
                long base = (long) a * vt;
                for (int c : wt) if (ct[c] >= minCount) co.add(base + c, 1);
            }
        }
        List<long[]> cand = new ArrayList<>(); // {key, dice * 1e9}
        co.forEach((key, c) -> {
            if (c < minCount) return;
            int a = (int) (key / vt), b = (int) (key % vt);
            double dice = 2.0 * c / (cs[a] + ct[b]);
            if (dice >= minDice) cand.add(new long[] {key, Math.round(dice * 1e9)});
        });
        cand.sort((p, q) -> p[1] != q[1] ? Long.compare(q[1], p[1]) : Long.compare(p[0], q[0]));
        int[] perS = new int[vs], perT = new int[vt];
        for (long[] c : cand) {
            int a = (int) (c[0] / vt), b = (int) (c[0] % vt);
            if (perS[a] >= topK || perT[b] >= topK) continue;
            perS[a]++;
            perT[b]++;
            add(a, b, c[1] / 1e9);
        }
    }

    /** The lexical channel of one side: per unit, the sorted distinct ids of the pairs of its words. */
    int[][] channel(Side side, boolean source) {
        int v = source ? vs : vt;
        int[] count = new int[v + 1];
        for (int[] p : pairs) count[(source ? p[0] : p[1]) + 1]++;
        for (int x = 0; x < v; x++) count[x + 1] += count[x];
        int[] ids = new int[pairs.size()];
        int[] fill = Arrays.copyOf(count, v);
        for (int p = 0; p < pairs.size(); p++) {
            int w = source ? pairs.get(p)[0] : pairs.get(p)[1];
            ids[fill[w]++] = p;
        }
        int[][] out = new int[side.n][];
        int[] buf = new int[64];
        for (int u = 0; u < side.n; u++) {
            int k = 0;
            for (int w : side.words[u]) {
                for (int x = count[w]; x < count[w + 1]; x++) {
                    if (k == buf.length) buf = Arrays.copyOf(buf, k * 2);
                    buf[k++] = ids[x];
                }
            }
            out[u] = Side.sortedDistinct(buf, k);
        }
        return out;
    }

    /** The number of content words of each unit (the denominators of the lexical Dice). */
    static int[] contentCounts(Side side) {
        int[] c = new int[side.n];
        for (int u = 0; u < side.n; u++) c[u] = side.words[u].length;
        return c;
    }
}

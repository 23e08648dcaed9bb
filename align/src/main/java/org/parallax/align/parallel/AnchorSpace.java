package org.parallax.align.parallel;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.parallax.core.anchor.AnchorType;
import org.parallax.core.anchor.EntityClusters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cross-lingual anchors of one alignment, with ids shared by both sides: numbers and ordinals
 * ({@code NumberExtractor}), concepts of the lexicon ({@code ConceptMatcher}), names (capitalized words of
 * the two sides whose transliteration keys are equal or similar) and cognates (content words of at least
 * four letters sharing the first four letters of their normalized forms, after Simard, Foster and Isabelle
 * 1992). Only anchors found on both sides are kept.
 */
final class AnchorSpace {
    /** Weight of a name. */
    static final double W_NAME = 1.0;
    /** Weight of a cognate key. */
    static final double W_COGNATE = 0.5;
    /** Jaro-Winkler similarity of two transliteration keys that makes them one name. */
    static final double NAME_SIMILARITY = 0.9;

    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();

    private final Map<String, Integer> ids = new HashMap<>();
    final List<AnchorType> types = new ArrayList<>();
    final List<String> values = new ArrayList<>();
    private double[] weights = new double[256];

    int id(AnchorType type, String value, double weight) {
        String key = type.label() + ":" + value;
        Integer id = ids.get(key);
        if (id == null) {
            id = values.size();
            ids.put(key, id);
            types.add(type);
            values.add(value);
            if (id == weights.length) weights = Arrays.copyOf(weights, id * 2);
        }
        weights[id] = Math.max(weights[id], weight);
        return id;
    }

    int size() { return values.size(); }

    double[] weights() { return Arrays.copyOf(weights, size()); }

    /** Adds names and cognates from the words of both sides and builds their anchor arrays. */
    void finish(Side s, Side t, boolean names, boolean cognates) {
        int[] anchorS = new int[s.norms.size()];
        int[] anchorT = new int[t.norms.size()];
        Arrays.fill(anchorS, -1);
        Arrays.fill(anchorT, -1);
        if (names) names(s, t, anchorS, anchorT);
        if (cognates) {
            cognates(s, anchorS);
            cognates(t, anchorT);
        }
        int[] dfS = s.unitFrequency(anchorS, size());
        int[] dfT = t.unitFrequency(anchorT, size());
        boolean[] keep = new boolean[size()];
        for (int i = 0; i < keep.length; i++) keep[i] = dfS[i] > 0 && dfT[i] > 0;
        double[] w = weights();
        s.buildAnchors(anchorS, keep, w);
        t.buildAnchors(anchorT, keep, w);
    }

    private void cognates(Side side, int[] anchor) {
        for (int norm = 0; norm < anchor.length; norm++) {
            if (anchor[norm] >= 0) continue;
            String k = side.cognateKey(norm);
            if (k == null) continue;
            anchor[norm] = id(AnchorType.COGNATE, k, W_COGNATE);
        }
    }

    /** Clusters the names of the two sides by their transliteration keys (union-find over cross-side matches). */
    private void names(Side s, Side t, int[] anchorS, int[] anchorT) {
        List<Integer> ns = new ArrayList<>();
        List<Integer> nt = new ArrayList<>();
        for (int i = 0; i < anchorS.length; i++) if (s.isName(i)) ns.add(i);
        for (int i = 0; i < anchorT.length; i++) if (t.isName(i)) nt.add(i);
        if (ns.isEmpty() || nt.isEmpty()) return;
        String[] ks = keys(s, ns);
        String[] kt = keys(t, nt);
        // blocks by the first letter of the key, with letters that transliterations swap put together
        Map<Character, List<Integer>> blocks = new HashMap<>();
        for (int j = 0; j < kt.length; j++) {
            if (kt[j].isEmpty()) continue;
            blocks.computeIfAbsent(block(kt[j]), x -> new ArrayList<>()).add(j);
        }
        int[] parent = new int[ks.length + kt.length];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        boolean[] matched = new boolean[parent.length];
        for (int i = 0; i < ks.length; i++) {
            if (ks[i].isEmpty()) continue;
            List<Integer> cand = blocks.get(block(ks[i]));
            if (cand == null) continue;
            for (int j : cand) {
                if (similar(ks[i], kt[j])) {
                    union(parent, i, ks.length + j);
                    matched[i] = true;
                    matched[ks.length + j] = true;
                }
            }
        }
        // the cluster's id is the key of its first source member
        int[] clusterId = new int[parent.length];
        Arrays.fill(clusterId, -1);
        for (int i = 0; i < parent.length; i++) {
            if (!matched[i]) continue;
            int r = find(parent, i);
            if (clusterId[r] < 0) {
                String key = i < ks.length ? ks[i] : kt[i - ks.length];
                clusterId[r] = id(AnchorType.ENTITY, key, W_NAME);
            }
            int id = clusterId[r];
            if (i < ks.length) {
                anchorS[ns.get(i)] = id;
            } else {
                anchorT[nt.get(i - ks.length)] = id;
            }
        }
    }

    private static String[] keys(Side side, List<Integer> norms) {
        String[] k = new String[norms.size()];
        for (int i = 0; i < k.length; i++) {
            String key = EntityClusters.transliterationKey(side.norms.strings.get(norms.get(i)));
            k[i] = key.toLowerCase(java.util.Locale.ROOT);
        }
        return k;
    }

    private static char block(String key) {
        char c = key.charAt(0);
        return switch (c) {
            case 'g', 'j', 'y', 'i' -> 'j';
            case 'c', 'k', 'q' -> 'k';
            default -> c;
        };
    }

    static boolean similar(String a, String b) {
        if (a.equals(b)) return a.length() >= 3;
        if (Math.min(a.length(), b.length()) < 4 || Math.abs(a.length() - b.length()) > 2) return false;
        return JW.apply(a, b) >= NAME_SIMILARITY;
    }

    private static int find(int[] p, int x) {
        while (p[x] != x) {
            p[x] = p[p[x]];
            x = p[x];
        }
        return x;
    }

    private static void union(int[] p, int a, int b) {
        int ra = find(p, a), rb = find(p, b);
        if (ra != rb) p[Math.max(ra, rb)] = Math.min(ra, rb);
    }
}

package org.parallax.stats.framing;

import org.parallax.core.Document;
import org.parallax.core.TokenTable;
import org.parallax.stats.TokenSelection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * The resampling units of a source: its sentences (clipped to the source's segments), each with its
 * number of counted tokens and the weighted cue hits of each category, stored in compact columns.
 * Package-private: the input of {@link CueProfiler}'s bootstrap and permutation loops.
 */
final class SentenceUnits {
    /** Number of units (sentences). */
    final int n;
    /** Number of categories. */
    final int k;
    /** Counted tokens of each unit. */
    final int[] tokens;
    /** Units' hits in compressed rows: unit u has entries [rowStart[u], rowStart[u+1]) of cat/score. */
    final int[] rowStart;
    final int[] cat;
    final double[] score;
    /** Totals over all units. */
    final long totalTokens;
    final int[] hits;
    final double[] totalScore;
    final int[] sentencesWith;
    /** Matched cue (as written in the lexicon) → number of hits, per category. */
    final List<Map<String, Integer>> cues;

    private SentenceUnits(int k, int[] tokens, int[] rowStart, int[] cat, double[] score, List<Map<String, Integer>> cues) {
        this.n = tokens.length;
        this.k = k;
        this.tokens = tokens;
        this.rowStart = rowStart;
        this.cat = cat;
        this.score = score;
        this.cues = cues;
        long t = 0;
        for (int x : tokens) t += x;
        this.totalTokens = t;
        this.hits = new int[k];
        this.totalScore = new double[k];
        this.sentencesWith = new int[k];
        for (int u = 0; u < n; u++) {
            for (int j = rowStart[u]; j < rowStart[u + 1]; j++) {
                totalScore[cat[j]] += score[j];
                sentencesWith[cat[j]]++;
            }
        }
        for (int c = 0; c < k; c++) {
            int h = 0;
            for (int v : cues.get(c).values()) h += v;
            hits[c] = h;
        }
    }

    /** A unit under construction. */
    private static final class Unit {
        int tokens;
        final double[] score;
        Unit(int k) { score = new double[k]; }
    }

    /** The units of a source. */
    static SentenceUnits build(Source source, List<String> categories, TokenSelection selection,
                               Function<Document, List<CueHit>> hitsOf) {
        int k = categories.size();
        Map<String, Integer> catIndex = new HashMap<>();
        for (int c = 0; c < k; c++) catIndex.put(categories.get(c), c);
        List<Map<String, Integer>> cues = new ArrayList<>();
        for (int c = 0; c < k; c++) cues.add(new LinkedHashMap<>());
        List<Unit> units = new ArrayList<>();
        Document current = null;
        Map<Integer, Unit> bySentence = null;
        List<CueHit> docHits = null;
        for (Source.Segment seg : source.segments()) {
            Document d = seg.document();
            if (d != current) {
                current = d;
                bySentence = new LinkedHashMap<>();
                docHits = hitsOf.apply(d);
            }
            TokenTable t = d.tokenTable();
            int first = t.firstAtOrAfter(seg.start());
            int end = first;
            while (end < t.size() && t.end(end) <= seg.end()) end++;
            for (int i = first; i < end; i++) {
                if (!selection.counts(t, i)) continue;
                unit(bySentence, units, t.sentence(i), k).tokens++;
            }
            for (CueHit h : docHits) {
                if (h.firstToken() < first || h.endToken() > end) continue;
                if (h.boilerplate() && !selection.includeBoilerplate()) continue;
                Integer c = catIndex.get(h.category());
                if (c == null) continue;
                unit(bySentence, units, h.sentence(), k).score[c] += h.weight();
                cues.get(c).merge(h.entry().cue(), 1, Integer::sum);
            }
        }
        int n = units.size();
        int[] tokens = new int[n];
        int[] rowStart = new int[n + 1];
        int nnz = 0;
        for (Unit u : units) for (double s : u.score) if (s != 0) nnz++;
        int[] cat = new int[nnz];
        double[] score = new double[nnz];
        int j = 0;
        for (int u = 0; u < n; u++) {
            Unit x = units.get(u);
            tokens[u] = x.tokens;
            rowStart[u] = j;
            for (int c = 0; c < k; c++) {
                if (x.score[c] != 0) {
                    cat[j] = c;
                    score[j] = x.score[c];
                    j++;
                }
            }
        }
        rowStart[n] = j;
        List<Map<String, Integer>> frozen = new ArrayList<>();
        for (Map<String, Integer> m : cues) frozen.add(sortByCount(m));
        return new SentenceUnits(k, tokens, rowStart, cat, score, List.copyOf(frozen));
    }

    private static Unit unit(Map<Integer, Unit> bySentence, List<Unit> units, int sentence, int k) {
        return bySentence.computeIfAbsent(sentence, s -> {
            Unit u = new Unit(k);
            units.add(u);
            return u;
        });
    }

    private static Map<String, Integer> sortByCount(Map<String, Integer> m) {
        List<Map.Entry<String, Integer>> list = new ArrayList<>(m.entrySet());
        list.sort((a, b) -> Integer.compare(b.getValue(), a.getValue())); // stable: ties keep text order
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : list) out.put(e.getKey(), e.getValue());
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Adds unit u's scores to {@code acc} and returns its tokens. */
    int add(int u, double[] acc) {
        for (int j = rowStart[u]; j < rowStart[u + 1]; j++) acc[cat[j]] += score[j];
        return tokens[u];
    }

    /** Rates per 1,000 tokens of all units: {@code 1000 · Σ score / Σ tokens} (NaN without tokens). */
    double[] rates() {
        double[] r = new double[k];
        for (int c = 0; c < k; c++) r[c] = rate(totalScore[c], totalTokens);
        return r;
    }

    static double rate(double score, long tokens) {
        return tokens > 0 ? 1000.0 * score / tokens : Double.NaN;
    }

    /**
     * Draws a bootstrap resample (n units with replacement) and writes its rates into {@code out};
     * {@code acc} is scratch space of length k.
     */
    void resampleRates(Random r, double[] acc, double[] out) {
        java.util.Arrays.fill(acc, 0);
        long tok = 0;
        for (int i = 0; i < n; i++) tok += add(r.nextInt(n), acc);
        for (int c = 0; c < k; c++) out[c] = rate(acc[c], tok);
    }
}

package org.parallax.align;

import org.parallax.core.Corpus;
import org.parallax.core.anchor.AnchorExtractor;
import org.parallax.core.anchor.AnchorType;
import org.parallax.core.anchor.CorpusAnchors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Event alignment of comparable texts: finds the passages of different documents, in any mix of
 * languages, that tell the same events, through the anchors they share (dates, numbers, ordinals,
 * entities, cognates, concepts) and, within one language, their vocabulary.
 *
 * <p>Steps: passages at the chosen {@link Granularity}; their features in a {@link PassageIndex};
 * candidate pairs from the inverted index only (no scoring of all pairs: a pair must share at least one
 * selective feature); exact scores for the candidates (BM25 over IDF-weighted typed features, normalized
 * by the query's self-score, times an order prior); links by threshold and a {@link LinkPolicy}; event
 * clusters from the links ({@link EventCluster}).
 *
 * <pre>{@code
 * ComparableAlignment a = Aligner.comparable().build().align(Corpus.seeds());
 * a.links().get(0);                 // it-destalinizzazione:1 ~ nl-destalinisatie:1-2  0.2721  entity:khrushchev ...
 * System.out.println(a.clusters().get(0));   // a synopsis, passages side by side
 * Aligner.comparable().granularity(Granularity.SENTENCE).policy(LinkPolicy.MUTUAL_BEST).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; the alignment runs on {@code threads} threads and its result does not
 * depend on their number.
 */
public final class ComparableAligner {
    private final Settings settings;
    private final AnchorExtractor extractor;

    private ComparableAligner(Settings settings, AnchorExtractor extractor) {
        this.settings = settings;
        this.extractor = extractor;
    }

    /** A builder with the default settings. */
    public static Builder builder() { return new Builder(); }

    /** The settings. */
    public Settings settings() { return settings; }

    /** "ComparableAligner: paragraph passages, best links, threshold 0.02, order prior 1, ..." (the main settings). */
    @Override
    public String toString() {
        Settings s = settings;
        return String.format(java.util.Locale.ROOT,
                "ComparableAligner: %s passages%s, %s links, threshold %s, order prior %s, neighbours %s x %d, k1 %s, b %s",
                s.granularity().label(),
                s.granularity() == Granularity.WINDOW ? " (" + s.windowSize() + " sentences, stride " + s.windowStride() + ")" : "",
                s.policy().label(), fmt(s.threshold()), fmt(s.orderPrior()), fmt(s.neighbourWeight()), s.neighbours(),
                fmt(s.k1()), fmt(s.b()));
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** Extracts the corpus's anchors and aligns it. */
    public ComparableAlignment align(Corpus corpus) {
        return align(corpus, extractor.extract(corpus));
    }

    /** Aligns a corpus whose anchors are already extracted. */
    public ComparableAlignment align(Corpus corpus, CorpusAnchors anchors) {
        PassageIndex index = index(corpus, anchors);
        List<Link> links = link(index);
        List<EventCluster> clusters = EventCluster.build(index, links, anchors, settings);
        return new ComparableAlignment(settings, index, links, clusters);
    }

    /** The passage index of a corpus (for inspection and benchmarks). */
    public PassageIndex index(Corpus corpus, CorpusAnchors anchors) {
        return PassageIndex.build(corpus, anchors, settings);
    }

    /** Scored candidates of one query passage: per other document, candidate passages and their scores. */
    private record Scored(int q, int[] cand, double[] score) {}

    /** Scores the candidates of every passage and selects the links. */
    List<Link> link(PassageIndex idx) {
        int n = idx.size();
        Scored[] scored = new Scored[n];
        int threads = Math.max(1, Math.min(settings.threads(), n / 64 + 1));
        if (threads == 1) {
            Scratch s = new Scratch(n);
            for (int q = 0; q < n; q++) scored[q] = score(idx, q, s);
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "parallax-align");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> fs = new ArrayList<>();
                int chunk = (n + threads - 1) / threads;
                for (int t = 0; t < threads; t++) {
                    int from = t * chunk;
                    int to = Math.min(n, from + chunk);
                    fs.add(pool.submit(() -> {
                        Scratch s = new Scratch(n);
                        for (int q = from; q < to; q++) scored[q] = score(idx, q, s);
                    }));
                }
                for (Future<?> f : fs) f.get();
            } catch (Exception e) {
                throw new IllegalStateException("alignment failed: " + e.getMessage(), e);
            } finally {
                pool.shutdownNow();
            }
        }
        return switch (settings.policy()) {
            case BEST_PER_DOCUMENT -> bestPerDocument(idx, scored);
            case MUTUAL_BEST -> mutualBest(idx, scored);
            case COMPETITIVE -> competitive(idx, scored);
        };
    }

    /** Per-thread scratch arrays for candidate generation. */
    private static final class Scratch {
        final float[] acc;
        final int[] touched;
        final int[] out;

        Scratch(int n) {
            acc = new float[n];
            touched = new int[n];
            out = new int[n];
        }
    }

    private Scored score(PassageIndex idx, int q, Scratch s) {
        int m = idx.candidates(q, s.acc, s.touched, s.out);
        int[] cand = Arrays.copyOf(s.out, m);
        double[] sc = new double[m];
        for (int i = 0; i < m; i++) sc[i] = idx.score(q, cand[i]);
        if (settings.neighbourWeight() > 0 && settings.neighbours() > 0) propagate(idx, q, cand, sc);
        return new Scored(q, cand, sc);
    }

    /**
     * Neighbour propagation: the query's nearest passages of its own language in other documents (by the
     * symmetric score) vote for their own best matches. Passages of one language share vocabulary, so
     * their similarity is reliable where the cross-language evidence is thin: a paragraph that resembles
     * another English paragraph tends to tell the same event in the Italian text as that one.
     * {@code s'(q, p) = s(q, p) + λ Σ_y w_y s(y, p)} over the k neighbours y not in p's document, with
     * weights w_y proportional to their similarity to q.
     */
    private void propagate(PassageIndex idx, int q, int[] cand, double[] sc) {
        int k = settings.neighbours();
        int[] nb = new int[k];
        double[] nw = new double[k];
        int nn = 0;
        org.parallax.core.Language lq = idx.passage(q).language();
        for (int i = 0; i < cand.length; i++) {
            int y = cand[i];
            if (!idx.passage(y).language().equals(lq)) continue;
            double w = 0.5 * (sc[i] + idx.score(y, q));
            if (w <= 0 || (nn == k && w <= nw[k - 1])) continue;
            int at = nn < k ? nn++ : k - 1;
            while (at > 0 && (w > nw[at - 1] || (w == nw[at - 1] && y < nb[at - 1]))) {
                nb[at] = nb[at - 1];
                nw[at] = nw[at - 1];
                at--;
            }
            nb[at] = y;
            nw[at] = w;
        }
        if (nn == 0) return;
        double lambda = settings.neighbourWeight();
        double[] extra = new double[cand.length];
        for (int i = 0; i < cand.length; i++) {
            int p = cand[i];
            int dp = idx.documentOf(p);
            double total = 0;
            double vote = 0;
            for (int t = 0; t < nn; t++) total += nw[t];
            for (int t = 0; t < nn; t++) {
                int y = nb[t];
                if (idx.documentOf(y) == dp || y == p) continue;
                vote += nw[t] / total * idx.score(y, p);
            }
            extra[i] = lambda * vote;
        }
        for (int i = 0; i < cand.length; i++) sc[i] += extra[i];
    }

    private List<Link> bestPerDocument(PassageIndex idx, Scored[] scored) {
        Map<Long, double[]> pairs = new HashMap<>(); // (min,max) -> best score
        int k = settings.maxLinksPerDocument();
        int[] chosen = new int[k];
        for (Scored s : scored) {
            forEachDocumentRun(idx, s, (from, to, d) -> {
                int taken = topK(s, from, to, k, chosen);
                double best = taken > 0 ? s.score[chosen[0]] : 0;
                for (int t = 0; t < taken; t++) {
                    double sc = s.score[chosen[t]];
                    if (sc < settings.threshold() || sc <= 0 || (t > 0 && sc < settings.ratio() * best)) break;
                    addPair(pairs, s.q, s.cand[chosen[t]], sc);
                }
            });
        }
        return toLinks(idx, pairs);
    }

    /** A run {@code [from, to)} of a query's candidates that all lie in document {@code d}. */
    private interface DocumentRun {
        void accept(int from, int to, int d);
    }

    /** Calls {@code f} for each other document's run of candidates (they are sorted by passage, so each forms one run). */
    private static void forEachDocumentRun(PassageIndex idx, Scored s, DocumentRun f) {
        int i = 0;
        while (i < s.cand.length) {
            int d = idx.documentOf(s.cand[i]);
            int j = i;
            while (j < s.cand.length && idx.documentOf(s.cand[j]) == d) j++;
            f.accept(i, j, d);
            i = j;
        }
    }

    /**
     * The positions of the {@code k} best candidates in {@code [from, to)}, best first (ties: lower
     * passage index first), written to {@code out}; returns how many.
     */
    private static int topK(Scored s, int from, int to, int k, int[] out) {
        int n = 0;
        for (int i = from; i < to; i++) {
            double sc = s.score[i];
            if (n == k && !(sc > s.score[out[n - 1]])) continue;
            int at = n < k ? n++ : n - 1;
            while (at > 0 && sc > s.score[out[at - 1]]) {
                out[at] = out[at - 1];
                at--;
            }
            out[at] = i;
        }
        return n;
    }

    private List<Link> mutualBest(PassageIndex idx, Scored[] scored) {
        // best target per (passage, document)
        Map<Long, Integer> best = new HashMap<>();
        int[] top = new int[1];
        for (Scored s : scored) {
            forEachDocumentRun(idx, s, (from, to, d) -> {
                if (topK(s, from, to, 1, top) == 1) {
                    double sc = s.score[top[0]];
                    if (sc >= settings.threshold() && sc > 0) best.put(((long) s.q << 32) | d, s.cand[top[0]]);
                }
            });
        }
        Map<Long, double[]> pairs = new HashMap<>();
        for (Scored s : scored) {
            for (int i = 0; i < s.cand.length; i++) {
                int p = s.cand[i];
                Integer bq = best.get(((long) s.q << 32) | idx.documentOf(p));
                Integer bp = best.get(((long) p << 32) | idx.documentOf(s.q));
                if (bq != null && bq == p && bp != null && bp == s.q) addPair(pairs, s.q, p, s.score[i]);
            }
        }
        return toLinks(idx, pairs);
    }

    private List<Link> competitive(PassageIndex idx, Scored[] scored) {
        // all candidate pairs above the threshold with their (max of both directions) score
        Map<Long, double[]> pairs = new HashMap<>();
        for (Scored s : scored) {
            for (int i = 0; i < s.cand.length; i++) {
                if (s.score[i] >= settings.threshold() && s.score[i] > 0) addPair(pairs, s.q, s.cand[i], s.score[i]);
            }
        }
        List<long[]> list = new ArrayList<>();
        for (Map.Entry<Long, double[]> e : pairs.entrySet()) list.add(new long[] {e.getKey(), Double.doubleToLongBits(e.getValue()[0])});
        list.sort((x, y) -> {
            int c = Double.compare(Double.longBitsToDouble(y[1]), Double.longBitsToDouble(x[1]));
            return c != 0 ? c : Long.compare(x[0], y[0]);
        });
        // per document pair, each passage used once
        java.util.Set<Long> used = new java.util.HashSet<>();
        Map<Long, double[]> chosen = new HashMap<>();
        for (long[] e : list) {
            int a = (int) (e[0] >>> 32);
            int b = (int) e[0];
            long ua = ((long) a << 32) | idx.documentOf(b);
            long ub = ((long) b << 32) | idx.documentOf(a);
            if (used.contains(ua) || used.contains(ub)) continue;
            used.add(ua);
            used.add(ub);
            chosen.put(e[0], new double[] {Double.longBitsToDouble(e[1])});
        }
        return toLinks(idx, chosen);
    }

    private static void addPair(Map<Long, double[]> pairs, int a, int b, double score) {
        long key = a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
        double[] v = pairs.get(key);
        if (v == null) pairs.put(key, new double[] {score});
        else v[0] = Math.max(v[0], score);
    }

    /** Links in a deterministic order: by source passage, then target passage (source = earlier document). */
    private List<Link> toLinks(PassageIndex idx, Map<Long, double[]> pairs) {
        long[] keys = new long[pairs.size()];
        int i = 0;
        for (long k : pairs.keySet()) keys[i++] = k;
        Arrays.sort(keys);
        List<Link> out = new ArrayList<>(keys.length);
        for (long k : keys) {
            int a = (int) (k >>> 32);
            int b = (int) k;
            double sc = pairs.get(k)[0];
            // evidence from the stronger direction's query
            List<Evidence> ev = idx.evidence(a, b, settings.maxEvidence());
            out.add(new Link(idx.passage(a), idx.passage(b), sc, ev));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The settings of a comparable aligner. Defaults are general choices documented in the README, not
     * fitted to any corpus.
     *
     * @param granularity          what a passage is
     * @param windowSize           sentences per window ({@link Granularity#WINDOW})
     * @param windowStride         sentences between window starts
     * @param includeBoilerplate   align boilerplate too
     * @param typeWeights          weight of each anchor type
     * @param lexicalWeight        weight of a shared content-word stem (same language only)
     * @param headingWeight        weight of the anchors of a passage's section heading (halved per level up)
     * @param timeHierarchyWeight  weight of the coarser values of a time anchor (1956-02-25 → 1956)
     * @param cognateOverlapWeight weight of a cognate anchor on a word that is also a concept anchor
     * @param k1                   BM25 term-frequency saturation
     * @param b                    BM25 length normalization (0 = none)
     * @param orderPrior           γ of the order prior {@code 1 + γ(1 − |Δ relative position|)}
     * @param policy               link selection
     * @param threshold            minimum normalized score of a link
     * @param maxLinksPerDocument  links per passage and other document ({@link LinkPolicy#BEST_PER_DOCUMENT})
     * @param ratio                further links must score at least this fraction of the best one
     * @param maxCandidateDfRatio  features in more passages than this share do not generate candidates
     * @param maxCandidates        candidates kept per query and other document before exact scoring
     * @param postingBudget        postings a query may traverse to generate candidates (its most selective
     *                             features first): bounds the work per query on huge, repetitive corpora
     * @param maxEvidence          evidence items kept per link
     * @param neighbourWeight      λ of neighbour propagation (0 = off)
     * @param neighbours           neighbours of the query's language that vote
     * @param clusterThreshold     minimum link score for joining passages into an event cluster
     * @param threads              scoring threads
     */
    public record Settings(Granularity granularity, int windowSize, int windowStride, boolean includeBoilerplate,
                           Map<AnchorType, Double> typeWeights, double lexicalWeight, double headingWeight,
                           double timeHierarchyWeight, double cognateOverlapWeight, double k1, double b,
                           double orderPrior, LinkPolicy policy, double threshold, int maxLinksPerDocument, double ratio,
                           double maxCandidateDfRatio, int maxCandidates, long postingBudget, int maxEvidence,
                           double neighbourWeight, int neighbours, double clusterThreshold,
                           int threads) {
        /** Validates and copies. */
        public Settings {
            Objects.requireNonNull(granularity);
            Objects.requireNonNull(policy);
            typeWeights = Collections.unmodifiableMap(new EnumMap<>(typeWeights));
            if (windowSize < 1 || windowStride < 1) throw new IllegalArgumentException("window size and stride must be at least 1");
            if (windowStride > windowSize) {
                throw new IllegalArgumentException("a window stride (" + windowStride + ") larger than the window size ("
                        + windowSize + ") would leave sentences out of every window");
            }
            if (maxLinksPerDocument < 1) throw new IllegalArgumentException("maxLinksPerDocument must be at least 1");
            if (!(b >= 0 && b <= 1)) throw new IllegalArgumentException("b must be in [0, 1], got " + b);
            if (!(k1 > 0) || Double.isInfinite(k1)) throw new IllegalArgumentException("k1 must be positive and finite, got " + k1);
            nonNegative("lexicalWeight", lexicalWeight);
            nonNegative("headingWeight", headingWeight);
            nonNegative("timeHierarchyWeight", timeHierarchyWeight);
            nonNegative("cognateOverlapWeight", cognateOverlapWeight);
            nonNegative("orderPrior", orderPrior);
            nonNegative("threshold", threshold);
            nonNegative("neighbourWeight", neighbourWeight);
            nonNegative("clusterThreshold", clusterThreshold);
            for (Map.Entry<AnchorType, Double> e : typeWeights.entrySet()) nonNegative("weight of " + e.getKey(), e.getValue());
            if (!(ratio >= 0 && ratio <= 1)) throw new IllegalArgumentException("ratio must be in [0, 1], got " + ratio);
            if (!(maxCandidateDfRatio > 0 && maxCandidateDfRatio <= 1)) {
                throw new IllegalArgumentException("maxCandidateDfRatio must be in (0, 1], got " + maxCandidateDfRatio);
            }
            if (maxCandidates < 1 || postingBudget < 1) throw new IllegalArgumentException("maxCandidates and postingBudget must be at least 1");
            if (maxEvidence < 0 || neighbours < 0) throw new IllegalArgumentException("maxEvidence and neighbours may not be negative");
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }

        private static void nonNegative(String name, double v) {
            if (!(v >= 0) || Double.isInfinite(v)) throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + v);
        }

        /** The weight of an anchor type (0 when absent). */
        public double typeWeight(AnchorType t) { return typeWeights.getOrDefault(t, 0.0); }
    }

    /**
     * Builds a {@link ComparableAligner}.
     *
     * <pre>{@code
     * ComparableAligner a = Aligner.comparable()
     *     .granularity(Granularity.PARAGRAPH)
     *     .policy(LinkPolicy.BEST_PER_DOCUMENT)
     *     .threshold(0.02)
     *     .orderPrior(1.0)
     *     .build();
     * }</pre>
     */
    public static final class Builder {
        private Granularity granularity = Granularity.PARAGRAPH;
        private int windowSize = 3;
        private int windowStride = 2;
        private boolean includeBoilerplate;
        private final EnumMap<AnchorType, Double> typeWeights = new EnumMap<>(AnchorType.class);
        private double lexicalWeight = 0.3;
        private double headingWeight = 1.0;
        private double timeHierarchyWeight = 0.5;
        private double cognateOverlapWeight = 0.5;
        private double k1 = 1.2;
        private double b = 0.25;
        private double orderPrior = 1.0;
        private LinkPolicy policy = LinkPolicy.BEST_PER_DOCUMENT;
        private double threshold = 0.02;
        private int maxLinksPerDocument = 1;
        private double ratio = 0.8;
        private double maxCandidateDfRatio = 0.5;
        private int maxCandidates = 200;
        private long postingBudget = 10_000;
        private int maxEvidence = 12;
        private double clusterThreshold = 0.0;
        private double neighbourWeight = 0.5;
        private int neighbours = 5;
        private int threads = Runtime.getRuntime().availableProcessors();
        private AnchorExtractor extractor = AnchorExtractor.standard();

        private Builder() {
            typeWeights.put(AnchorType.TIME, 1.0);
            typeWeights.put(AnchorType.NUMBER, 0.8);
            typeWeights.put(AnchorType.ORDINAL, 1.0);
            typeWeights.put(AnchorType.ENTITY, 1.0);
            typeWeights.put(AnchorType.COGNATE, 0.5);
            typeWeights.put(AnchorType.CONCEPT, 0.7);
        }

        /** What a passage is (default paragraph). */
        public Builder granularity(Granularity g) { this.granularity = Objects.requireNonNull(g); return this; }

        /**
         * Window size and stride in sentences (default 3 and 2); the stride may not exceed the size (sentences
         * would fall between the windows), which {@link #build()} checks.
         */
        public Builder window(int size, int stride) { this.windowSize = size; this.windowStride = stride; return this; }

        /** Align boilerplate too (default no). */
        public Builder includeBoilerplate(boolean on) { this.includeBoilerplate = on; return this; }

        /** The weight of an anchor type (0 leaves the type out). */
        public Builder typeWeight(AnchorType t, double w) { typeWeights.put(t, w); return this; }

        /** The weight of shared content-word stems between passages of one language (default 0.3; 0 = off). */
        public Builder lexicalWeight(double w) { this.lexicalWeight = w; return this; }

        /** The weight of a section heading's anchors in its paragraphs (default 1). */
        public Builder headingWeight(double w) { this.headingWeight = w; return this; }

        /** The weight of the coarser values of time anchors (default 0.5). */
        public Builder timeHierarchyWeight(double w) { this.timeHierarchyWeight = w; return this; }

        /** The weight of a cognate anchor on a word that also carries a concept (default 0.5). */
        public Builder cognateOverlapWeight(double w) { this.cognateOverlapWeight = w; return this; }

        /** BM25 parameters (default k1 = 1.2, b = 0.25). */
        public Builder bm25(double k1, double b) { this.k1 = k1; this.b = b; return this; }

        /** γ of the order prior (default 1; 0 = off). */
        public Builder orderPrior(double g) { this.orderPrior = g; return this; }

        /** Link selection (default best per document). */
        public Builder policy(LinkPolicy p) { this.policy = Objects.requireNonNull(p); return this; }

        /** Minimum normalized link score (default 0.02). */
        public Builder threshold(double t) { this.threshold = t; return this; }

        /** Links per passage and other document, and the ratio to the best for the further ones (default 1, 0.8). */
        public Builder maxLinksPerDocument(int n, double ratio) { this.maxLinksPerDocument = n; this.ratio = ratio; return this; }

        /** Candidate generation: features in more than this share of passages are not indexed for candidates (default 0.5). */
        public Builder maxCandidateDfRatio(double r) { this.maxCandidateDfRatio = r; return this; }

        /** Candidates kept per query and other document before exact scoring (default 200). */
        public Builder maxCandidates(int n) { this.maxCandidates = n; return this; }

        /** Postings a query may traverse to generate candidates, most selective features first (default 10,000). */
        public Builder postingBudget(long n) { this.postingBudget = Math.max(1, n); return this; }

        /** Evidence items kept per link (default 12). */
        public Builder maxEvidence(int n) { this.maxEvidence = n; return this; }

        /**
         * Neighbour propagation: the {@code k} nearest passages of the query's own language in other documents
         * vote for their matches with weight λ (default λ = 0.5, k = 5; λ = 0 switches it off).
         */
        public Builder neighbours(double lambda, int k) { this.neighbourWeight = lambda; this.neighbours = k; return this; }

        /**
         * Minimum link score for joining passages into an event cluster; clusters always use the stronger half
         * of the mutually best links (default 0: no further minimum).
         */
        public Builder clusterThreshold(double t) { this.clusterThreshold = t; return this; }

        /** Scoring threads (default: the available processors). */
        public Builder threads(int n) { this.threads = Math.max(1, n); return this; }

        /** The anchor extractor used by {@link #align(Corpus)} (default {@link AnchorExtractor#standard()}). */
        public Builder anchors(AnchorExtractor x) { this.extractor = Objects.requireNonNull(x); return this; }

        /** The aligner. */
        public ComparableAligner build() {
            Settings s = new Settings(granularity, windowSize, windowStride, includeBoilerplate, typeWeights, lexicalWeight,
                    headingWeight, timeHierarchyWeight, cognateOverlapWeight, k1, b, orderPrior, policy, threshold,
                    maxLinksPerDocument, ratio, maxCandidateDfRatio, maxCandidates, postingBudget, maxEvidence,
                    neighbourWeight, neighbours, clusterThreshold, threads);
            return new ComparableAligner(s, extractor);
        }
    }
}

package org.parallax.align;

import org.parallax.core.Block;
import org.parallax.core.BlockKind;
import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.Language;
import org.parallax.core.Section;
import org.parallax.core.Sentence;
import org.parallax.core.TokenTable;
import org.parallax.core.anchor.Anchor;
import org.parallax.core.anchor.AnchorType;
import org.parallax.core.anchor.CorpusAnchors;
import org.parallax.core.ingest.LineIndex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The passages of a corpus with their features in primitive arrays, an inverted index over the
 * features, and the scoring function of the comparable aligner. Built once per alignment; every hot
 * path (candidate generation, scoring a pair) works on {@code int[]} and {@code float[]} only.
 *
 * <p>Features of a passage: its anchors (type-weighted: dates, numbers, ordinals and entities count more
 * than concepts, cognates least), time values also at their coarser levels ({@code 1956-02-25} also
 * counts as {@code 1956-02} and {@code 1956} at half weight), the anchors of the headings of its section
 * and of the enclosing sections (a heading names what its paragraphs are about), and, between passages of
 * the same language, the stems of its content words. Scores are BM25 (Robertson and Zaragoza 2009) over
 * these features with IDF over passages, normalized by the query passage's score against itself, so that
 * a score is the share of the query's own weight found in the other passage, times an order prior:
 * {@code 1 + γ (1 − |relative position difference|)} (comparable accounts of the same events tend to
 * tell them in the same order; {@code γ = 0} switches it off).
 *
 * <pre>{@code
 * PassageIndex idx = aligner.index(corpus, AnchorExtractor.standard().extract(corpus));
 * idx.size(); idx.passage(0); idx.score(0, 42);
 * }</pre>
 *
 * <p>Immutable after construction and thread-safe.
 */
public final class PassageIndex {
    private final ComparableAligner.Settings settings;
    private final Passage[] passages;
    private final int[] docOf;
    private final String[] docIds;
    private final int[] docStart; // first passage of each document
    private final float[] relpos;
    private final float[] length;
    private final int[][] ids;      // sorted feature ids per passage
    private final float[][] qw;     // query-side weight per feature
    private final float[][] bm;     // document-side BM25 factor per feature
    private final String[][] texts; // first text of each feature in the passage
    private final double[] self;
    private final double[] invSelf;
    private final float[][] qwi;    // idf × query weight per feature (the query side of a score, precomputed)
    private final int[] anchorEnd;  // per passage: how many of its (sorted) features are anchors (ids < anchorFeatures)
    private final int anchorFeatures;
    private final Language[] language;
    // features
    private final String[] keyValue;
    private final AnchorType[] keyType;
    private final float[] idf;
    private final int[] df;
    private final int[][] postings;
    private final float[][] postingBm;
    private final int maxCandidateDf;

    private PassageIndex(ComparableAligner.Settings settings, List<Passage> ps, int[] docOf, String[] docIds, int[] docStart,
                         float[] relpos, float[] length, int[][] ids, float[][] tf, String[][] texts, List<String> keyValue,
                         List<AnchorType> keyType) {
        this.settings = settings;
        this.passages = ps.toArray(new Passage[0]);
        this.docOf = docOf;
        this.docIds = docIds;
        this.docStart = docStart;
        this.relpos = relpos;
        this.length = length;
        this.ids = ids;
        this.texts = texts;
        this.keyValue = keyValue.toArray(new String[0]);
        this.keyType = keyType.toArray(new AnchorType[0]);
        int n = passages.length;
        int nk = this.keyValue.length;
        int a = 0;
        while (a < nk && this.keyType[a] != null) a++;
        this.anchorFeatures = a; // the builder numbers anchor features before lexical ones
        this.anchorEnd = new int[n];
        this.language = new Language[n];
        for (int i = 0; i < n; i++) {
            int e = 0;
            while (e < ids[i].length && ids[i][e] < a) e++;
            anchorEnd[i] = e;
            language[i] = passages[i].language();
        }
        // document frequencies and IDF (BM25's probabilistic IDF, floored at zero by the +1)
        df = new int[nk];
        for (int[] f : ids) for (int k : f) df[k]++;
        idf = new float[nk];
        for (int k = 0; k < nk; k++) idf[k] = (float) Math.log(1 + (n - df[k] + 0.5) / (df[k] + 0.5));
        double avg = 0;
        for (float l : length) avg += l;
        avg = n == 0 ? 1 : Math.max(1, avg / n);
        double k1 = settings.k1();
        double b = settings.b();
        qw = new float[n][];
        bm = new float[n][];
        qwi = new float[n][];
        self = new double[n];
        invSelf = new double[n];
        for (int i = 0; i < n; i++) {
            int m = ids[i].length;
            qw[i] = new float[m];
            bm[i] = new float[m];
            qwi[i] = new float[m];
            double norm = k1 * (1 - b + b * length[i] / avg);
            double s = 0;
            for (int j = 0; j < m; j++) {
                float t = tf[i][j];
                qw[i][j] = Math.min(t, 2f);
                bm[i][j] = (float) (t * (k1 + 1) / (t + norm));
                qwi[i][j] = idf[ids[i][j]] * qw[i][j];
                s += qwi[i][j] * bm[i][j];
            }
            self[i] = s;
            invSelf[i] = s > 0 ? 1 / s : 0;
        }
        // postings
        int[] fill = new int[nk];
        postings = new int[nk][];
        postingBm = new float[nk][];
        for (int k = 0; k < nk; k++) {
            postings[k] = new int[df[k]];
            postingBm[k] = new float[df[k]];
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < ids[i].length; j++) {
                int k = ids[i][j];
                postings[k][fill[k]] = i;
                postingBm[k][fill[k]] = bm[i][j];
                fill[k]++;
            }
        }
        this.maxCandidateDf = (int) Math.max(2, Math.floor(settings.maxCandidateDfRatio() * n));
    }

    /** Builds the index of a corpus's passages. */
    static PassageIndex build(Corpus corpus, CorpusAnchors anchors, ComparableAligner.Settings s) {
        Builder b = new Builder(s);
        for (Document d : corpus) b.add(d, anchors);
        return b.build();
    }

    // ------------------------------------------------------------------------------------------- access

    /** Number of passages. */
    public int size() { return passages.length; }

    /** "PassageIndex: 78 paragraph passages in 5 documents, 1,234 features". */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "PassageIndex: %,d %s passages in %,d documents, %,d features",
                passages.length, settings.granularity().label(), docIds.length, keyValue.length);
    }

    /** A passage. */
    public Passage passage(int i) { return passages[i]; }

    /** All passages, in document and text order. */
    public List<Passage> passages() { return List.of(passages); }

    /** Index of the document of a passage (position in the corpus). */
    public int documentOf(int i) { return docOf[i]; }

    /** Number of documents. */
    public int documents() { return docIds.length; }

    /** The id of a document by its index. */
    public String documentId(int d) { return docIds[d]; }

    /** The passages of a document: indexes {@code [from, to)}. */
    public int[] documentRange(int d) { return new int[] {docStart[d], docStart[d + 1]}; }

    /** Number of distinct features. */
    public int features() { return keyValue.length; }

    /** Number of features of a passage. */
    public int features(int passage) { return ids[passage].length; }

    /** IDF of a feature. */
    public float idf(int feature) { return idf[feature]; }

    /** A feature's key as printed ("time:1956", "stem:en:speech"). */
    public String featureKey(int feature) {
        AnchorType t = keyType[feature];
        return (t == null ? "lexical" : t.label()) + ":" + keyValue[feature];
    }

    /**
     * A feature of a passage with its weights: {@code queryWeight} = IDF × capped term frequency (the passage
     * as a query), {@code bm25} = the BM25 term factor (the passage as a document); {@code anchor} is false
     * for the lexical (same-language) features.
     *
     * <pre>{@code
     * index.featureWeights(0).forEach(System.out::println);   // FeatureWeight[key=time:1956, anchor=true, ...]
     * }</pre>
     */
    public record FeatureWeight(String key, boolean anchor, float queryWeight, float bm25) {}

    /** The features of a passage in feature-id order, with their weights (for inspection; allocates). */
    public List<FeatureWeight> featureWeights(int passage) {
        List<FeatureWeight> out = new java.util.ArrayList<>(ids[passage].length);
        for (int j = 0; j < ids[passage].length; j++) {
            int k = ids[passage][j];
            out.add(new FeatureWeight(featureKey(k), k < anchorFeatures, qwi[passage][j], bm[passage][j]));
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------- scoring

    /**
     * The score of passage {@code p} for the query passage {@code q}: BM25 of q's features in p over q's
     * score against itself, times the order prior. 0 for passages of the same document.
     */
    public double score(int q, int p) {
        if (docOf[q] == docOf[p] || self[q] <= 0) return 0;
        return rawScore(q, p) * invSelf[q] * orderPrior(q, p);
    }

    /**
     * Unnormalized BM25 by a merge of the two sorted feature arrays (no allocation); between passages of
     * different languages only the anchor features (which come first) can match, so the lexical ones are
     * not walked.
     */
    double rawScore(int q, int p) {
        int[] a = ids[q];
        int[] b = ids[p];
        float[] w = qwi[q];
        float[] f = bm[p];
        boolean same = language[q].equals(language[p]);
        int na = same ? a.length : anchorEnd[q];
        int nb = same ? b.length : anchorEnd[p];
        int i = 0;
        int j = 0;
        double s = 0;
        while (i < na && j < nb) {
            int x = a[i];
            int y = b[j];
            if (x == y) {
                s += w[i] * f[j];
                i++;
                j++;
            } else if (x < y) {
                i++;
            } else {
                j++;
            }
        }
        return s;
    }

    private double orderPrior(int q, int p) {
        double g = settings.orderPrior();
        return g == 0 ? 1 : 1 + g * (1 - Math.abs(relpos[q] - relpos[p]));
    }

    /**
     * The candidate passages of a query from the inverted index: passages of other documents sharing at
     * least one feature that is selective enough (in at most {@code maxCandidateDfRatio} of the passages,
     * and, when their postings together exceed {@code postingBudget}, the most selective of them within that
     * budget), at most {@code maxCandidates} per
     * other document by partial score. The accumulator arrays (of the index's size) are supplied by the
     * caller (one set per thread) and left clean. Returns the number of candidates written to {@code out},
     * in ascending order.
     */
    public int candidates(int q, float[] acc, int[] touched, int[] out) {
        int nt = 0;
        int[] f = ids[q];
        float[] w = qw[q];
        int dq = docOf[q];
        // the query's most selective features generate the candidates (all of them when there are few)
        int[] use = selectiveFeatures(q);
        for (int j : use) {
            int k = f[j];
            float c = idf[k] * w[j];
            int[] post = postings[k];
            float[] pb = postingBm[k];
            for (int t = 0; t < post.length; t++) {
                int p = post[t];
                if (docOf[p] == dq) continue;
                if (acc[p] == 0) touched[nt++] = p;
                acc[p] += c * pb[t];
            }
        }
        int limit = settings.maxCandidates();
        int n;
        if (nt <= limit) {
            System.arraycopy(touched, 0, out, 0, nt);
            n = nt;
        } else {
            n = topPerDocument(touched, nt, acc, limit, out);
        }
        for (int t = 0; t < nt; t++) acc[touched[t]] = 0;
        Arrays.sort(out, 0, n);
        return n;
    }

    /**
     * Positions (in the query's feature array) of the features used for candidate generation: features
     * in at most {@code maxCandidateDfRatio} of the passages; if their postings exceed the budget, the most
     * selective (highest IDF × weight) that fit in it.
     */
    private int[] selectiveFeatures(int q) {
        int[] f = ids[q];
        float[] w = qw[q];
        int m = 0;
        int[] pos = new int[f.length];
        long total = 0;
        for (int j = 0; j < f.length; j++) {
            int k = f[j];
            if (df[k] <= maxCandidateDf && idf[k] > 0 && df[k] > 1) {
                pos[m++] = j;
                total += df[k];
            }
        }
        long budget = settings.postingBudget();
        if (total <= budget) return Arrays.copyOf(pos, m);
        // most selective first (idf × weight, descending), until the postings budget is spent
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) order[i] = pos[i];
        Arrays.sort(order, (x, y) -> {
            int c = Float.compare(idf[f[y]] * w[y], idf[f[x]] * w[x]);
            return c != 0 ? c : Integer.compare(x, y);
        });
        int[] out = new int[m];
        int n = 0;
        long spent = 0;
        for (Integer j : order) {
            if (n > 0 && spent + df[f[j]] > budget) continue;
            out[n++] = j;
            spent += df[f[j]];
        }
        return Arrays.copyOf(out, n);
    }

    /** The {@code limit} best touched passages (by accumulated score) of every document, into {@code out}. */
    private int topPerDocument(int[] touched, int nt, float[] acc, int limit, int[] out) {
        // one bounded min-heap per document, created on demand
        Map<Integer, int[]> heaps = new HashMap<>();
        Map<Integer, int[]> sizes = new HashMap<>();
        for (int t = 0; t < nt; t++) {
            int p = touched[t];
            int d = docOf[p];
            int[] heap = heaps.computeIfAbsent(d, x -> new int[limit]);
            int[] size = sizes.computeIfAbsent(d, x -> new int[1]);
            if (size[0] < limit) {
                int i = size[0]++;
                heap[i] = p;
                while (i > 0 && less(acc, heap[i], heap[(i - 1) / 2])) {
                    int parent = (i - 1) / 2;
                    int tmp = heap[i];
                    heap[i] = heap[parent];
                    heap[parent] = tmp;
                    i = parent;
                }
            } else if (less(acc, heap[0], p)) {
                heap[0] = p;
                int i = 0;
                while (true) {
                    int l = 2 * i + 1;
                    int r = l + 1;
                    int m = i;
                    if (l < limit && less(acc, heap[l], heap[m])) m = l;
                    if (r < limit && less(acc, heap[r], heap[m])) m = r;
                    if (m == i) break;
                    int tmp = heap[i];
                    heap[i] = heap[m];
                    heap[m] = tmp;
                    i = m;
                }
            }
        }
        int n = 0;
        for (Map.Entry<Integer, int[]> e : heaps.entrySet()) {
            int size = sizes.get(e.getKey())[0];
            System.arraycopy(e.getValue(), 0, out, n, size);
            n += size;
        }
        return n;
    }

    /** Heap order: lower accumulated score first, ties broken by passage index (deterministic). */
    private static boolean less(float[] acc, int a, int b) {
        return acc[a] < acc[b] || (acc[a] == acc[b] && a > b);
    }

    /** The evidence of a pair: shared features, strongest contribution first (at most {@code max}). */
    public List<Evidence> evidence(int q, int p, int max) {
        int[] a = ids[q];
        int[] b = ids[p];
        List<double[]> found = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                found.add(new double[] {idf[a[i]] * qw[q][i] * bm[p][j] / Math.max(1e-12, self[q]), i, j});
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        found.sort((x, y) -> Double.compare(y[0], x[0]));
        List<Evidence> out = new ArrayList<>();
        for (double[] e : found) {
            if (out.size() == max) break;
            int k = a[(int) e[1]];
            String qt = texts[q][(int) e[1]];
            String pt = texts[p][(int) e[2]];
            out.add(new Evidence(keyType[k], keyValue[k], unmark(qt), unmark(pt), e[0], fromHeading(qt), fromHeading(pt)));
        }
        return out;
    }

    /** The feature ids of a passage (sorted; do not modify). */
    int[] featuresOf(int passage) { return ids[passage]; }

    /** Shared feature ids of two passages. */
    int[] shared(int q, int p) {
        int[] a = ids[q];
        int[] b = ids[p];
        int[] out = new int[Math.min(a.length, b.length)];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                out[n++] = a[i];
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The type of a feature (null for lexical stems). */
    AnchorType type(int feature) { return keyType[feature]; }

    /** The value of a feature. */
    String value(int feature) { return keyValue[feature]; }

    /** The text of a feature in a passage (first occurrence), or null. */
    String text(int passage, int feature) {
        int i = Arrays.binarySearch(ids[passage], feature);
        return i < 0 ? null : unmark(texts[passage][i]);
    }

    /**
     * Prefix of a stored feature text quoted from a section heading rather than from the passage's content
     * (one char per text instead of a flag array per passage).
     */
    private static final char HEADING_MARK = '\u0001';

    private static boolean fromHeading(String t) { return t != null && !t.isEmpty() && t.charAt(0) == HEADING_MARK; }

    private static String unmark(String t) { return fromHeading(t) ? t.substring(1) : t; }

    // ------------------------------------------------------------------------------------------- building

    /** Collects passages and their features document by document. */
    static final class Builder {
        private final ComparableAligner.Settings s;
        private final List<Passage> passages = new ArrayList<>();
        private final List<Integer> docOf = new ArrayList<>();
        private final List<String> docIds = new ArrayList<>();
        private final List<Integer> docStart = new ArrayList<>();
        private final List<Float> relpos = new ArrayList<>();
        private final List<Float> length = new ArrayList<>();
        private final List<int[]> ids = new ArrayList<>();
        private final List<float[]> tfs = new ArrayList<>();
        private final List<String[]> texts = new ArrayList<>();
        private final Map<AnchorType, Map<String, Integer>> anchorKeys = new java.util.EnumMap<>(AnchorType.class);
        private final Map<String, Map<String, Integer>> stemKeys = new HashMap<>();
        private final List<String> keyValue = new ArrayList<>();
        private final List<AnchorType> keyType = new ArrayList<>();
        private final Map<String, String> textPool = new HashMap<>();

        Builder(ComparableAligner.Settings s) { this.s = s; }

        private int key(AnchorType t, String value) {
            Map<String, Integer> m = anchorKeys.computeIfAbsent(t, x -> new HashMap<>());
            Integer id = m.get(value);
            if (id == null) {
                id = keyValue.size();
                m.put(value, id);
                keyValue.add(value);
                keyType.add(t);
            }
            return id;
        }

        /** The id of a same-language stem feature (value "lang:stem"), without building the string when known. */
        private int stemKey(String lang, String stem) {
            Map<String, Integer> m = stemKeys.computeIfAbsent(lang, x -> new HashMap<>());
            Integer id = m.get(stem);
            if (id == null) {
                id = keyValue.size();
                m.put(stem, id);
                keyValue.add(lang + ":" + stem);
                keyType.add(null);
            }
            return id;
        }

        /** A passage under construction: its span and the blocks whose content gives its features. */
        private record Span(int firstLine, int lastLine, int start, int end, int section, List<int[]> contentSpans) {}

        void add(Document d, CorpusAnchors anchors) {
            int dIndex = docIds.size();
            docIds.add(d.id());
            docStart.add(passages.size());
            List<Span> spans = spans(d);
            int n = spans.size();
            for (int i = 0; i < n; i++) {
                Span sp = spans.get(i);
                Map<Integer, float[]> tf = new LinkedHashMap<>();
                Map<Integer, String> text = new HashMap<>();
                float len = 0;
                for (int[] cs : sp.contentSpans) {
                    addAnchors(anchors.forSpan(d, cs[0], cs[1]).anchors(), 1.0, false, tf, text);
                    len += addStems(d, cs[0], cs[1], tf, text);
                }
                // headings of the enclosing sections
                double w = s.headingWeight();
                int sec = sp.section;
                while (sec >= 0 && w > 0.01) {
                    Section section = d.sections().get(sec);
                    Block h = d.blocks().get(section.headingBlock());
                    if (!h.isBoilerplate()) addAnchors(anchors.forBlock(d, h).anchors(), w, true, tf, text);
                    w *= 0.5;
                    sec = section.parent();
                }
                int[] idArr = new int[tf.size()];
                int m = 0;
                for (int k : tf.keySet()) idArr[m++] = k;
                Arrays.sort(idArr);
                float[] tfArr = new float[m];
                String[] txt = new String[m];
                for (int j = 0; j < m; j++) {
                    tfArr[j] = tf.get(idArr[j])[0];
                    txt[j] = text.get(idArr[j]);
                }
                passages.add(new Passage(passages.size(), d.id(), d.language(), sp.firstLine, sp.lastLine, sp.start, sp.end,
                        d.text().substring(sp.start, sp.end)));
                docOf.add(dIndex);
                relpos.add(n <= 1 ? 0.5f : (float) i / (n - 1));
                length.add(Math.max(1, len));
                ids.add(idArr);
                tfs.add(tfArr);
                texts.add(txt);
            }
        }

        /** Adds anchors as features; {@code heading}: they come from a section heading (their texts are marked so). */
        private void addAnchors(List<Anchor> list, double mult, boolean heading, Map<Integer, float[]> tf, Map<Integer, String> text) {
            // spans of concept anchors: a cognate on the same word adds little to the concept
            java.util.Set<Long> conceptSpans = new java.util.HashSet<>();
            for (Anchor a : list) if (a.type() == AnchorType.CONCEPT) conceptSpans.add(((long) a.start() << 32) | a.end());
            for (Anchor a : list) {
                if (a.boilerplate() && !s.includeBoilerplate()) continue;
                double w = s.typeWeight(a.type()) * a.weight() * mult;
                if (w <= 0) continue;
                if (a.type() == AnchorType.COGNATE && conceptSpans.contains(((long) a.start() << 32) | a.end())) {
                    w *= s.cognateOverlapWeight();
                }
                String t = heading ? HEADING_MARK + a.text() : a.text();
                put(tf, text, key(a.type(), a.value()), w, t);
                if (a.type() == AnchorType.TIME && s.timeHierarchyWeight() > 0) {
                    for (String v : coarser(a.value())) put(tf, text, key(AnchorType.TIME, v), w * s.timeHierarchyWeight(), t);
                }
            }
        }

        private void put(Map<Integer, float[]> tf, Map<Integer, String> text, int k, double w, String t) {
            tf.computeIfAbsent(k, x -> new float[1])[0] += (float) w;
            if (!text.containsKey(k)) {
                String pooled = textPool.putIfAbsent(t, t);
                text.put(k, pooled == null ? t : pooled);
            }
        }

        /** Stems of content words as same-language lexical features; returns the number of word tokens. */
        private float addStems(Document d, int start, int end, Map<Integer, float[]> tf, Map<Integer, String> text) {
            TokenTable t = d.tokenTable();
            int lo = t.firstAtOrAfter(start);
            float words = 0;
            String lang = d.language().code();
            for (int i = lo; i < t.size() && t.start(i) < end; i++) {
                if (!t.isWord(i)) continue;
                words++;
                if (s.lexicalWeight() <= 0 || t.isStopword(i) || t.norm(i).length() <= 3) continue;
                int k = stemKey(lang, t.stem(i));
                if (tf.containsKey(k)) tf.get(k)[0] += (float) s.lexicalWeight();
                else put(tf, text, k, s.lexicalWeight(), d.text().substring(t.start(i), t.end(i)));
            }
            return words;
        }

        /** The spans of a document's passages at the chosen granularity. */
        private List<Span> spans(Document d) {
            List<Span> out = new ArrayList<>();
            LineIndex lines = d.lineIndex();
            switch (s.granularity()) {
                case PARAGRAPH -> {
                    int consumed = 0; // last line taken by a passage or by boilerplate
                    for (Block b : d.blocks()) {
                        if (b.isBoilerplate() && !s.includeBoilerplate()) {
                            consumed = b.lastLine();
                            continue;
                        }
                        if (b.kind() == BlockKind.HEADING) {
                            continue;
                        }
                        // the passage takes the lines from the one after the previous passage: its text starts
                        // at the start of that line (blank lines, heading markup and all), so that its offsets
                        // and its lines describe the same span
                        int first = consumed + 1;
                        int start = Math.min(b.start(), lines.lineStart(first));
                        out.add(new Span(first, b.lastLine(), start, b.end(), b.section(), List.of(new int[] {b.start(), b.end()})));
                        consumed = b.lastLine();
                    }
                }
                case SENTENCE -> {
                    for (Sentence x : d.sentences()) {
                        Block b = d.blocks().get(x.block());
                        if (x.boilerplate() && !s.includeBoilerplate() || b.kind() == BlockKind.HEADING) continue;
                        out.add(new Span(x.firstLine(), x.lastLine(), x.start(), x.end(), b.section(),
                                List.of(new int[] {x.start(), x.end()})));
                    }
                }
                case LINE -> {
                    for (Block b : d.blocks()) {
                        if (b.isBoilerplate() && !s.includeBoilerplate()) continue;
                        for (int l = b.firstLine(); l <= b.lastLine(); l++) {
                            int ls = Math.max(b.start(), lines.lineStart(l));
                            int le = Math.min(b.end(), lines.lineEnd(l));
                            while (ls < le && Character.isWhitespace(d.text().charAt(ls))) ls++;
                            while (le > ls && Character.isWhitespace(d.text().charAt(le - 1))) le--;
                            if (le <= ls) continue;
                            out.add(new Span(l, l, ls, le, b.section(), List.of(new int[] {ls, le})));
                        }
                    }
                }
                case WINDOW -> {
                    List<Sentence> content = new ArrayList<>();
                    for (Sentence x : d.sentences()) {
                        Block b = d.blocks().get(x.block());
                        if (x.boilerplate() && !s.includeBoilerplate() || b.kind() == BlockKind.HEADING) continue;
                        content.add(x);
                    }
                    int size = s.windowSize();
                    int stride = s.windowStride();
                    for (int i = 0; i < content.size(); ) {
                        int section = d.blocks().get(content.get(i).block()).section();
                        int j = i;
                        while (j < content.size() && j - i < size && d.blocks().get(content.get(j).block()).section() == section) j++;
                        Sentence a = content.get(i);
                        Sentence z = content.get(j - 1);
                        List<int[]> parts = new ArrayList<>();
                        for (int k = i; k < j; k++) parts.add(new int[] {content.get(k).start(), content.get(k).end()});
                        out.add(new Span(a.firstLine(), z.lastLine(), a.start(), z.end(), section, parts));
                        if (j >= content.size()) break;
                        int next = i + stride;
                        // never skip a sentence: a window cut short by a section end restarts at the section
                        i = Math.min(next, j);
                    }
                }
                default -> throw new IllegalStateException(s.granularity().toString());
            }
            return out;
        }

        PassageIndex build() {
            // number anchor features before lexical ones (rawScore stops at the boundary across languages)
            int nk = keyValue.size();
            int[] remap = new int[nk];
            List<String> values = new ArrayList<>(nk);
            List<AnchorType> typesOut = new ArrayList<>(nk);
            for (int pass = 0; pass < 2; pass++) {
                for (int k = 0; k < nk; k++) {
                    boolean anchor = keyType.get(k) != null;
                    if (anchor == (pass == 0)) {
                        remap[k] = values.size();
                        values.add(keyValue.get(k));
                        typesOut.add(keyType.get(k));
                    }
                }
            }
            for (int i = 0; i < ids.size(); i++) {
                int[] f = ids.get(i);
                float[] t = tfs.get(i);
                String[] x = texts.get(i);
                Integer[] order = new Integer[f.length];
                for (int j = 0; j < f.length; j++) order[j] = j;
                java.util.Arrays.sort(order, (u, v) -> Integer.compare(remap[f[u]], remap[f[v]]));
                int[] f2 = new int[f.length];
                float[] t2 = new float[f.length];
                String[] x2 = new String[f.length];
                for (int j = 0; j < f.length; j++) {
                    f2[j] = remap[f[order[j]]];
                    t2[j] = t[order[j]];
                    x2[j] = x[order[j]];
                }
                ids.set(i, f2);
                tfs.set(i, t2);
                texts.set(i, x2);
            }
            keyValue.clear();
            keyValue.addAll(values);
            keyType.clear();
            keyType.addAll(typesOut);
            int n = passages.size();
            int[] dOf = new int[n];
            float[] rp = new float[n];
            float[] len = new float[n];
            for (int i = 0; i < n; i++) {
                dOf[i] = docOf.get(i);
                rp[i] = relpos.get(i);
                len[i] = length.get(i);
            }
            int[] ds = new int[docIds.size() + 1];
            for (int i = 0; i < docIds.size(); i++) ds[i] = docStart.get(i);
            ds[docIds.size()] = n;
            return new PassageIndex(s, passages, dOf, docIds.toArray(new String[0]), ds, rp, len, ids.toArray(new int[0][]),
                    tfs.toArray(new float[0][]), texts.toArray(new String[0][]), keyValue, keyType);
        }
    }

    /** Coarser TIMEX values contained in a value: 1956-02-25 → 1956-02, 1956, 195X; ranges → their ends. */
    static List<String> coarser(String v) {
        List<String> out = new ArrayList<>(4);
        if (v.indexOf('/') >= 0) {
            for (String p : v.split("/")) {
                if (p.equals("..") || p.isEmpty()) continue;
                out.add(p);
                if (p.length() > 4 && isYearPrefix(p)) out.add(p.substring(0, 4));
            }
            return out;
        }
        if (v.length() >= 10 && isYearPrefix(v) && v.charAt(4) == '-' && v.charAt(7) == '-') {
            out.add(v.substring(0, 7));
            out.add(v.substring(0, 4));
        } else if (v.length() > 4 && isYearPrefix(v) && v.charAt(4) == '-') {
            out.add(v.substring(0, 4));
        }
        if (isYearPrefix(v)) out.add(v.substring(0, 3) + "X");
        return out;
    }

    private static boolean isYearPrefix(String v) {
        if (v.length() < 4) return false;
        for (int i = 0; i < 4; i++) if (!Character.isDigit(v.charAt(i))) return false;
        return true;
    }
}

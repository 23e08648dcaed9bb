package org.parallax.stats.salience;

import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.Layer;
import org.parallax.core.TokenTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Unsupervised keyword extraction with TextRank (Mihalcea &amp; Tarau 2004, "TextRank: Bringing Order into
 * Texts", EMNLP), per document:
 *
 * <ol>
 *   <li><b>Candidates.</b> Word tokens outside boilerplate that are not stopwords (the token's Snowball
 *       flag or the language's extra list) and whose UPOS guess is one of the language's
 *       {@code keyword-tags} ({@link SalienceLanguage}: nouns, proper names, adjectives and unknown words
 *       for it/nl/en). A vertex is a distinct value of a candidate in the layer (normalized form by default).</li>
 *   <li><b>Graph.</b> Undirected and unweighted: within each sentence, the candidates in text order form a
 *       sequence, and two candidates at most {@code window - 1} places apart in it are linked (window 2, the
 *       paper's best setting: consecutive candidates). No self-loops, no multiple edges.</li>
 *   <li><b>Ranking.</b> PageRank on the graph, from all scores 1:
 *       {@code S(v) = (1 - d) + d * sum_{u adjacent to v} S(u) / deg(u)} with {@code d = 0.85}, iterated on all
 *       vertices at once until no score changes by more than 10<sup>-4</sup> (at most 100 iterations). An
 *       isolated vertex scores {@code 1 - d}.</li>
 *   <li><b>Keywords.</b> The top {@code T = ceil(|V| / 3)} vertices (a third of the vertices, as in the
 *       paper; ties by value) are keywords; every maximal run of consecutive tokens in a sentence that are all
 *       keywords is collapsed into one key phrase (one word when alone). A phrase scores the mean of its
 *       words' PageRank scores ({@link PhraseScore#MEAN}, the default, as gensim and summa), or their sum
 *       ({@link PhraseScore#SUM}, as pke's TextRank); the paper gives no phrase score. Its frequency is the
 *       number of such runs.</li>
 * </ol>
 *
 * <pre>{@code
 * Corpus corpus = Corpus.seeds();
 * Document doc = corpus.document("it-destalinizzazione");
 * List<KeyPhrase> k = TextRank.defaults().extract(doc);        // Stalin, Krusciov, Russia, potere, Nikita Krusciov ...
 * KeywordResult all = TextRank.defaults().window(3).layer(Layer.LEMMA).extract(corpus);
 * Map<String, Double> ranks = TextRank.defaults().vertexScores(doc);   // PageRank per word, best first: stalin=7.73, krusciov=4.06 ...
 * }</pre>
 *
 * <p>Immutable settings; thread-safe.
 */
public final class TextRank {
    /**
     * How a key phrase is scored from its words' PageRank scores.
     *
     * <pre>{@code
     * TextRank.defaults().phraseScore(TextRank.PhraseScore.SUM);
     * }</pre>
     */
    public enum PhraseScore {
        /** The mean of the words' scores (gensim's and summa's TextRank): a phrase never outranks its best word. */
        MEAN,
        /** The sum of the words' scores (pke's TextRank): longer phrases rank higher. */
        SUM;

        /** Parses {@code mean} or {@code sum}. */
        public static PhraseScore parse(String s) { return TfIdf.parseEnum(PhraseScore.class, s); }
    }

    private static final TextRank DEFAULTS = new TextRank(Layer.NORM, 2, 0.85, 1e-4, 100, 1.0 / 3, PhraseScore.MEAN, 1, false, null);

    private final Layer layer;
    private final int window;
    private final double damping;
    private final double tolerance;
    private final int maxIterations;
    private final double ratio;
    private final PhraseScore phraseScore;
    private final int minFreq;
    private final boolean includeBoilerplate;
    private final SalienceLanguage language;

    private TextRank(Layer layer, int window, double damping, double tolerance, int maxIterations, double ratio,
                     PhraseScore phraseScore, int minFreq, boolean includeBoilerplate, SalienceLanguage language) {
        if (window < 2) throw new IllegalArgumentException("window must be at least 2, got " + window);
        if (!(damping > 0 && damping < 1)) throw new IllegalArgumentException("damping must be in (0, 1), got " + damping);
        if (!(ratio > 0 && ratio <= 1)) throw new IllegalArgumentException("ratio must be in (0, 1], got " + ratio);
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be 0 or more and finite, got " + tolerance);
        }
        if (maxIterations < 1) throw new IllegalArgumentException("maxIterations must be at least 1, got " + maxIterations);
        if (minFreq < 1) throw new IllegalArgumentException("minFreq must be at least 1, got " + minFreq);
        this.layer = Objects.requireNonNull(layer, "layer");
        this.window = window;
        this.damping = damping;
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
        this.ratio = ratio;
        this.phraseScore = Objects.requireNonNull(phraseScore, "phraseScore");
        this.minFreq = minFreq;
        this.includeBoilerplate = includeBoilerplate;
        this.language = language;
    }

    /** Window 2, d = 0.85, tolerance 10<sup>-4</sup>, a third of the vertices, normalized layer. */
    public static TextRank defaults() { return DEFAULTS; }

    /** A copy on another layer. */
    public TextRank layer(Layer l) { return new TextRank(l, window, damping, tolerance, maxIterations, ratio, phraseScore, minFreq, includeBoilerplate, language); }

    /** A copy with another co-occurrence window (at least 2). */
    public TextRank window(int w) { return new TextRank(layer, w, damping, tolerance, maxIterations, ratio, phraseScore, minFreq, includeBoilerplate, language); }

    /** A copy with another damping factor. */
    public TextRank damping(double d) { return new TextRank(layer, window, d, tolerance, maxIterations, ratio, phraseScore, minFreq, includeBoilerplate, language); }

    /**
     * A copy with another convergence threshold and iteration limit.
     *
     * @throws IllegalArgumentException when {@code tol} is negative, NaN or infinite, or {@code maxIter} less than 1
     */
    public TextRank convergence(double tol, int maxIter) { return new TextRank(layer, window, damping, tol, maxIter, ratio, phraseScore, minFreq, includeBoilerplate, language); }

    /** A copy keeping another share of the vertices as keywords (1/3 by default). */
    public TextRank ratio(double r) { return new TextRank(layer, window, damping, tolerance, maxIterations, r, phraseScore, minFreq, includeBoilerplate, language); }

    /** A copy with another phrase score. */
    public TextRank phraseScore(PhraseScore p) { return new TextRank(layer, window, damping, tolerance, maxIterations, ratio, p, minFreq, includeBoilerplate, language); }

    /**
     * A copy that reports only phrases occurring at least {@code n} times.
     *
     * @throws IllegalArgumentException when {@code n} is less than 1
     */
    public TextRank minFreq(int n) { return new TextRank(layer, window, damping, tolerance, maxIterations, ratio, phraseScore, n, includeBoilerplate, language); }

    /** A copy that also reads boilerplate. */
    public TextRank includeBoilerplate(boolean on) { return new TextRank(layer, window, damping, tolerance, maxIterations, ratio, phraseScore, minFreq, on, language); }

    /** A copy with these language resources for every document (null: each document's own). */
    public TextRank language(SalienceLanguage l) { return new TextRank(layer, window, damping, tolerance, maxIterations, ratio, phraseScore, minFreq, includeBoilerplate, l); }

    /** The phrase score. */
    public PhraseScore phraseScore() { return phraseScore; }

    /** The window. */
    public int window() { return window; }

    /** The damping factor. */
    public double damping() { return damping; }

    /** The layer. */
    public Layer layer() { return layer; }

    /** Key phrases of every document. */
    public KeywordResult extract(Corpus corpus) {
        Map<String, List<KeyPhrase>> out = new LinkedHashMap<>();
        for (Document d : corpus) out.put(d.id(), extract(d));
        return new KeywordResult("textrank", "TextRank: " + this, out);
    }

    /** Key phrases of a document, best first (unmodifiable). */
    public List<KeyPhrase> extract(Document d) {
        Graph g = graph(d);
        double[] s = pageRank(g);
        int v = g.keys.size();
        Integer[] order = new Integer[v];
        for (int i = 0; i < v; i++) order[i] = i;
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -s[i]).thenComparing(i -> g.keys.get(i)));
        int top = v == 0 ? 0 : Math.max(1, (int) Math.ceil(ratio * v - 1e-9));
        boolean[] keyword = new boolean[v];
        for (int i = 0; i < top; i++) keyword[order[i]] = true;

        TokenTable t = d.tokenTable();
        String text = d.text();
        PhraseTally tally = new PhraseTally();
        Map<PhraseTally.Entry, Double> score = new LinkedHashMap<>();
        int i = 0;
        while (i < t.size()) {
            int vi = g.vertex[i];
            if (vi < 0 || !keyword[vi]) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < t.size() && t.sentence(j) == t.sentence(i) && g.vertex[j] >= 0 && keyword[g.vertex[j]]) j++;
            List<String> words = new ArrayList<>(j - i);
            double sum = 0;
            for (int k = i; k < j; k++) {
                words.add(g.keys.get(g.vertex[k]));
                sum += s[g.vertex[k]];
            }
            score.put(tally.add(words, PhraseTally.surface(t, text, i, j)), phraseScore == PhraseScore.MEAN ? sum / (j - i) : sum);
            i = j;
        }
        List<KeyPhrase> out = new ArrayList<>();
        for (PhraseTally.Entry e : tally.entries()) {
            if (e.freq < minFreq) continue;
            out.add(new KeyPhrase(d.id(), e.form(), e.key(), score.get(e), e.freq, e.words.size()));
        }
        out.sort(ORDER);
        return List.copyOf(out);
    }

    /** The PageRank score of every vertex (candidate word) of a document, best first (ties by value); unmodifiable. */
    public Map<String, Double> vertexScores(Document d) {
        Graph g = graph(d);
        double[] s = pageRank(g);
        Integer[] order = new Integer[s.length];
        for (int i = 0; i < s.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -s[i]).thenComparing(i -> g.keys.get(i)));
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i : order) out.put(g.keys.get(i), s[i]);
        return java.util.Collections.unmodifiableMap(out);
    }

    static final Comparator<KeyPhrase> ORDER = Comparator.comparingDouble(KeyPhrase::score).reversed()
            .thenComparing(Comparator.comparingInt(KeyPhrase::freq).reversed())
            .thenComparing(KeyPhrase::key);

    /** Vertices (distinct candidate values), the vertex of each token (-1: not a candidate) and adjacency. */
    private record Graph(List<String> keys, int[] vertex, int[][] adjacency) {}

    private Graph graph(Document d) {
        SalienceLanguage lang = language != null ? language : SalienceLanguage.of(d.language());
        TokenTable t = d.tokenTable();
        String text = d.text();
        int n = t.size();
        int[] vertex = new int[n];
        Arrays.fill(vertex, -1);
        Map<String, Integer> ids = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!t.isWord(i) || (!includeBoilerplate && t.isBoilerplate(i)) || lang.isStopword(t, i)) continue;
            String u = t.upos(i);
            if (u == null || !lang.keywordTags().contains(u)) continue;
            String key = t.layer(layer, i, text);
            Integer id = ids.get(key);
            if (id == null) {
                id = keys.size();
                ids.put(key, id);
                keys.add(key);
            }
            vertex[i] = id;
        }
        List<java.util.Set<Integer>> adj = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) adj.add(new java.util.TreeSet<>());
        int[] recent = new int[window - 1];
        int filled = 0;
        int sentence = -1;
        for (int i = 0; i < n; i++) {
            if (vertex[i] < 0) continue;
            if (t.sentence(i) != sentence) {
                sentence = t.sentence(i);
                filled = 0;
            }
            int v = vertex[i];
            for (int k = 0; k < Math.min(filled, recent.length); k++) {
                int u = recent[k];
                if (u != v) {
                    adj.get(u).add(v);
                    adj.get(v).add(u);
                }
            }
            // shift the window: the newest candidate first
            System.arraycopy(recent, 0, recent, 1, recent.length - 1);
            recent[0] = v;
            filled++;
        }
        int[][] a = new int[keys.size()][];
        for (int k = 0; k < a.length; k++) a[k] = adj.get(k).stream().mapToInt(Integer::intValue).toArray();
        return new Graph(keys, vertex, a);
    }

    private double[] pageRank(Graph g) {
        int v = g.keys.size();
        double[] s = new double[v];
        Arrays.fill(s, 1.0);
        double[] next = new double[v];
        for (int it = 0; it < maxIterations; it++) {
            double change = 0;
            for (int i = 0; i < v; i++) {
                double sum = 0;
                for (int u : g.adjacency[i]) sum += s[u] / g.adjacency[u].length;
                next[i] = (1 - damping) + damping * sum;
                change = Math.max(change, Math.abs(next[i] - s[i]));
            }
            double[] tmp = s;
            s = next;
            next = tmp;
            if (change < tolerance) break;
        }
        return s;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "window %d, d %.2f, top %.3g of the vertices, phrase score %s, layer %s%s%s", window, damping, ratio,
                phraseScore.name().toLowerCase(Locale.ROOT), layer.label(), minFreq > 1 ? ", min freq " + minFreq : "", includeBoilerplate ? ", boilerplate" : "");
    }
}

package org.parallax.stats.salience;

import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.Layer;
import org.parallax.core.TokenTable;
import org.parallax.stats.TermDictionary;
import org.parallax.stats.TokenSelection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Per-document TF-IDF weights (Salton &amp; Buckley 1988; Manning, Raghavan &amp; Sch&uuml;tze 2008, ch. 6)
 * on any layer, in a selectable variant. For a term {@code t} of a document {@code d} of a collection of
 * {@code N} documents:
 *
 * <pre>
 *   w(t, d) = tf(t, d) &middot; idf(t)                      score = w, or w / ||w(&middot;, d)||&#8322; with L2
 *
 *   tf   RAW       f(t, d)                 the raw count
 *        RELATIVE  f(t, d) / |d|           |d| = number of tokens of d counted (the default)
 *        LOG       1 + ln f(t, d)          sublinear (scikit-learn sublinear_tf)
 *        BINARY    1
 *   idf  PLAIN     ln(N / df(t))           the default; 0 for a term in every document
 *        SMOOTH    ln((1 + N) / (1 + df(t))) + 1     scikit-learn's default (smooth_idf=True)
 *        NONE      1
 *   norm NONE      (the default)
 *        L2        w(t, d) / sqrt(&Sigma;_u w(u, d)&sup2;) over all terms u of d
 * </pre>
 *
 * <p>{@code f(t, d)} counts the tokens of {@code d} whose value in the layer is {@code t}, among the tokens
 * the {@link TokenSelection} counts; {@code df(t)} is the number of documents of the collection with
 * {@code f > 0}. The default ({@link #defaults()}) counts the normalized layer, words only (no numbers,
 * punctuation or boilerplate), without stopwords: the tokens' Snowball flags and the language's extra
 * stop list of {@link SalienceLanguage}. With the defaults a term's score is its relative frequency times
 * {@code ln(N/df)}: terms found in every document score 0, terms of one document only score
 * {@code ln N} times their share of the document. {@code RAW + SMOOTH + L2} ({@link #scikitLearn()})
 * gives the values of scikit-learn's {@code TfidfVectorizer()} on the same tokens; {@code LOG + SMOOTH + L2}
 * those of {@code TfidfVectorizer(sublinear_tf=True)}. A minimum frequency only hides rows: it changes
 * neither {@code df} nor the norms.
 *
 * <pre>{@code
 * Corpus c = Corpus.seeds();
 * TfIdfResult r = TfIdf.defaults().compute(c);
 * r.top("it-destalinizzazione", 5);                           // krusciov, potere, destalinizzazione, disgelo, guerra
 * TfIdf.defaults().layer(Layer.LEMMA).tf(TfIdf.Tf.LOG).idf(TfIdf.Idf.SMOOTH).norm(TfIdf.Norm.L2).compute(c);
 * TfIdf.scikitLearn().compute(c);
 * }</pre>
 *
 * <p>Immutable settings; {@link #compute} is thread-safe.
 */
public final class TfIdf {
    /**
     * Term-frequency variants.
     *
     * <pre>{@code
     * TfIdf.Tf.LOG.of(3, 100);     // 1 + ln 3
     * TfIdf.Tf.parse("relative");  // RELATIVE
     * }</pre>
     */
    public enum Tf {
        /** {@code f(t, d)}. */
        RAW("f"),
        /** {@code f(t, d) / |d|}. */
        RELATIVE("f/|d|"),
        /** {@code 1 + ln f(t, d)}. */
        LOG("1+ln f"),
        /** {@code 1}. */
        BINARY("1");

        private final String formula;

        Tf(String formula) { this.formula = formula; }

        /** The formula, e.g. {@code f/|d|}. */
        public String formula() { return formula; }

        /** The factor for a count and a document length. */
        public double of(int f, int length) {
            return switch (this) {
                case RAW -> f;
                case RELATIVE -> length == 0 ? 0 : (double) f / length;
                case LOG -> f == 0 ? 0 : 1 + Math.log(f);
                case BINARY -> f == 0 ? 0 : 1;
            };
        }

        /** Parses {@code raw}, {@code relative}, {@code log} or {@code binary}. */
        public static Tf parse(String s) { return parseEnum(Tf.class, s); }
    }

    /**
     * Inverse-document-frequency variants.
     *
     * <pre>{@code
     * TfIdf.Idf.PLAIN.of(1, 5);    // ln 5
     * TfIdf.Idf.SMOOTH.of(1, 5);   // ln(6/2) + 1
     * }</pre>
     */
    public enum Idf {
        /** {@code ln(N / df)}. */
        PLAIN("ln(N/df)"),
        /** {@code ln((1 + N) / (1 + df)) + 1}. */
        SMOOTH("ln((1+N)/(1+df))+1"),
        /** {@code 1}. */
        NONE("1");

        private final String formula;

        Idf(String formula) { this.formula = formula; }

        /** The formula, e.g. {@code ln(N/df)}. */
        public String formula() { return formula; }

        /** The factor for a document frequency in a collection of {@code n} documents. */
        public double of(int df, int n) {
            return switch (this) {
                case PLAIN -> df == 0 ? 0 : Math.log((double) n / df);
                case SMOOTH -> Math.log((1.0 + n) / (1.0 + df)) + 1;
                case NONE -> 1;
            };
        }

        /** Parses {@code plain}, {@code smooth} or {@code none}. */
        public static Idf parse(String s) { return parseEnum(Idf.class, s); }
    }

    /**
     * Normalization of a document's vector.
     *
     * <pre>{@code
     * TfIdf.defaults().norm(TfIdf.Norm.L2);   // unit-length vectors, as scikit-learn
     * }</pre>
     */
    public enum Norm {
        /** No normalization. */
        NONE,
        /** Division by the Euclidean length of the document's weight vector. */
        L2;

        /** Parses {@code none} or {@code l2}. */
        public static Norm parse(String s) { return parseEnum(Norm.class, s); }
    }

    private static final TfIdf DEFAULTS = new TfIdf(
            TokenSelection.defaults().withoutStopwords().numbers(false), true, Tf.RELATIVE, Idf.PLAIN, Norm.NONE, 1);

    private final TokenSelection selection;
    private final boolean extraStopwords;
    private final Tf tf;
    private final Idf idf;
    private final Norm norm;
    private final int minFreq;

    private TfIdf(TokenSelection selection, boolean extraStopwords, Tf tf, Idf idf, Norm norm, int minFreq) {
        if (minFreq < 1) throw new IllegalArgumentException("minFreq must be at least 1, got " + minFreq);
        this.selection = Objects.requireNonNull(selection, "selection");
        this.extraStopwords = extraStopwords;
        this.tf = Objects.requireNonNull(tf, "tf");
        this.idf = Objects.requireNonNull(idf, "idf");
        this.norm = Objects.requireNonNull(norm, "norm");
        this.minFreq = minFreq;
    }

    /** Relative tf, plain idf, no normalization; normalized layer, words without stopwords. */
    public static TfIdf defaults() { return DEFAULTS; }

    /** scikit-learn's {@code TfidfVectorizer()} weighting: raw tf, smooth idf, L2 (same tokens as the defaults). */
    public static TfIdf scikitLearn() { return DEFAULTS.tf(Tf.RAW).idf(Idf.SMOOTH).norm(Norm.L2); }

    /** A copy counting other tokens. Stopwords excluded by the selection also exclude the language's extra stop list. */
    public TfIdf selection(TokenSelection s) {
        Objects.requireNonNull(s, "selection");
        return new TfIdf(s, !s.stopwords(), tf, idf, norm, minFreq);
    }

    /** A copy on another layer. */
    public TfIdf layer(Layer l) { return selection(selection.layer(l)); }

    /** A copy with another tf variant. */
    public TfIdf tf(Tf t) { return new TfIdf(selection, extraStopwords, t, idf, norm, minFreq); }

    /** A copy with another idf variant. */
    public TfIdf idf(Idf i) { return new TfIdf(selection, extraStopwords, tf, i, norm, minFreq); }

    /** A copy with another normalization. */
    public TfIdf norm(Norm n) { return new TfIdf(selection, extraStopwords, tf, idf, n, minFreq); }

    /**
     * A copy that reports only terms with at least this raw count in the document (df and norms unchanged).
     *
     * @throws IllegalArgumentException when {@code n} is less than 1
     */
    public TfIdf minFreq(int n) { return new TfIdf(selection, extraStopwords, tf, idf, norm, n); }

    /** The token selection. */
    public TokenSelection selection() { return selection; }

    /** The tf variant. */
    public Tf tf() { return tf; }

    /** The idf variant. */
    public Idf idf() { return idf; }

    /** The normalization. */
    public Norm norm() { return norm; }

    /** The minimum raw count of a reported term. */
    public int minFreq() { return minFreq; }

    /** Weights for every document of the collection. */
    public TfIdfResult compute(Corpus collection) { return compute(collection, d -> true); }

    /**
     * Weights for the documents of the collection accepted by {@code report}; document frequencies and N
     * are always counted over the whole collection.
     */
    public TfIdfResult compute(Corpus collection, Predicate<Document> report) {
        TermDictionary dict = new TermDictionary();
        int n = collection.size();
        List<int[]> ids = new ArrayList<>(n);
        List<int[]> counts = new ArrayList<>(n);
        int[] lengths = new int[n];
        int[] df = new int[16];
        int k = 0;
        for (Document d : collection) {
            SalienceLanguage lang = SalienceLanguage.of(d.language());
            TokenTable t = d.tokenTable();
            String text = d.text();
            int[] seq = new int[t.size()];
            int m = 0;
            for (int i = 0; i < t.size(); i++) {
                String term = selection.term(t, i, text);
                if (term == null) continue;
                if (extraStopwords && t.isWord(i) && lang.isStopword(t, i)) continue;
                seq[m++] = dict.add(term);
            }
            lengths[k] = m;
            int[] sorted = Arrays.copyOf(seq, m);
            Arrays.sort(sorted);
            int distinct = 0;
            for (int i = 0; i < m; i++) if (i == 0 || sorted[i] != sorted[i - 1]) distinct++;
            int[] id = new int[distinct];
            int[] c = new int[distinct];
            int j = -1;
            for (int i = 0; i < m; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) id[++j] = sorted[i];
                c[j]++;
            }
            if (dict.size() > df.length) df = Arrays.copyOf(df, Math.max(dict.size(), df.length * 2));
            for (int x : id) df[x]++;
            ids.add(id);
            counts.add(c);
            k++;
        }
        Map<String, List<TfIdfScore>> out = new LinkedHashMap<>();
        k = 0;
        for (Document d : collection) {
            int[] id = ids.get(k);
            int[] c = counts.get(k);
            int len = lengths[k];
            k++;
            if (!report.test(d)) continue;
            double[] w = new double[id.length];
            double sq = 0;
            for (int i = 0; i < id.length; i++) {
                w[i] = tf.of(c[i], len) * idf.of(df[id[i]], n);
                sq += w[i] * w[i];
            }
            double div = norm == Norm.L2 && sq > 0 ? Math.sqrt(sq) : 1;
            List<TfIdfScore> rows = new ArrayList<>();
            for (int i = 0; i < id.length; i++) {
                if (c[i] < minFreq) continue;
                rows.add(new TfIdfScore(d.id(), dict.term(id[i]), c[i], df[id[i]], tf.of(c[i], len), idf.of(df[id[i]], n), w[i] / div));
            }
            rows.sort(ORDER);
            out.put(d.id(), rows);
        }
        return new TfIdfResult(this, n, out);
    }

    private static final Comparator<TfIdfScore> ORDER = Comparator.comparingDouble(TfIdfScore::score).reversed()
            .thenComparing(Comparator.comparingInt(TfIdfScore::freq).reversed())
            .thenComparing(TfIdfScore::term);

    @Override
    public String toString() {
        return "tf " + tf.name().toLowerCase(Locale.ROOT) + " (" + tf.formula() + "), idf " + idf.name().toLowerCase(Locale.ROOT)
                + " (" + idf.formula() + "), norm " + norm.name().toLowerCase(Locale.ROOT) + ", " + selection
                + (minFreq > 1 ? ", min freq " + minFreq : "");
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, String s) {
        String k = s.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) if (e.name().equals(k)) return e;
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) names.add(e.name().toLowerCase(Locale.ROOT));
        throw new IllegalArgumentException("unknown " + type.getSimpleName().toLowerCase(Locale.ROOT) + " variant '" + s
                + "' (" + String.join(", ", names) + ")");
    }
}

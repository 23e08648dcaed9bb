package org.parallax.stats.salience;

import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.Layer;
import org.parallax.core.TokenTable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Multiword term extraction with the C-value (and NC-value) method of Frantzi, Ananiadou &amp; Mima (2000),
 * "Automatic recognition of multi-word terms: the C-value/NC-value method", <i>International Journal on
 * Digital Libraries</i> 3(2), 115&ndash;130; per document.
 *
 * <ol>
 *   <li><b>Candidates.</b> Every span of 2 to {@code maxLength} (default 5) consecutive tokens inside one
 *       sentence, outside boilerplate, whose UPOS guesses match one of the language's linguistic filters
 *       ({@link TermPattern}s in {@link SalienceLanguage}: e.g. English {@code (ADJ|NOUN|PROPN)+ NOUN} and
 *       {@code (ADJ|NOUN|PROPN)* NOUN ADP[of] (ADJ|NOUN|PROPN)* NOUN}). A candidate string {@code a} is its
 *       words' values in the layer (normalized forms by default); {@code f(a)} counts its matching spans,
 *       those inside longer matches included. Strings with {@code f(a)} below the frequency threshold
 *       ({@code minFreq}, default 2) are dropped: the rest are the candidate terms.</li>
 *   <li><b>C-value.</b> With {@code |a|} the number of words and {@code T_a} the set of longer candidate
 *       terms that contain {@code a} as a contiguous word sequence:
 *       <pre>
 *   C-value(a) = log2|a| &middot; f(a)                                       if T_a is empty
 *   C-value(a) = log2|a| &middot; (f(a) &minus; (1 / |T_a|) &middot; &Sigma;_{b &isin; T_a} f(b))     otherwise
 *       </pre>
 *       This is equation (1) of the paper ({@link Nesting#EQUATION}, the default). The paper's algorithm
 *       (section 2.3, {@link Nesting#ALGORITHM}) replaces &Sigma; f(b) by {@code t(a)}, the number of occurrences of
 *       {@code a} inside longer candidate terms: processing candidates from the longest, each candidate
 *       {@code b} adds {@code f(b) - t(b)} to {@code t} of each distinct substring candidate, so an occurrence
 *       nested in a nested term is not subtracted twice. Both give the same values when nesting is one level
 *       deep.</li>
 *   <li><b>NC-value</b> (section 3). Context words: the word right before and right after each occurrence of
 *       a candidate term in its sentence, when its UPOS guess is a {@code context-tags} class (noun,
 *       adjective, verb) and it is not a stopword. {@code weight(w) = t(w) / n} with {@code n} the number of
 *       candidate terms and {@code t(w)} the number of them {@code w} is a context word of;
 *       NC-value(a) = 0.8 C-value(a) + 0.2 &Sigma;<sub>w</sub> f<sub>a</sub>(w) weight(w), f<sub>a</sub>(w) being how often
 *       {@code w} is a context word of {@code a}.</li>
 * </ol>
 * Terms are ranked by C-value (ties: frequency, then key) and shown in their most frequent surface form.
 *
 * <p>Example: in a text where {@code world oil price crisis} occurs once, {@code oil price crisis} 3 times
 * (once inside the first), {@code oil price} 6 times (3 of them nested): with the equation,
 * C(oil price crisis) = log2 3 &middot; (3 &minus; 1/1) = 3.17 and C(oil price) = 1 &middot; (6 &minus; (1 + 1 + 3)/3) = 4.33.
 *
 * <pre>{@code
 * List<CValueTerm> terms = CValue.defaults().extract(Corpus.seeds().document("en-essay"));
 * terms.get(0);   // en-essay cult of personality cvalue=7.9248 freq=5 nested_in=0
 * CValueResult all = CValue.defaults().minFreq(1).maxLength(4).nesting(CValue.Nesting.ALGORITHM).extract(Corpus.seeds());
 * }</pre>
 *
 * <p>Immutable settings; thread-safe.
 */
public final class CValue {
    /**
     * How the frequency of the longer terms is subtracted.
     *
     * <pre>{@code
     * CValue.defaults().nesting(CValue.Nesting.ALGORITHM);
     * CValue.Nesting.parse("equation");   // EQUATION
     * }</pre>
     */
    public enum Nesting {
        /** Equation (1): the mean f(b) over the longer candidate terms b that contain a. */
        EQUATION,
        /** The algorithm of section 2.3: t(a)/c(a), nested occurrences counted once. */
        ALGORITHM;

        /** Parses {@code equation} or {@code algorithm}. */
        public static Nesting parse(String s) { return TfIdf.parseEnum(Nesting.class, s); }
    }

    private static final double LOG2 = Math.log(2);
    private static final CValue DEFAULTS = new CValue(Layer.NORM, 5, 2, Nesting.EQUATION, false, null);

    private final Layer layer;
    private final int maxLength;
    private final int minFreq;
    private final Nesting nesting;
    private final boolean includeBoilerplate;
    private final SalienceLanguage language;

    private CValue(Layer layer, int maxLength, int minFreq, Nesting nesting, boolean includeBoilerplate, SalienceLanguage language) {
        if (maxLength < 2 || maxLength > TermPattern.MAX_LENGTH) {
            throw new IllegalArgumentException("max length must be in 2.." + TermPattern.MAX_LENGTH + ", got " + maxLength);
        }
        if (minFreq < 1) throw new IllegalArgumentException("minFreq must be at least 1, got " + minFreq);
        this.layer = Objects.requireNonNull(layer, "layer");
        this.maxLength = maxLength;
        this.minFreq = minFreq;
        this.nesting = Objects.requireNonNull(nesting, "nesting");
        this.includeBoilerplate = includeBoilerplate;
        this.language = language;
    }

    /** Normalized layer, 2 to 5 words, frequency threshold 2, equation (1). */
    public static CValue defaults() { return DEFAULTS; }

    /** A copy on another layer. */
    public CValue layer(Layer l) { return new CValue(l, maxLength, minFreq, nesting, includeBoilerplate, language); }

    /** A copy with another longest candidate (2 to {@value TermPattern#MAX_LENGTH} words). */
    public CValue maxLength(int n) { return new CValue(layer, n, minFreq, nesting, includeBoilerplate, language); }

    /**
     * A copy with another frequency threshold.
     *
     * @throws IllegalArgumentException when {@code n} is less than 1
     */
    public CValue minFreq(int n) { return new CValue(layer, maxLength, n, nesting, includeBoilerplate, language); }

    /** A copy with the other nesting computation. */
    public CValue nesting(Nesting n) { return new CValue(layer, maxLength, minFreq, n, includeBoilerplate, language); }

    /** A copy that also reads boilerplate. */
    public CValue includeBoilerplate(boolean on) { return new CValue(layer, maxLength, minFreq, nesting, on, language); }

    /** A copy with these language resources (patterns, stopwords) for every document (null: each document's own). */
    public CValue language(SalienceLanguage l) { return new CValue(layer, maxLength, minFreq, nesting, includeBoilerplate, l); }

    /** The layer. */
    public Layer layer() { return layer; }

    /** The longest candidate. */
    public int maxLength() { return maxLength; }

    /** The frequency threshold. */
    public int minFreq() { return minFreq; }

    /** The nesting computation. */
    public Nesting nesting() { return nesting; }

    /** Terms of every document. */
    public CValueResult extract(Corpus corpus) {
        Map<String, List<CValueTerm>> out = new LinkedHashMap<>();
        for (Document d : corpus) out.put(d.id(), extract(d));
        return new CValueResult(this, out);
    }

    /** Terms of a document, by C-value (unmodifiable). */
    public List<CValueTerm> extract(Document d) {
        SalienceLanguage lang = language != null ? language : SalienceLanguage.of(d.language());
        TokenTable t = d.tokenTable();
        String text = d.text();
        int n = t.size();

        // 1. candidate occurrences
        PhraseTally tally = new PhraseTally();
        Map<PhraseTally.Entry, List<Integer>> starts = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (!usable(t, i)) continue;
            int lim = 1;
            while (lim < maxLength && i + lim < n && t.sentence(i + lim) == t.sentence(i) && usable(t, i + lim)) lim++;
            if (lim < 2) continue;
            long mask = lang.termLengths(t, i, lim);
            for (int len = 2; len <= lim; len++) {
                if ((mask & (1L << len)) == 0) continue;
                List<String> words = new ArrayList<>(len);
                for (int k = i; k < i + len; k++) words.add(t.layer(layer, k, text));
                PhraseTally.Entry e = tally.add(words, PhraseTally.surface(t, text, i, i + len));
                starts.computeIfAbsent(e, x -> new ArrayList<>()).add(i);
            }
        }
        List<PhraseTally.Entry> cands = new ArrayList<>();
        for (PhraseTally.Entry e : tally.entries()) if (e.freq >= minFreq) cands.add(e);
        Map<List<String>, Integer> index = new HashMap<>();
        for (int k = 0; k < cands.size(); k++) index.put(cands.get(k).words, k);

        // 2. nesting: the distinct candidate terms inside each candidate
        List<Set<Integer>> inside = new ArrayList<>();
        for (PhraseTally.Entry b : cands) {
            Set<Integer> s = new LinkedHashSet<>();
            int len = b.words.size();
            for (int from = 0; from < len; from++) {
                for (int to = from + 2; to <= len; to++) {
                    if (to - from == len) continue;
                    Integer a = index.get(b.words.subList(from, to));
                    if (a != null) s.add(a);
                }
            }
            inside.add(s);
        }
        int m = cands.size();
        int[] nestedIn = new int[m];
        double[] nestedFreq = new double[m];
        double[] cv = new double[m];
        if (nesting == Nesting.EQUATION) {
            for (int b = 0; b < m; b++) {
                for (int a : inside.get(b)) {
                    nestedIn[a]++;
                    nestedFreq[a] += cands.get(b).freq;
                }
            }
            for (int a = 0; a < m; a++) cv[a] = cvalue(cands.get(a), nestedIn[a], nestedFreq[a]);
        } else {
            Integer[] order = new Integer[m];
            for (int k = 0; k < m; k++) order[k] = k;
            java.util.Arrays.sort(order, Comparator.comparingInt(k -> -cands.get(k).words.size()));
            for (int a : order) {
                cv[a] = cvalue(cands.get(a), nestedIn[a], nestedFreq[a]);
                double add = cands.get(a).freq - nestedFreq[a];
                for (int b : inside.get(a)) {
                    nestedFreq[b] += add;
                    nestedIn[b]++;
                }
            }
        }

        // 3. NC-value: context words
        List<Map<String, Integer>> context = new ArrayList<>();
        Map<String, Integer> termsPerWord = new HashMap<>();
        for (PhraseTally.Entry e : cands) {
            Map<String, Integer> ctx = new LinkedHashMap<>();
            int len = e.words.size();
            for (int s : starts.get(e)) {
                contextWord(t, text, lang, s, s - 1, ctx);
                contextWord(t, text, lang, s, s + len, ctx);
            }
            for (String w : ctx.keySet()) termsPerWord.merge(w, 1, Integer::sum);
            context.add(ctx);
        }
        List<CValueTerm> out = new ArrayList<>(m);
        for (int a = 0; a < m; a++) {
            double sum = 0;
            for (Map.Entry<String, Integer> c : context.get(a).entrySet()) {
                sum += c.getValue() * ((double) termsPerWord.get(c.getKey()) / m);
            }
            PhraseTally.Entry e = cands.get(a);
            out.add(new CValueTerm(d.id(), e.form(), e.key(), e.words.size(), e.freq, nestedIn[a], nestedFreq[a], cv[a],
                    0.8 * cv[a] + 0.2 * sum));
        }
        out.sort(Comparator.comparingDouble(CValueTerm::cvalue).reversed()
                .thenComparing(Comparator.comparingInt(CValueTerm::freq).reversed())
                .thenComparing(CValueTerm::key));
        return List.copyOf(out);
    }

    private static double cvalue(PhraseTally.Entry a, int nestedIn, double nestedFreq) {
        double log = Math.log(a.words.size()) / LOG2;
        return nestedIn == 0 ? log * a.freq : log * (a.freq - nestedFreq / nestedIn);
    }

    private boolean usable(TokenTable t, int i) { return includeBoilerplate || !t.isBoilerplate(i); }

    /** Counts token {@code w} as a context word of the occurrence starting at {@code s} when it qualifies. */
    private void contextWord(TokenTable t, String text, SalienceLanguage lang, int s, int w, Map<String, Integer> ctx) {
        if (w < 0 || w >= t.size() || t.sentence(w) != t.sentence(s) || !usable(t, w) || !t.isWord(w)) return;
        String u = t.upos(w);
        if (u == null || !lang.contextTags().contains(u) || lang.isStopword(t, w)) return;
        ctx.merge(t.layer(layer, w, text), 1, Integer::sum);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "2-%d words, min freq %d, %s, layer %s%s", maxLength, minFreq,
                nesting == Nesting.EQUATION ? "equation (1)" : "algorithm 2.3", layer.label(), includeBoilerplate ? ", boilerplate" : "");
    }
}

package org.parallax.stats.salience;

import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.Layer;
import org.parallax.core.TokenTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Unsupervised keyword extraction with RAKE, Rapid Automatic Keyword Extraction (Rose, Engel, Cramer &amp;
 * Cowley 2010, in <i>Text Mining: Applications and Theory</i>, ch. 1), per document:
 *
 * <ol>
 *   <li><b>Candidates.</b> Maximal runs of consecutive content words inside a sentence. A run ends at
 *       every token that is not a word (punctuation, symbols, numbers), at boilerplate, at stopwords (the
 *       token's Snowball flag or the language's extra list) and at words whose UPOS guess is one of the
 *       language's {@code phrase-break-tags} ({@link SalienceLanguage}: function words and verbs for
 *       it/nl/en), the language-aware counterpart of RAKE's long stop list. Candidates longer than
 *       {@code maxWords} (4 by default; 0 = no limit) are dropped before scoring.</li>
 *   <li><b>Word scores.</b> Over all candidate occurrences: {@code freq(w)} = occurrences of w,
 *       {@code deg(w)} = the sum of the lengths of the candidate occurrences w is in (its degree in the
 *       word co-occurrence graph, itself included); {@code score(w) = deg(w) / freq(w)}.</li>
 *   <li><b>Phrase scores.</b> A candidate scores the sum of its words' scores; the frequency of a phrase is
 *       the number of its occurrences as a candidate. All candidates are ranked (RAKE's cut at a third of
 *       the words is left to the caller's limit). Adjoining keywords across interior stopwords are not
 *       joined.</li>
 * </ol>
 *
 * <p>Example: the candidates {@code secret speech}, {@code secret police}, {@code police state},
 * {@code speech} give deg/freq: secret 4/2, police 4/2, state 2/1, speech 3/2, so {@code police state}
 * and {@code secret police} score 4, {@code secret speech} 3.5 and {@code speech} 1.5.
 *
 * <pre>{@code
 * List<KeyPhrase> k = Rake.defaults().extract(Corpus.seeds().document("en-essay"));
 * k.get(0);   // en-essay address systemic issues limited score=11.3333 freq=1: RAKE favours long phrases
 * KeywordResult all = Rake.defaults().maxWords(3).extract(Corpus.seeds());
 * }</pre>
 *
 * <p>Immutable settings; thread-safe.
 */
public final class Rake {
    private static final Rake DEFAULTS = new Rake(Layer.NORM, 4, 1, false, null);

    private final Layer layer;
    private final int maxWords;
    private final int minFreq;
    private final boolean includeBoilerplate;
    private final SalienceLanguage language;

    private Rake(Layer layer, int maxWords, int minFreq, boolean includeBoilerplate, SalienceLanguage language) {
        if (maxWords < 0) throw new IllegalArgumentException("maxWords must be 0 (no limit) or more, got " + maxWords);
        if (minFreq < 1) throw new IllegalArgumentException("minFreq must be at least 1, got " + minFreq);
        this.layer = Objects.requireNonNull(layer, "layer");
        this.maxWords = maxWords;
        this.minFreq = minFreq;
        this.includeBoilerplate = includeBoilerplate;
        this.language = language;
    }

    /** Normalized layer, candidates of at most 4 words. */
    public static Rake defaults() { return DEFAULTS; }

    /** A copy on another layer. */
    public Rake layer(Layer l) { return new Rake(l, maxWords, minFreq, includeBoilerplate, language); }

    /**
     * A copy with another longest candidate (0: no limit).
     *
     * @throws IllegalArgumentException when {@code n} is negative
     */
    public Rake maxWords(int n) { return new Rake(layer, n, minFreq, includeBoilerplate, language); }

    /**
     * A copy that reports only phrases occurring at least {@code n} times (scores unchanged).
     *
     * @throws IllegalArgumentException when {@code n} is less than 1
     */
    public Rake minFreq(int n) { return new Rake(layer, maxWords, n, includeBoilerplate, language); }

    /** A copy that also reads boilerplate. */
    public Rake includeBoilerplate(boolean on) { return new Rake(layer, maxWords, minFreq, on, language); }

    /** A copy with these language resources for every document (null: each document's own). */
    public Rake language(SalienceLanguage l) { return new Rake(layer, maxWords, minFreq, includeBoilerplate, l); }

    /** Key phrases of every document. */
    public KeywordResult extract(Corpus corpus) {
        Map<String, List<KeyPhrase>> out = new LinkedHashMap<>();
        for (Document d : corpus) out.put(d.id(), extract(d));
        return new KeywordResult("rake", "RAKE: " + this, out);
    }

    /** Key phrases of a document, best first (unmodifiable). */
    public List<KeyPhrase> extract(Document d) {
        SalienceLanguage lang = language != null ? language : SalienceLanguage.of(d.language());
        TokenTable t = d.tokenTable();
        String text = d.text();
        PhraseTally tally = new PhraseTally();
        int n = t.size();
        int i = 0;
        while (i < n) {
            if (!content(t, i, lang)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && t.sentence(j) == t.sentence(i) && content(t, j, lang)) j++;
            if (maxWords == 0 || j - i <= maxWords) {
                List<String> words = new ArrayList<>(j - i);
                for (int k = i; k < j; k++) words.add(t.layer(layer, k, text));
                tally.add(words, PhraseTally.surface(t, text, i, j));
            }
            i = j;
        }
        Map<String, int[]> degFreq = new HashMap<>();
        for (PhraseTally.Entry e : tally.entries()) {
            for (String w : e.words) {
                int[] df = degFreq.computeIfAbsent(w, k -> new int[2]);
                df[0] += e.freq * e.words.size();
                df[1] += e.freq;
            }
        }
        List<KeyPhrase> out = new ArrayList<>();
        for (PhraseTally.Entry e : tally.entries()) {
            if (e.freq < minFreq) continue;
            double score = 0;
            for (String w : e.words) {
                int[] df = degFreq.get(w);
                score += (double) df[0] / df[1];
            }
            out.add(new KeyPhrase(d.id(), e.form(), e.key(), score, e.freq, e.words.size()));
        }
        out.sort(TextRank.ORDER);
        return List.copyOf(out);
    }

    /** Whether a token may be inside a candidate phrase. */
    private boolean content(TokenTable t, int i, SalienceLanguage lang) {
        if (!t.isWord(i) || (!includeBoilerplate && t.isBoilerplate(i)) || lang.isStopword(t, i)) return false;
        String u = t.upos(i);
        return u == null || !lang.phraseBreakTags().contains(u);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "max %s words, layer %s%s%s", maxWords == 0 ? "any" : String.valueOf(maxWords),
                layer.label(), minFreq > 1 ? ", min freq " + minFreq : "", includeBoilerplate ? ", boilerplate" : "");
    }
}

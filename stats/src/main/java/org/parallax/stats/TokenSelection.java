package org.parallax.stats;

import org.parallax.core.Layer;
import org.parallax.core.TokenTable;
import org.parallax.core.TokenType;

import java.util.Locale;
import java.util.Objects;

/**
 * Which tokens a statistic counts, and as what: the layer (surface, norm, stem, lemma), whether numbers,
 * punctuation, symbols, stopwords and boilerplate count. The default counts words and numbers of the
 * normalized layer, stopwords included, boilerplate and punctuation excluded &mdash; what corpus tools
 * such as AntConc call tokens.
 *
 * <pre>{@code
 * TokenSelection s = TokenSelection.defaults().layer(Layer.LEMMA).withoutStopwords();
 * Document doc = Corpus.seeds().document("en-essay");    // "Introduction\n\nDe-Stalinization was one of ..."
 * s.term(doc.tokenTable(), 1, doc.text());   // "De-Stalinization": the term of token 1
 * s.term(doc.tokenTable(), 2, doc.text());   // null: "was" is a stopword, it does not count
 * }</pre>
 *
 * @param layer              the layer counted
 * @param numbers            count number tokens
 * @param punctuation        count punctuation and symbols
 * @param stopwords          count stopwords
 * @param includeBoilerplate count tokens in boilerplate
 */
public record TokenSelection(Layer layer, boolean numbers, boolean punctuation, boolean stopwords,
                             boolean includeBoilerplate) {
    private static final TokenSelection DEFAULTS = new TokenSelection(Layer.NORM, true, false, true, false);

    /** Validates. */
    public TokenSelection {
        Objects.requireNonNull(layer, "layer");
    }

    /** Words and numbers, normalized layer, stopwords in, boilerplate and punctuation out. */
    public static TokenSelection defaults() { return DEFAULTS; }

    /** A copy on another layer. */
    public TokenSelection layer(Layer l) { return new TokenSelection(l, numbers, punctuation, stopwords, includeBoilerplate); }

    /** A copy without stopwords. */
    public TokenSelection withoutStopwords() { return new TokenSelection(layer, numbers, punctuation, false, includeBoilerplate); }

    /** A copy with or without numbers. */
    public TokenSelection numbers(boolean on) { return new TokenSelection(layer, on, punctuation, stopwords, includeBoilerplate); }

    /** A copy with or without punctuation and symbols. */
    public TokenSelection punctuation(boolean on) { return new TokenSelection(layer, numbers, on, stopwords, includeBoilerplate); }

    /** A copy with or without boilerplate. */
    public TokenSelection boilerplate(boolean on) { return new TokenSelection(layer, numbers, punctuation, stopwords, on); }

    /** Whether token {@code i} counts. */
    public boolean counts(TokenTable t, int i) {
        return counts(t.type(i), t.isStopword(i), t.isBoilerplate(i));
    }

    /**
     * Whether a token with these properties counts: the same decision as {@link #counts(TokenTable, int)}
     * for a token that is not stored, e.g. one an {@link org.parallax.core.text.AnalysisSink} receives.
     */
    public boolean counts(TokenType type, boolean stopword, boolean boilerplate) {
        if (!includeBoilerplate && boilerplate) return false;
        switch (type) {
            case WORD -> {
                if (!stopwords && stopword) return false;
            }
            case NUMBER -> {
                if (!numbers) return false;
            }
            default -> {
                if (!punctuation) return false;
            }
        }
        return true;
    }

    /** The term of token {@code i} in the layer, or null when the token does not count. */
    public String term(TokenTable t, int i, String text) {
        if (!counts(t, i)) return null;
        return t.layer(layer, i, text);
    }

    @Override
    public String toString() {
        return layer.label() + (stopwords ? "" : ", no stopwords") + (numbers ? "" : ", no numbers")
                + (punctuation ? ", punctuation" : "") + (includeBoilerplate ? ", boilerplate" : "");
    }

    /** Parses {@code surface|norm|stem|lemma}. */
    public static Layer parseLayer(String s) { return Layer.parse(s.toLowerCase(Locale.ROOT)); }
}

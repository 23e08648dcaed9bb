package org.parallax.stats;

import org.parallax.core.Layer;
import org.parallax.core.text.Normalizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * What a {@link Concordance} searches for: one term (a word or a regular expression matched on a token
 * layer) or a sequence of terms matched on consecutive tokens of one sentence, optionally with gaps of up
 * to {@link #maxGap()} tokens between them. Boilerplate (navigation, references, citation widgets) is
 * not searched unless {@link #includeBoilerplate()}.
 *
 * <pre>{@code
 * ConcordanceQuery.word("Krusciov");                        // norm layer: krusciov, Krusciov, KRUSCIOV
 * ConcordanceQuery.word(Layer.LEMMA, "liberare");           // finds "liberati", "libero"
 * ConcordanceQuery.word(Layer.SURFACE, "Stalin");           // exactly as written (case-sensitive)
 * ConcordanceQuery.word(Layer.SURFACE, "stalin").ignoreCase();
 * ConcordanceQuery.regex(Layer.NORM, "destalini.*");        // destalinizzazione, destalinisatie ...
 * ConcordanceQuery.phrase("cult of personality");           // three consecutive tokens (norm layer)
 * ConcordanceQuery.word("Stalin's");                        // in English the two tokens Stalin 's
 * ConcordanceQuery.sequence(ConcordanceQuery.Term.word(Layer.NORM, "cult"),
 *         ConcordanceQuery.Term.regex(Layer.LEMMA, "personalit.*")).maxGap(1);
 * ConcordanceQuery.parse("lemma:culto della personalità", Layer.NORM, false); // a layer per term
 * }</pre>
 *
 * <p>A word matches a token whose layer value equals it, or the tokens the corpus text's tokenizer cuts
 * it into: each word is cut at search time by the tokenizer of the language of the text it is compared
 * with ({@link WordTokens}; the block's language, else the document's), and its pieces must match
 * consecutive tokens written without space between them, in one sentence. So {@code Stalin's} finds
 * {@code Stalin} + {@code 's} in English (and the one token {@code Stalin's} in Dutch), {@code l'Unione}
 * finds {@code l'} + {@code Unione} in Italian, and {@code C++}, {@code 10%}, {@code $5.00},
 * {@code 3/4/1957} find their tokens; a gap ({@link #maxGap()}) is never allowed inside one word. A
 * regular expression is not cut: it must match one whole layer value ({@link
 * java.util.regex.Matcher#matches()}), so {@code Stalin.*} finds {@code Stalin} but not {@code 's}. Matching is case-sensitive on the surface
 * layer and case-insensitive on the norm, stem and lemma layers by default (there the word is normalized
 * like the norm layer: {@code Khrushchev’s} finds {@code khrushchev's}); {@link #ignoreCase()} makes every
 * term case-insensitive. Terms of a sequence are matched on all tokens, punctuation included: {@code
 * Stalin died} does not match {@code Stalin, died} unless a gap of one token is allowed. Tokens of one hit
 * are always in the same sentence. Immutable.
 *
 * @param terms              the terms, in order (at least one)
 * @param maxGap             how many tokens may stand between two consecutive terms (0: contiguous)
 * @param includeBoilerplate whether tokens in boilerplate blocks are searched
 */
public record ConcordanceQuery(List<Term> terms, int maxGap, boolean includeBoilerplate) {
    private static final Pattern LAYER_PREFIX = Pattern.compile("(?i)(surface|norm|stem|lemma):(.+)");

    /** Validates and copies. */
    public ConcordanceQuery {
        terms = List.copyOf(Objects.requireNonNull(terms, "terms"));
        if (terms.isEmpty()) throw new IllegalArgumentException("a concordance query needs at least one term");
        if (maxGap < 0) throw new IllegalArgumentException("maxGap must be >= 0, got " + maxGap);
    }

    /** A word on the norm layer (case-insensitive); cut into tokens like the text it is searched in. */
    public static ConcordanceQuery word(String word) { return word(Layer.NORM, word); }

    /** A word on a layer (case-sensitive on the surface layer only). */
    public static ConcordanceQuery word(Layer layer, String word) { return of(Term.word(layer, word)); }

    /** A regular expression matching a whole layer value (case-sensitive on the surface layer only). */
    public static ConcordanceQuery regex(Layer layer, String regex) { return of(Term.regex(layer, regex)); }

    /** A sequence of words separated by whitespace, each on the norm layer: {@code "cult of personality"}. */
    public static ConcordanceQuery phrase(String words) { return parse(words, Layer.NORM, false); }

    /** A sequence of terms on consecutive tokens. */
    public static ConcordanceQuery sequence(Term... terms) { return new ConcordanceQuery(List.of(terms), 0, false); }

    /** A sequence of terms on consecutive tokens. */
    public static ConcordanceQuery sequence(List<Term> terms) { return new ConcordanceQuery(terms, 0, false); }

    private static ConcordanceQuery of(Term t) { return new ConcordanceQuery(List.of(t), 0, false); }

    /**
     * Parses a query as typed on the command line: terms separated by whitespace, each a word (or, with
     * {@code regex}, a regular expression) on {@code layer}, or on another layer when prefixed with it:
     * {@code lemma:liberare}, {@code surface:Stalin}. A word is cut into tokens at search time, in the
     * language of each document (see above): {@code Stalin's} stays one term here.
     *
     * @throws IllegalArgumentException for an empty query or a bad regular expression, with a message
     *                                  naming the term and the error
     */
    public static ConcordanceQuery parse(String query, Layer layer, boolean regex) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(layer, "layer");
        String q = query.strip();
        if (q.isEmpty()) throw new IllegalArgumentException("empty concordance query");
        List<Term> terms = new ArrayList<>();
        for (String part : q.split("\\s+")) {
            Layer l = layer;
            String text = part;
            var m = LAYER_PREFIX.matcher(part);
            if (m.matches()) {
                l = Layer.parse(m.group(1));
                text = m.group(2);
            }
            terms.add(regex ? Term.regex(l, text) : Term.word(l, text));
        }
        return new ConcordanceQuery(terms, 0, false);
    }

    /** A copy allowing up to {@code n} tokens between consecutive terms. */
    public ConcordanceQuery maxGap(int n) { return new ConcordanceQuery(terms, n, includeBoilerplate); }

    /** A copy that also searches boilerplate, or not. */
    public ConcordanceQuery includeBoilerplate(boolean on) { return new ConcordanceQuery(terms, maxGap, on); }

    /** A copy in which every term is case-insensitive (also on the surface layer). */
    public ConcordanceQuery ignoreCase() {
        return new ConcordanceQuery(terms.stream().map(Term::ignoreCase).toList(), maxGap, includeBoilerplate);
    }

    /** Number of terms. */
    public int size() { return terms.size(); }

    /** Terms and options, e.g. {@code lemma:liberare} or {@code norm:cult norm:of norm:personality (gap <= 1)}. */
    @Override
    public String toString() {
        String s = terms.stream().map(Term::toString).collect(Collectors.joining(" "));
        if (maxGap > 0) s += " (gap <= " + maxGap + ")";
        if (includeBoilerplate) s += " (boilerplate included)";
        return s;
    }

    /**
     * One term of a query: a word or a regular expression on a token layer.
     *
     * <pre>{@code
     * ConcordanceQuery.Term.word(Layer.LEMMA, "liberare");                 // lemma:liberare
     * ConcordanceQuery.Term.regex(Layer.SURFACE, "Stalin.*").ignoreCase(); // Stalin, Stalin's, STALIN ... on the surface layer
     * }</pre>
     *
     * @param layer         the layer matched
     * @param text          the word, or the regular expression
     * @param regex         whether {@code text} is a regular expression
     * @param caseSensitive whether case matters
     */
    public record Term(Layer layer, String text, boolean regex, boolean caseSensitive) {
        /** Validates; a bad regular expression is an {@link IllegalArgumentException} naming it. */
        public Term {
            Objects.requireNonNull(layer, "layer");
            Objects.requireNonNull(text, "text");
            if (text.isEmpty()) throw new IllegalArgumentException("empty concordance term");
            if (regex) compile(text, caseSensitive);
        }

        /** A word (cut into tokens like the text it is searched in); case-sensitive on the surface layer only. */
        public static Term word(Layer layer, String word) { return new Term(layer, word, false, layer == Layer.SURFACE); }

        /** A regular expression matching the whole layer value; case-sensitive on the surface layer only. */
        public static Term regex(Layer layer, String regex) { return new Term(layer, regex, true, layer == Layer.SURFACE); }

        /** A case-insensitive copy. */
        public Term ignoreCase() { return new Term(layer, text, regex, false); }

        /**
         * A predicate over layer values implementing this term; it remembers the values it has seen
         * (layer values repeat), so it is not thread-safe: one per search thread.
         */
        public Predicate<String> matcher() {
            Predicate<String> p;
            if (regex) {
                Pattern pattern = compile(text, caseSensitive);
                p = v -> pattern.matcher(v).matches();
            } else if (caseSensitive) {
                return v -> text.equals(v);
            } else {
                String key = Normalizer.normalize(text);
                p = v -> Normalizer.normalize(v).equals(key);
            }
            Map<String, Boolean> seen = new HashMap<>();
            return v -> v != null && seen.computeIfAbsent(v, p::test);
        }

        private static Pattern compile(String regex, boolean caseSensitive) {
            try {
                return Pattern.compile(regex, caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("bad regular expression '" + regex + "': "
                        + e.getDescription() + (e.getIndex() >= 0 ? " near index " + e.getIndex() : ""), e);
            }
        }

        /** {@code layer:text}, with {@code /.../} around a regular expression and {@code (i)} when case-insensitive on the surface. */
        @Override
        public String toString() {
            return layer.label() + ":" + (regex ? "/" + text + "/" : text)
                    + (!caseSensitive && layer == Layer.SURFACE ? "(i)" : "")
                    + (caseSensitive && layer != Layer.SURFACE ? "(case)" : "");
        }
    }
}

package org.parallax.stats.salience;

import org.parallax.core.TokenTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * A linguistic filter for multiword terms: a regular expression over the Universal POS guesses of
 * consecutive tokens, as in the filters of Frantzi, Ananiadou &amp; Mima (2000), e.g.
 * {@code (ADJ|NOUN)+ NOUN} or {@code NOUN (ADJ | ADP[di|della] DET? NOUN)*}.
 *
 * <p>Syntax (whitespace separates atoms and is otherwise ignored):
 * <ul>
 *   <li>{@code NOUN}, {@code ADJ}, {@code ADP} ... &mdash; one token whose UPOS guess is that tag, one of the
 *       {@link #UPOS_TAGS} (any other name is an error). Atoms of
 *       the open classes ({@code NOUN PROPN ADJ VERB ADV NUM X INTJ}) never match a stopword (the token's
 *       stopword flag or the language's extra stop list in {@link SalienceLanguage}); atoms of the closed
 *       classes ({@code ADP DET PRON AUX CCONJ SCONJ PART}) match any token with the tag;</li>
 *   <li>{@code ADP[of]}, {@code ADP[di|del|della]} &mdash; a token with the tag whose normalized form is one
 *       of the listed words (stopwords allowed);</li>
 *   <li>{@code [of|for]} &mdash; a token whose normalized form is one of the words, whatever its tag;</li>
 *   <li>{@code ( ... )} grouping, {@code |} alternation, and the postfix operators {@code ?}, {@code *},
 *       {@code +}.</li>
 * </ul>
 * A span matches when the whole sequence of its tokens matches the expression. Punctuation and tokens
 * without a POS guess never match a tag atom, so a match never crosses punctuation.
 *
 * <pre>{@code
 * TermPattern p = TermPattern.parse("(ADJ|NOUN|PROPN)* NOUN ADP[of] (ADJ|NOUN|PROPN)* NOUN");
 * Document doc = Corpus.seeds().document("en-essay");
 * p.matches(doc.tokenTable(), 249, 252);   // true: tokens 249, 250, 251 are "cult of personality"
 * long lengths = p.lengths(doc.tokenTable(), 249, 5, doc.tokenTable()::isStopword);   // 8 = 1 << 3: length 3 matches
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class TermPattern {
    /** The 17 Universal POS tags of Universal Dependencies v2, the only tags a pattern may name. */
    public static final List<String> UPOS_TAGS = List.of("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
            "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X");

    /** The open word classes: their tag atoms never match stopwords. */
    public static final Set<String> OPEN_CLASSES = Set.of("NOUN", "PROPN", "ADJ", "VERB", "ADV", "NUM", "X", "INTJ");

    /** The longest span a pattern is matched against (lengths are returned as a 64-bit mask). */
    public static final int MAX_LENGTH = 62;

    private final String source;
    private final Node root;

    private TermPattern(String source, Node root) {
        this.source = source;
        this.root = root;
    }

    /**
     * Parses a pattern.
     *
     * @throws IllegalArgumentException naming the position of a syntax error, or a tag that is not one of the
     *                                  {@link #UPOS_TAGS} (the message lists them)
     */
    public static TermPattern parse(String source) {
        Objects.requireNonNull(source, "source");
        Parser p = new Parser(source);
        Node n = p.alternation();
        p.skipSpace();
        if (p.pos < source.length()) throw p.error("unexpected '" + source.charAt(p.pos) + "'");
        return new TermPattern(source.strip(), n);
    }

    /** The pattern as written. */
    public String source() { return source; }

    /**
     * The lengths of the spans starting at token {@code from} that match: bit {@code L} of the result is set
     * when tokens {@code [from, from + L)} match, for {@code 1 <= L <= maxLength} and {@code from + L <= size}.
     * The caller bounds {@code maxLength} to stay inside a sentence.
     *
     * @param stop which tokens are stopwords (for the open-class atoms)
     */
    public long lengths(TokenTable t, int from, int maxLength, IntPredicate stop) {
        int max = Math.min(Math.min(maxLength, MAX_LENGTH), t.size() - from);
        if (max <= 0) return 0;
        long ends = root.match(new Ctx(t, from, max, stop), 1L);
        return ends & ~1L;
    }

    /** Whether tokens {@code [from, to)} match, with the tokens' own stopword flags. */
    public boolean matches(TokenTable t, int from, int to) {
        int len = to - from;
        if (len <= 0 || len > MAX_LENGTH || to > t.size()) return false;
        return (lengths(t, from, len, t::isStopword) & (1L << len)) != 0;
    }

    @Override
    public String toString() { return source; }

    @Override
    public boolean equals(Object o) { return o instanceof TermPattern p && p.source.equals(source); }

    @Override
    public int hashCode() { return source.hashCode(); }

    // ---------------------------------------------------------------------------------------------

    /** Matching context: the tokens from {@code from}, at most {@code max} of them. */
    private record Ctx(TokenTable t, int from, int max, IntPredicate stop) {}

    /** A node maps a set of positions (bit p = p tokens consumed) to the positions after it. */
    private interface Node {
        long match(Ctx c, long positions);
    }

    private record Atom(String tag, Set<String> words) implements Node {
        boolean accepts(Ctx c, int i) {
            TokenTable t = c.t();
            if (tag != null && !tag.equals(t.upos(i))) return false;
            if (words != null) return words.contains(t.norm(i));
            return !OPEN_CLASSES.contains(tag) || !c.stop().test(i);
        }

        @Override
        public long match(Ctx c, long positions) {
            long out = 0;
            for (long m = positions; m != 0; m &= m - 1) {
                int p = Long.numberOfTrailingZeros(m);
                if (p < c.max() && accepts(c, c.from() + p)) out |= 1L << (p + 1);
            }
            return out;
        }
    }

    private record Seq(List<Node> parts) implements Node {
        @Override
        public long match(Ctx c, long positions) {
            long cur = positions;
            for (Node n : parts) {
                if (cur == 0) return 0;
                cur = n.match(c, cur);
            }
            return cur;
        }
    }

    private record Alt(List<Node> options) implements Node {
        @Override
        public long match(Ctx c, long positions) {
            long out = 0;
            for (Node n : options) out |= n.match(c, positions);
            return out;
        }
    }

    /** {@code min} to {@code max} repetitions ({@code max} = -1: unbounded). */
    private record Repeat(Node child, int min, int max) implements Node {
        @Override
        public long match(Ctx c, long positions) {
            long out = min == 0 ? positions : 0;
            long cur = positions;
            long seen = 0;
            for (int k = 1; max < 0 || k <= max; k++) {
                cur = child.match(c, cur) & ~(k > min ? seen : 0);
                if (cur == 0) break;
                if (k >= min) {
                    out |= cur;
                    seen |= cur;
                }
            }
            return out;
        }
    }

    private static final class Parser {
        final String s;
        int pos;

        Parser(String s) { this.s = s; }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException("term pattern '" + s + "': " + what + " at position " + (pos + 1));
        }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) pos++;
        }

        boolean peek(char c) {
            skipSpace();
            return pos < s.length() && s.charAt(pos) == c;
        }

        Node alternation() {
            List<Node> opts = new ArrayList<>();
            opts.add(sequence());
            while (peek('|')) {
                pos++;
                opts.add(sequence());
            }
            return opts.size() == 1 ? opts.get(0) : new Alt(List.copyOf(opts));
        }

        Node sequence() {
            List<Node> parts = new ArrayList<>();
            while (true) {
                skipSpace();
                if (pos >= s.length() || s.charAt(pos) == '|' || s.charAt(pos) == ')') break;
                parts.add(postfix(atom()));
            }
            if (parts.isEmpty()) throw error("empty expression");
            return parts.size() == 1 ? parts.get(0) : new Seq(List.copyOf(parts));
        }

        Node postfix(Node n) {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '?') n = new Repeat(n, 0, 1);
                else if (c == '*') n = new Repeat(n, 0, -1);
                else if (c == '+') n = new Repeat(n, 1, -1);
                else break;
                pos++;
            }
            return n;
        }

        Node atom() {
            skipSpace();
            char c = s.charAt(pos);
            if (c == '(') {
                pos++;
                Node n = alternation();
                if (!peek(')')) throw error("missing ')'");
                pos++;
                return n;
            }
            String tag = null;
            if (Character.isLetter(c)) {
                int start = pos;
                while (pos < s.length() && (Character.isLetter(s.charAt(pos)) || s.charAt(pos) == '_')) pos++;
                tag = s.substring(start, pos);
                if (!tag.equals(tag.toUpperCase(Locale.ROOT))) throw error("tags are upper-case UPOS names, got '" + tag + "'");
                if (!UPOS_TAGS.contains(tag)) {
                    pos = start;
                    throw error("unknown UPOS tag '" + tag + "' (" + String.join(" ", UPOS_TAGS) + ")");
                }
            }
            Set<String> words = null;
            if (pos < s.length() && s.charAt(pos) == '[') {
                int close = s.indexOf(']', pos);
                if (close < 0) throw error("missing ']'");
                List<String> ws = new ArrayList<>();
                for (String w : s.substring(pos + 1, close).split("\\|")) {
                    String x = w.strip().toLowerCase(Locale.ROOT);
                    if (x.isEmpty()) throw error("empty word in a word list");
                    ws.add(x);
                }
                words = Set.copyOf(ws);
                pos = close + 1;
            }
            if (tag == null && words == null) throw error("expected a tag, a [word list] or '('");
            return new Atom(tag, words);
        }
    }
}

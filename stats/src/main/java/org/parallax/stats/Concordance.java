package org.parallax.stats;

import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.Language;
import org.parallax.core.Layer;
import org.parallax.core.TokenTable;
import org.parallax.core.table.Table;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A KWIC (key word in context) concordance: every hit of a {@link ConcordanceQuery} in a corpus or
 * subcorpus, with its location and context ({@link KwicLine}), sortable like AntConc and rendered as
 * a {@link Table} (TSV, CSV, JSON), plain-text KWIC or an HTML table.
 *
 * <pre>{@code
 * Corpus seeds = Corpus.seeds();
 * Concordance c = Concordance.search(seeds, ConcordanceQuery.word("Krusciov"));
 * c.size();                                           // 8
 * c.lines().get(0).line();                            // 1
 * c.sorted(KwicSort.right(1), KwicSort.right(2));     // by the first, then the second word to the right
 * Concordance.search(seeds.where("language", "en"), ConcordanceQuery.phrase("cult of personality"),
 *         KwicContext.characters(30)).toText();
 * c.toTable().toTsv();                                // doc, line, sentence, start, end, left, node, right
 * c.toHtml();                                         // a <table class="kwic"> fragment
 * System.out.println(c);                              // the aligned KWIC of the first lines
 * }</pre>
 *
 * <p>Lines come in document order (the corpus's order, then the node's offset) until {@link #sorted}.
 * A hit starts at each token where the query's first term matches and the rest of the sequence follows
 * (the shortest completion, gaps tried from 0; a word as one token before its pieces); hits of a
 * multiword query may overlap. A word of the query is cut into tokens by the tokenizer of the language
 * of each block searched (see {@link ConcordanceQuery}): {@code Stalin's} finds {@code Stalin 's}. Immutable; a
 * concordance keeps references to the documents it was built from (for sorting).
 */
public final class Concordance {
    /** Lines shown by {@link #toString()}. */
    private static final int PREVIEW = 20;
    /** Default width of each context column of {@link #toText()} for token contexts. */
    public static final int DEFAULT_TEXT_WIDTH = 40;

    private final ConcordanceQuery query;
    private final KwicContext context;
    private final Map<String, Document> documents; // in corpus order
    private final List<KwicLine> lines;
    private final List<KwicSort> order;

    private Concordance(ConcordanceQuery query, KwicContext context, Map<String, Document> documents,
                        List<KwicLine> lines, List<KwicSort> order) {
        this.query = query;
        this.context = context;
        this.documents = documents;
        this.lines = List.copyOf(lines);
        this.order = List.copyOf(order);
    }

    /** Searches a corpus (or any subcorpus) with the default context: 5 tokens each side, inside the paragraph. */
    public static Concordance search(Corpus corpus, ConcordanceQuery query) {
        return search(corpus, query, KwicContext.defaults());
    }

    /** Searches a corpus (or any subcorpus) with a context. */
    public static Concordance search(Corpus corpus, ConcordanceQuery query, KwicContext context) {
        return search(corpus.documents(), query, context);
    }

    /** Searches documents, in the given order, with a context. */
    public static Concordance search(List<Document> docs, ConcordanceQuery query, KwicContext context) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(context, "context");
        Map<String, Document> byId = new LinkedHashMap<>();
        List<KwicLine> out = new ArrayList<>();
        for (Document d : docs) {
            if (byId.putIfAbsent(d.id(), d) != null) throw new IllegalArgumentException("duplicate document id '" + d.id() + "'");
            new Search(d, query, context).run(out);
        }
        return new Concordance(query, context, byId, out, List.of());
    }

    /** The query. */
    public ConcordanceQuery query() { return query; }

    /** The context. */
    public KwicContext context() { return context; }

    /** The lines, in document order or in the order of the last {@link #sorted}. */
    public List<KwicLine> lines() { return lines; }

    /** Line {@code i}. */
    public KwicLine get(int i) { return lines.get(i); }

    /** Number of lines (hits). */
    public int size() { return lines.size(); }

    /** Whether there is no hit. */
    public boolean isEmpty() { return lines.isEmpty(); }

    /** The sort keys of the current order; empty for document order. */
    public List<KwicSort> order() { return order; }

    /**
     * The first {@code n} lines (all when fewer).
     *
     * @throws IllegalArgumentException when {@code n} is negative
     */
    public Concordance head(int n) {
        if (n < 0) throw new IllegalArgumentException("negative limit " + n);
        return new Concordance(query, context, documents, lines.subList(0, Math.min(n, lines.size())), order);
    }

    /**
     * The lines of one document (none when it has no hit).
     *
     * @throws IllegalArgumentException when the document was not searched (the message lists the ids)
     */
    public Concordance inDocument(String doc) {
        Objects.requireNonNull(doc, "doc");
        if (!documents.containsKey(doc)) {
            throw new IllegalArgumentException("no document '" + doc + "' in the concordance; ids: " + String.join(", ", documents.keySet()));
        }
        return new Concordance(query, context, documents, lines.stream().filter(l -> l.doc().equals(doc)).toList(), order);
    }

    /** Sorted by keys (the first, then the second ...); lines equal on every key are in document order. */
    public Concordance sorted(KwicSort... keys) { return sorted(List.of(keys)); }

    /** Sorted by keys (the first, then the second ...); lines equal on every key are in document order. */
    public Concordance sorted(List<KwicSort> keys) {
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.SECONDARY);
        int n = lines.size();
        CollationKey[][] k = new CollationKey[n][keys.size()];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < keys.size(); j++) k[i][j] = collator.getCollationKey(sortValue(lines.get(i), keys.get(j)));
        }
        List<String> docOrder = new ArrayList<>(documents.keySet());
        Map<String, Integer> docIndex = new HashMap<>();
        for (int i = 0; i < docOrder.size(); i++) docIndex.put(docOrder.get(i), i);
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        Comparator<Integer> byKeys = (a, b) -> {
            for (int j = 0; j < keys.size(); j++) {
                int c = k[a][j].compareTo(k[b][j]);
                if (c != 0) return c;
            }
            return 0;
        };
        Comparator<Integer> byDocument = Comparator.comparing((Integer i) -> docIndex.get(lines.get(i).doc()))
                .thenComparingInt(i -> lines.get(i).start())
                .thenComparingInt(i -> lines.get(i).end());
        Arrays.sort(idx, byKeys.thenComparing(byDocument));
        List<KwicLine> out = new ArrayList<>(n);
        for (Integer i : idx) out.add(lines.get(i));
        return new Concordance(query, context, documents, out, keys);
    }

    /**
     * The value a sort key compares for a line: the node's layer values joined by spaces, or the layer
     * value of the k-th word to the left or right inside the context scope ({@code ""} when there is none).
     */
    public String sortValue(KwicLine line, KwicSort key) {
        Document d = documents.get(line.doc());
        if (d == null) throw new IllegalArgumentException("line of an unknown document '" + line.doc() + "'");
        TokenTable t = d.tokenTable();
        String text = d.text();
        Layer layer = key.layer();
        int p = key.position();
        if (p == 0) {
            StringBuilder sb = new StringBuilder();
            for (int i = line.firstToken(); i < line.endToken(); i++) {
                if (i > line.firstToken()) sb.append(' ');
                sb.append(t.layer(layer, i, text));
            }
            return sb.toString();
        }
        int anchor = line.firstToken();
        int count = 0;
        if (p > 0) {
            for (int j = line.endToken(); j < t.size() && inScope(t, j, anchor); j++) {
                if (countable(t, j) && ++count == p) return t.layer(layer, j, text);
            }
        } else {
            for (int j = line.firstToken() - 1; j >= 0 && inScope(t, j, anchor); j--) {
                if (countable(t, j) && ++count == -p) return t.layer(layer, j, text);
            }
        }
        return "";
    }

    /** Whether token {@code j} is in the sort scope of a node starting at token {@code anchor}. */
    private boolean inScope(TokenTable t, int j, int anchor) {
        boolean sentence = context.unit() == KwicContext.Unit.TOKENS && context.scope() == KwicContext.Scope.SENTENCE;
        return sentence ? t.sentence(j) == t.sentence(anchor) : t.block(j) == t.block(anchor);
    }

    private static boolean countable(TokenTable t, int j) { return t.isWord(j) || t.isNumber(j); }

    /** The lines as a table with columns {@code doc, line, sentence, start, end, left, node, right}. */
    public Table toTable() {
        Table.Builder b = Table.builder("doc", "line", "sentence", "start", "end", "left", "node", "right").name("concordance");
        for (KwicLine l : lines) b.row(l.doc(), l.line(), l.sentence(), l.start(), l.end(), l.left(), l.node(), l.right());
        return b.build();
    }

    /**
     * Plain-text KWIC: one line per hit, {@code doc  line  left[node]right}, the document ids padded to
     * the longest, the line numbers right-aligned, the left context right-aligned in a column of the
     * default width (the context's width for character contexts, {@value #DEFAULT_TEXT_WIDTH} otherwise)
     * and cut on its left, the right context cut at the same width; whitespace runs shown as one space,
     * trailing spaces removed. Deterministic; empty for no hit.
     */
    public String toText() {
        return toText(context.unit() == KwicContext.Unit.CHARACTERS ? context.width() : DEFAULT_TEXT_WIDTH);
    }

    /** Plain-text KWIC with context columns of {@code width} characters (code points). */
    public String toText(int width) { return toText(lines, width); }

    private static String toText(List<KwicLine> rows, int width) {
        if (width < 0) throw new IllegalArgumentException("width must be >= 0, got " + width);
        int docW = 0;
        int lineW = 0;
        for (KwicLine l : rows) {
            docW = Math.max(docW, l.doc().codePointCount(0, l.doc().length()));
            lineW = Math.max(lineW, String.valueOf(l.line()).length());
        }
        StringBuilder sb = new StringBuilder();
        for (KwicLine l : rows) {
            StringBuilder row = new StringBuilder();
            row.append(l.doc()).append(" ".repeat(docW - l.doc().codePointCount(0, l.doc().length()))).append("  ");
            String ln = String.valueOf(l.line());
            row.append(" ".repeat(lineW - ln.length())).append(ln).append("  ");
            String left = display(l.left());
            int lc = left.codePointCount(0, left.length());
            if (lc > width) left = left.substring(left.offsetByCodePoints(left.length(), -width));
            else left = " ".repeat(width - lc) + left;
            String right = display(l.right());
            if (right.codePointCount(0, right.length()) > width) right = right.substring(0, right.offsetByCodePoints(0, width));
            row.append(left).append('[').append(display(l.node())).append(']').append(right);
            sb.append(row.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    /**
     * A self-contained HTML fragment: a {@code <table class="kwic">} with a caption (the number of hits
     * and the query), a header row and one row per hit: document, line, the left context (right-aligned),
     * the node in {@code <mark class="kwic-node">}, the right context. Every piece of corpus text is
     * HTML-escaped; styles are inline, so the fragment needs no stylesheet.
     */
    public String toHtml() {
        StringBuilder sb = new StringBuilder();
        sb.append("<table class=\"kwic\">\n");
        sb.append("<caption>").append(escape(hits(lines.size()) + " for " + query)).append("</caption>\n");
        sb.append("<thead><tr><th>doc</th><th>line</th><th class=\"kwic-left\" style=\"text-align:right\">left</th>")
                .append("<th class=\"kwic-node\">node</th><th class=\"kwic-right\" style=\"text-align:left\">right</th></tr></thead>\n");
        sb.append("<tbody>\n");
        for (KwicLine l : lines) {
            sb.append("<tr data-doc=\"").append(escape(l.doc())).append("\" data-sentence=\"").append(l.sentence())
                    .append("\" data-start=\"").append(l.start()).append("\" data-end=\"").append(l.end()).append("\">")
                    .append("<td class=\"kwic-doc\">").append(escape(l.doc())).append("</td>")
                    .append("<td class=\"kwic-line\" style=\"text-align:right\">").append(l.line()).append("</td>")
                    .append("<td class=\"kwic-left\" style=\"text-align:right;white-space:nowrap\">").append(escape(display(l.left()))).append("</td>")
                    .append("<td class=\"kwic-node\" style=\"white-space:nowrap\"><mark class=\"kwic-node\">")
                    .append(escape(display(l.node()))).append("</mark></td>")
                    .append("<td class=\"kwic-right\" style=\"text-align:left;white-space:nowrap\">").append(escape(display(l.right()))).append("</td>")
                    .append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
        return sb.toString();
    }

    /** Escapes {@code & < > " '} for HTML text and attribute values. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Text for display: every run of whitespace (line breaks, tabs, no-break spaces) as one space. */
    static String display(String s) {
        StringBuilder sb = null;
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int w = Character.charCount(cp);
            if (isSpace(cp)) {
                if (sb == null && (cp != ' ' || space)) sb = new StringBuilder(s.length()).append(s, 0, i);
                if (sb != null && !space) sb.append(' ');
                space = true;
            } else {
                if (sb != null) sb.appendCodePoint(cp);
                space = false;
            }
            i += w;
        }
        return sb == null ? s : sb.toString();
    }

    static boolean isSpace(int cp) { return Character.isWhitespace(cp) || Character.isSpaceChar(cp); }

    private static String hits(int n) { return n + (n == 1 ? " hit" : " hits"); }

    /** A summary line (hits, query, context, order) and the aligned KWIC of the first 20 lines. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append("Concordance: ").append(hits(lines.size())).append(" for ").append(query)
                .append(", context ").append(context);
        if (!order.isEmpty()) sb.append(", sorted by ").append(order.stream().map(KwicSort::toString).collect(Collectors.joining(", ")));
        sb.append(System.lineSeparator());
        String text = toText(lines.subList(0, Math.min(PREVIEW, lines.size())),
                context.unit() == KwicContext.Unit.CHARACTERS ? context.width() : DEFAULT_TEXT_WIDTH);
        sb.append(text.replace("\n", System.lineSeparator()));
        if (lines.size() > PREVIEW) sb.append("... ").append(lines.size() - PREVIEW).append(" more lines").append(System.lineSeparator());
        return sb.toString();
    }

    /**
     * A term compiled for one language: the predicate on one token's layer value, and for a word that the
     * language's tokenizer cuts into several tokens ({@link WordTokens}) one predicate per piece.
     */
    private record TermMatcher(Layer layer, Predicate<String> whole, List<Predicate<String>> pieces) {
        static TermMatcher of(ConcordanceQuery.Term term, Language language) {
            List<Predicate<String>> pieces = List.of();
            if (!term.regex()) {
                List<String> words = WordTokens.of(term.text(), language);
                if (words.size() > 1) {
                    pieces = words.stream()
                            .map(w -> new ConcordanceQuery.Term(term.layer(), w, false, term.caseSensitive()).matcher()).toList();
                }
            }
            return new TermMatcher(term.layer(), term.matcher(), pieces);
        }
    }

    /** The search of one document. */
    private static final class Search {
        private final Document doc;
        private final TokenTable t;
        private final String text;
        private final ConcordanceQuery query;
        private final KwicContext context;
        private final Map<Language, List<TermMatcher>> matchers = new HashMap<>();

        Search(Document doc, ConcordanceQuery query, KwicContext context) {
            this.doc = doc;
            this.t = doc.tokenTable();
            this.text = doc.text();
            this.query = query;
            this.context = context;
        }

        void run(List<KwicLine> out) {
            int n = t.size();
            for (int i = 0; i < n; i++) {
                if (!query.includeBoilerplate() && t.isBoilerplate(i)) continue;
                int last = term(0, i);
                if (last < 0) continue;
                out.add(line(i, last));
            }
        }

        /** Term {@code k} compiled for the language of token {@code token}. */
        private TermMatcher matcher(int k, int token) {
            Language l = WordTokens.language(doc, t.block(token));
            return matchers.computeIfAbsent(l, lang -> query.terms().stream().map(term -> TermMatcher.of(term, lang)).toList()).get(k);
        }

        /**
         * The last token of the shortest match of terms {@code k}, {@code k + 1} ... with term {@code k}
         * starting at token {@code j}, or -1: the term as one token first, then as its pieces.
         */
        private int term(int k, int j) {
            TermMatcher m = matcher(k, j);
            if (m.whole().test(t.layer(m.layer(), j, text))) {
                int r = rest(k + 1, j);
                if (r >= 0) return r;
            }
            int last = pieces(m, j);
            return last < 0 ? -1 : rest(k + 1, last);
        }

        /** The last token of the pieces of a word from token {@code j}: consecutive, abutting, in one sentence; or -1. */
        private int pieces(TermMatcher m, int j) {
            List<Predicate<String>> p = m.pieces();
            if (p.isEmpty()) return -1;
            int sentence = t.sentence(j);
            for (int k = 0; k < p.size(); k++) {
                int x = j + k;
                if (x >= t.size() || t.sentence(x) != sentence) return -1;
                if (k > 0 && (t.start(x) != t.end(x - 1) || (!query.includeBoilerplate() && t.isBoilerplate(x)))) return -1;
                if (!p.get(k).test(t.layer(m.layer(), x, text))) return -1;
            }
            return j + p.size() - 1;
        }

        /** The last token of the shortest completion of the sequence from term {@code k} after token {@code prev}, or -1. */
        private int rest(int k, int prev) {
            if (k == query.size()) return prev;
            int sentence = t.sentence(prev);
            for (int g = 0; g <= query.maxGap(); g++) {
                int j = prev + 1 + g;
                if (j >= t.size() || t.sentence(j) != sentence) break;
                if (!query.includeBoilerplate() && t.isBoilerplate(j)) break;
                int r = term(k, j);
                if (r >= 0) return r;
            }
            return -1;
        }

        private KwicLine line(int first, int last) {
            int start = t.start(first);
            int end = t.end(last);
            String left;
            String right;
            if (context.unit() == KwicContext.Unit.TOKENS) {
                int k = context.width();
                boolean sentence = context.scope() == KwicContext.Scope.SENTENCE;
                int from = start;
                int count = 0;
                for (int j = first - 1; j >= 0 && count < k && same(j, first, sentence); j--) {
                    from = t.start(j);
                    if (countable(t, j)) count++;
                }
                int to = end;
                count = 0;
                for (int j = last + 1; j < t.size() && count < k && same(j, first, sentence); j++) {
                    to = t.end(j);
                    if (countable(t, j)) count++;
                }
                left = text.substring(from, start);
                right = text.substring(end, to);
            } else {
                left = charsBefore(start, context.width());
                right = charsAfter(end, context.width());
            }
            return new KwicLine(doc.id(), doc.lineOf(start), t.sentence(first), start, end, left,
                    text.substring(start, end), right, first, last + 1);
        }

        private boolean same(int j, int anchor, boolean sentence) {
            return sentence ? t.sentence(j) == t.sentence(anchor) : t.block(j) == t.block(anchor);
        }

        /** Up to {@code n} code points before {@code offset}, whitespace runs as one space. */
        private String charsBefore(int offset, int n) {
            int[] cps = new int[n];
            int count = 0;
            boolean space = false;
            int p = offset;
            while (p > 0 && count < n) {
                int cp = text.codePointBefore(p);
                p -= Character.charCount(cp);
                if (isSpace(cp)) {
                    if (!space) cps[count++] = ' ';
                    space = true;
                } else {
                    cps[count++] = cp;
                    space = false;
                }
            }
            StringBuilder sb = new StringBuilder(count);
            for (int i = count - 1; i >= 0; i--) sb.appendCodePoint(cps[i]);
            return sb.toString();
        }

        /** Up to {@code n} code points from {@code offset}, whitespace runs as one space. */
        private String charsAfter(int offset, int n) {
            StringBuilder sb = new StringBuilder(n);
            int count = 0;
            boolean space = false;
            int p = offset;
            while (p < text.length() && count < n) {
                int cp = text.codePointAt(p);
                p += Character.charCount(cp);
                if (isSpace(cp)) {
                    if (!space) {
                        sb.append(' ');
                        count++;
                    }
                    space = true;
                } else {
                    sb.appendCodePoint(cp);
                    count++;
                    space = false;
                }
            }
            return sb.toString();
        }
    }
}

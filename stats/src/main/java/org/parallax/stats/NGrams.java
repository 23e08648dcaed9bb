package org.parallax.stats;

import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.table.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * N-gram lists: every sequence of {@code n} consecutive counted tokens ({@code minN <= n <= maxN})
 * inside one sentence, with its frequency and range (the number of documents holding it). An n-gram never
 * crosses a sentence boundary, hence never a paragraph (or any block) boundary either. "Consecutive" is
 * decided by the {@link TokenSelection}: tokens it does not count are skipped, so with the default
 * selection (punctuation out) {@code "Stalin, Khrushchev"} gives the bigram {@code stalin khrushchev}, and
 * with {@code selection.punctuation(true)} the trigram {@code stalin , khrushchev}; likewise without
 * stopwords the n-grams are those of the content words.
 *
 * <p>N-grams are counted as sequences of term ids ({@link TermDictionary}) in a primitive hash table per
 * length; the n-gram strings (terms joined by single spaces) are made for the rows kept only.
 *
 * <pre>{@code
 * NGrams bigrams = NGrams.of(Corpus.seeds(), TokenSelection.defaults(), 2, 2, 3);  // bigrams seen 3+ times
 * bigrams.rows().get(0);            // Row[ngram=of the, n=2, freq=70, range=3]
 * NGrams all = NGrams.of(Corpus.seeds().where("language", "en"), TokenSelection.defaults().withoutStopwords(), 1, 3, 2);
 * all.ofLength(3).head(10).toTable().toTsv();
 * System.out.println(all);
 * }</pre>
 *
 * <p>Rows are sorted by frequency (descending), then length, then n-gram. Immutable.
 */
public final class NGrams {
    /**
     * One n-gram.
     *
     * <pre>{@code
     * NGrams.Row r = NGrams.of(Corpus.seeds()).row("stalin 's").orElseThrow();
     * r.n(); r.freq(); r.range();       // 2, 31, 3
     * }</pre>
     *
     * @param ngram the terms joined by single spaces
     * @param n     number of terms
     * @param freq  number of occurrences
     * @param range number of documents holding it
     */
    public record Row(String ngram, int n, long freq, int range) {}

    private static final Comparator<Row> ORDER = Comparator.comparingLong(Row::freq).reversed()
            .thenComparingInt(Row::n).thenComparing(Row::ngram);

    private final TokenSelection selection;
    private final int minN;
    private final int maxN;
    private final long tokens;
    private final int documents;
    private final long minFreq;
    private final List<Row> rows;

    private NGrams(TokenSelection selection, int minN, int maxN, long tokens, int documents, long minFreq, List<Row> rows,
                   boolean sort) {
        this.selection = selection;
        this.minN = minN;
        this.maxN = maxN;
        this.tokens = tokens;
        this.documents = documents;
        this.minFreq = minFreq;
        if (sort) {
            List<Row> s = new ArrayList<>(rows);
            s.sort(ORDER);
            this.rows = List.copyOf(s);
        } else {
            this.rows = List.copyOf(rows);
        }
    }

    /** Unigrams and bigrams of the default selection. */
    public static NGrams of(Corpus corpus) { return of(corpus, TokenSelection.defaults(), 1, 2, 1); }

    /**
     * The n-grams of lengths {@code minN..maxN} of a corpus (or subcorpus) seen at least {@code minFreq}
     * times.
     *
     * @throws IllegalArgumentException when {@code minN < 1}, {@code maxN < minN} or {@code minFreq} is negative
     */
    public static NGrams of(Corpus corpus, TokenSelection selection, int minN, int maxN, long minFreq) {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(selection, "selection");
        if (minN < 1 || maxN < minN) throw new IllegalArgumentException("n-gram lengths " + minN + ".." + maxN);
        if (minFreq < 0) throw new IllegalArgumentException("minFreq must be 0 or more, got " + minFreq);
        TermDictionary dict = new TermDictionary();
        NGramTable[] tables = new NGramTable[maxN - minN + 1];
        for (int n = minN; n <= maxN; n++) tables[n - minN] = new NGramTable(n);
        long tokens = 0;
        int doc = 0;
        for (Document d : corpus) {
            DocumentTerms dt = DocumentTerms.of(d, selection, dict);
            int[] t = dt.terms();
            int[] s = dt.sentence();
            int len = t.length;
            tokens += len;
            for (int i = 0; i < len; i++) {
                for (int n = minN; n <= maxN; n++) {
                    int last = i + n - 1;
                    if (last >= len || s[last] != s[i]) break; // sentence indexes ascend: longer ones cross too
                    tables[n - minN].add(t, i, doc);
                }
            }
            doc++;
        }
        long min = Math.max(1, minFreq);
        List<Row> rows = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (NGramTable table : tables) {
            int n = table.n();
            for (int e = 0; e < table.size(); e++) {
                if (table.freq(e) < min) continue;
                sb.setLength(0);
                for (int k = 0; k < n; k++) {
                    if (k > 0) sb.append(' ');
                    sb.append(dict.term(table.term(e, k)));
                }
                rows.add(new Row(sb.toString(), n, table.freq(e), table.range(e)));
            }
        }
        return new NGrams(selection, minN, maxN, tokens, doc, min, rows, true);
    }

    /** The rows. */
    public List<Row> rows() { return rows; }

    /** Number of rows. */
    public int size() { return rows.size(); }

    /** The row of an n-gram (terms joined by single spaces), if listed. */
    public Optional<Row> row(String ngram) {
        for (Row r : rows) if (r.ngram().equals(ngram)) return Optional.of(r);
        return Optional.empty();
    }

    /** The frequency of an n-gram (0 when not listed). */
    public long frequency(String ngram) { return row(ngram).map(Row::freq).orElse(0L); }

    /** The selection counted. */
    public TokenSelection selection() { return selection; }

    /** The shortest length counted. */
    public int minN() { return minN; }

    /** The longest length counted. */
    public int maxN() { return maxN; }

    /** Counted tokens in all. */
    public long tokens() { return tokens; }

    /** Number of documents. */
    public int documents() { return documents; }

    /** The frequency threshold of the rows. */
    public long minFreq() { return minFreq; }

    /** The n-grams of one length only. */
    public NGrams ofLength(int n) {
        return new NGrams(selection, n, n, tokens, documents, minFreq, rows.stream().filter(r -> r.n() == n).toList(), false);
    }

    /**
     * The rows with a frequency of at least {@code min}.
     *
     * @throws IllegalArgumentException when {@code min} is negative
     */
    public NGrams atLeast(long min) {
        if (min < 0) throw new IllegalArgumentException("min must be 0 or more, got " + min);
        long m = Math.max(min, minFreq);
        return new NGrams(selection, minN, maxN, tokens, documents, m, rows.stream().filter(r -> r.freq() >= m).toList(), false);
    }

    /**
     * The first {@code n} rows (all when fewer).
     *
     * @throws IllegalArgumentException when {@code n} is negative
     */
    public NGrams head(int n) {
        if (n < 0) throw new IllegalArgumentException("negative limit " + n);
        return new NGrams(selection, minN, maxN, tokens, documents, minFreq, rows.subList(0, Math.min(n, rows.size())), false);
    }

    /** Column names of {@link #toTable()}. */
    public static final List<String> COLUMNS = List.of("ngram", "n", "freq", "range");

    /** The rows as a table. */
    public Table toTable() {
        Table.Builder b = Table.builder(COLUMNS).name("ngrams");
        for (Row r : rows) b.row(r.ngram(), r.n(), r.freq(), r.range());
        return b.build();
    }

    /** A summary line, then the first 20 rows with aligned columns. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "N-grams (n = %s; %s): %d tokens in %d documents, %d n-grams%s%n",
                minN == maxN ? String.valueOf(minN) : minN + ".." + maxN, selection, tokens, documents, rows.size(),
                minFreq > 1 ? " with freq >= " + minFreq : "") + toTable().preview(20);
    }
}

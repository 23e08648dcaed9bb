package org.parallax.stats;

import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.TokenTable;
import org.parallax.core.table.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A frequency list: for every term of a layer (surface, norm, stem, lemma, as a {@link TokenSelection}
 * counts it) in a corpus or subcorpus, its frequency, frequency per million tokens, range (the number of
 * parts holding it) and dispersion over the parts (Gries' DP, DP<sub>norm</sub>, Juilland's D; see
 * {@link Dispersion}), with the corpus totals (tokens, types, type/token ratio). Parts are the documents or
 * N equal-sized parts of the concatenated corpus ({@link Dispersion.Parts}).
 *
 * <pre>{@code
 * Corpus seeds = Corpus.seeds();
 * FrequencyList fl = FrequencyList.of(seeds);                      // norm layer, over documents
 * fl.row("stalin").get().freq();
 * FrequencyList it = FrequencyList.of(seeds.where("language", "it"),
 *         TokenSelection.defaults().layer(Layer.LEMMA).withoutStopwords(), Dispersion.Parts.equal(10));
 * it.atLeast(3).sorted(FrequencyList.Sort.DP).head(20);
 * it.tokens(); it.types(); it.typeTokenRatio();
 * it.toTable().toTsv();                                            // or toCsv(), toJson()
 * System.out.println(it);                                          // totals and the first rows
 * }</pre>
 *
 * <p>Per million: {@code freq / tokens · 10^6}. Tokens are the tokens the selection counts (by default
 * words and numbers outside boilerplate); the part sizes are counted the same way, so an empty document (or
 * one with only boilerplate) is a part of size 0 and is left out of the dispersion. Immutable.
 */
public final class FrequencyList {
    /**
     * One term of a frequency list.
     *
     * <pre>{@code
     * FrequencyList.Row r = FrequencyList.of(Corpus.seeds()).row("stalin").orElseThrow();
     * r.freq(); r.range();       // 98, 5: in every seed document
     * r.dp(); r.juillandD();     // about 0.17 and 0.84: evenly spread
     * }</pre>
     *
     * @param term       the term (in the selection's layer)
     * @param freq       number of occurrences
     * @param perMillion occurrences per million counted tokens
     * @param range      number of parts (documents, or equal parts) holding the term
     * @param dp         Gries' DP (0 = spread as the parts' sizes; NaN when undefined)
     * @param dpNorm     DP<sub>norm</sub> (NaN for a single part)
     * @param juillandD  Juilland's D (1 = perfectly even; NaN for a single part)
     */
    public record Row(String term, long freq, double perMillion, int range, double dp, double dpNorm, double juillandD) {}

    /**
     * Row orders; every order breaks ties by frequency (descending), then term.
     *
     * <pre>{@code
     * FrequencyList fl = FrequencyList.of(Corpus.seeds());
     * fl.sorted(FrequencyList.Sort.parse("dp"));   // the most evenly dispersed first
     * }</pre>
     */
    public enum Sort {
        /** Frequency, most frequent first. */
        FREQ,
        /** Term, in {@link String#compareTo} (UTF-16) order. */
        TERM,
        /** DP ascending: the most evenly dispersed first; undefined (NaN) last. */
        DP,
        /** Juilland's D descending: the most evenly dispersed first; undefined (NaN) last. */
        D;

        /** Parses {@code freq|term|dp|d} (also {@code juilland_d}). */
        public static Sort parse(String s) {
            return switch (s.strip().toLowerCase(Locale.ROOT)) {
                case "freq", "frequency" -> FREQ;
                case "term" -> TERM;
                case "dp" -> DP;
                case "d", "juilland_d", "juilland" -> D;
                default -> throw new IllegalArgumentException("unknown sort '" + s + "' (freq, term, dp, d)");
            };
        }

        Comparator<Row> comparator() {
            Comparator<Row> byFreq = Comparator.comparingLong(Row::freq).reversed().thenComparing(Row::term);
            return switch (this) {
                case FREQ -> byFreq;
                case TERM -> Comparator.comparing(Row::term);
                case DP -> Comparator.comparingDouble((Row r) -> Double.isNaN(r.dp()) ? Double.POSITIVE_INFINITY : r.dp())
                        .thenComparing(byFreq);
                case D -> Comparator.comparingDouble((Row r) -> Double.isNaN(r.juillandD()) ? Double.POSITIVE_INFINITY : -r.juillandD())
                        .thenComparing(byFreq);
            };
        }
    }

    private final TokenSelection selection;
    private final Dispersion.Parts parts;
    private final Dispersion.Sizes sizes;
    private final long tokens;
    private final int types;
    private final long minFreq;
    private final List<Row> rows;
    private final Sort sort;

    FrequencyList(TokenSelection selection, Dispersion.Parts parts, Dispersion.Sizes sizes, long tokens, int types,
                  long minFreq, List<Row> rows, Sort sort) {
        this.selection = selection;
        this.parts = parts;
        this.sizes = sizes;
        this.tokens = tokens;
        this.types = types;
        this.minFreq = minFreq;
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(sort.comparator());
        this.rows = List.copyOf(sorted);
        this.sort = sort;
    }

    /** The frequency list of a corpus: default selection (norm layer), dispersion over documents. */
    public static FrequencyList of(Corpus corpus) {
        return of(corpus, TokenSelection.defaults(), Dispersion.Parts.documents());
    }

    /** The frequency list of a corpus in a selection, dispersion over documents. */
    public static FrequencyList of(Corpus corpus, TokenSelection selection) {
        return of(corpus, selection, Dispersion.Parts.documents());
    }

    /** The frequency list of a corpus in a selection, dispersion over the given parts. */
    public static FrequencyList of(Corpus corpus, TokenSelection selection, Dispersion.Parts parts) {
        return of(corpus, selection, parts, 1);
    }

    /**
     * The frequency list of a corpus (or a subcorpus: {@code corpus.where(...)}), counted document by
     * document, of the terms seen at least {@code minFreq} times.
     *
     * @throws IllegalArgumentException when {@code minFreq} is negative
     */
    public static FrequencyList of(Corpus corpus, TokenSelection selection, Dispersion.Parts parts, long minFreq) {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(parts, "parts");
        if (minFreq < 0) throw new IllegalArgumentException("minFreq must be 0 or more, got " + minFreq);
        long total = parts.byDocument() ? -1 : countedTokens(corpus, selection);
        FrequencyCounter c = FrequencyCounter.of(selection, parts, total);
        for (Document d : corpus) c.add(d);
        return c.result(minFreq);
    }

    /** The number of tokens a selection counts in a corpus (no term is looked up). */
    public static long countedTokens(Corpus corpus, TokenSelection selection) {
        long n = 0;
        for (Document d : corpus) {
            TokenTable t = d.tokenTable();
            for (int i = 0; i < t.size(); i++) if (selection.counts(t, i)) n++;
        }
        return n;
    }

    /** The rows, in the list's order. */
    public List<Row> rows() { return rows; }

    /** Number of rows. */
    public int size() { return rows.size(); }

    /** The row of a term, if it is in the list. */
    public Optional<Row> row(String term) {
        Objects.requireNonNull(term, "term");
        for (Row r : rows) if (r.term().equals(term)) return Optional.of(r);
        return Optional.empty();
    }

    /** The frequency of a term (0 when it is not in the list). */
    public long frequency(String term) { return row(term).map(Row::freq).orElse(0L); }

    /** The selection counted (layer, stopwords ...). */
    public TokenSelection selection() { return selection; }

    /** The parts of dispersion. */
    public Dispersion.Parts parts() { return parts; }

    /** The sizes of the parts (counted tokens), in part order. */
    public Dispersion.Sizes partSizes() { return sizes; }

    /** Counted tokens in all. */
    public long tokens() { return tokens; }

    /** Distinct terms in all (before any frequency threshold). */
    public int types() { return types; }

    /** Types / tokens (NaN for no token). */
    public double typeTokenRatio() { return tokens == 0 ? Double.NaN : types / (double) tokens; }

    /** The frequency threshold the rows satisfy. */
    public long minFreq() { return minFreq; }

    /** The order of the rows. */
    public Sort sort() { return sort; }

    /**
     * The rows with a frequency of at least {@code min} (totals unchanged).
     *
     * @throws IllegalArgumentException when {@code min} is negative
     */
    public FrequencyList atLeast(long min) {
        if (min < 0) throw new IllegalArgumentException("min must be 0 or more, got " + min);
        long m = Math.max(min, minFreq);
        List<Row> kept = rows.stream().filter(r -> r.freq() >= m).toList();
        return new FrequencyList(selection, parts, sizes, tokens, types, m, kept, sort);
    }

    /** The rows in another order. */
    public FrequencyList sorted(Sort order) {
        return new FrequencyList(selection, parts, sizes, tokens, types, minFreq, rows, Objects.requireNonNull(order));
    }

    /**
     * The first {@code n} rows (all when fewer; totals unchanged).
     *
     * @throws IllegalArgumentException when {@code n} is negative
     */
    public FrequencyList head(int n) {
        if (n < 0) throw new IllegalArgumentException("negative limit " + n);
        return new FrequencyList(selection, parts, sizes, tokens, types, minFreq, rows.subList(0, Math.min(n, rows.size())), sort);
    }

    /** Column names of {@link #toTable()}. */
    public static final List<String> COLUMNS = List.of("term", "freq", "per_million", "range", "dp", "dp_norm", "juilland_d");

    /** The rows as a table (undefined values NaN: {@code nan} in TSV/CSV, {@code null} in JSON). */
    public Table toTable() {
        Table.Builder b = Table.builder(COLUMNS).name("freq");
        for (Row r : rows) b.row(r.term(), r.freq(), r.perMillion(), r.range(), r.dp(), r.dpNorm(), r.juillandD());
        return b.build();
    }

    /** The totals as a one-row table: tokens, types, type_token_ratio, parts, non_empty_parts. */
    public Table totalsTable() {
        return Table.builder("tokens", "types", "type_token_ratio", "parts", "non_empty_parts").name("freq-totals")
                .row(tokens, types, typeTokenRatio(), sizes.parts(), sizes.nonEmptyParts()).build();
    }

    /** Totals, then the first 20 rows with aligned columns. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Frequency list (%s; dispersion over %s, %d part%s): %d tokens, %d types, "
                        + "type/token ratio %.4f%s%n", selection, parts.byDocument() ? "documents" : "equal parts",
                sizes.parts(), sizes.parts() == 1 ? "" : "s", tokens, types, typeTokenRatio(),
                minFreq > 1 ? "; rows with freq >= " + minFreq : "")
                + toTable().preview(20);
    }
}

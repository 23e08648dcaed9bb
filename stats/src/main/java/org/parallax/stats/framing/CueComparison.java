package org.parallax.stats.framing;

import org.parallax.core.table.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How two sources differ, category by category, in their rates of cues per 1,000 tokens: the
 * difference, its bootstrap interval and a permutation p-value over sentences. Made by
 * {@link CueProfiler#compare(Source, Source)}.
 *
 * <p>Definitions, with {@code r_k(A)} and {@code r_k(B)} the rates of {@link CueProfile}:
 * <ul>
 *   <li>difference: {@code d_k = r_k(A) − r_k(B)};</li>
 *   <li>interval: {@code B} times, resample the sentences of A and, independently, those of B with
 *       replacement and compute {@code d_k}; the percentile interval of those values;</li>
 *   <li>p-value (two-sided permutation test of "the sentences of A and B come from the same
 *       population"): {@code B} times, shuffle the pooled {@code n_A + n_B} sentences, call the first
 *       {@code n_A} A and the rest B, and compute {@code d*_k};
 *       {@code p_k = (1 + #{|d*_k| ≥ |d_k|}) / (1 + B)}, so never 0 and exactly 1 for identical
 *       sources;</li>
 *   <li>Holm-adjusted p-value over the categories, for reading several at once: with the {@code m}
 *       p-values sorted, {@code p_(j) ↦ max_{i ≤ j} min(1, (m − i + 1) · p_(i))}.</li>
 * </ul>
 * The test treats the two sources as independent samples of sentences: comparing a document with a
 * group that contains it mixes shared sentences into both and understates differences.
 *
 * <pre>{@code
 * Corpus c = Corpus.seeds();
 * CueComparison cmp = CueProfiler.frames().compare(Source.of(c.document("en-essay")),
 *                                                   Source.of(c.document("en-wikipedia")));
 * cmp.row("ideology").difference();   // rate in the essay minus rate in the Wikipedia article
 * cmp.row("ideology").p();            // permutation p-value
 * cmp.significant(0.05);              // rows whose Holm-adjusted p is below 0.05
 * System.out.println(cmp);
 * }</pre>
 *
 * <p>Immutable.
 */
public final class CueComparison {

    /**
     * One category of a comparison.
     *
     * <pre>{@code
     * Corpus c = Corpus.seeds();
     * CueComparison comparison = CueProfiler.frames().compare(Source.of(c.document("en-essay")),
     *                                                         Source.of(c.document("en-encyclopedia")));
     * CueComparison.Row r = comparison.row("reform");
     * r.difference();          // 12.98: rateA − rateB (16.93 − 3.95 per 1,000 tokens)
     * boolean clear = r.low() > 0;   // true: the interval [6.50, 19.34] excludes 0
     * r.p(); r.pHolm();        // 0.006, 0.06: permutation p-value, adjusted for the ten frames
     * }</pre>
     *
     * @param category   the category id
     * @param rateA      rate per 1,000 tokens in source A
     * @param rateB      rate in source B
     * @param difference {@code rateA − rateB}
     * @param low        lower end of the bootstrap percentile interval of the difference
     * @param high       upper end of the interval
     * @param p          two-sided permutation p-value, NaN when a source has no sentences
     * @param pHolm      the p-value adjusted for the number of categories (Holm)
     */
    public record Row(String category, double rateA, double rateB, double difference, double low, double high, double p,
                      double pHolm) {
        /** Validates. */
        public Row {
            Objects.requireNonNull(category, "category");
        }
    }

    private final String lexicon;
    private final CueProfile a;
    private final CueProfile b;
    private final Bootstrap bootstrap;
    private final List<Row> rows;

    CueComparison(String lexicon, CueProfile a, CueProfile b, Bootstrap bootstrap, List<Row> rows) {
        this.lexicon = lexicon;
        this.a = a;
        this.b = b;
        this.bootstrap = bootstrap;
        this.rows = List.copyOf(rows);
    }

    /** The name of the lexicon. */
    public String lexicon() { return lexicon; }

    /** The profile of source A (with its own intervals). */
    public CueProfile a() { return a; }

    /** The profile of source B. */
    public CueProfile b() { return b; }

    /** The resampling settings. */
    public Bootstrap bootstrap() { return bootstrap; }

    /** One row per category, in lexicon order. */
    public List<Row> rows() { return rows; }

    /** The row of a category. @throws IllegalArgumentException for a category not in the lexicon */
    public Row row(String category) {
        return rows.stream().filter(r -> r.category().equals(category)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("no category '" + category + "' in the " + lexicon + " lexicon"));
    }

    /** The rows whose Holm-adjusted p-value is below {@code alpha}, by ascending p. */
    public List<Row> significant(double alpha) {
        List<Row> out = new ArrayList<>();
        for (Row r : rows) if (r.pHolm() < alpha) out.add(r);
        out.sort(java.util.Comparator.comparingDouble(Row::pHolm));
        return List.copyOf(out);
    }

    /**
     * The comparison as a table, one row per category: {@code category, source_a, source_b, rate_a,
     * rate_b, difference, low, high, p, p_holm}.
     */
    public Table toTable() {
        Table.Builder t = Table.builder("category", "source_a", "source_b", "rate_a", "rate_b", "difference", "low", "high",
                "p", "p_holm");
        for (Row r : rows) {
            t.row(r.category(), a.source(), b.source(), r.rateA(), r.rateB(), r.difference(), r.low(), r.high(), r.p(), r.pHolm());
        }
        return t.name(lexicon + "-comparison").build();
    }

    /** A heading and one line per category. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: A = %s (%d sentences, %d tokens) vs B = %s (%d sentences, %d tokens)%n",
                lexicon, a.source(), a.sentences(), a.tokens(), b.source(), b.sentences(), b.tokens()));
        sb.append(String.format(Locale.ROOT, "cues per 1,000 tokens; A − B with %s; permutation p over sentences, Holm-adjusted over categories%n",
                bootstrap.describe()));
        int w = "category".length();
        for (Row r : rows) w = Math.max(w, r.category().length());
        sb.append(String.format(Locale.ROOT, "%-" + w + "s  %7s  %7s  %7s  %-17s  %6s  %6s%n", "category", "A", "B", "A − B",
                Bootstrap.percent(bootstrap.confidence()) + "% interval", "p", "p_holm"));
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "%-" + w + "s  %7.2f  %7.2f  %+7.2f  [%6.2f, %6.2f]   %6.4f  %6.4f%s%n", r.category(),
                    r.rateA(), r.rateB(), r.difference(), r.low(), r.high(), r.p(), r.pHolm(), r.pHolm() < 0.05 ? "  *" : ""));
        }
        return sb.toString();
    }
}

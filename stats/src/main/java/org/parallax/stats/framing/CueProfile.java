package org.parallax.stats.framing;

import org.parallax.core.table.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The profile of one {@link Source} over the categories of a {@link CueLexicon} (frames, or stance):
 * for each category, how often its cues occur per 1,000 tokens, with a bootstrap confidence interval
 * over sentences. Made by {@link CueProfiler#profile(Source)}.
 *
 * <p>Definitions, for a source with sentences {@code i = 1 … n} (sentences clipped to the source's
 * segments; those without counted tokens or hits are left out), {@code t_i} the counted tokens of
 * sentence {@code i} (by default words and numbers, stopwords included, punctuation and boilerplate
 * excluded: {@link org.parallax.stats.TokenSelection#defaults()}) and {@code s_ik} the summed weights of
 * the hits of category {@code k} in it (with the bundled lexicons every weight is 1, so {@code s_ik} is
 * the number of hits):
 * <ul>
 *   <li>rate: {@code r_k = 1000 · Σ_i s_ik / Σ_i t_i}, cues per 1,000 tokens (a ratio estimator);</li>
 *   <li>interval: draw {@code n} sentences with replacement, {@code B} times, with a seeded
 *       {@link java.util.Random}; compute {@code r_k} on each resample; the percentile interval is
 *       {@code [q(α/2), q(1 − α/2)]} of those {@code B} values ({@link Bootstrap#quantile}). Resampling
 *       whole sentences keeps the dependence of the words of one sentence;</li>
 *   <li>share: the fraction of the {@code n} sentences that have at least one hit of the category.</li>
 * </ul>
 *
 * <pre>{@code
 * CueProfile p = CueProfiler.frames().profile(Source.of(Corpus.seeds().document("en-essay")));
 * p.rate("ideology");          // 15.78 hits per 1,000 tokens
 * p.row("ideology").low();     // 10.24: lower end of the 95 % interval
 * p.top(3);                    // human_cost, power_struggle, reform: the three highest rates
 * System.out.println(p);       // an aligned table, highest rate first
 * p.toTable().toTsv();
 * }</pre>
 *
 * <p>Immutable.
 */
public final class CueProfile {

    /**
     * One category of a profile.
     *
     * <pre>{@code
     * CueProfile profile = CueProfiler.frames().profile(Source.of(Corpus.seeds().document("en-essay")));
     * CueProfile.Row r = profile.row("memory");
     * r.rate();            // 9.23: 1000 · score / tokens (24 / 2599)
     * r.low(); r.high();   // 5.88, 13.29: the bootstrap interval
     * r.share();           // 0.14: sentencesWithCue / sentences (22 / 157)
     * r.topCues(3);        // "memory×7, legacy×6, narrative×6, …"
     * }</pre>
     *
     * @param source           the source's name
     * @param category         the category id
     * @param sentences        sentences of the source (resampling units)
     * @param tokens           counted tokens of the source
     * @param hits             cue matches of the category
     * @param score            summed weights of those matches (equal to {@code hits} when every weight is 1)
     * @param sentencesWithCue sentences with at least one match
     * @param rate             {@code 1000 · score / tokens}, NaN without tokens
     * @param low              lower end of the bootstrap percentile interval of the rate
     * @param high             upper end of the interval
     * @param cues             the matched cues (as written in the lexicon) with their number of matches, most
     *                         frequent first; unmodifiable
     */
    public record Row(String source, String category, int sentences, long tokens, int hits, double score,
                      int sentencesWithCue, double rate, double low, double high, Map<String, Integer> cues) {
        /** Validates and copies. */
        public Row {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(category, "category");
            cues = cues == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(cues));
        }

        /** The fraction of sentences with at least one match (NaN without sentences). */
        public double share() { return sentences == 0 ? Double.NaN : (double) sentencesWithCue / sentences; }

        /** Width of the interval. */
        public double width() { return high - low; }

        /**
         * The {@code max} most frequent matched cues, e.g. {@code "doctrine×3, dogma×2"}, then {@code …} when there
         * are more.
         *
         * @throws IllegalArgumentException when {@code max} is negative
         */
        public String topCues(int max) {
            if (max < 0) throw new IllegalArgumentException("negative limit " + max);
            StringBuilder sb = new StringBuilder();
            int i = 0;
            for (Map.Entry<String, Integer> e : cues.entrySet()) {
                if (i++ == max) {
                    sb.append(", …");
                    break;
                }
                if (sb.length() > 0) sb.append(", ");
                sb.append(e.getKey()).append('×').append(e.getValue());
            }
            return sb.toString();
        }
    }

    private final String lexicon;
    private final String source;
    private final int sentences;
    private final long tokens;
    private final Bootstrap bootstrap;
    private final List<Row> rows;

    CueProfile(String lexicon, String source, int sentences, long tokens, Bootstrap bootstrap, List<Row> rows) {
        this.lexicon = lexicon;
        this.source = source;
        this.sentences = sentences;
        this.tokens = tokens;
        this.bootstrap = bootstrap;
        this.rows = List.copyOf(rows);
    }

    /** The name of the lexicon ({@code frames}, {@code stance} ...). */
    public String lexicon() { return lexicon; }

    /** The source's name. */
    public String source() { return source; }

    /** Number of sentences (resampling units). */
    public int sentences() { return sentences; }

    /** Number of counted tokens. */
    public long tokens() { return tokens; }

    /** The resampling settings. */
    public Bootstrap bootstrap() { return bootstrap; }

    /** One row per category, in lexicon order. */
    public List<Row> rows() { return rows; }

    /** The categories, in lexicon order. */
    public List<String> categories() { return rows.stream().map(Row::category).toList(); }

    /** The row of a category. @throws IllegalArgumentException for a category not in the lexicon */
    public Row row(String category) {
        return find(category).orElseThrow(() -> new IllegalArgumentException("no category '" + category + "' in the "
                + lexicon + " lexicon; categories: " + String.join(", ", categories())));
    }

    private Optional<Row> find(String category) {
        return rows.stream().filter(r -> r.category().equals(category)).findFirst();
    }

    /** The rate of a category per 1,000 tokens. */
    public double rate(String category) { return row(category).rate(); }

    /**
     * The categories' rows by descending rate (ties, and NaN rates last, in lexicon order), at most {@code n}.
     *
     * @throws IllegalArgumentException when {@code n} is negative
     */
    public List<Row> top(int n) {
        if (n < 0) throw new IllegalArgumentException("negative limit " + n);
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingDouble((Row r) -> Double.isNaN(r.rate()) ? Double.NEGATIVE_INFINITY : r.rate()).reversed());
        return List.copyOf(sorted.subList(0, Math.min(n, sorted.size())));
    }

    /** The columns of {@link #toTable()} and {@link #table(List)}. */
    static final List<String> COLUMNS = List.of("source", "category", "sentences", "tokens", "hits", "score",
            "sentences_with_cue", "rate_per_1000", "low", "high", "top_cues");

    /**
     * The profile as a table, one row per category in lexicon order: {@code source, category, sentences,
     * tokens, hits, score, sentences_with_cue, rate_per_1000, low, high, top_cues}.
     */
    public Table toTable() { return table(List.of(this)).named(lexicon + "-profile"); }

    /** Several profiles in one long table (the columns of {@link #toTable()}). */
    public static Table table(List<CueProfile> profiles) {
        Table.Builder b = Table.builder(COLUMNS);
        String name = "profiles";
        for (CueProfile p : profiles) {
            name = p.lexicon + "-profiles";
            for (Row r : p.rows) {
                b.row(r.source(), r.category(), r.sentences(), r.tokens(), r.hits(), r.score(), r.sentencesWithCue(),
                        r.rate(), r.low(), r.high(), r.topCues(5));
            }
        }
        return b.name(name).build();
    }

    /**
     * Several profiles side by side: one row per source ({@code source, sentences, tokens}, then the
     * rate of each category of the first profile).
     */
    public static Table rates(List<CueProfile> profiles) {
        List<String> cats = profiles.isEmpty() ? List.of() : profiles.get(0).categories();
        List<String> cols = new ArrayList<>(List.of("source", "sentences", "tokens"));
        cols.addAll(cats);
        Table.Builder b = Table.builder(cols);
        for (CueProfile p : profiles) {
            List<Object> row = new ArrayList<>(List.of(p.source, p.sentences, p.tokens));
            for (String c : cats) row.add(p.find(c).map(Row::rate).orElse(Double.NaN));
            b.row(row);
        }
        return b.name(profiles.isEmpty() ? "rates" : profiles.get(0).lexicon + "-rates").build();
    }

    /** A heading and the categories by descending rate, with intervals and the most frequent cues. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s profile of %s: %d sentences, %d tokens; cues per 1,000 tokens, %s%n",
                lexicon, source, sentences, tokens, bootstrap.describe()));
        int w = "category".length();
        for (Row r : rows) w = Math.max(w, r.category().length());
        String interval = Bootstrap.percent(bootstrap.confidence()) + "% interval";
        String head = "%-" + w + "s  %5s  %7s  %-17s  %6s  %s%n";
        sb.append(String.format(Locale.ROOT, head, "category", "hits", "rate", interval, "share", "top cues"));
        for (Row r : top(rows.size())) {
            sb.append(String.format(Locale.ROOT, "%-" + w + "s  %5d  %7.2f  [%6.2f, %6.2f]   %5.1f%%  %s%n", r.category(), r.hits(),
                    r.rate(), r.low(), r.high(), 100 * r.share(), r.topCues(4)));
        }
        return sb.toString();
    }
}

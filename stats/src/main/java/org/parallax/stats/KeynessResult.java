package org.parallax.stats;

import org.parallax.core.table.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The keywords found by {@link Keyness}: immutable rows in an order, with the corpora compared and their
 * token totals; {@link #toTable()} for TSV/CSV/JSON with the columns {@link #COLUMNS}
 * ({@code term, target_freq, reference_freq, target_total, reference_total}, the measures under the names
 * of {@code shared/fixtures/keyness.tsv}, then the corrected G2 p-values).
 *
 * <pre>{@code
 * KeynessResult r = Keyness.defaults().documentVsRest(Corpus.seeds().where("language", "en"), "en-essay");
 * r.positive().head(20).toTable().toTsv();
 * r.negative().sortedBy(KeynessMeasure.LOG_RATIO).keywords().get(0).term();
 * System.out.println(r.positive());  // a summary line and the first rows, aligned
 * }</pre>
 *
 * <p>{@link #positive()}, {@link #negative()}, {@link #sortedBy} and {@link #head} select and order rows;
 * the corrected p-values stay those computed over every term tested.
 */
public final class KeynessResult {
    /** The column names of {@link #toTable()}. */
    public static final List<String> COLUMNS = List.of("term", "target_freq", "reference_freq", "target_total",
            "reference_total", "g2", "g2_p", "chi2", "chi2_p", "chi2_yates", "fisher_p", "bic", "ell", "log_ratio",
            "pct_diff", "odds_ratio", "simple_maths", "g2_p_bonferroni", "g2_p_bh");

    private final Keyness config;
    private final String target;
    private final String reference;
    private final long targetTotal;
    private final long referenceTotal;
    private final int tested;
    private final List<Keyword> keywords;
    private final ReferenceCoverage coverage;

    KeynessResult(Keyness config, String target, String reference, long targetTotal, long referenceTotal, int tested,
                  List<Keyword> keywords) {
        this(config, target, reference, targetTotal, referenceTotal, tested, keywords, null);
    }

    private KeynessResult(Keyness config, String target, String reference, long targetTotal, long referenceTotal, int tested,
                          List<Keyword> keywords, ReferenceCoverage coverage) {
        this.config = Objects.requireNonNull(config);
        this.target = target;
        this.reference = reference;
        this.targetTotal = targetTotal;
        this.referenceTotal = referenceTotal;
        this.tested = tested;
        this.keywords = List.copyOf(keywords);
        this.coverage = coverage;
    }

    /** The same rows with how well a reference list fits the target. */
    KeynessResult withCoverage(ReferenceCoverage c) {
        return new KeynessResult(config, target, reference, targetTotal, referenceTotal, tested, keywords, c);
    }

    /** The configuration (layer, filters, k, order). */
    public Keyness config() { return config; }

    /** The target, as a short description (its document ids). */
    public String target() { return target; }

    /** The reference, as a short description (document ids or the frequency list). */
    public String reference() { return reference; }

    /** Tokens counted in the target ({@code c}). */
    public long targetTotal() { return targetTotal; }

    /** Tokens in the reference ({@code d}). */
    public long referenceTotal() { return referenceTotal; }

    /**
     * For a reference frequency list, how well it fits the target (computed over every term, before the
     * frequency filters); empty for a reference corpus.
     */
    public java.util.Optional<ReferenceCoverage> referenceCoverage() { return java.util.Optional.ofNullable(coverage); }

    /** Number of terms tested (the {@code m} of the corrections). */
    public int tested() { return tested; }

    /** The rows, in order. */
    public List<Keyword> keywords() { return keywords; }

    /** Number of rows. */
    public int size() { return keywords.size(); }

    /** The positive keywords (relatively more frequent in the target), in order. */
    public KeynessResult positive() { return only(Keyword.Direction.POSITIVE); }

    /** The negative keywords (relatively more frequent in the reference), in order. */
    public KeynessResult negative() { return only(Keyword.Direction.NEGATIVE); }

    private KeynessResult only(Keyword.Direction d) {
        return new KeynessResult(config, target, reference, targetTotal, referenceTotal, tested,
                keywords.stream().filter(k -> k.direction() == d).toList(), coverage);
    }

    /** The same rows sorted by a measure, strongest first (see {@link KeynessMeasure}), NaN last. */
    public KeynessResult sortedBy(KeynessMeasure m) {
        return new KeynessResult(config.sortBy(m), target, reference, targetTotal, referenceTotal, tested, sort(keywords, m), coverage);
    }

    /**
     * The first {@code k} rows (all when fewer).
     *
     * @throws IllegalArgumentException when {@code k} is negative
     */
    public KeynessResult head(int k) {
        if (k < 0) throw new IllegalArgumentException("negative limit " + k);
        return new KeynessResult(config, target, reference, targetTotal, referenceTotal, tested,
                keywords.subList(0, Math.min(k, keywords.size())), coverage);
    }

    /** The rows of a term, if tested. */
    public java.util.Optional<Keyword> keyword(String term) {
        return keywords.stream().filter(k -> k.term().equals(term)).findFirst();
    }

    /** The rows as a table with the columns {@link #COLUMNS}. */
    public Table toTable() {
        Table.Builder t = Table.builder(COLUMNS).name("keyness");
        for (Keyword k : keywords) {
            t.row(k.term(), k.targetFreq(), k.referenceFreq(), k.targetTotal(), k.referenceTotal(), k.g2(), k.g2P(),
                    k.chi2(), k.chi2P(), k.chi2Yates(), k.fisherP(), k.bic(), k.ell(), k.logRatio(), k.pctDiff(),
                    k.oddsRatio(), k.simpleMaths(), k.g2PBonferroni(), k.g2PBh());
        }
        return t.build();
    }

    /** Sorts by the measure ({@link KeynessMeasure#strongestFirst()}), NaN last; ties by G2 (descending), then term. */
    static List<Keyword> sort(List<Keyword> rows, KeynessMeasure m) {
        Comparator<Keyword> byMeasure = m.strongestFirst();
        Comparator<Keyword> byG2 = (x, y) -> {
            double a = x.g2();
            double b = y.g2();
            if (Double.isNaN(a) || Double.isNaN(b)) return Boolean.compare(Double.isNaN(a), Double.isNaN(b));
            return Double.compare(b, a);
        };
        List<Keyword> out = new ArrayList<>(rows);
        out.sort(byMeasure.thenComparing(byG2).thenComparing(Keyword::term));
        return out;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Keyness of %s (%d tokens) against %s (%d tokens): %d terms tested, %d shown, by %s%n",
                target, targetTotal, reference, referenceTotal, tested, keywords.size(), config.sortBy().label())
                + toTable().preview(20);
    }
}

package org.parallax.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The measures of a {@link Keyword}, with their column names (those of
 * {@code shared/fixtures/keyness.tsv}), and how each ranks keywords. A result sorted by a measure puts
 * the strongest keywords first: the largest test statistics (G2, chi2, BIC), the smallest p-values,
 * and for the effect sizes that have a sign (log ratio, %DIFF, odds ratio, simple maths) the largest
 * values among positive keywords and the smallest among negative ones. ELL, {@code G2 / (N ln Emin)}, is
 * negative when the smaller expected frequency {@code Emin} is below 1 (its logarithm is), whatever the
 * effect: sorted by ELL, the terms with {@code Emin > 1} (positive ELL) come first, largest first, then
 * those with {@code Emin < 1} by the magnitude of their ELL, then those with ELL 0 (G2 = 0). See
 * {@link KeynessMeasures} for the formulas.
 *
 * <pre>{@code
 * KeynessMeasure.parse("log_ratio");  // LOG_RATIO
 * KeynessMeasure.FISHER_P.label();    // "fisher_p"
 * }</pre>
 */
public enum KeynessMeasure {
    /** Log-likelihood G2. */
    G2("g2", Kind.STATISTIC),
    /** p-value of G2. */
    G2_P("g2_p", Kind.P_VALUE),
    /** Pearson chi-square. */
    CHI2("chi2", Kind.STATISTIC),
    /** p-value of chi2. */
    CHI2_P("chi2_p", Kind.P_VALUE),
    /** Pearson chi-square with Yates' correction. */
    CHI2_YATES("chi2_yates", Kind.STATISTIC),
    /** Fisher's exact two-sided p-value. */
    FISHER_P("fisher_p", Kind.P_VALUE),
    /** BIC approximation. */
    BIC("bic", Kind.STATISTIC),
    /** Effect size for log-likelihood (negative when Emin &lt; 1; see {@link #strongestFirst()}). */
    ELL("ell", Kind.ELL),
    /** Hardie's log ratio. */
    LOG_RATIO("log_ratio", Kind.SIGNED),
    /** %DIFF. */
    PCT_DIFF("pct_diff", Kind.SIGNED),
    /** Odds ratio. */
    ODDS_RATIO("odds_ratio", Kind.SIGNED),
    /** Kilgarriff's simple maths. */
    SIMPLE_MATHS("simple_maths", Kind.SIGNED),
    /** G2 p-value, Bonferroni-corrected. */
    G2_P_BONFERRONI("g2_p_bonferroni", Kind.P_VALUE),
    /** G2 p-value, Benjamini-Hochberg-corrected. */
    G2_P_BH("g2_p_bh", Kind.P_VALUE);

    private enum Kind { STATISTIC, P_VALUE, SIGNED, ELL }

    private final String label;
    private final Kind kind;

    KeynessMeasure(String label, Kind kind) {
        this.label = label;
        this.kind = kind;
    }

    /** The column name, e.g. {@code log_ratio}. */
    public String label() { return label; }

    /** Whether this is a p-value (smaller is stronger). */
    public boolean isPValue() { return kind == Kind.P_VALUE; }

    /** The measure's value for a keyword. */
    public double value(Keyword k) {
        return switch (this) {
            case G2 -> k.g2();
            case G2_P -> k.g2P();
            case CHI2 -> k.chi2();
            case CHI2_P -> k.chi2P();
            case CHI2_YATES -> k.chi2Yates();
            case FISHER_P -> k.fisherP();
            case BIC -> k.bic();
            case ELL -> k.ell();
            case LOG_RATIO -> k.logRatio();
            case PCT_DIFF -> k.pctDiff();
            case ODDS_RATIO -> k.oddsRatio();
            case SIMPLE_MATHS -> k.simpleMaths();
            case G2_P_BONFERRONI -> k.g2PBonferroni();
            case G2_P_BH -> k.g2PBh();
        };
    }

    /**
     * How strongly a keyword stands out by this measure in its own direction (larger is stronger): the
     * statistic, minus the p-value, the signed effect size (its negation for negative keywords), or the
     * magnitude of ELL (see {@link #strongestFirst()} for how its sign orders). NaN when undefined.
     */
    public double strength(Keyword k) {
        double v = value(k);
        return switch (kind) {
            case STATISTIC -> v;
            case P_VALUE -> -v;
            case SIGNED -> k.direction() == Keyword.Direction.NEGATIVE ? -v : v;
            case ELL -> Math.abs(v);
        };
    }

    /**
     * The order of a result sorted by this measure, strongest first, NaN last: by {@link #strength}. For
     * ELL, first the positive values ({@code Emin > 1}), then the negative ones ({@code Emin < 1}, where
     * ELL's sign only reflects {@code ln Emin < 0}), then zeros (G2 = 0), each group by magnitude.
     *
     * <pre>{@code
     * List<Keyword> rows = new ArrayList<>(Keyness.defaults().
     *         documentVsRest(Corpus.seeds().where("language", "en"), "en-essay").keywords());
     * rows.sort(KeynessMeasure.ELL.strongestFirst());   // as KeynessResult.sortedBy(KeynessMeasure.ELL)
     * }</pre>
     */
    public Comparator<Keyword> strongestFirst() {
        Comparator<Keyword> byStrength = (x, y) -> {
            double a = strength(x);
            double b = strength(y);
            if (Double.isNaN(a) || Double.isNaN(b)) return Boolean.compare(Double.isNaN(a), Double.isNaN(b));
            return Double.compare(b, a);
        };
        if (kind != Kind.ELL) return byStrength;
        return Comparator.comparingInt((Keyword k) -> ellGroup(value(k))).thenComparing(byStrength);
    }

    /** 0 for a positive ELL, 1 for a negative one, 2 for zero, 3 for NaN. */
    private static int ellGroup(double v) {
        if (Double.isNaN(v)) return 3;
        if (v == 0) return 2;
        return v > 0 ? 0 : 1;
    }

    /**
     * Parses a measure name (a column name, case-insensitive, hyphens or underscores; also {@code ll}
     * for G2, {@code fisher}, {@code yates}, {@code lr} for the log ratio, {@code sm} for simple maths,
     * {@code bh}, {@code bonferroni}).
     *
     * @throws IllegalArgumentException naming the choices
     */
    public static KeynessMeasure parse(String s) {
        String k = s.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        for (KeynessMeasure m : values()) if (m.label.equals(k)) return m;
        return switch (k.replace("_", "")) {
            case "ll", "loglikelihood" -> G2;
            case "chisquare" -> CHI2;
            case "yates" -> CHI2_YATES;
            case "fisher" -> FISHER_P;
            case "lr", "logratio" -> LOG_RATIO;
            case "diff", "pctdiff", "percentdiff" -> PCT_DIFF;
            case "or", "oddsratio" -> ODDS_RATIO;
            case "sm", "simplemaths" -> SIMPLE_MATHS;
            case "bonferroni" -> G2_P_BONFERRONI;
            case "bh", "fdr" -> G2_P_BH;
            default -> throw new IllegalArgumentException("unknown keyness measure '" + s + "' ("
                    + Arrays.stream(values()).map(KeynessMeasure::label).collect(Collectors.joining(", ")) + ")");
        };
    }
}

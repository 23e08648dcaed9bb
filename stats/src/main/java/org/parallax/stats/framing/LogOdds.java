package org.parallax.stats.framing;

import org.parallax.core.table.Table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008,
 * "Fightin' Words", section 3.5): which terms &mdash; lemmas within one language, or concept ids across
 * languages &mdash; distinguish source A from source B, with a z-score that accounts for their frequency.
 *
 * <p>For a term w with counts y_a, y_b in A and B and prior pseudo-count α_w (typically proportional to
 * the term's frequency in a background corpus, e.g. A and B together), with n_a, n_b and α_0 the sums over
 * all terms:
 * <pre>
 * δ_w = ln((y_a + α_w) / (n_a + α_0 − y_a − α_w)) − ln((y_b + α_w) / (n_b + α_0 − y_b − α_w))
 * σ²(δ_w) ≈ 1 / (y_a + α_w) + 1 / (y_b + α_w)
 * z_w = δ_w / √σ²(δ_w)
 * </pre>
 * Positive z: the term is characteristic of A; negative: of B.
 *
 * <pre>{@code
 * LogOdds lo = LogOdds.of(List.of(new LogOdds.Count("purge", 12, 3), new LogOdds.Count("thaw", 2, 9)), 10.0);
 * lo.rows().get(0).z();
 * System.out.println(lo);        // terms by z
 * }</pre>
 *
 * <p>Immutable.
 */
public final class LogOdds {
    /**
     * The counts of a term in the two sources and its prior pseudo-count.
     *
     * <pre>{@code
     * new LogOdds.Count("purge", 12, 3);         // prior from the scale given to LogOdds.of
     * LogOdds.withPriors(List.of(new LogOdds.Count("purge", 12, 3, 1.0), new LogOdds.Count("thaw", 2, 9, 1.0)));
     * }</pre>
     *
     * @param term  the term (a lemma, a concept id ...)
     * @param a     count in source A
     * @param b     count in source B
     * @param alpha prior pseudo-count α_w (NaN: derive it from the prior scale, see {@link #of(List, double)})
     */
    public record Count(String term, double a, double b, double alpha) {
        /** Counts without an explicit prior. */
        public Count(String term, double a, double b) { this(term, a, b, Double.NaN); }
    }

    /**
     * One term's result.
     *
     * <pre>{@code
     * LogOdds.Row r = LogOdds.of(List.of(new LogOdds.Count("purge", 12, 3), new LogOdds.Count("thaw", 2, 9)), 10.0).rows().get(0);
     * r.alpha();   // 5.769: 10 · 15 / 26, the pooled frequency scaled to 10
     * r.delta();   // 1.459
     * r.z();       // 3.536: characteristic of A
     * }</pre>
     *
     * @param term     the term
     * @param a        count in A
     * @param b        count in B
     * @param alpha    its prior pseudo-count
     * @param delta    the log-odds ratio δ
     * @param variance its approximate variance
     * @param z        δ / √variance
     */
    public record Row(String term, double a, double b, double alpha, double delta, double variance, double z) {}

    private final List<Row> rows;
    private final double na;
    private final double nb;
    private final double alpha0;

    private LogOdds(List<Row> rows, double na, double nb, double alpha0) {
        this.rows = Collections.unmodifiableList(rows);
        this.na = na;
        this.nb = nb;
        this.alpha0 = alpha0;
    }

    /** Log-odds with the given per-term priors α_w (every Count must carry one). */
    public static LogOdds withPriors(List<Count> counts) {
        for (Count c : counts) {
            if (Double.isNaN(c.alpha()) || c.alpha() <= 0) throw new IllegalArgumentException("no positive prior for '" + c.term() + "'");
        }
        return compute(counts);
    }

    /**
     * Log-odds with the informative prior of Monroe et al.: α_w = scale × (y_a + y_b) / Σ(y_a + y_b), the
     * pooled frequency of the two sources scaled to a total prior count {@code scale} (they suggest the
     * size of the background corpus; smaller values shrink less). Terms with a count of 0 in both are ignored.
     */
    public static LogOdds of(List<Count> counts, double scale) {
        if (!(scale > 0)) throw new IllegalArgumentException("the prior scale must be positive");
        double total = 0;
        for (Count c : counts) total += c.a() + c.b();
        List<Count> withPrior = new ArrayList<>();
        for (Count c : counts) {
            if (c.a() + c.b() <= 0) continue;
            withPrior.add(new Count(c.term(), c.a(), c.b(), scale * (c.a() + c.b()) / total));
        }
        return compute(withPrior);
    }

    /** Log-odds of two count maps (term → count), with the pooled informative prior scaled to {@code scale}. */
    public static LogOdds of(Map<String, ? extends Number> a, Map<String, ? extends Number> b, double scale) {
        java.util.TreeSet<String> terms = new java.util.TreeSet<>(a.keySet());
        terms.addAll(b.keySet());
        List<Count> counts = new ArrayList<>();
        for (String t : terms) {
            Number x = a.get(t);
            Number y = b.get(t);
            counts.add(new Count(t, x == null ? 0 : x.doubleValue(), y == null ? 0 : y.doubleValue()));
        }
        return of(counts, scale);
    }

    private static LogOdds compute(List<Count> counts) {
        double na = 0;
        double nb = 0;
        double a0 = 0;
        for (Count c : counts) {
            na += c.a();
            nb += c.b();
            a0 += c.alpha();
        }
        List<Row> rows = new ArrayList<>(counts.size());
        for (Count c : counts) {
            double ya = c.a();
            double yb = c.b();
            double al = c.alpha();
            double delta = Math.log((ya + al) / (na + a0 - ya - al)) - Math.log((yb + al) / (nb + a0 - yb - al));
            double var = 1 / (ya + al) + 1 / (yb + al);
            rows.add(new Row(Objects.requireNonNull(c.term()), ya, yb, al, delta, var, delta / Math.sqrt(var)));
        }
        return new LogOdds(rows, na, nb, a0);
    }

    /** The rows, in input order. */
    public List<Row> rows() { return rows; }

    /** The rows sorted by z, descending (characteristic of A first). */
    public List<Row> byZ() {
        List<Row> r = new ArrayList<>(rows);
        r.sort(Comparator.comparingDouble(Row::z).reversed().thenComparing(Row::term));
        return Collections.unmodifiableList(r);
    }

    /** n_a: the total count in A. */
    public double totalA() { return na; }

    /** n_b: the total count in B. */
    public double totalB() { return nb; }

    /** α_0: the total prior count. */
    public double alpha0() { return alpha0; }

    /** The rows by z as a table (term, a, b, alpha, delta, variance, z). */
    public Table toTable() {
        Table.Builder t = Table.builder("term", "a", "b", "alpha", "delta", "variance", "z").name("log_odds");
        for (Row r : byZ()) t.row(r.term(), r.a(), r.b(), r.alpha(), r.delta(), r.variance(), r.z());
        return t.build();
    }

    @Override
    public String toString() { return toTable().toString(); }
}

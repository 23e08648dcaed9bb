package org.parallax.stats;

import org.parallax.core.table.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The collocates found by {@link Collocations}: immutable rows in an order, with the configuration and
 * counts that produced them; {@link #toTable()} for TSV/CSV/JSON with the columns
 * {@code node, collocate, o11, f1, f2, n, e11, mi, mi3, t_score, z_score, g2, dice, log_dice}.
 *
 * <pre>{@code
 * CollocationResult r = Collocations.defaults().of(Corpus.seeds().where("language", "en"), "stalin");
 * r.rows().get(0).logDice();
 * r.sortedBy(AssociationMeasure.MI).head(10).toTable().toTsv();
 * System.out.println(r);     // a summary line and the first rows, aligned
 * }</pre>
 */
public final class CollocationResult {
    /** The column names of {@link #toTable()}. */
    public static final List<String> COLUMNS = List.of("node", "collocate", "o11", "f1", "f2", "n", "e11",
            "mi", "mi3", "t_score", "z_score", "g2", "dice", "log_dice");

    private final Collocations config;
    private final String node;
    private final long nodeFrequency;
    private final long corpusSize;
    private final List<Collocate> rows;

    CollocationResult(Collocations config, String node, long nodeFrequency, long corpusSize, List<Collocate> rows) {
        this.config = Objects.requireNonNull(config);
        this.node = node;
        this.nodeFrequency = nodeFrequency;
        this.corpusSize = corpusSize;
        this.rows = List.copyOf(rows);
    }

    /** The configuration that produced the result (window, boundary, filters, order). */
    public Collocations config() { return config; }

    /** The node term as found in the corpus, or null for {@link Collocations#allPairs all pairs}. */
    public String node() { return node; }

    /** The node's frequency {@code f1} (0 when it does not occur or for all pairs). */
    public long nodeFrequency() { return nodeFrequency; }

    /** The corpus size {@code n} in counted tokens. */
    public long corpusSize() { return corpusSize; }

    /** The rows, in order. */
    public List<Collocate> rows() { return rows; }

    /** Number of rows. */
    public int size() { return rows.size(); }

    /** The same rows sorted by another measure, strongest first (NaN last). */
    public CollocationResult sortedBy(AssociationMeasure m) {
        return new CollocationResult(config.sortBy(m), node, nodeFrequency, corpusSize, sort(rows, m));
    }

    /**
     * The first {@code k} rows (all when fewer).
     *
     * @throws IllegalArgumentException when {@code k} is negative
     */
    public CollocationResult head(int k) {
        if (k < 0) throw new IllegalArgumentException("negative limit " + k);
        return new CollocationResult(config, node, nodeFrequency, corpusSize, rows.subList(0, Math.min(k, rows.size())));
    }

    /** The rows as a table. */
    public Table toTable() {
        Table.Builder t = Table.builder(COLUMNS).name("collocations");
        for (Collocate c : rows) {
            t.row(c.node(), c.collocate(), c.o11(), c.f1(), c.f2(), c.n(), c.e11(), c.mi(), c.mi3(), c.tScore(),
                    c.zScore(), c.g2(), c.dice(), c.logDice());
        }
        return t.build();
    }

    /** Sorts by a measure, descending, NaN last; ties by o11 (descending), then node and collocate. */
    static List<Collocate> sort(List<Collocate> rows, AssociationMeasure m) {
        Comparator<Collocate> byMeasure = (x, y) -> {
            double a = m.value(x);
            double b = m.value(y);
            if (Double.isNaN(a) || Double.isNaN(b)) return Boolean.compare(Double.isNaN(a), Double.isNaN(b));
            return Double.compare(b, a);
        };
        List<Collocate> out = new ArrayList<>(rows);
        out.sort(byMeasure.thenComparing(Comparator.comparingLong(Collocate::o11).reversed())
                .thenComparing(Collocate::node).thenComparing(Collocate::collocate));
        return out;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (node != null) sb.append("Collocates of '").append(node).append("' (f1 = ").append(nodeFrequency).append(")");
        else sb.append("All collocation pairs");
        sb.append(" in ").append(corpusSize).append(" tokens; ").append(config).append(System.lineSeparator());
        sb.append(toTable().preview(20));
        return sb.toString();
    }
}

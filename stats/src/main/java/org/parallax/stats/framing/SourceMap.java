package org.parallax.stats.framing;

import org.parallax.core.table.Table;
import smile.clustering.HierarchicalClustering;
import smile.clustering.linkage.UPGMALinkage;
import smile.math.matrix.Matrix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A map of sources: correspondence analysis of a sources × categories count table (categories are
 * concepts, frames or actors) and a hierarchical clustering of the sources, with coordinates and the
 * dendrogram exported for plotting. Uses Smile's SVD and hierarchical clustering.
 *
 * <p>Correspondence analysis (Greenacre 2007): with P = N / n, row masses r, column masses c,
 * S = D_r^{-1/2}(P − r cᵀ)D_c^{-1/2} = U Σ Vᵀ; row principal coordinates F = D_r^{-1/2} U Σ, column
 * principal coordinates G = D_c^{-1/2} V Σ; the share of inertia of dimension k is σ_k² / Σσ².
 * The clustering is average linkage (UPGMA) on the chi-square distances between the sources' profiles
 * (the distances CA represents), so the dendrogram and the map tell the same story.
 *
 * <pre>{@code
 * double[][] counts = {{10, 2, 1}, {3, 8, 2}, {2, 7, 3}};   // sources × categories
 * SourceMap m = SourceMap.of(List.of("it", "nl", "en"), List.of("purge", "thaw", "legacy"), counts);
 * m.rowCoordinates();   // x, y per source: it 0.77, -0.01; nl -0.34, 0.12; en -0.46, -0.12
 * m.dendrogram();       // merge table: nl and en at 0.40, then it at 1.90
 * m.newick();           // "(it:1.89651,(nl:0.395067,en:0.395067):1.50144);"
 * }</pre>
 *
 * <p>Immutable.
 */
public final class SourceMap {
    private final List<String> rows;
    private final List<String> columns;
    private final double[][] rowCoord;
    private final double[][] colCoord;
    private final double[] inertia;
    private final double totalInertia;
    private final int[][] merge;
    private final double[] height;

    private SourceMap(List<String> rows, List<String> columns, double[][] rowCoord, double[][] colCoord, double[] inertia,
                      double totalInertia, int[][] merge, double[] height) {
        this.totalInertia = totalInertia;
        this.rows = List.copyOf(rows);
        this.columns = List.copyOf(columns);
        this.rowCoord = rowCoord;
        this.colCoord = colCoord;
        this.inertia = inertia;
        this.merge = merge;
        this.height = height;
    }

    /**
     * The map of a count table: {@code counts[i][j]} is how often source i uses category j. Rows or
     * columns with a zero total are dropped. Needs at least two sources and two categories.
     */
    public static SourceMap of(List<String> sources, List<String> categories, double[][] counts) {
        if (sources.size() != counts.length) throw new IllegalArgumentException("one row of counts per source");
        List<Integer> keepRows = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i].length != categories.size()) throw new IllegalArgumentException("one count per category in row " + i);
            double s = 0;
            for (double v : counts[i]) {
                if (v < 0 || Double.isNaN(v)) throw new IllegalArgumentException("counts must be non-negative");
                s += v;
            }
            if (s > 0) keepRows.add(i);
        }
        List<Integer> keepCols = new ArrayList<>();
        for (int j = 0; j < categories.size(); j++) {
            double s = 0;
            for (int i : keepRows) s += counts[i][j];
            if (s > 0) keepCols.add(j);
        }
        int m = keepRows.size();
        int k = keepCols.size();
        if (m < 2 || k < 2) throw new IllegalArgumentException("a map needs at least two sources and two categories with counts");
        double n = 0;
        double[][] nmat = new double[m][k];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < k; b++) {
                nmat[a][b] = counts[keepRows.get(a)][keepCols.get(b)];
                n += nmat[a][b];
            }
        }
        double[] r = new double[m];
        double[] c = new double[k];
        for (int a = 0; a < m; a++) for (int b = 0; b < k; b++) {
            r[a] += nmat[a][b] / n;
            c[b] += nmat[a][b] / n;
        }
        double[][] s = new double[m][k];
        for (int a = 0; a < m; a++) for (int b = 0; b < k; b++) {
            s[a][b] = (nmat[a][b] / n - r[a] * c[b]) / Math.sqrt(r[a] * c[b]);
        }
        Matrix.SVD svd = Matrix.of(s).svd(true, true);
        int dims = Math.min(Math.min(m - 1, k - 1), svd.s.length);
        double total = 0;
        for (int d = 0; d < dims; d++) total += svd.s[d] * svd.s[d];
        double[] inertia = new double[dims];
        for (int d = 0; d < dims; d++) inertia[d] = total == 0 ? 0 : svd.s[d] * svd.s[d] / total;
        double[][] f = new double[m][dims];
        double[][] g = new double[k][dims];
        for (int d = 0; d < dims; d++) {
            // fix the sign of each dimension (SVD signs are arbitrary): the largest row coordinate is positive
            double sign = 1;
            double best = 0;
            for (int a = 0; a < m; a++) {
                double v = svd.U.get(a, d);
                if (Math.abs(v) > Math.abs(best)) best = v;
            }
            if (best < 0) sign = -1;
            for (int a = 0; a < m; a++) f[a][d] = sign * svd.U.get(a, d) * svd.s[d] / Math.sqrt(r[a]);
            for (int b = 0; b < k; b++) g[b][d] = sign * svd.V.get(b, d) * svd.s[d] / Math.sqrt(c[b]);
        }
        // chi-square distances between the row profiles
        double[][] profile = new double[m][k];
        for (int a = 0; a < m; a++) for (int b = 0; b < k; b++) profile[a][b] = nmat[a][b] / n / r[a];
        double[][] dist = new double[m][m];
        for (int a = 0; a < m; a++) for (int b2 = 0; b2 < m; b2++) {
            double d2 = 0;
            for (int b = 0; b < k; b++) {
                double x = profile[a][b] - profile[b2][b];
                d2 += x * x / c[b];
            }
            dist[a][b2] = Math.sqrt(d2);
        }
        HierarchicalClustering hc = HierarchicalClustering.fit(UPGMALinkage.of(dist));
        List<String> rowNames = new ArrayList<>();
        for (int i : keepRows) rowNames.add(sources.get(i));
        List<String> colNames = new ArrayList<>();
        for (int j : keepCols) colNames.add(categories.get(j));
        return new SourceMap(rowNames, colNames, f, g, inertia, total, hc.tree(), hc.height());
    }

    /** The sources mapped (those with counts), in input order. */
    public List<String> sources() { return rows; }

    /** The categories mapped. */
    public List<String> categories() { return columns; }

    /** Share of the total inertia of each dimension. */
    public double[] inertia() { return inertia.clone(); }

    /** The total inertia Σσ² (equal to the table's chi-square statistic divided by its total). */
    public double totalInertia() { return totalInertia; }

    /** Number of dimensions. */
    public int dimensions() { return inertia.length; }

    /** Principal coordinates of the sources on the first two dimensions (0 when there is only one). */
    public Table rowCoordinates() { return coords("source_map_sources", "source", rows, rowCoord); }

    /** Principal coordinates of the categories on the first two dimensions. */
    public Table columnCoordinates() { return coords("source_map_categories", "category", columns, colCoord); }

    /**
     * The three tables of a map ({@code source_map_sources}, {@code source_map_categories},
     * {@code source_dendrogram}) with their columns and no rows: what there is to show when the counts give
     * too little to map.
     */
    static List<Table> emptyTables() {
        return List.of(Table.builder("source", "x", "y").name("source_map_sources").build(),
                Table.builder("category", "x", "y").name("source_map_categories").build(),
                Table.builder(DENDROGRAM_COLUMNS).name("source_dendrogram").build());
    }

    private static final List<String> DENDROGRAM_COLUMNS = List.of("step", "a", "b", "height", "a_label", "b_label");

    private Table coords(String name, String first, List<String> names, double[][] xy) {
        Table.Builder t = Table.builder(first, "x", "y").name(name);
        for (int i = 0; i < names.size(); i++) {
            t.row(names.get(i), xy[i].length > 0 ? xy[i][0] : 0.0, xy[i].length > 1 ? xy[i][1] : 0.0);
        }
        return t.build();
    }

    /**
     * The dendrogram as a merge table: at step i the clusters {@code a} and {@code b} merge at
     * {@code height}; ids below the number of sources are sources (in {@link #sources()} order), id
     * {@code sources + i} is the cluster made at step i (Smile's convention).
     */
    public Table dendrogram() {
        Table.Builder t = Table.builder(DENDROGRAM_COLUMNS).name("source_dendrogram");
        for (int i = 0; i < merge.length; i++) {
            t.row(i, merge[i][0], merge[i][1], height[i], label(merge[i][0]), label(merge[i][1]));
        }
        return t.build();
    }

    private String label(int id) {
        if (id < rows.size()) return rows.get(id);
        return "(" + label(merge[id - rows.size()][0]) + "," + label(merge[id - rows.size()][1]) + ")";
    }

    /** The dendrogram in Newick format, branch lengths from the merge heights. */
    public String newick() {
        if (merge.length == 0) return rows.get(0) + ";";
        return newick(rows.size() + merge.length - 1, height[merge.length - 1]) + ";";
    }

    private String newick(int id, double parentHeight) {
        if (id < rows.size()) {
            return escape(rows.get(id)) + ":" + fmt(parentHeight);
        }
        int step = id - rows.size();
        double h = height[step];
        String inner = "(" + newick(merge[step][0], h) + "," + newick(merge[step][1], h) + ")";
        boolean root = step == merge.length - 1;
        return root ? inner : inner + ":" + fmt(parentHeight - h);
    }

    private static String escape(String s) {
        return s.matches("[A-Za-z0-9_.-]+") ? s : "'" + s.replace("'", "''") + "'";
    }

    private static String fmt(double v) { return String.format(Locale.ROOT, "%.6g", Math.max(0, v)); }

    /** The merge pairs (copy). */
    public int[][] merges() {
        int[][] out = new int[merge.length][];
        for (int i = 0; i < merge.length; i++) out[i] = merge[i].clone();
        return out;
    }

    /** The merge heights (copy). */
    public double[] heights() { return height.clone(); }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Source map: %d sources × %d categories; inertia of the first dimensions: %s%n",
                rows.size(), columns.size(), inertiaText()));
        sb.append(rowCoordinates().toString());
        sb.append("dendrogram: ").append(newick()).append(System.lineSeparator());
        return sb.toString();
    }

    private String inertiaText() {
        List<String> p = new ArrayList<>();
        for (int d = 0; d < Math.min(3, inertia.length); d++) p.add(String.format(Locale.ROOT, "%.1f%%", 100 * inertia[d]));
        return String.join(", ", p);
    }

    /** Names of the sources in the order of the dendrogram's leaves (for plotting). */
    public List<String> leafOrder() {
        List<String> out = new ArrayList<>();
        if (merge.length == 0) return List.copyOf(rows);
        leaves(rows.size() + merge.length - 1, out);
        return Collections.unmodifiableList(out);
    }

    private void leaves(int id, List<String> out) {
        if (id < rows.size()) {
            out.add(rows.get(id));
            return;
        }
        leaves(merge[id - rows.size()][0], out);
        leaves(merge[id - rows.size()][1], out);
    }
}

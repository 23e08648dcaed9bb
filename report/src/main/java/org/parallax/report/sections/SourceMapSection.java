package org.parallax.report.sections;

import org.parallax.core.table.Table;
import org.parallax.report.Html;
import org.parallax.report.ReportContext;
import org.parallax.report.ReportSection;
import org.parallax.report.SectionContent;
import org.parallax.report.TableView;
import org.parallax.report.chart.Dendrogram;
import org.parallax.report.chart.ScatterPlot;

import java.util.Objects;
import java.util.function.Function;

/**
 * A map of sources: a labelled scatter plot of a points table (coordinates of each source, from
 * multidimensional scaling or correspondence analysis) and, when a merge table is given, the dendrogram
 * of a hierarchical clustering of the same sources (Smile's convention; leaf {@code i} is row {@code i}
 * of the points table, labelled by the label column). Both tables are shown and exported.
 *
 * <pre>{@code
 * ReportSection map = new SourceMapSection("map", "Map of sources", "Sources close together tell events alike.",
 *         ctx -> points, "x", "y", "doc", ctx -> merges, "left", "right", "height");
 * }</pre>
 */
public final class SourceMapSection implements ReportSection {
    private final String id;
    private final String title;
    private final String description;
    private final Function<ReportContext, Table> points;
    private final String x;
    private final String y;
    private final String label;
    private final Function<ReportContext, Table> merges;
    private final String left;
    private final String right;
    private final String height;
    private final Function<ReportContext, String> emptyNote;

    /**
     * A map section; {@code merges} may be null (no dendrogram), {@code description} may be null.
     *
     * @param id          section id
     * @param title       section title
     * @param description a paragraph under the title, or null
     * @param points      the points table from the context
     * @param x           its x column
     * @param y           its y column
     * @param label       its label column (also the dendrogram's leaf labels)
     * @param merges      the merge table from the context, or null
     * @param left        the merge table's first cluster-id column
     * @param right       its second cluster-id column
     * @param height      its height column
     */
    public SourceMapSection(String id, String title, String description, Function<ReportContext, Table> points, String x,
                            String y, String label, Function<ReportContext, Table> merges, String left, String right,
                            String height) {
        this.id = Html.slug(id);
        this.title = Objects.requireNonNull(title);
        this.description = description;
        this.points = Objects.requireNonNull(points);
        this.x = x;
        this.y = y;
        this.label = label;
        this.merges = merges;
        this.left = left;
        this.right = right;
        this.height = height;
        this.emptyNote = null;
    }

    private SourceMapSection(SourceMapSection s, Function<ReportContext, String> emptyNote) {
        this.id = s.id;
        this.title = s.title;
        this.description = s.description;
        this.points = s.points;
        this.x = s.x;
        this.y = s.y;
        this.label = s.label;
        this.merges = s.merges;
        this.left = s.left;
        this.right = s.right;
        this.height = s.height;
        this.emptyNote = emptyNote;
    }

    /**
     * The same section saying why there is no map, when the points table has fewer than two rows, with the
     * note {@code note} gives (null: the default note, which counts the rows of the points table).
     *
     * <pre>{@code
     * ReportSection map = new SourceMapSection("map", "Map of sources", null, StandardSections.framingTable("source_map_sources"),
     *         "x", "y", "source", null, null, null, null)
     *         .emptyNote(StandardSections.framingNote("source_map_sources"));   // "No map: ... (this corpus gives 1 source with counts ...)"
     * }</pre>
     */
    public SourceMapSection emptyNote(Function<ReportContext, String> note) {
        return new SourceMapSection(this, Objects.requireNonNull(note));
    }

    @Override
    public String id() { return id; }

    @Override
    public String title() { return title; }

    @Override
    public void render(ReportContext context, SectionContent out) {
        if (description != null) out.paragraph(description);
        Table p = points.apply(context);
        if (p.size() < 2) {
            String note = emptyNote == null ? null : emptyNote.apply(context);
            out.note(note != null ? note : "No map: it needs at least two points (the coordinates table has " + p.size() + " row"
                    + (p.size() == 1 ? "" : "s") + ").");
            out.table(p, TableView.defaults().caption("Coordinates"));
            return;
        }
        out.chart(ScatterPlot.of(p, x, y, label).title(title));
        out.table(p, TableView.defaults().caption("Coordinates"));
        if (merges == null) return;
        Table m = merges.apply(context);
        java.util.List<String> leaves = new java.util.ArrayList<>();
        int c = p.columns().indexOf(label);
        for (java.util.List<Object> row : p.rows()) leaves.add(c < 0 ? "" : String.valueOf(row.get(c)));
        out.chart(Dendrogram.of(m, left, right, height, leaves).title(title + ": hierarchical clustering"));
        out.table(m, TableView.defaults().caption("Merges (Smile convention: leaf i is row i of the coordinates)"));
    }
}

package org.parallax.report;

import org.parallax.core.table.Table;
import org.parallax.report.chart.Chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A section made of tables computed from the report's context, each followed by charts drawn from it:
 * the quickest way to plug an analysis that returns a {@link Table} into the report. Each table is shown
 * (first rows) and written as CSV and JSON; each chart is an inline SVG above its table.
 *
 * <pre>{@code
 * ReportSection freq = TableSection.builder("frequency", "Word frequencies")
 *         .description("The most frequent lemmas of each language, stopwords left out.")
 *         .table(ctx -> FrequencyList.of(ctx.corpus(), TokenSelection.defaults().layer(Layer.LEMMA).withoutStopwords())
 *                 .head(200).toTable())                                 // any Function<ReportContext, Table>
 *         .chart(t -> BarChart.of(t, "term", "freq").limit(30).title("Top 30 lemmas"))
 *         .build();
 * }</pre>
 */
public final class TableSection implements ReportSection {
    private final String id;
    private final String title;
    private final String description;
    private final List<Part> parts;

    private record Part(Function<ReportContext, Table> source, TableView view, List<Function<Table, Chart>> charts) {}

    private TableSection(String id, String title, String description, List<Part> parts) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.parts = List.copyOf(parts);
    }

    /** A builder for a section with an id (slugged) and a title. */
    public static Builder builder(String id, String title) { return new Builder(Html.slug(id), Objects.requireNonNull(title)); }

    @Override
    public String id() { return id; }

    @Override
    public String title() { return title; }

    @Override
    public void render(ReportContext context, SectionContent out) {
        if (description != null) out.paragraph(description);
        for (Part p : parts) {
            Table t = p.source().apply(context);
            if (t.size() == 0 && !p.charts().isEmpty()) out.note("Nothing to draw: the corpus gives no rows for this table.");
            else for (Function<Table, Chart> c : p.charts()) out.chart(c.apply(t));
            out.table(t, p.view());
        }
    }

    /**
     * Builds a {@link TableSection}: a description, then tables, each with its view and the charts added
     * after it.
     *
     * <pre>{@code
     * TableSection.builder("keyness", "Keywords").table(ctx -> keyness, TableView.rows(50))
     *         .chart(t -> BarChart.of(t, "term", "log_ratio")).build();
     * }</pre>
     */
    public static final class Builder {
        private final String id;
        private final String title;
        private String description;
        private final List<Part> parts = new ArrayList<>();

        private Builder(String id, String title) {
            this.id = id;
            this.title = title;
        }

        /** A paragraph at the top of the section (plain text). */
        public Builder description(String d) { this.description = d; return this; }

        /** Adds a table computed from the context, shown with the default view. */
        public Builder table(Function<ReportContext, Table> source) { return table(source, TableView.defaults()); }

        /** Adds a table computed from the context, shown with a view. */
        public Builder table(Function<ReportContext, Table> source, TableView view) {
            parts.add(new Part(Objects.requireNonNull(source), Objects.requireNonNull(view), new ArrayList<>()));
            return this;
        }

        /** Adds a chart of the last table added (drawn above it). */
        public Builder chart(Function<Table, Chart> chart) {
            if (parts.isEmpty()) throw new IllegalStateException("add a table before its charts");
            parts.get(parts.size() - 1).charts().add(Objects.requireNonNull(chart));
            return this;
        }

        /** The section. */
        public TableSection build() {
            List<Part> copy = new ArrayList<>();
            for (Part p : parts) copy.add(new Part(p.source(), p.view(), List.copyOf(p.charts())));
            return new TableSection(id, title, description, copy);
        }
    }
}

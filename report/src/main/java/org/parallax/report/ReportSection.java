package org.parallax.report;

/**
 * One section of a report: a title, a stable id (the page anchor and the prefix of its tables' file
 * names) and the content it renders from the shared {@link ReportContext} into a {@link SectionContent}
 * (paragraphs, tables exported as CSV and JSON, SVG charts, escaped HTML).
 *
 * <p>This is the extension point of the report: an analysis that produces a
 * {@link org.parallax.core.table.Table} becomes a section with {@link TableSection} in a few lines, and
 * {@link StandardSections} lists the sections of {@code parallax report} in page order, with named
 * places for the statistics, framing and map-of-sources sections.
 *
 * <pre>{@code
 * ReportSection keyness = new ReportSection() {
 *     public String id() { return "keyness"; }
 *     public String title() { return "Keywords"; }
 *     public void render(ReportContext ctx, SectionContent out) {
 *         Table t = Keyness.defaults().documentVsRest(ctx.corpus(), "en-essay").toTable();  // any Table
 *         out.paragraph("Terms more frequent in one source than in the others.");
 *         out.chart(BarChart.of(t, "term", "log_ratio").limit(30));
 *         out.table(t);                                              // HTML table + CSV + JSON
 *     }
 * };
 * ReportBuilder.of(corpus).sections(StandardSections.all()).add(keyness).write(dir);
 * }</pre>
 */
public interface ReportSection {
    /** A stable identifier: lower-case letters, digits and dashes (made so with {@link Html#slug} otherwise). */
    default String id() { return Html.slug(title()); }

    /** The heading of the section. */
    String title();

    /** Renders the section; a runtime exception fails the report naming the section. */
    void render(ReportContext context, SectionContent out);
}

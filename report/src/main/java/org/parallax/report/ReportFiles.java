package org.parallax.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The files of a written report: the page, every table's CSV and JSON file, and the rendered source
 * file of every document.
 *
 * <pre>{@code
 * ReportFiles f = ReportBuilder.of(Corpus.seeds()).write(Path.of("out"));
 * f.page();                               // out/report.html
 * f.tables().get(0).csv();                // "tables/overview.csv" (relative to the folder)
 * f.sources().get("en-essay");            // out/sources/en-essay.html
 * }</pre>
 *
 * @param folder   the report folder
 * @param page     the page, {@code report.html} in the folder
 * @param tables   the tables in page order with their file names (relative to the folder)
 * @param sources  document id to its rendered source file, in corpus order
 * @param sections the section ids in page order
 */
public record ReportFiles(Path folder, Path page, List<SectionContent.ReportTable> tables, Map<String, Path> sources,
                          List<String> sections) {
    /** Copies the lists. */
    public ReportFiles {
        tables = List.copyOf(tables);
        sources = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sources));
        sections = List.copyOf(sections);
    }

    /** A short summary: the page, how many tables, sources and sections, and the first tables with their rows. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format(java.util.Locale.ROOT,
                "Report %s: %d sections, %d tables (CSV and JSON in %s/), %d source files%n", page, sections.size(),
                tables.size(), ReportBuilder.TABLES, sources.size()));
        int shown = Math.min(tables.size(), 12);
        int w = "table".length();
        int ws = "section".length();
        for (int i = 0; i < shown; i++) {
            w = Math.max(w, tables.get(i).base().length());
            ws = Math.max(ws, tables.get(i).section().length());
        }
        String row = "  %-" + w + "s  %-" + ws + "s  %6s%n";
        sb.append(String.format(java.util.Locale.ROOT, row, "table", "section", "rows"));
        for (int i = 0; i < shown; i++) {
            SectionContent.ReportTable t = tables.get(i);
            sb.append(String.format(java.util.Locale.ROOT, row, t.base(), t.section(), t.table().size()));
        }
        if (tables.size() > shown) sb.append(String.format(java.util.Locale.ROOT, "  ... %d more tables%n", tables.size() - shown));
        return sb.toString();
    }
}

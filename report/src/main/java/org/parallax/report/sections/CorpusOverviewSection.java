package org.parallax.report.sections;

import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.DocumentSummary;
import org.parallax.core.table.Table;
import org.parallax.report.ReportContext;
import org.parallax.report.ReportSection;
import org.parallax.report.SectionContent;
import org.parallax.report.TableView;
import org.parallax.report.chart.BarChart;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The corpus at a glance: documents, languages, sizes and boilerplate. Tables {@code overview} (one row
 * per language and a total) and {@code overview-documents} (one row per document with its manifest
 * fields, lines, characters, tokens and boilerplate share), and a bar chart of the tokens per document. The
 * loader's repairs and warnings ({@link Corpus#repairs()}, {@link Corpus#warnings()}: invalid UTF-8 replaced,
 * a file that looks like HTML) are notes of the section.
 *
 * <pre>{@code
 * ReportBuilder.of(corpus).sections(List.of(new CorpusOverviewSection())).write(dir);
 * }</pre>
 */
public final class CorpusOverviewSection implements ReportSection {
    /** The section, with the id {@code overview}. */
    public CorpusOverviewSection() { }

    @Override
    public String id() { return "overview"; }

    @Override
    public String title() { return "Corpus overview"; }

    @Override
    public void render(ReportContext context, SectionContent out) {
        Corpus c = context.corpus();
        Table docs = documents(c);
        Table langs = languages(c);
        long tokens = 0;
        long boiler = 0;
        for (Document d : c) {
            DocumentSummary s = d.summary();
            tokens += s.tokens();
            boiler += s.boilerplateLines();
        }
        out.paragraph(String.format(Locale.ROOT, "%d %s in %d %s, %d tokens outside boilerplate; %d %s of the files are "
                        + "boilerplate (navigation, references, citation widgets) and left out of every analysis.",
                c.size(), c.size() == 1 ? "document" : "documents", langs.size() - 1, langs.size() - 1 == 1 ? "language" : "languages",
                tokens, boiler, boiler == 1 ? "line" : "lines"));
        // problems with the input the loader reported on stderr: the page says so too
        for (String r : c.repairs()) out.note("Repaired while reading: " + r);
        for (String w : c.warnings()) out.note("Warning: " + w);
        out.table(langs, TableView.defaults().caption("By language"));
        out.chart(BarChart.of(docs, "doc", "tokens").title("Tokens per document (outside boilerplate)"));
        out.table(docs, TableView.defaults().caption("Documents"));
    }

    /** One row per language (in order of first appearance) and a row {@code all}. */
    static Table languages(Corpus c) {
        Map<String, long[]> m = new LinkedHashMap<>();
        long[] all = new long[5];
        for (Document d : c) {
            DocumentSummary s = d.summary();
            long[] v = m.computeIfAbsent(d.language().code(), k -> new long[5]);
            long[] add = {1, s.paragraphs(), s.sentences(), s.tokens(), s.boilerplateLines()};
            for (int i = 0; i < 5; i++) {
                v[i] += add[i];
                all[i] += add[i];
            }
        }
        Table.Builder b = Table.builder("language", "documents", "paragraphs", "sentences", "tokens", "boilerplate_lines").name("overview");
        for (Map.Entry<String, long[]> e : m.entrySet()) {
            long[] v = e.getValue();
            b.row(e.getKey(), v[0], v[1], v[2], v[3], v[4]);
        }
        b.row("all", all[0], all[1], all[2], all[3], all[4]);
        return b.build();
    }

    /** One row per document: manifest fields and sizes. */
    static Table documents(Corpus c) {
        Table.Builder b = Table.builder("doc", "title", "language", "genre", "source", "file", "lines", "characters", "tokens",
                "boilerplate_lines", "boilerplate_share").name("documents");
        for (Document d : c) {
            DocumentSummary s = d.summary();
            int lines = d.lineCount();
            b.row(d.id(), d.title(), d.language().code(), d.metadata("genre").orElse(""), d.metadata("source").orElse(""),
                    d.path() == null ? "" : String.valueOf(d.path().getFileName()), lines, d.text().length(), s.tokens(),
                    s.boilerplateLines(), lines == 0 ? 0.0 : (double) s.boilerplateLines() / lines);
        }
        return b.build();
    }
}

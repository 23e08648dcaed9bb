package org.parallax.report;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.core.Corpus;
import org.parallax.core.anchor.AnchorExtractor;
import org.parallax.core.table.Table;
import org.parallax.report.cli.Parallax;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The statistics tables of the report are what the command lines their descriptions name print: lemmas
 * without stopwords or numbers ({@code --no-numbers}; regression: the report left numbers out, the CLI
 * could not, so its G2 differed).
 */
class ReportFromCommandLineTest {
    private static ReportContext ctx;

    @BeforeAll
    static void context() {
        ctx = new ReportContext(Corpus.seeds(), AnchorExtractor.standard(), null, null, Map.of());
    }

    /** The TSV rows of a command, by the value of their first column. */
    private static Map<String, Map<String, String>> cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Parallax.execute(args, new PrintWriter(out), new PrintWriter(err));
        assertEquals(Parallax.OK, code, String.join(" ", args) + ": " + err);
        List<String> lines = out.toString().lines().toList();
        String[] header = lines.get(0).split("\t", -1);
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) row.put(header[i], f[i]);
            rows.put(f[0], row);
        }
        return rows;
    }

    private static void same(Object report, String cli, String what) {
        double r = ((Number) report).doubleValue();
        double c = cli.equals("nan") ? Double.NaN : Double.parseDouble(cli);
        if (Double.isNaN(r)) assertTrue(Double.isNaN(c), what);
        else assertEquals(r, c, 0.0, what);
    }

    @Test
    void keywordsAreTheKeynessCommandWithNoNumbers() {
        Table report = StandardSections.keywordTable(ctx);
        assertTrue(report.size() > 0);
        Map<String, List<Integer>> byDoc = new LinkedHashMap<>();
        for (int i = 0; i < report.size(); i++) byDoc.computeIfAbsent((String) report.get(i, "doc"), k -> new ArrayList<>()).add(i);
        assertEquals(List.of("en-wikipedia", "en-essay", "en-encyclopedia"), List.copyOf(byDoc.keySet()), "English alone has several documents");
        for (Map.Entry<String, List<Integer>> e : byDoc.entrySet()) {
            Map<String, Map<String, String>> cli = cli("keyness", "seeds", "--where", "language=en", "--doc-vs-rest", e.getKey(),
                    "--layer", "lemma", "--no-stopwords", "--no-numbers", "--min-freq", String.valueOf(StandardSections.KEYWORD_MIN_FREQ),
                    "--limit", String.valueOf(StandardSections.KEYWORDS_PER_DOC));
            assertEquals(e.getValue().size(), cli.size(), e.getKey());
            List<String> terms = new ArrayList<>();
            for (int i : e.getValue()) {
                String term = (String) report.get(i, "term");
                terms.add(term);
                Map<String, String> row = cli.get(term);
                assertTrue(row != null, e.getKey() + ": " + term + " not printed by keyness");
                String what = e.getKey() + " " + term;
                same(report.get(i, "target_freq"), row.get("target_freq"), what);
                same(report.get(i, "reference_freq"), row.get("reference_freq"), what);
                same(report.get(i, "g2"), row.get("g2"), what);
                same(report.get(i, "g2_p_bh"), row.get("g2_p_bh"), what);
                same(report.get(i, "log_ratio"), row.get("log_ratio"), what);
            }
            assertEquals(List.copyOf(cli.keySet()), terms, "same order");
        }
        // rename in the wiki article: G2 21.99 without numbers (21.53 with them, as keyness printed without --no-numbers)
        assertEquals("21.99158723372421", cli("keyness", "seeds", "--where", "language=en", "--doc-vs-rest", "en-wikipedia",
                "--layer", "lemma", "--no-stopwords", "--no-numbers", "--min-freq", "3").get("rename").get("g2"));
        assertEquals("21.53212154558043", cli("keyness", "seeds", "--where", "language=en", "--doc-vs-rest", "en-wikipedia",
                "--layer", "lemma", "--no-stopwords", "--min-freq", "3").get("rename").get("g2"));
    }

    @Test
    void collocationsAreTheCollocationsCommandWithNoNumbers() {
        Table report = StandardSections.collocationTable(ctx);
        assertTrue(report.size() > 10);
        String window = StandardSections.COLLOCATION_WINDOW + "," + StandardSections.COLLOCATION_WINDOW;
        Map<String, Map<String, Map<String, String>>> byNode = new HashMap<>();
        for (int i = 0; i < 25; i++) {
            String node = (String) report.get(i, "node");
            String collocate = (String) report.get(i, "collocate");
            Map<String, Map<String, String>> cli = byNode.computeIfAbsent(node, n -> {
                Map<String, Map<String, String>> rows = new HashMap<>();
                // first column is the node: key the rows by collocate
                StringWriter out = new StringWriter();
                int code = Parallax.execute(new String[] {"collocations", "seeds", n, "--layer", "lemma", "--no-stopwords",
                        "--no-numbers", "--window", window, "--min-freq", String.valueOf(StandardSections.COLLOCATION_MIN)},
                        new PrintWriter(out), new PrintWriter(new StringWriter()));
                assertEquals(Parallax.OK, code);
                List<String> lines = out.toString().lines().toList();
                String[] header = lines.get(0).split("\t", -1);
                for (String line : lines.subList(1, lines.size())) {
                    String[] f = line.split("\t", -1);
                    Map<String, String> row = new HashMap<>();
                    for (int k = 0; k < header.length; k++) row.put(header[k], f[k]);
                    rows.put(row.get("collocate"), row);
                }
                return rows;
            });
            Map<String, String> row = cli.get(collocate);
            String what = node + " · " + collocate;
            assertTrue(row != null, what + " not printed by collocations");
            for (String column : List.of("o11", "f1", "f2", "log_dice", "mi", "t_score", "g2")) {
                same(report.get(i, column), row.get(column), what + " " + column);
            }
        }
    }
}

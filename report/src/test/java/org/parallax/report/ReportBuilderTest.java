package org.parallax.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.align.eval.GoldAnnotation;
import org.parallax.core.Corpus;
import org.parallax.core.table.Table;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportBuilderTest {
    @TempDir
    static Path tmp;
    static ReportFiles seeds;
    static Document page;
    static String html;

    static GoldAnnotation seedGold() throws IOException {
        try (InputStream in = Corpus.class.getResourceAsStream("/org/parallax/seeds/seeds-events.tsv")) {
            return GoldAnnotation.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), Path.of("seeds-events.tsv"));
        }
    }

    @BeforeAll
    static void writeSeedReport() throws IOException {
        seeds = ReportBuilder.of(Corpus.seeds()).title("Seeds").gold(seedGold()).write(tmp.resolve("seeds"));
        html = ReportAssert.read(seeds.page());
        page = ReportAssert.check(seeds);
    }

    @Test
    void summariesAreShortTables() {
        String s = seeds.toString();
        assertTrue(s.startsWith("Report " + seeds.page() + ": 18 sections, " + seeds.tables().size() + " tables"), s);
        assertTrue(s.contains("  table ") && s.contains("  overview ") && s.contains("more tables"), s);
        assertTrue(s.lines().count() <= 15, s);
        assertEquals("ReportBuilder: \"Seeds\", 5 documents, 18 sections, gold annotation: yes",
                ReportBuilder.of(Corpus.seeds()).title("Seeds").gold(GoldAnnotation.of(List.of())).toString());
    }

    @Test
    void standardSectionsInPageOrder() {
        assertEquals(List.of("overview", "documents", "anchors", "frequency", "keywords", "collocations", "synopsis", "links",
                "evaluation", "salience", "log-odds-concepts", "log-odds-lemmas", "frames", "stance", "agency", "divergences",
                "cluster-framing", "map"), seeds.sections());
        for (String id : seeds.sections()) assertTrue(html.contains("<a href=\"#" + id + "\">"), "table of contents links " + id);
        assertEquals(5, seeds.sources().size());
        assertTrue(Files.isRegularFile(seeds.folder().resolve("sources/en-essay.html")));
    }

    @Test
    void everyTableHasItsCsvAndJson() throws IOException {
        List<String> bases = seeds.tables().stream().map(SectionContent.ReportTable::base).toList();
        assertTrue(bases.containsAll(List.of("overview", "overview-documents", "documents", "anchors-by-type", "anchors-entities",
                "anchors-concepts", "synopsis-events", "synopsis-passages", "links-pairs", "links", "evaluation")), bases.toString());
        assertEquals(bases.size(), bases.stream().distinct().count(), "unique file names");
        for (SectionContent.ReportTable t : seeds.tables()) {
            JsonNode json = new ObjectMapper().readTree(seeds.folder().resolve(t.json()).toFile());
            assertEquals(t.table().size(), json.size(), t.json());
            List<String> csv = Files.readAllLines(seeds.folder().resolve(t.csv()));
            assertEquals(String.join(",", t.table().columns()), csv.get(0), t.csv());
        }
        // the links table holds every link of the alignment, with the TSV columns of parallax align
        Table links = seeds.tables().stream().filter(t -> t.base().equals("links")).findFirst().orElseThrow().table();
        assertEquals(List.of("source_doc", "source_first_line", "source_last_line", "target_doc", "target_first_line",
                "target_last_line", "score", "evidence"), links.columns());
        assertTrue(links.size() > 50, "links: " + links.size());
    }

    static Table table(String base) {
        return seeds.tables().stream().filter(t -> t.base().equals(base)).findFirst().orElseThrow(() -> new AssertionError(base)).table();
    }

    @Test
    void statisticsSections() {
        // frequency: lemmas without stopwords; Stalin is the most frequent, in all five documents
        Table freq = table("frequency");
        assertEquals(List.of("term", "freq", "per_million", "range", "dp", "dp_norm", "juilland_d"), freq.columns());
        assertEquals("Stalin", freq.get(0, "term"));
        assertEquals(5, ((Number) freq.get(0, "range")).intValue());
        for (List<Object> row : freq.rows()) assertFalse(List.of("the", "di", "de", "and").contains(row.get(0)), "stopword " + row);
        // keywords: only the English documents have a same-language reference, 15 at most each, all positive
        Table kw = table("keywords");
        assertEquals(java.util.Set.of("en-wikipedia", "en-essay", "en-encyclopedia"),
                kw.rows().stream().map(r -> (String) r.get(0)).collect(java.util.stream.Collectors.toSet()));
        for (List<Object> row : kw.rows()) {
            assertTrue(((Number) kw.get(kw.rows().indexOf(row), "log_ratio")).doubleValue() > 0, row.toString());
            assertTrue(((Number) row.get(3)).longValue() >= StandardSections.KEYWORD_MIN_FREQ, row.toString());
        }
        assertTrue(kw.rows().stream().anyMatch(r -> r.get(0).equals("en-wikipedia") && r.get(2).equals("rename")), "renaming in the wiki");
        // collocations: each unordered pair once, no lemma with itself, sorted by logDice
        Table col = table("collocations");
        java.util.Set<String> pairs = new java.util.HashSet<>();
        double last = Double.POSITIVE_INFINITY;
        for (int i = 0; i < col.size(); i++) {
            String a = (String) col.get(i, "node");
            String b = (String) col.get(i, "collocate");
            assertFalse(a.equals(b), "self pair " + a);
            assertTrue(pairs.add(a.compareTo(b) < 0 ? a + " " + b : b + " " + a), "pair twice: " + a + " " + b);
            double ld = ((Number) col.get(i, "log_dice")).doubleValue();
            assertTrue(ld <= last + 1e-12, "sorted by logDice");
            last = ld;
            assertTrue(((Number) col.get(i, "o11")).longValue() >= StandardSections.COLLOCATION_MIN);
        }
        assertTrue(pairs.contains("cult personality"), "cult of personality");
    }

    @Test
    void framingSections() {
        Table frames = table("frames-frame-profiles");
        assertEquals(5 * 10, frames.size(), "five sources x ten frames");
        for (int i = 0; i < frames.size(); i++) {
            double rate = ((Number) frames.get(i, "rate_per_1000")).doubleValue();
            assertTrue(((Number) frames.get(i, "low")).doubleValue() <= rate + 1e-9 && rate <= ((Number) frames.get(i, "high")).doubleValue() + 1e-9);
        }
        assertEquals(5, table("map-source-map-sources").size());
        assertEquals(4, table("map-source-dendrogram").size(), "n - 1 merges");
        Table div = table("divergences-factual-divergences");
        assertTrue(div.rows().stream().anyMatch(r -> r.toString().contains("1962")), "the 1961/1962 body removal");
        // the divergences link both sentences to their source lines
        assertTrue(html.contains("sources/en-encyclopedia.html#L13"), "link to the encyclopedia's line 13");
        Table agency = table("agency");
        assertTrue(agency.rows().stream().anyMatch(r -> r.get(0).equals("khrushchev")));
        // one diverging log-odds chart per source
        for (String source : List.of("it-destalinizzazione", "nl-destalinisatie", "en-wikipedia", "en-essay", "en-encyclopedia")) {
            assertTrue(html.contains(source + ": z"), "log-odds chart of " + source);
        }
    }

    @Test
    void framingOfASingleDocumentHasNoMapButDoesNotFail(@TempDir Path dir) {
        ReportFiles one = ReportBuilder.of(Corpus.seeds().where("id", "en-essay")).write(dir);
        Table points = one.tables().stream().filter(t -> t.base().equals("map-source-map-sources")).findFirst().orElseThrow().table();
        assertEquals(0, points.size());
        // regression: the note gave the rows of the empty coordinates table ("this corpus gives 0"), not the sources with counts
        assertTrue(ReportAssert.read(one.page()).contains("No map: it needs at least two sources and two frames with cue counts "
                + "(this corpus gives 1 source with counts, using 10 frames)."));
    }

    @Test
    void chartsAreInlineSvg() {
        List<Element> svgs = Xml.elements(page, "svg");
        assertTrue(svgs.size() >= 6, "charts: " + svgs.size());
        for (Element s : svgs) assertTrue(s.getAttribute("viewBox").startsWith("0 0 "), "drawn in Java with a viewBox");
        assertEquals(svgs.size(), ReportAssert.byClass(page, "figure", "chart").size(), "each chart in a figure with a caption");
    }

    @Test
    void synopsisShowsEventsSideBySideWithMarksAndSourceLinks() {
        List<Element> events = ReportAssert.byClass(page, "div", "event");
        assertFalse(events.isEmpty());
        Element first = events.get(0);
        assertEquals("event-1", first.getAttribute("id"));
        List<Element> columns = ReportAssert.byClass(page, "div", "column").stream()
                .filter(c -> c.getParentNode().getParentNode() == first).toList();
        assertTrue(columns.size() >= 2, "one column per document, at least two");
        assertTrue(first.getElementsByTagName("mark").getLength() > 0, "shared anchors marked");
        for (Element m : Xml.elements(page, "mark")) assertTrue(m.getAttribute("data-k").matches("[a-z]+:.+"), m.getAttribute("data-k"));
        List<Element> locs = ReportAssert.byClass(page, "a", "loc");
        assertFalse(locs.isEmpty());
        for (Element a : locs) assertTrue(a.getAttribute("href").matches("sources/[A-Za-z0-9._-]+\\.html#L\\d+"), a.getAttribute("href"));
        // the chips name the marked anchors
        assertTrue(first.getElementsByTagName("button").getLength() > 0);
    }

    @Test
    void sourceLinksLandOnTheRightLine() {
        Element a = ReportAssert.byClass(page, "a", "loc").get(0);
        String href = a.getAttribute("href");
        String loc = a.getTextContent();                        // it-destalinizzazione:3 or ...:3–4
        String doc = loc.substring(0, loc.lastIndexOf(':'));
        int line = Integer.parseInt(href.substring(href.indexOf("#L") + 2));
        String source = ReportAssert.read(seeds.folder().resolve(href.substring(0, href.indexOf('#'))));
        String row = source.substring(source.indexOf("<tr id=\"L" + line + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        String text = Corpus.seeds().document(doc).line(line);
        assertTrue(row.contains(Html.escape(text)), "line " + line + " of " + doc);
    }

    @Test
    void evaluationAgainstTheGold() {
        Table eval = seeds.tables().stream().filter(t -> t.base().equals("evaluation")).findFirst().orElseThrow().table();
        assertEquals("all", eval.get(0, "pair"));
        double f1 = ((Number) eval.get(0, "f1")).doubleValue();
        assertTrue(f1 > 0.3 && f1 <= 1, "f1 " + f1);
    }

    @Test
    void deterministicOutputAndAClearlyMarkedTimestamp() {
        ReportFiles again = ReportBuilder.of(Corpus.seeds()).title("Seeds").gold(gold()).write(tmp.resolve("again"));
        Map<String, byte[]> a = ReportAssert.files(seeds.folder());
        Map<String, byte[]> b = ReportAssert.files(again.folder());
        assertEquals(a.keySet(), b.keySet());
        for (String k : a.keySet()) assertArrayEquals(a.get(k), b.get(k), k + " differs between two runs");
        assertFalse(html.contains("class=\"generated\""));

        ReportFiles stamped = ReportBuilder.of(Corpus.seeds()).title("Seeds").gold(gold())
                .timestamp(Instant.parse("2024-05-01T10:00:00Z")).write(tmp.resolve("stamped"));
        String s = ReportAssert.read(stamped.page());
        assertTrue(s.contains("<p class=\"generated\" id=\"generated\">Generated 2024-05-01T10:00:00Z</p>"));
        String without = s.replace("<p class=\"generated\" id=\"generated\">Generated 2024-05-01T10:00:00Z</p>\n", "");
        assertEquals(html, without, "the timestamp line is the only difference");
    }

    private static GoldAnnotation gold() {
        try {
            return seedGold();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void withoutGoldTheEvaluationSectionSaysHowToGetOne(@TempDir Path dir) {
        Corpus two = Corpus.seeds().filter(d -> d.id().equals("it-destalinizzazione") || d.id().equals("nl-destalinisatie"));
        ReportFiles f = ReportBuilder.of(two).write(dir);
        ReportAssert.check(f);
        String s = ReportAssert.read(f.page());
        assertTrue(s.contains("No gold annotation: put seeds-events.tsv"), "note on the gold");
        assertFalse(f.tables().stream().anyMatch(t -> t.base().equals("evaluation")));
    }

    @Test
    void extensionPointsPlugInWithAFewLines(@TempDir Path dir) {
        Table keyness = Table.builder("term", "log_ratio").row("stalin", 2.5).row("<b>riforma</b>", -1.25).name("keyness").build();
        Table frames = Table.builder("frame", "doc", "share", "lo", "hi")
                .row("conflict", "it", 0.3, 0.2, 0.4).row("conflict", "en", 0.1, 0.05, 0.2).name("frames").build();
        Table stance = Table.builder("item", "doc", "score").row("reform", "it", 0.4).row("reform", "en", -0.2).name("stance").build();
        Table points = Table.builder("doc", "x", "y").row("it", -0.4, 0.1).row("nl", -0.3, 0.2).row("en", 0.7, -0.3).name("points").build();
        Table merges = org.parallax.report.chart.Dendrogram.mergeTable(new int[][] {{0, 1}, {2, 3}}, new double[] {0.2, 0.9});
        Corpus one = Corpus.seeds().filter(d -> d.id().equals("nl-destalinisatie"));
        ReportFiles f = ReportBuilder.of(one).sections(List.of(
                StandardSections.ranking("keyness", "Keywords", "Log ratio against the rest.", ctx -> keyness, "term", "log_ratio"),
                StandardSections.intervals("frames", "Frame profiles", null, ctx -> frames, "frame", "share", "lo", "hi", "doc"),
                StandardSections.grouped("stance", "Stance", null, ctx -> stance, "item", "doc", "score"),
                StandardSections.sourceMap("map", "Map of sources", "Close sources tell alike.", ctx -> points, "x", "y", "doc",
                        ctx -> merges, "left", "right", "height")))
                .write(dir);
        Document d = ReportAssert.check(f);
        assertEquals(List.of("keyness", "frames", "stance", "map"), f.sections());
        assertEquals(List.of("keyness", "frames", "stance", "map-points", "map-merges"),
                f.tables().stream().map(SectionContent.ReportTable::base).toList());
        assertEquals(5, Xml.elements(d, "svg").size(), "bars, intervals, grouped bars, scatter, dendrogram");
        assertTrue(ReportAssert.read(f.page()).contains("&lt;b&gt;riforma&lt;/b&gt;"));
        assertEquals(3, Xml.elements(d, "circle").size());
    }

    @Test
    void customSectionsAndSharedResults(@TempDir Path dir) {
        int[] computed = {0};
        ReportSection a = new ReportSection() {
            @Override
            public String title() { return "First & <second>"; }

            @Override
            public void render(ReportContext ctx, SectionContent out) {
                Table t = ctx.shared("freq", () -> {
                    computed[0]++;
                    return Table.builder("w", "n").row("a", 1).build();
                });
                out.heading("<h1>").paragraph("a & b").note("\"note\"").table(t);
                assertEquals("sources/nl-destalinisatie.html#L2", ctx.sourceLink("nl-destalinisatie", 2));
                assertEquals(null, ctx.sourceLink("nope", 2));
            }
        };
        ReportSection b = new ReportSection() {
            @Override
            public String id() { return "first-second"; }   // the same id: made unique

            @Override
            public String title() { return "Again"; }

            @Override
            public void render(ReportContext ctx, SectionContent out) {
                out.table(ctx.shared("freq", () -> {
                    computed[0]++;
                    return null;
                }));
            }
        };
        Corpus one = Corpus.seeds().filter(d -> d.id().equals("nl-destalinisatie"));
        ReportFiles f = ReportBuilder.of(one).sections(List.of(a, b)).write(dir);
        ReportAssert.check(f);
        assertEquals(1, computed[0], "a shared result is computed once");
        assertEquals(List.of("first-second", "first-second-2"), f.sections());
        assertEquals(List.of("first-second", "first-second-2"), f.tables().stream().map(SectionContent.ReportTable::base).toList());
        String s = ReportAssert.read(f.page());
        assertTrue(s.contains("<h2>First &amp; &lt;second&gt;</h2>") && s.contains("<h3>&lt;h1&gt;</h3>") && s.contains("&quot;note&quot;"));
    }

    @Test
    void aFailingSectionIsNamed(@TempDir Path dir) {
        ReportSection bad = new ReportSection() {
            @Override
            public String title() { return "Broken analysis"; }

            @Override
            public void render(ReportContext ctx, SectionContent out) { throw new IllegalStateException("no data"); }
        };
        ReportException e = assertThrows(ReportException.class,
                () -> ReportBuilder.of(Corpus.seeds().filter(d -> d.id().startsWith("nl"))).sections(List.of(bad)).write(dir));
        assertEquals("section 'Broken analysis' failed: no data", e.getMessage());
    }

    @Test
    void aFolderThatCannotBeCreatedIsAReportException(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x");
        ReportException e = assertThrows(ReportException.class,
                () -> ReportBuilder.of(Corpus.seeds()).sections(List.of()).write(file.resolve("sub")));
        assertTrue(e.getMessage().startsWith("cannot create the report folder " + file.resolve("sub")), e.getMessage());
    }

    @Test
    void progressCountsSectionsTablesSourcesAndThePage(@TempDir Path dir) {
        java.io.StringWriter out = new java.io.StringWriter();
        ProgressBar p = new ProgressBar(new java.io.PrintWriter(out), false, () -> 0L);
        Corpus one = Corpus.seeds().filter(d -> d.id().startsWith("nl"));
        ReportBuilder.of(one).sections(StandardSections.corpus()).progress(p).write(dir);
        assertEquals("report:   0%  1/6 Corpus overview\nreport: 100%  done\n", out.toString());
        assertEquals(Arrays.asList("overview", "documents", "anchors"),
                StandardSections.corpus().stream().map(ReportSection::id).toList());
    }
}

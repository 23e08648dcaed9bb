package org.parallax.align.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.align.Evidence;
import org.parallax.align.Link;
import org.parallax.align.LinkFormats;
import org.parallax.align.Passage;
import org.parallax.core.CorpusException;
import org.parallax.core.Language;
import org.parallax.core.anchor.AnchorType;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Java evaluation against {@code score_links.py} itself (a copy in the test resources), run with the
 * {@code python3} found on the PATH: every number of {@code --json} agrees to 1e-12 and the text table
 * agrees byte for byte. Fixtures: the seeds gold with generated link files (every pair of gold lines
 * across documents; pseudo-random spans and scores with ties, NaN and infinities, empty spans, unknown
 * documents; links inside one document only; no links; odd number syntax, quoted fields and line
 * endings; an aligner-like file written by {@link LinkFormats}), and the parallel fixture (verse-like
 * gold with 2-1, 1-2 and non-contiguous beads and a deleted verse), each with and without the manifest
 * and with and without {@code --strict}. Skipped, with a message, when python3 is not installed.
 */
class ScoreLinksAgreementTest {
    static final Path SEEDS = Path.of("..", "seeds");
    static final List<String> SEED_DOCS = List.of("it-destalinizzazione", "nl-destalinisatie", "en-wikipedia", "en-essay", "en-encyclopedia");
    static final String HEADER = String.join("\t", LinkFormats.COLUMNS) + "\n";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path python;
    static Path script;

    static final String NO_PYTHON = "python3 not found on the PATH: skipping the agreement with score_links.py";

    @BeforeAll
    static void setUp() throws IOException {
        python = findPython();
        if (python == null) {
            System.err.println(ScoreLinksAgreementTest.class.getSimpleName() + ": " + NO_PYTHON);
            return;
        }
        script = dir.resolve("score_links.py");
        try (InputStream in = ScoreLinksAgreementTest.class.getResourceAsStream("score_links.py")) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        Path par = Files.createDirectories(dir.resolve("parallel"));
        for (String f : List.of("gold.tsv", "corpus.tsv", "links-beads.tsv", "links-split.tsv", "links-reversed.tsv",
                "links-shifted.tsv", "links-dense.tsv")) {
            copyResource("parallel/" + f, par.resolve(f));
        }
        Path tiny = Files.createDirectories(dir.resolve("tiny"));
        for (String f : List.of("gold.tsv", "corpus.tsv", "links.tsv")) copyResource("tiny/" + f, tiny.resolve(f));
        writeSeedLinks();
    }

    /** Every test is skipped, with the reason, when there is no python3 (rather than the class vanishing from the counts). */
    @BeforeEach
    void needsPython() {
        Assumptions.assumeTrue(python != null, NO_PYTHON);
    }

    static Path findPython() {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String d : path.split(java.io.File.pathSeparator)) {
            if (d.isEmpty()) continue;
            for (String name : List.of("python3", "python3.exe")) {
                Path p = Path.of(d, name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) return p;
            }
        }
        return null;
    }

    static void copyResource(String name, Path to) throws IOException {
        try (InputStream in = ScoreLinksAgreementTest.class.getResourceAsStream(name)) {
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    // ---------------------------------------------------------------- generated link files for the seeds

    /** Number of lines of each seed file (an upper bound for spans). */
    static int lineCount(String doc) {
        try {
            return (int) Files.readString(SEEDS.resolve(doc + ".txt"), StandardCharsets.UTF_8).lines().count();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static void writeSeedLinks() throws IOException {
        GoldAnnotation gold = GoldAnnotation.read(SEEDS.resolve("seeds-events.tsv"));
        // every pair of annotated lines across documents, one direction, scores with many ties
        StringBuilder pairs = new StringBuilder(HEADER);
        List<String> docs = List.copyOf(gold.documents());
        for (int i = 0; i < docs.size(); i++) {
            for (int j = i + 1; j < docs.size(); j++) {
                for (int l1 : gold.lineEvents(docs.get(i)).keySet()) {
                    for (int l2 : gold.lineEvents(docs.get(j)).keySet()) {
                        double score = ((l1 * 7 + l2 * 3) % 5) / 4.0;
                        boolean flip = (l1 + l2) % 4 == 0; // some written target -> source
                        String a = docs.get(i) + "\t" + l1 + "\t" + l1;
                        String b = docs.get(j) + "\t" + l2 + "\t" + l2;
                        pairs.append(flip ? b : a).append('\t').append(flip ? a : b).append('\t').append(score).append("\tpair\n");
                    }
                }
            }
        }
        write("seeds-gold-pairs.tsv", pairs);

        // pseudo-random links: random spans (some empty), documents outside the gold and the manifest, links inside
        // one document, scores from a small set (ties) with a few NaN and infinities
        Random rnd = new Random(20240611L);
        List<String> all = new ArrayList<>(SEED_DOCS);
        all.add("xx-unlisted");
        String[] scores = {"0.25", "0.5", "0.5", "0.75", "1.0", "1", "nan", "inf", "-inf", "0.1", "0.2", "0.30000000000000004"};
        StringBuilder random = new StringBuilder(HEADER);
        for (int n = 0; n < 1500; n++) {
            String s = all.get(rnd.nextInt(all.size()));
            String t = rnd.nextInt(12) == 0 ? s : all.get(rnd.nextInt(all.size()));
            random.append(span(rnd, s)).append('\t').append(span(rnd, t)).append('\t');
            random.append(rnd.nextInt(5) == 0 ? String.valueOf(rnd.nextDouble()) : scores[rnd.nextInt(scores.length)]);
            random.append("\trandom ").append(n).append('\n');
            if (n % 250 == 0) random.append(s).append("\tx\ty\t").append(s).append("\t\t\tnan?\tskipped unread\n");
        }
        write("seeds-random.tsv", random);

        // links inside one document only: no link is evaluated
        StringBuilder within = new StringBuilder(HEADER);
        for (String d : SEED_DOCS) within.append(d).append("\t1\t1\t").append(d).append("\t2\t3\t0.9\tsame\n");
        // the script compares the documents first and never reads the numbers of such a row
        within.append("en-essay\tone\t\ten-essay\t1.5\t-\tnot a score\tsame\n");
        write("seeds-within.tsv", within);

        write("seeds-empty.tsv", new StringBuilder(HEADER));

        // number syntax, quotes and line endings that Python's csv, int() and float() accept
        write("seeds-syntax.tsv", new StringBuilder("evidence\t" + HEADER.replace("\tevidence", "").replace("\n", "\r\n"))
                .append("\"quoted\ttab\r\nand line break\"\tit-destalinizzazione\t+4\t 5 \ten-wikipedia\t1_7\t28\t NaN \r\n")
                .append("\r\n")
                .append("plain \"inner\" quotes\tit-destalinizzazione\t4\t5\ten-wikipedia\t17\t17\t0.5\r")
                .append("x\tit-destalinizzazione\t1\t1\tnl-destalinisatie\t2\t2\t-Infinity\n")
                .append("x\tnl-destalinisatie\t\u0662\t\u0662\tit-destalinizzazione\t1\t1\t1E+0\n")
                .append("x\tnl-destalinisatie\t3\t3\ten-essay\t16\t24\t\u00a0.5e1\n")
                .append("x\tnl-destalinisatie\t3\t3\ten-essay\t20\t20\t5.\n")
                .append("x\ten-essay\t16\t20\tnl-destalinisatie\t3\t3\t5.000\n"));

        // what an aligner writes: LinkFormats with evidence (quotes, tabs escaped), random spans
        write("seeds-aligner.tsv", new StringBuilder(linkFormatsText(alignerLinks())));
    }

    static List<Link> alignerLinks() {
        Random rnd = new Random(7L);
        List<Link> links = new ArrayList<>();
        Language[] langs = {Language.IT, Language.NL, Language.EN, Language.EN, Language.EN};
        for (int n = 0; n < 300; n++) {
            int si = rnd.nextInt(5);
            int ti = rnd.nextInt(5);
            Passage s = passage(rnd, n * 2, SEED_DOCS.get(si), langs[si]);
            Passage t = passage(rnd, n * 2 + 1, SEED_DOCS.get(ti), langs[ti]);
            double score = rnd.nextInt(4) == 0 ? 0.5 : Math.round(rnd.nextDouble() * 1000) / 1000.0;
            links.add(new Link(s, t, score, List.of(new Evidence(AnchorType.TIME, "1956", "\"1956\"", "1956\tfeb", 0.5))));
        }
        return links;
    }

    static Passage passage(Random rnd, int index, String doc, Language lang) {
        int max = lineCount(doc);
        int first = 1 + rnd.nextInt(max);
        int last = Math.min(max, first + rnd.nextInt(3));
        return new Passage(index, doc, lang, first, last, 0, 1, "text");
    }

    static String linkFormatsText(List<Link> links) {
        java.io.StringWriter w = new java.io.StringWriter();
        try {
            LinkFormats.writeTsv(links, w);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return w.toString();
    }

    static String span(Random rnd, String doc) {
        int max = doc.startsWith("xx") ? 20 : lineCount(doc);
        int first = 1 + rnd.nextInt(max);
        int last = rnd.nextInt(20) == 0 ? first - 1 - rnd.nextInt(2) : Math.min(max + 1, first + rnd.nextInt(4));
        return doc + "\t" + first + "\t" + last;
    }

    static void write(String name, CharSequence text) throws IOException {
        try (Writer w = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8)) {
            w.append(text);
        }
    }

    // ---------------------------------------------------------------- the cases

    static Stream<Arguments> seedCases() {
        List<Arguments> out = new ArrayList<>();
        for (String links : List.of("seeds-gold-pairs.tsv", "seeds-random.tsv", "seeds-within.tsv", "seeds-empty.tsv",
                "seeds-syntax.tsv", "seeds-aligner.tsv")) {
            for (boolean manifest : new boolean[] {false, true}) {
                for (boolean strict : new boolean[] {false, true}) out.add(Arguments.of(links, manifest, strict));
            }
        }
        return out.stream();
    }

    static Stream<Arguments> parallelCases() {
        List<Arguments> out = new ArrayList<>();
        for (String links : List.of("links-beads.tsv", "links-split.tsv", "links-reversed.tsv", "links-shifted.tsv", "links-dense.tsv")) {
            for (boolean manifest : new boolean[] {false, true}) {
                for (boolean strict : new boolean[] {false, true}) out.add(Arguments.of(links, manifest, strict));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "seeds gold, {0}, manifest {1}, strict {2}")
    @MethodSource("seedCases")
    void seedsAgree(String links, boolean manifest, boolean strict) throws Exception {
        agree(SEEDS.resolve("seeds-events.tsv"), dir.resolve(links), manifest ? SEEDS.resolve("corpus.tsv") : null, strict);
    }

    @ParameterizedTest(name = "parallel gold, {0}, manifest {1}, strict {2}")
    @MethodSource("parallelCases")
    void parallelAgrees(String links, boolean manifest, boolean strict) throws Exception {
        Path par = dir.resolve("parallel");
        agree(par.resolve("gold.tsv"), par.resolve(links), manifest ? par.resolve("corpus.tsv") : null, strict);
    }

    @Test
    void tinyFixtureAgrees() throws Exception {
        Path t = dir.resolve("tiny");
        for (boolean strict : new boolean[] {false, true}) {
            agree(t.resolve("gold.tsv"), t.resolve("links.tsv"), null, strict);
            agree(t.resolve("gold.tsv"), t.resolve("links.tsv"), t.resolve("corpus.tsv"), strict);
        }
    }

    @Test
    void theFixturesAreNotTrivial() throws Exception {
        // guard against fixtures that agree because they score nothing
        EvaluationResult pairs = Evaluation.evaluate(SEEDS.resolve("seeds-events.tsv"), dir.resolve("seeds-gold-pairs.tsv"),
                SEEDS.resolve("corpus.tsv"), true);
        assertEquals(1.0, pairs.all().recall());
        assertTrue(pairs.all().precision() > 0.05 && pairs.all().precision() < 0.95, pairs.toString());
        assertTrue(pairs.all().pAt1() > 0.05 && pairs.all().pAt1() < 0.95, pairs.toString());
        assertTrue(pairs.all().strictF1() > 0, pairs.toString());
        assertEquals(List.of("all", "en-en", "en-it", "en-nl", "it-nl"), pairs.rows().stream().map(EvaluationResult.Row::pair).toList());
        EvaluationResult random = Evaluation.evaluate(SEEDS.resolve("seeds-events.tsv"), dir.resolve("seeds-random.tsv"),
                SEEDS.resolve("corpus.tsv"), true);
        assertTrue(random.row("?-en").isPresent(), random.toString()); // links to the unlisted document
        assertTrue(random.all().pAt1() > 0 && random.all().recall() > 0, random.toString());
        Path par = dir.resolve("parallel");
        EvaluationResult beads = Evaluation.evaluate(par.resolve("gold.tsv"), par.resolve("links-beads.tsv"), par.resolve("corpus.tsv"), true);
        // 12 gold pairs (V06 is deleted); P@1 cases: 13 it lines and 11 en lines; 10 beads, of which V13's {13, 15} ~ {11}
        // is not a span, so the near-miss link 13-15 ~ 11 is not strict
        assertEquals(new EvaluationResult.Counts("all", 10, 10, 12, 12, 24, 24, 10, 9), beads.counts("all").orElseThrow());
        EvaluationResult split = Evaluation.evaluate(par.resolve("gold.tsv"), par.resolve("links-split.tsv"), par.resolve("corpus.tsv"), true);
        // the split 2-1 and 1-2 beads are right but not strict; the deleted verse's link is wrong; 6 1-1 beads are strict
        assertEquals(new EvaluationResult.Counts("all", 15, 14, 12, 12, 24, 24, 10, 6), split.counts("all").orElseThrow());
    }

    /** Runs both and compares every number (1e-12) and the text table (byte for byte). */
    static void agree(Path gold, Path links, Path manifest, boolean strict) throws Exception {
        List<String> args = new ArrayList<>(List.of(gold.toString(), links.toString()));
        if (manifest != null) args.addAll(List.of("--manifest", manifest.toString()));
        if (strict) args.add("--strict");
        List<String> jsonArgs = new ArrayList<>(args);
        jsonArgs.add("--json");
        JsonNode expected = JSON.readTree(runScript(jsonArgs));
        String expectedText = runScript(args);

        EvaluationResult r = Evaluation.evaluate(GoldAnnotation.read(gold), LinkFile.read(links),
                manifest == null ? null : Evaluation.readLanguages(manifest), strict);
        String where = links.getFileName() + (manifest == null ? "" : " --manifest") + (strict ? " --strict" : "");
        assertEquals(expected.size(), r.rows().size(), where + ": rows\n" + expected + "\n" + r);
        JsonNode fromTable = JSON.readTree(r.toTable(strict).toJson());
        for (int i = 0; i < expected.size(); i++) {
            JsonNode e = expected.get(i);
            EvaluationResult.Row row = r.rows().get(i);
            String at = where + ", row " + e.get("pair").asText();
            assertEquals(e.get("pair").asText(), row.pair(), at);
            assertEquals(e.get("links").asInt(), row.links(), at + ": links");
            assertEquals(e.get("precision").asDouble(), row.precision(), 1e-12, at + ": precision");
            assertEquals(e.get("recall").asDouble(), row.recall(), 1e-12, at + ": recall");
            assertEquals(e.get("f1").asDouble(), row.f1(), 1e-12, at + ": f1");
            assertEquals(e.get("p_at_1").asDouble(), row.pAt1(), 1e-12, at + ": p_at_1");
            assertEquals(strict, e.has("strict_f1"), at);
            if (strict) assertEquals(e.get("strict_f1").asDouble(), row.strictF1(), 1e-12, at + ": strict_f1");
            // the Table route (csv/json of the command line) carries the same numbers, and the same keys
            JsonNode t = fromTable.get(i);
            List<String> keys = new ArrayList<>();
            e.fieldNames().forEachRemaining(keys::add);
            List<String> tableKeys = new ArrayList<>();
            t.fieldNames().forEachRemaining(tableKeys::add);
            assertEquals(keys, tableKeys, at);
            for (String k : keys) {
                if (k.equals("pair")) assertEquals(e.get(k).asText(), t.get(k).asText(), at);
                else assertEquals(e.get(k).asDouble(), t.get(k).asDouble(), 1e-12, at + ": table " + k);
            }
        }
        assertEquals(expectedText, r.toScriptTsv(strict), where + ": text table");
        if (links.getFileName().toString().equals("seeds-aligner.tsv")) {
            // the in-memory route gives the very same result
            EvaluationResult mem = Evaluation.evaluateLinks(GoldAnnotation.read(gold), alignerLinks(),
                    manifest == null ? null : Evaluation.readLanguages(manifest), strict);
            assertEquals(r.rows(), mem.rows(), where + ": in memory");
        }
    }

    static String runScript(List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(python.toString(), script.toString()));
        cmd.addAll(args);
        return run(cmd, 0);
    }

    static String run(List<String> cmd, int expectedCode) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timeout: " + cmd);
        String stderr = Files.readString(err);
        if (expectedCode == 0) assertEquals(0, p.exitValue(), cmd + " failed:\n" + stderr);
        else assertNotEquals(0, p.exitValue(), cmd + " should have failed; printed:\n" + out);
        return out;
    }

    // ---------------------------------------------------------------- input the script accepts, read like the script

    /**
     * {@code parallax eval}'s readers ({@link GoldAnnotation#readLikeScript}, {@link LinkFile#readLikeScript},
     * {@link LanguageLabels#read}) against the script: the same tables, byte for byte, and every number of
     * {@code --json}; returns the warnings.
     */
    static List<String> agreeLikeScript(Path gold, Path links, Path manifest, boolean strict) throws Exception {
        List<String> args = new ArrayList<>(List.of(gold.toString(), links.toString()));
        if (manifest != null) args.addAll(List.of("--manifest", manifest.toString()));
        if (strict) args.add("--strict");
        List<String> jsonArgs = new ArrayList<>(args);
        jsonArgs.add("--json");
        JsonNode expected = JSON.readTree(runScript(jsonArgs));
        String expectedText = runScript(args);
        List<String> warnings = new ArrayList<>();
        EvaluationResult r = Evaluation.evaluateLabelled(GoldAnnotation.readLikeScript(gold, warnings::add),
                LinkFile.readLikeScript(links, warnings::add).rows(),
                manifest == null ? null : LanguageLabels.read(manifest, warnings::add), strict);
        String where = gold.getFileName() + " " + links.getFileName() + (manifest == null ? "" : " --manifest " + manifest.getFileName());
        assertEquals(expectedText, r.toScriptTsv(strict), where);
        assertEquals(expected.size(), r.rows().size(), where);
        for (int i = 0; i < expected.size(); i++) {
            JsonNode e = expected.get(i);
            EvaluationResult.Row row = r.rows().get(i);
            assertEquals(e.get("pair").asText(), row.pair(), where);
            assertEquals(e.get("links").asInt(), row.links(), where);
            assertEquals(e.get("precision").asDouble(), row.precision(), 1e-12, where);
            assertEquals(e.get("recall").asDouble(), row.recall(), 1e-12, where);
            assertEquals(e.get("f1").asDouble(), row.f1(), 1e-12, where);
            assertEquals(e.get("p_at_1").asDouble(), row.pAt1(), 1e-12, where);
            if (strict) assertEquals(e.get("strict_f1").asDouble(), row.strictF1(), 1e-12, where);
        }
        return warnings;
    }

    static Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    static final String GOLD_HEADER = "event\tdoc\tfirst_line\tlast_line\n";

    @Test
    void dubiousInputTheScriptAcceptsIsScoredAsTheScriptScoresIt() throws Exception {
        Path gold = write("g_overlap.tsv", GOLD_HEADER + "e1\ta\t1\t2\ne1\tb\t1\t1\ne2\ta\t2\t3\ne2\tb\t2\t2\ne3\ta\t5\t5\n"
                + "e3\tb\t5\t5\ne3\tc\t7\t7\ne4\ta\t5\t5\ne4\tb\t6\t6\n");
        Path links = write("l_overlap.tsv", HEADER + "a\t1\t3\tb\t1\t2\t1\tx\na\t5\t5\tb\t5\t6\t1\tx\nb\t5\t6\ta\t5\t5\t2\tx\n"
                + "a\t5\t5\tc\t7\t7\t1\tx\nc\t7\t7\tb\t5\t6\t1\tx\n");
        for (boolean strict : new boolean[] {false, true}) {
            // a document listed twice: the last row wins (strict F1 above 1 here: the script's own definitions)
            List<String> dup = agreeLikeScript(gold, links, write("m_dup.tsv", "id\tfile\tlanguage\na\tf\tit\na\tf\tnl\nb\tf\ten\n"), strict);
            assertEquals(1, dup.size(), dup.toString());
            assertTrue(dup.get(0).contains("m_dup.tsv:3: document 'a' is listed again (first on line 2)"), dup.toString());
            // no file column, languages that are no ISO codes (kept as written)
            List<String> extra = agreeLikeScript(gold, links, write("m_extra.tsv", "language\tid\na-b\ta\n?\tb\n"), strict);
            assertEquals(2, extra.size(), extra.toString());
            assertTrue(extra.get(0).contains("m_extra.tsv:2: 'a-b' (document 'a') is not an ISO 639 code"), extra.toString());
        }
        // ids and languages beyond the BMP and in full width: rows sorted by code point, as Python sorts strings
        Path goldIds = write("g_ids.tsv", GOLD_HEADER + "e1\t\uD835\uDD10\t1\t1\ne1\t\uFF21\t1\t1\ne2\t\uD835\uDD10\t2\t3\n"
                + "e2\t\uFF21\t2\t2\ne3\t x\t1\t1\ne3\tx \t1\t1\n");
        Path linksIds = write("l_ids.tsv", HEADER + "\uD835\uDD10\t1\t1\t\uFF21\t1\t1\t1\tx\n\uFF21\t2\t2\t\uD835\uDD10\t2\t3\t1\tx\n"
                + " x\t1\t1\tx \t1\t1\t1\tx\n");
        Path manIds = write("m_ids.tsv", "id\tfile\tlanguage\n\uD835\uDD10\tf\t\uD835\uDD10\n\uFF21\tf\t\uFF21\n x\tf\tEN\nx \tf\ten\n");
        agreeLikeScript(goldIds, linksIds, manIds, true);
        agreeLikeScript(goldIds, linksIds, null, true);
        // an inverted gold range covers no line; an inverted link span is a link that covers no line
        Path rev = write("g_rev.tsv", GOLD_HEADER + "e1\ta\t3\t1\ne1\tb\t1\t1\ne2\ta\t4\t4\ne2\tb\t2\t2\ne2\ta\t4\t4\n");
        Path linksRev = write("l_rev.tsv", HEADER + "a\t4\t4\tb\t2\t2\t1\tx\na\t1\t3\tb\t1\t1\t1\tx\na\t3\t1\tb\t1\t1\t5\tx\n"
                + "b\t2\t2\ta\t4\t4\t1\tx\n");
        for (boolean strict : new boolean[] {false, true}) {
            List<String> w = agreeLikeScript(rev, linksRev, null, strict);
            assertTrue(w.contains(rev + ":2: inverted line range 3-1 covers no line; left out, as score_links.py reads it"), w.toString());
            assertTrue(w.stream().anyMatch(x -> x.startsWith(linksRev + ":4: inverted span")), w.toString());
        }
        // line 0, negative lines and an empty event, which the script keeps
        Path odd = write("g_odd.tsv", GOLD_HEADER + "\ta\t0\t1\n\tb\t-1\t0\ne2\ta\t2\t2\ne2\tb\t1\t1\n");
        Path linksOdd = write("l_odd.tsv", HEADER + "a\t0\t0\tb\t-1\t0\t1\tx\na\t2\t2\tb\t1\t1\t0.5\tx\n");
        agreeLikeScript(odd, linksOdd, null, true);
        // no links at all, a header with no rows and links inside one document only without the number columns
        agreeLikeScript(gold, write("l_empty.tsv", ""), null, true);
        agreeLikeScript(gold, write("l_header.tsv", HEADER), null, true);
        List<String> self = agreeLikeScript(gold, write("l_self.tsv", "source_doc\ttarget_doc\na\ta\n"), null, true);
        assertTrue(self.get(0).contains("links header lacks source_first_line"), self.toString());
        agreeLikeScript(write("g_empty.tsv", ""), links, null, true);
    }

    @Test
    void whereTheScriptFailsOnAManifestTheEvalReaderFailsToo() throws Exception {
        Path gold = SEEDS.resolve("seeds-events.tsv");
        Path links = dir.resolve("seeds-gold-pairs.tsv");
        Path noLanguage = write("m_nolang.tsv", "id\tfile\nen-essay\tf\n");
        run(List.of(python.toString(), script.toString(), gold.toString(), links.toString(), "--manifest", noLanguage.toString()), 1);
        CorpusException e = assertThrows(CorpusException.class, () -> LanguageLabels.read(noLanguage, w -> {}));
        assertTrue(e.getMessage().startsWith(noLanguage + ":1: manifest header lacks the column language"), e.getMessage());
        // a row without its language: the script fails when it needs that document's pair
        Path shortRow = write("m_short.tsv", "id\tfile\tlanguage\nen-essay\tf\n");
        run(List.of(python.toString(), script.toString(), gold.toString(), links.toString(), "--manifest", shortRow.toString()), 1);
        LanguageLabels labels = LanguageLabels.read(shortRow, w -> {});
        CorpusException s = assertThrows(CorpusException.class, () -> Evaluation.evaluateLabelled(GoldAnnotation.read(gold),
                LinkFile.read(links).rows(), labels, false));
        assertTrue(s.getMessage().startsWith(shortRow + ":2: no language for document 'en-essay'"), s.getMessage());
        // a manifest without rows needs no columns
        Path headerOnly = write("m_header.tsv", "id\n");
        agreeLikeScript(gold, links, headerOnly, false);
    }

    // ---------------------------------------------------------------- input the script refuses, Java refuses too

    @Test
    void whereTheScriptFailsJavaFailsNamingTheLine() throws Exception {
        Path gold = SEEDS.resolve("seeds-events.tsv");
        Map<String, String> bad = new LinkedHashMap<>();
        String h = String.join("\t", LinkFile.COLUMNS) + "\n";
        bad.put("bad-int.tsv", h + "a\t1\t1\tb\t1\t1\t1\na\t1.0\t1\tb\t1\t1\t1\n");
        bad.put("bad-float.tsv", h + "a\t1\t1\tb\t1\t1\t0x1p3\n");
        bad.put("bad-suffix.tsv", h + "a\t1\t1\tb\t1\t1\t1.5d\n");
        bad.put("short-row.tsv", h + "a\t1\t1\tb\t1\t1\n");
        bad.put("no-column.tsv", "source_doc\ttarget_doc\tscore\na\tb\t1\n");
        bad.put("bom.tsv", "\uFEFF" + h + "a\t1\t1\tb\t1\t1\t1\n");
        bad.put("bad-utf8.tsv", null);
        for (Map.Entry<String, String> e : bad.entrySet()) {
            Path f = dir.resolve(e.getKey());
            if (e.getValue() == null) Files.write(f, (h + "a\t1\t1\tb\t1\t1\t1\n\u00e8\t").getBytes(StandardCharsets.ISO_8859_1));
            else Files.writeString(f, e.getValue(), StandardCharsets.UTF_8);
            run(List.of(python.toString(), script.toString(), gold.toString(), f.toString()), 1);
            CorpusException ex = assertThrows(CorpusException.class, () -> LinkFile.read(f), e.getKey());
            assertTrue(ex.getMessage().startsWith(f + ":"), ex.getMessage());
            assertTrue(ex.line() >= 1, ex.getMessage());
        }
    }

    // ---------------------------------------------------------------- the readers against Python's csv, int() and float()

    @Test
    void csvReadingAgreesWithPython() throws Exception {
        List<String> texts = List.of(
                "a\tb\tc\n1\t2\t3\n",
                "a\tb\n\"x\ty\"\t\"line\nbreak\"\n\n\n\"q\"\"uote\"\tz\n",
                "a\tb\r\n1\t2\r\n\r\n3\t4",
                "a\tb\r1\t2\r3\t4\r",
                "a\tb\ta\n1\t2\t3\n4\t5\n6\n",
                "a\tb\nx\"y\tz\"\n\"ab\"cd\tq\n",
                "a\tb\n\"unclosed\tfield\nruns\tto the end",
                "a\tb\n \t \n\t\n1\t2\t3\t4\n",
                "a\tb\n\"\"\t\"\"\"\"\n\u00e8\u20ac\ud83d\ude00\t\u0000x\n");
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            Path f = dir.resolve("csv" + i + ".tsv");
            Files.writeString(f, texts.get(i), StandardCharsets.UTF_8);
            names.append(i == 0 ? "" : ",").append('"').append(f.toString().replace("\\", "\\\\")).append('"');
        }
        String py = "import csv, json\n"
                + "out = []\n"
                + "for p in [" + names + "]:\n"
                + "    with open(p, newline='', encoding='utf-8') as f:\n"
                + "        out.append([{k: v for k, v in r.items() if k is not None} for r in csv.DictReader(f, delimiter='\\t')])\n"
                + "print(json.dumps(out))\n";
        JsonNode expected = JSON.readTree(run(List.of(python.toString(), "-c", py), 0));
        for (int i = 0; i < texts.size(); i++) {
            PythonTsv.Dict d = PythonTsv.parse(texts.get(i), null);
            List<Map<String, String>> rows = new ArrayList<>();
            for (PythonTsv.Record r : d.rows()) {
                Map<String, String> m = new LinkedHashMap<>();
                for (String c : d.header().fields()) m.put(c, d.value(r, c));
                rows.add(m);
            }
            List<Map<String, String>> want = new ArrayList<>();
            for (JsonNode r : expected.get(i)) {
                Map<String, String> m = new LinkedHashMap<>();
                r.fields().forEachRemaining(f -> m.put(f.getKey(), f.getValue().isNull() ? null : f.getValue().asText()));
                want.add(m);
            }
            assertEquals(want, rows, "text " + i + ": " + texts.get(i));
        }
    }

    @Test
    void numberSyntaxAgreesWithPython() throws Exception {
        List<String> samples = List.of("1", " 1 ", "+1", "-1", "007", "1_0", "_1", "1_", "1__0", "\u001c1", "\u00a01\u00a0", "\u0663",
                "\uff13", "0x10", "1.0", "", " ", "- 1", "\u20071", "1\u200b", "2147483647", "1.5", ".5", "5.", ".", "e5", "1e5",
                "1E+5", "1e-5", "1_0.5", "1_.5", "1._5", "1e1_0", "inf", "-Infinity", "INF", "nan", "-NaN", "+nan", "infinit",
                "0x1p3", "1.5d", "1.5f", " 2 ", "\u00a02", "\u0663.5", "nan_", "1e", "1e+", "+.5", "-.5e-3", "1_e5", "1e_5",
                "1.e5", ".e5", "1e400", "-1e400", "4.9e-325", "0.1", "0.30000000000000004", "123456789012345678901234567890",
                "\u0085 3 \u2028", "Infinity ", "-0", "-0.0");
        StringBuilder lit = new StringBuilder();
        for (String s : samples) {
            lit.append(lit.length() == 0 ? "" : ",").append('"');
            for (char c : s.toCharArray()) lit.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            lit.append('"');
        }
        String py = "import json, math\n"
                + "def i(s):\n    try: return int(s)\n    except ValueError: return None\n"
                + "def f(s):\n    try:\n        x = float(s)\n        return 'nan' if math.isnan(x) else repr(x)\n"
                + "    except ValueError: return None\n"
                + "print(json.dumps([[str(i(s)) if i(s) is not None else None, f(s)] for s in [" + lit + "]]))\n";
        JsonNode expected = JSON.readTree(run(List.of(python.toString(), "-c", py), 0));
        for (int k = 0; k < samples.size(); k++) {
            String s = samples.get(k);
            JsonNode e = expected.get(k);
            String label = "'" + s + "'";
            Integer javaInt = PythonTsv.parseInt(s);
            if (e.get(0).isNull()) assertEquals(null, javaInt, label);
            else if (PythonTsv.isLargeInt(s)) assertFalse(e.get(0).asText().length() < 10, label);
            else assertEquals(e.get(0).asText(), String.valueOf(javaInt), label);
            Double javaFloat = PythonTsv.parseFloat(s);
            if (e.get(1).isNull()) assertEquals(null, javaFloat, label);
            else if (e.get(1).asText().equals("nan")) assertTrue(javaFloat.isNaN(), label);
            else assertEquals(Double.parseDouble(e.get(1).asText().replace("inf", "Infinity")), javaFloat, label);
        }
    }
}

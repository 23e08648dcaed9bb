package org.parallax.align.parallel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.parallax.align.eval.EvaluationResult;
import org.parallax.align.eval.PerturbedBitext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parallax.align.LinkFormats;
import org.parallax.core.Document;
import org.parallax.core.Language;
import org.parallax.core.anchor.BilingualDictionary;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Strict bead F1 of the parallel aligner on the New Testament ({@code shared/data/bible-nt}): Mark, Romans
 * and Revelation (1,517 verses in the Italian file, 1,515 in the English, 1,516 in the Dutch), one verse
 * per line, the target side perturbed with seed 42 (each verse deleted with probability 0.02, otherwise
 * merged with the next with probability 0.02); see {@link BibleData}. The F1 is computed as
 * {@code score_links.py --strict} does, and checked against the script itself when {@code python3} is
 * available (otherwise that check is skipped with an Assumptions message).
 */
class BibleAlignmentTest {
    private static Path dir;

    @BeforeAll
    static void data() {
        dir = BibleData.dir();
        Assumptions.assumeTrue(dir != null,
                "shared/data/bible-nt not found above the working directory (or -Dparallax.bible): Bible test skipped");
    }

    /** The pair and its alignment, computed once per pair for both tests. */
    private record Result(PerturbedBitext pair, ParallelAlignment alignment) {}

    private static final java.util.Map<String, Result> RESULTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Result result(String src, String tgt) {
        return RESULTS.computeIfAbsent(src + "-" + tgt, k -> {
            PerturbedBitext p = BibleData.pair(dir, src, tgt, BibleData.BOOKS, 42, 0.02, 0.02);
            Document s = Document.of(src, Language.of(src), p.source().text());
            Document t = Document.of(tgt, Language.of(tgt), p.target().text());
            return new Result(p, ParallelAligner.builder().unit(Unit.LINE).build().align(s, t));
        });
    }

    @ParameterizedTest(name = "{0}-{1}")
    @CsvSource({"it, en", "nl, en", "it, nl"})
    void strictF1AtLeast099(String src, String tgt) {
        Result r = result(src, tgt);
        PerturbedBitext p = r.pair();
        ParallelAlignment a = r.alignment();
        EvaluationResult.Counts c = p.strict(a.links());
        double f1 = p.strictF1(a.links());
        System.out.printf(Locale.ROOT, "Bible %s-%s (%s, seed 42): %d source lines, %d target lines, %d links, %d gold beads, "
                        + "%d exact, strict F1 %.4f; beads %s; %s%n", src, tgt, String.join("+", BibleData.BOOKS),
                p.source().lines().size(), p.target().lines().size(), c.links(), c.beads(), c.strictCorrect(), f1,
                a.typeCounts(), a.stats());
        assertTrue(f1 >= 0.99, "strict F1 " + f1);
    }

    @ParameterizedTest(name = "{0}-{1}")
    @CsvSource({"it, en", "nl, en", "it, nl"})
    void strictF1AgreesWithScoreLinksPy(String src, String tgt, @TempDir Path tmp) throws Exception {
        Result r = result(src, tgt);
        double f = r.pair().strictF1(r.alignment().links());
        assertEquals(f, scoreWithPython(r.pair(), r.alignment(), tmp), 1e-12, "score_links.py --strict disagrees");
    }

    @ParameterizedTest(name = "{0}-en")
    @CsvSource({"it, cielo, heaven, terra, earth, fede, faith, peccato, sin, angelo, angel",
            "nl, hemel, heaven, aarde, earth, geloof, faith, zonde, sin, engel, angel"})
    void theLearnedDictionaryTranslatesFrequentWords(String src, String w1, String t1, String w2, String t2, String w3,
                                                     String t3, String w4, String t4, String w5, String t5) {
        ParallelAlignment a = result(src, "en").alignment();
        BilingualDictionary d = a.dictionary();
        System.out.println(d);
        assertEquals(Language.of(src), d.source());
        assertEquals(Language.EN, d.target());
        // one entry per pair the second pass used, each stem written once
        assertEquals(a.stats().dictionaryPairs(), d.headwords().stream().mapToInt(h -> d.translations(h).size()).sum());
        String[][] pairs = {{w1, t1}, {w2, t2}, {w3, t3}, {w4, t4}, {w5, t5}};
        for (String[] p : pairs) {
            // the strongest translation of each word comes first
            assertEquals(p[1], d.translations(p[0]).isEmpty() ? null : d.translations(p[0]).get(0), p[0] + " " + d.translations(p[0]));
        }
    }

    /** The copy of score_links.py in the test resources (the eval tests' fixture), or null. */
    private static Path bundledScript() {
        java.net.URL u = BibleAlignmentTest.class.getResource("/org/parallax/align/eval/score_links.py");
        try {
            return u == null || !u.getProtocol().equals("file") ? null : Path.of(u.toURI());
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** Runs score_links.py --strict on the gold and the links TSV; aborts the test (an Assumptions message) when impossible. */
    private static double scoreWithPython(PerturbedBitext p, ParallelAlignment a, Path tmp) throws IOException, InterruptedException {
        Path script = dir.getParent().getParent().resolve("tools/score_links.py");
        if (!Files.isRegularFile(script)) script = bundledScript();
        if (script == null || !Files.isRegularFile(script)) {
            Assumptions.abort("score_links.py not found at " + script + ": cross-check skipped");
        }
        Path gold = tmp.resolve("gold.tsv");
        Path links = tmp.resolve("links.tsv");
        p.writeGold(gold);
        try (Writer w = Files.newBufferedWriter(links, StandardCharsets.UTF_8)) {
            LinkFormats.writeTsv(a.links(), w);
        }
        Process proc;
        try {
            proc = new ProcessBuilder("python3", script.toString(), "--strict", "--json", gold.toString(), links.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            return Assumptions.abort("python3 is not available (" + e.getMessage() + "): cross-check with score_links.py skipped");
        }
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(proc.waitFor(120, TimeUnit.SECONDS), "score_links.py timed out");
        assertEquals(0, proc.exitValue(), out);
        // a JSON array of rows; the first is the pair "all"
        JsonNode all = new ObjectMapper().readTree(out).get(0);
        assertEquals("all", all.get("pair").asText(), out);
        assertEquals(a.links().size(), all.get("links").asInt());
        System.out.println("score_links.py --strict --json: " + all);
        return all.get("strict_f1").asDouble();
    }
}

package org.parallax.report.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvalCommandTest {
    static final String GOLD = Path.of("..", "seeds", "seeds-events.tsv").toString();
    static final String MANIFEST = Path.of("..", "seeds", "corpus.tsv").toString();

    /** Seven links on the seeds: right and wrong ones, a tie, one with no counterpart, one inside a document. */
    static Path links(Path dir) throws IOException {
        Path f = dir.resolve("links.tsv");
        Files.writeString(f, """
                source_doc\tsource_first_line\tsource_last_line\ttarget_doc\ttarget_first_line\ttarget_last_line\tscore\tevidence
                it-destalinizzazione\t4\t5\ten-wikipedia\t17\t28\t0.9\ttime:1956
                it-destalinizzazione\t1\t1\tnl-destalinisatie\t2\t2\t0.8\tentity:Stalin
                nl-destalinisatie\t3\t3\tit-destalinizzazione\t4\t4\t0.7\tconcept:speech
                it-destalinizzazione\t2\t2\ten-essay\t5\t8\t0.5\tlexical:morte
                it-destalinizzazione\t6\t6\ten-essay\t1\t1\t0.5\tnone
                en-wikipedia\t32\t34\ten-essay\t16\t24\t0.6\ttime:1956
                en-essay\t1\t3\ten-essay\t5\t8\t1.0\tsame document
                """, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void printsTheScriptsTable(@TempDir Path dir) throws IOException {
        // expected: the output of score_links.py on the same files
        CliRun r = CliRun.of("eval", GOLD, links(dir).toString(), "--manifest", MANIFEST);
        assertEquals(Parallax.OK, r.code(), r.err());
        assertEquals(List.of(
                "pair\tlinks\tprecision\trecall\tf1\tp_at_1",
                "all\t6\t0.667\t0.059\t0.108\t0.078",
                "en-en\t1\t0.000\t0.000\t0.000\t0.000",
                "en-it\t3\t0.667\t0.094\t0.164\t0.232",
                "en-nl\t0\t0.000\t0.000\t0.000\t0.000",
                "it-nl\t2\t1.000\t0.375\t0.545\t0.500"), r.lines());
        assertTrue(r.out().endsWith("0.500\n"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void strictAndWithoutManifest(@TempDir Path dir) throws IOException {
        Path links = links(dir);
        CliRun s = CliRun.of("eval", GOLD, links.toString(), "--manifest", MANIFEST, "--strict");
        assertEquals(Parallax.OK, s.code(), s.err());
        assertEquals(List.of(
                "pair\tlinks\tprecision\trecall\tf1\tp_at_1\tstrict_f1",
                "all\t6\t0.667\t0.059\t0.108\t0.078\t0.091",
                "en-en\t1\t0.000\t0.000\t0.000\t0.000\t0.000",
                "en-it\t3\t0.667\t0.094\t0.164\t0.232\t0.250",
                "en-nl\t0\t0.000\t0.000\t0.000\t0.000\t0.000",
                "it-nl\t2\t1.000\t0.375\t0.545\t0.500\t0.000"), s.lines());
        CliRun bare = CliRun.of("eval", GOLD, links.toString());
        assertEquals(List.of(
                "pair\tlinks\tprecision\trecall\tf1\tp_at_1",
                "all\t6\t0.667\t0.059\t0.108\t0.078",
                "?-?\t6\t0.667\t0.059\t0.108\t0.078"), bare.lines());
        // a corpus folder works as the manifest too
        CliRun folder = CliRun.of("eval", GOLD, links.toString(), "--manifest", Path.of("..", "seeds").toString());
        assertEquals(CliRun.of("eval", GOLD, links.toString(), "--manifest", MANIFEST).out(), folder.out());
    }

    @Test
    void csvAndJsonHaveFullPrecision(@TempDir Path dir) throws IOException {
        Path links = links(dir);
        CliRun csv = CliRun.of("eval", GOLD, links.toString(), "--manifest", MANIFEST, "--format", "csv");
        assertEquals(Parallax.OK, csv.code(), csv.err());
        assertEquals("pair,links,precision,recall,f1,p_at_1", csv.lines().get(0));
        assertEquals("it-nl,2,1.0,0.375,0.5454545454545454,0.5", csv.lines().get(5));
        String[] all = csv.lines().get(1).split(",");
        assertEquals(2.0 / 3, Double.parseDouble(all[2]));
        assertEquals(0.058823529411764705, Double.parseDouble(all[3]));
        assertEquals(0.0777027027027027, Double.parseDouble(all[5]));

        Path out = dir.resolve("scores.json");
        CliRun json = CliRun.of("eval", GOLD, links.toString(), "--manifest", MANIFEST, "--strict", "--format", "json", "--out", out.toString());
        assertEquals(Parallax.OK, json.code(), json.err());
        assertEquals("", json.out());
        String text = Files.readString(out);
        assertTrue(text.startsWith("[{\"pair\":\"all\",\"links\":6,\"precision\":0.6666666666666666,"), text);
        assertTrue(text.contains("{\"pair\":\"en-it\",\"links\":3,\"precision\":0.6666666666666666,\"recall\":0.09375,"
                + "\"f1\":0.16438356164383564,\"p_at_1\":0.23170731707317074,\"strict_f1\":0.25}"), text);
    }

    @Test
    void errorsAndExitCodes(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "source_doc\tsource_first_line\tsource_last_line\ttarget_doc\ttarget_first_line\ttarget_last_line\tscore\n"
                + "a\t1\t1\tb\t1\t1\t0.5\n"
                + "a\tone\t1\tb\t1\t1\t0.5\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.of("eval", GOLD, bad.toString());
        assertEquals(Parallax.FAILURE, r.code());
        assertEquals("parallax eval: " + bad + ":3: source_first_line is not an integer: 'one'\n", r.err());
        assertEquals("", r.out());

        Path gold = dir.resolve("gold.tsv");
        Files.writeString(gold, "event\tdoc\tfirst_line\tlast_line\nE1\td\tseven\t2\n", StandardCharsets.UTF_8);
        CliRun g = CliRun.of("eval", gold.toString(), links(dir).toString());
        assertEquals(Parallax.FAILURE, g.code());
        assertTrue(g.err().contains(gold + ":2: first_line is not an integer"), g.err());

        CliRun missing = CliRun.of("eval", GOLD, dir.resolve("none.tsv").toString());
        assertEquals(Parallax.FAILURE, missing.code());
        assertTrue(missing.err().contains(dir.resolve("none.tsv") + ": cannot read links file"), missing.err());

        Path manifest = dir.resolve("corpus.tsv");
        Files.writeString(manifest, "id\tfile\nx\tx.txt\n", StandardCharsets.UTF_8);
        CliRun m = CliRun.of("eval", GOLD, links(dir).toString(), "--manifest", manifest.toString());
        assertEquals(Parallax.FAILURE, m.code());
        assertEquals("parallax eval: " + manifest + ":1: manifest header lacks the column language (found: id, file), which "
                + "score_links.py reads on line 2\n", m.err());

        assertEquals(Parallax.USAGE, CliRun.of("eval").code());
        assertEquals(Parallax.USAGE, CliRun.of("eval", GOLD).code());
        assertEquals(Parallax.USAGE, CliRun.of("eval", GOLD, links(dir).toString(), "--format", "xml").code());
        assertEquals(Parallax.USAGE, CliRun.of("eval", GOLD, links(dir).toString(), "extra").code());
        CliRun help = CliRun.of("--help");
        assertTrue(help.out().contains("eval"), help.out());
    }

    /**
     * Input that score_links.py scores, scored as it scores it, with warnings: a duplicate manifest id, a language
     * that is no ISO code, a manifest without a file column, an inverted gold range (the script's output on these
     * files is the expected table).
     */
    @Test
    void dubiousInputIsScoredLikeTheScriptWithWarnings(@TempDir Path dir) throws IOException {
        Path gold = dir.resolve("gold.tsv");
        Files.writeString(gold, "event\tdoc\tfirst_line\tlast_line\ne1\ta\t3\t1\ne1\tb\t1\t1\ne2\ta\t4\t4\ne2\tb\t2\t2\n"
                + "e3\ta\t5\t5\ne3\tc\t7\t7\n", StandardCharsets.UTF_8);
        Path links = dir.resolve("links.tsv");
        Files.writeString(links, "source_doc\tsource_first_line\tsource_last_line\ttarget_doc\ttarget_first_line\ttarget_last_line\tscore\n"
                + "a\t4\t4\tb\t2\t2\t1\na\t1\t3\tb\t1\t1\t1\na\t5\t5\tc\t7\t7\t1\n", StandardCharsets.UTF_8);
        Path manifest = dir.resolve("m.tsv");
        Files.writeString(manifest, "language\tid\nit\ta\nnl\ta\nEnglish\tb\nen\tc\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.of("eval", gold.toString(), links.toString(), "--manifest", manifest.toString(), "--strict");
        assertEquals(Parallax.OK, r.code(), r.err());
        // python3 score_links.py --strict gold.tsv links.tsv --manifest m.tsv
        assertEquals(List.of(
                "pair\tlinks\tprecision\trecall\tf1\tp_at_1\tstrict_f1",
                "all\t3\t0.667\t1.000\t0.800\t1.000\t0.800",
                "English-nl\t2\t0.500\t1.000\t0.667\t1.000\t0.667",
                "en-nl\t1\t1.000\t1.000\t1.000\t1.000\t1.000"), r.lines());
        assertEquals(List.of(
                "parallax eval: warning: " + gold + ":2: inverted line range 3-1 covers no line; left out, as score_links.py reads it",
                "parallax eval: warning: " + manifest + ":3: document 'a' is listed again (first on line 2); its language is now "
                        + "'nl' (was 'it'), as score_links.py reads it",
                "parallax eval: warning: " + manifest + ":4: 'English' (document 'b') is not an ISO 639 code Parallax knows; the "
                        + "rows of its pairs are keyed by it as written"), r.err().lines().toList());
    }
}

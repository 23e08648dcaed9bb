package org.parallax.report.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportCommandTest {
    @Test
    void seedsReportQuietly(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("report", "seeds", "--out", out.toString(), "--quiet");
        assertEquals(Parallax.OK, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals("", r.err(), "--quiet prints nothing");
        assertTrue(Files.isRegularFile(out.resolve("report.html")));
        for (String t : new String[] {"overview", "documents", "anchors-by-type", "links", "synopsis-events", "evaluation"}) {
            assertTrue(Files.isRegularFile(out.resolve("tables/" + t + ".csv")), t);
            assertTrue(Files.isRegularFile(out.resolve("tables/" + t + ".json")), t);
        }
        assertTrue(Files.isRegularFile(out.resolve("sources/it-destalinizzazione.html")));
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<title>Parallax report: seeds</title>"));
        assertTrue(html.contains("(seeds-events.tsv)"), "the bundled gold annotation is used");
        assertFalse(html.contains("class=\"generated\""), "no timestamp by default");
    }

    @Test
    void htmlInputIsWarnedAboutOnStderrAndInTheOverview(@TempDir Path dir) throws IOException {
        Path corpus = Files.createDirectory(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("page.txt"), "<!DOCTYPE html><html><body>\n<p>Stalin <b>died</b> in 1953.</p>\n</body></html>\n");
        Files.writeString(corpus.resolve("prose.txt"), "Khrushchev denounced Stalin in 1956.\n");
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("report", corpus.toString(), "--out", out.toString(), "--quiet");
        assertEquals(Parallax.OK, r.code(), r.err());
        String file = corpus.resolve("page.txt").toAbsolutePath().normalize().toString();
        assertTrue(r.err().startsWith("parallax: warning: " + file + ": line 1: looks like HTML or XML markup"), r.err());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<p class=\"note\">Warning: " + file + ": line 1: looks like HTML or XML markup, not plain text "
                + "(it starts with &lt;!DOCTYPE html&gt;; "), "a note of the overview");
        CliRun seeds = CliRun.of("report", "seeds", "--out", dir.resolve("seeds").toString(), "--quiet");
        assertFalse(Files.readString(dir.resolve("seeds/report.html")).contains("Warning: "), seeds.err());
    }

    @Test
    void progressOnStandardErrorUnlessQuiet(@TempDir Path dir) {
        CliRun r = CliRun.of("report", "seeds", "--out", dir.toString(), "--doc", "nl-destalinisatie", "--doc", "it-destalinizzazione",
                "--timestamp");
        assertEquals(Parallax.OK, r.code(), r.err());
        // not a terminal here: plain lines, no carriage returns
        assertTrue(r.err().startsWith("report:   0%  1/"), r.err());
        assertTrue(r.err().contains("report: 100%  done\n"), r.err());
        assertFalse(r.err().contains("\r"));
        assertTrue(r.err().contains("parallax report: wrote " + dir.resolve("report.html")), r.err());
        assertTrue(ReportAssertions.read(dir.resolve("report.html")).contains("class=\"generated\""));
    }

    @Test
    void goldNextToTheManifestOrGiven(@TempDir Path dir) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("c"));
        Files.writeString(corpus.resolve("corpus.tsv"), "id\tfile\tlanguage\nen\ten.txt\ten\nit\tit.txt\tit\n");
        Files.writeString(corpus.resolve("en.txt"), "On 25 February 1956 Khrushchev gave the secret speech.\n");
        Files.writeString(corpus.resolve("it.txt"), "Il 25 febbraio 1956 Krusciov pronunciò il discorso segreto.\n");
        CliRun none = CliRun.of("report", corpus.toString(), "--out", dir.resolve("a").toString(), "-q");
        assertEquals(Parallax.OK, none.code(), none.err());
        assertFalse(Files.exists(dir.resolve("a/tables/evaluation.csv")));
        Files.writeString(corpus.resolve("seeds-events.tsv"), "event\tdoc\tfirst_line\tlast_line\nE1\ten\t1\t1\nE1\tit\t1\t1\n");
        CliRun next = CliRun.of("report", corpus.toString(), "--out", dir.resolve("b").toString(), "-q");
        assertEquals(Parallax.OK, next.code(), next.err());
        assertTrue(Files.exists(dir.resolve("b/tables/evaluation.csv")));
        Path gold = Files.writeString(dir.resolve("gold.tsv"), "event\tdoc\tfirst_line\tlast_line\nE1\ten\t1\t1\n");
        CliRun given = CliRun.of("report", corpus.toString(), "--out", dir.resolve("c2").toString(), "-q", "--gold", gold.toString());
        assertEquals(Parallax.OK, given.code(), given.err());
        assertTrue(ReportAssertions.read(dir.resolve("c2/report.html")).contains("(gold.tsv)"));
    }

    @Test
    void badFolderIsAFailure(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        CliRun r = CliRun.of("report", "seeds", "--out", file.toString(), "--quiet");
        assertEquals(Parallax.FAILURE, r.code());
        assertTrue(r.err().startsWith("parallax report: cannot write the report into " + file), r.err());
        CliRun under = CliRun.of("report", "seeds", "--out", file.resolve("sub").toString(), "--quiet");
        assertEquals(Parallax.FAILURE, under.code());
        assertTrue(under.err().contains("cannot create the report folder"), under.err());
        CliRun missing = CliRun.of("report", dir.resolve("no-corpus").toString(), "--out", dir.resolve("o").toString());
        assertEquals(Parallax.FAILURE, missing.code());
    }

    @Test
    void usageErrors() {
        assertEquals(Parallax.USAGE, CliRun.of("report", "seeds").code(), "--out is required");
        assertEquals(Parallax.USAGE, CliRun.of("report", "--out", "x").code(), "CORPUS is required");
        assertEquals(Parallax.USAGE, CliRun.of("report", "seeds", "--out", "x", "--bogus").code());
        CliRun unknownDoc = CliRun.of("report", "seeds", "--out", "target/never", "--doc", "nope");
        assertEquals(Parallax.USAGE, unknownDoc.code(), unknownDoc.err());
        CliRun empty = CliRun.of("report", "seeds", "--out", "target/never", "--where", "language=de");
        assertEquals(Parallax.USAGE, empty.code());
        assertEquals("parallax report: no document selected: nothing to report on\n", empty.err());
        CliRun help = CliRun.of("report", "--help");
        assertEquals(Parallax.OK, help.code());
        assertTrue(help.out().contains("--out=DIR") && help.out().contains("--quiet"), help.out());
    }

    /** Reads files in tests. */
    static final class ReportAssertions {
        static String read(Path p) {
            try {
                return Files.readString(p);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
    }
}

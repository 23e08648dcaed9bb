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

class InfoCommandTest {
    @Test
    void oneRowPerSeedDocument() {
        CliRun r = CliRun.of("info", "seeds");
        assertEquals(Parallax.OK, r.code(), r.err());
        List<String> lines = r.lines();
        assertEquals("doc\tlanguage\tparagraphs\tsentences\ttokens\tboilerplate_lines", lines.get(0));
        assertEquals(6, lines.size());
        assertEquals("it-destalinizzazione\tit\t6\t16\t590\t0", lines.get(1));
        assertTrue(lines.get(3).startsWith("en-wikipedia\ten\t"));
        assertTrue(lines.get(3).endsWith("\t12"));
        assertTrue(lines.get(5).startsWith("en-encyclopedia\ten\t7\t"));
        assertTrue(lines.get(5).endsWith("\t24"));
    }

    @Test
    void subcorporaAndFormats() {
        CliRun r = CliRun.of("info", "seeds", "--where", "language=en", "--format", "csv");
        assertEquals(Parallax.OK, r.code(), r.err());
        assertEquals(4, r.lines().size());
        assertEquals("doc,language,paragraphs,sentences,tokens,boilerplate_lines", r.lines().get(0));
        CliRun j = CliRun.of("info", "seeds", "--doc", "nl-destalinisatie", "--format", "json");
        assertTrue(j.out().startsWith("[{\"doc\":\"nl-destalinisatie\",\"language\":\"nl\",\"paragraphs\":3,"), j.out());
    }

    @Test
    void errorsAndExitCodes() throws IOException {
        assertEquals(Parallax.USAGE, CliRun.of("info").code());
        assertEquals(Parallax.USAGE, CliRun.of("info", "seeds", "--format", "xml").code());
        CliRun missing = CliRun.of("info", "/no/such/folder");
        assertEquals(Parallax.FAILURE, missing.code());
        assertTrue(missing.err().contains("/no/such/folder"), missing.err());
        assertEquals(Parallax.USAGE, CliRun.of("nosuchcommand").code());
    }

    @Test
    void badUtf8NamesFileAndOffsetAndLenientRepairs(@TempDir Path dir) throws IOException {
        byte[] bytes = "Stalin died in 1953.\nKhrushchev \u00e8".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 1] = (byte) 0xFF; // "è" = C3 A8 becomes C3 FF: two bad sequences
        Files.write(dir.resolve("bad.txt"), bytes);
        CliRun strict = CliRun.of("info", dir.toString());
        assertEquals(Parallax.FAILURE, strict.code());
        assertTrue(strict.err().contains("bad.txt:2") && strict.err().contains("byte offset"), strict.err());
        CliRun lenient = CliRun.of("info", dir.toString(), "--lenient");
        assertEquals(Parallax.OK, lenient.code(), lenient.err());
        assertEquals(2, lenient.lines().size());
        assertTrue(lenient.err().contains("bad.txt: 2 invalid UTF-8 sequence(s) replaced"), lenient.err());
    }

    @Test
    void anUnknownDocumentOrFieldIsAUsageErrorAsInEveryCommand() {
        for (String cmd : List.of("info", "freq")) {
            CliRun typo = CliRun.of(cmd, "seeds", "--doc", "en-essy");
            assertEquals(Parallax.USAGE, typo.code(), cmd);
            assertTrue(typo.err().contains("no document 'en-essy' in seeds; ids: it-destalinizzazione, nl-destalinisatie,"),
                    typo.err());
            CliRun excluded = CliRun.of(cmd, "seeds", "--doc", "en-essay", "--where", "language=it");
            assertEquals(Parallax.USAGE, excluded.code(), cmd);
            assertTrue(excluded.err().contains("document 'en-essay' is not selected by --where language=it"), excluded.err());
            CliRun field = CliRun.of(cmd, "seeds", "--where", "langauge=en");
            assertEquals(Parallax.USAGE, field.code(), cmd);
            assertTrue(field.err().contains("no document of seeds has a field 'langauge'; fields: id, language, file, title,"),
                    field.err());
            // a known field with a value that nothing has is a legal, empty selection
            assertEquals(Parallax.OK, CliRun.of(cmd, "seeds", "--where", "genre=poetry").code(), cmd);
        }
    }

    @Test
    void htmlFileIsAnalysedWithAWarningOnStderr(@TempDir Path dir) throws IOException {
        // QA: an HTML page was analysed as plain text silently (p, html, alert, b, body, h1 topped freq)
        Files.writeString(dir.resolve("page.txt"), "<!DOCTYPE html><html><body>\n<h1>Title</h1>\n<p>Stalin <b>died</b>.</p>\n</body></html>\n");
        Files.writeString(dir.resolve("prose.txt"), "Stalin died in 1953; if a<b then b>a.\n");
        String warning = "parallax: warning: " + dir.resolve("page.txt").toAbsolutePath().normalize()
                + ": line 1: looks like HTML or XML markup, not plain text (it starts with <!DOCTYPE html>; 11 tags, 4 words outside tags): "
                + "its tags are analysed as words; convert it to plain text first (e.g. pandoc -t plain, lynx -dump)";
        for (String cmd : List.of("info", "freq")) {
            CliRun r = CliRun.of(cmd, dir.toString());
            assertEquals(Parallax.OK, r.code(), r.err());
            assertEquals(List.of(warning), r.err().lines().toList(), cmd);
            CliRun other = CliRun.of(cmd, dir.toString(), "--doc", "prose");
            assertEquals(Parallax.OK, other.code(), other.err());
            assertEquals("", other.err(), cmd + ": no warning about a document not selected");
        }
        assertTrue(CliRun.of("freq", dir.toString(), "--doc", "page").lines().contains("p\t2\t133333.33333333334\t1\t0.0\tnan\tnan"),
                "the text is analysed as it is");
    }
}

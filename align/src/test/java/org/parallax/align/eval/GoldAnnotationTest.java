package org.parallax.align.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.CorpusException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GoldAnnotationTest {
    static final Path SEEDS_GOLD = Path.of("..", "seeds", "seeds-events.tsv");

    @Test
    void readsTheSeedsGold() {
        GoldAnnotation g = GoldAnnotation.read(SEEDS_GOLD);
        assertEquals(100, g.size());
        assertEquals(List.of("en-encyclopedia", "en-essay", "en-wikipedia", "it-destalinizzazione", "nl-destalinisatie"),
                List.copyOf(g.documents()));
        assertEquals(List.of(4, 5), List.copyOf(g.lines("E04", "it-destalinizzazione")));
        assertEquals(Set.of("E04", "E12"), g.events("it-destalinizzazione", 5));
        assertTrue(g.documents("E04").contains("en-wikipedia"));
        assertEquals(new GoldAnnotation.Entry("DEF", "it-destalinizzazione", 1, 1, 2), g.entries().get(0));
        assertTrue(g.lines("E04", "no-such-doc").isEmpty());
        assertTrue(g.events("it-destalinizzazione", 999).isEmpty());
        assertTrue(g.lineEvents("no-such-doc").isEmpty());
        assertEquals(SEEDS_GOLD, g.file().orElseThrow());
    }

    @Test
    void columnsInAnyOrderExtraColumnsQuotesAndBlankLines() {
        GoldAnnotation g = GoldAnnotation.parse("note\tlast_line\tdoc\tevent\tfirst_line\r\n"
                + "\"a note\twith a tab\"\t3\td1\tE1\t2\r\n\r\n"
                + "x\t 1 \td2\tE1\t+1\r\n", null);
        assertEquals(List.of(new GoldAnnotation.Entry("E1", "d1", 2, 3, 2), new GoldAnnotation.Entry("E1", "d2", 1, 1, 4)),
                g.entries());
        assertEquals(Set.of("d1", "d2"), g.documents("E1"));
    }

    @Test
    void errorsNameFileAndLine(@TempDir Path dir) throws IOException {
        String h = "event\tdoc\tfirst_line\tlast_line\n";
        assertError(dir, "event\tdoc\tfirst_line\nE1\td\t1\n", "gold.tsv:1: gold header lacks the column last_line");
        assertError(dir, h + "E1\td\t1\t2\nE1\td\tone\t2\n", "gold.tsv:3: first_line is not an integer: 'one'");
        assertError(dir, h + "E1\td\t1\t2.0\n", "gold.tsv:2: last_line is not an integer: '2.0'");
        assertError(dir, h + "E1\td\t5\t3\n", "gold.tsv:2: inverted line range: last_line 3 comes before first_line 5");
        assertError(dir, h + "E1\td\t0\t3\n", "gold.tsv:2: first_line must be 1 or more");
        assertError(dir, h + "\td\t1\t3\n", "gold.tsv:2: empty event");
        assertError(dir, h + "E1\t \t1\t3\n", "gold.tsv:2: empty doc");
        assertError(dir, h + "E1\td\t\t3\n", "gold.tsv:2: empty first_line");
        assertError(dir, h + "E1\td\t1\n", "gold.tsv:2: no value for column 'last_line': the row has 3 tab-separated fields, the header 4");
        assertError(dir, h + "\"E1\nstill E1\"\td\t1\n", "gold.tsv:2: no value for column 'last_line'"); // a quoted field spans lines
        assertError(dir, "", "gold.tsv:1: empty gold file");
        assertError(dir, "\uFEFF" + h, "gold.tsv:1: gold header lacks the column event");
        assertError(dir, h + "E1\td\t99999999999\t1\n", "gold.tsv:2: first_line is not a line number");
        Files.write(dir.resolve("gold.tsv"), new byte[] {'e', '\n', 'a', (byte) 0xC3, '\n'});
        CorpusException e = assertThrows(CorpusException.class, () -> GoldAnnotation.read(dir.resolve("gold.tsv")));
        assertTrue(e.getMessage().contains("gold.tsv:2 (byte offset 3): not valid UTF-8"), e.getMessage());
        CorpusException missing = assertThrows(CorpusException.class, () -> GoldAnnotation.read(dir.resolve("none.tsv")));
        assertTrue(missing.getMessage().startsWith(dir.resolve("none.tsv") + ": cannot read gold file"), missing.getMessage());
    }

    @Test
    void headerOnlyIsAnEmptyAnnotation() {
        GoldAnnotation g = GoldAnnotation.parse("event\tdoc\tfirst_line\tlast_line\n", null);
        assertEquals(0, g.size());
        assertTrue(g.events().isEmpty());
    }

    @Test
    void entriesAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new GoldAnnotation.Entry("E1", "d", 3, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> new GoldAnnotation.Entry(null, "d", 1, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> new GoldAnnotation.Entry("E1", null, 1, 2, 0));
        GoldAnnotation g = GoldAnnotation.of(List.of(new GoldAnnotation.Entry("E1", "d", 1, 3, 0)));
        assertEquals(List.of(1, 2, 3), List.copyOf(g.lines("E1", "d")));
        assertTrue(g.file().isEmpty());
        // what score_links.py accepts, an entry accepts (read() refuses it: see errorsNameFileAndLine)
        GoldAnnotation odd = GoldAnnotation.of(List.of(new GoldAnnotation.Entry("", "d", 0, 1, 0)));
        assertEquals(List.of(0, 1), List.copyOf(odd.lines("", "d")));
    }

    @Test
    void readLikeScriptAcceptsWhatTheScriptAcceptsAndWarns(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("gold.tsv");
        Files.writeString(f, "event\tdoc\tfirst_line\tlast_line\nE1\ta\t3\t1\nE1\tb\t1\t1\n\tc\t0\t2\nE2\ta\t4\t4\n",
                StandardCharsets.UTF_8);
        List<String> warnings = new java.util.ArrayList<>();
        GoldAnnotation g = GoldAnnotation.readLikeScript(f, warnings::add);
        assertEquals(List.of(f + ":2: inverted line range 3-1 covers no line; left out, as score_links.py reads it",
                f + ":4: empty event; kept as written", f + ":4: line 0 (lines are 1-based); kept as written"), warnings);
        assertEquals(3, g.size());
        assertEquals(java.util.Set.of("b"), g.documents("E1")); // the inverted row told nothing
        assertEquals(List.of(0, 1, 2), List.copyOf(g.lines("", "c")));
        assertThrows(CorpusException.class, () -> GoldAnnotation.read(f));
        // no rows: no header needed, as the script needs none
        Files.writeString(f, "", StandardCharsets.UTF_8);
        warnings.clear();
        assertEquals(0, GoldAnnotation.readLikeScript(f, warnings::add).size());
        assertEquals(List.of(f + ": the gold file has no rows: there is nothing to find"), warnings);
        // where the script fails, this fails naming the line
        Files.writeString(f, "event\tdoc\tfirst_line\tlast_line\nE1\ta\tone\t1\n", StandardCharsets.UTF_8);
        CorpusException e = assertThrows(CorpusException.class, () -> GoldAnnotation.readLikeScript(f, w -> {}));
        assertTrue(e.getMessage().startsWith(f + ":2: first_line is not an integer"), e.getMessage());
        Files.writeString(f, "event\tdoc\tfirst\tlast_line\nE1\ta\t1\t1\n", StandardCharsets.UTF_8);
        assertThrows(CorpusException.class, () -> GoldAnnotation.readLikeScript(f, w -> {}));
    }

    private static void assertError(Path dir, String content, String expected) throws IOException {
        Path f = dir.resolve("gold.tsv");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        CorpusException e = assertThrows(CorpusException.class, () -> GoldAnnotation.read(f));
        assertTrue(e.getMessage().startsWith(dir.resolve(expected.substring(0, expected.indexOf(':'))) + expected.substring(expected.indexOf(':'))),
                "expected " + expected + " but got " + e.getMessage());
    }
}

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

class AlignCommandTest {
    static final String HEADER = "source_doc\tsource_first_line\tsource_last_line\ttarget_doc\ttarget_first_line\ttarget_last_line\tscore\tevidence";

    /**
     * A translation pair, one sentence per line: the English merges Italian lines 4 and 5 into its line 4
     * and leaves out Italian line 8 (long enough for its length to tell: a short sentence left out of a
     * translation costs less, in Gale and Church's model, merged with its neighbour than left out).
     */
    static Path pair(Path dir) throws IOException {
        Files.writeString(dir.resolve("it.txt"), """
                Nel marzo 1953 morì Stalin e il potere passò a una direzione collegiale.
                Malenkov divenne capo del governo, mentre Chruščëv guidava il partito.
                Beria fu arrestato nel giugno 1953 e fucilato in dicembre.
                Il 25 febbraio 1956 Chruščëv parlò al XX Congresso.
                Il discorso durò quattro ore.
                Condannò il culto della personalità e i crimini delle purghe.
                Migliaia di prigionieri tornarono dai campi del Gulag.
                Nello stesso anno i carri armati sovietici entrarono a Budapest e schiacciarono la rivolta ungherese.
                Nel 1961 la salma di Stalin fu rimossa dal mausoleo.
                La destalinizzazione finì con la caduta di Chruščëv nell'ottobre 1964.
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("en.txt"), """
                In March 1953 Stalin died and power passed to a collective leadership.
                Malenkov became head of the government, while Khrushchev led the party.
                Beria was arrested in June 1953 and shot in December.
                On 25 February 1956 Khrushchev spoke to the Twentieth Congress, in a speech that lasted four hours.
                He condemned the cult of personality and the crimes of the purges.
                Thousands of prisoners came back from the camps of the Gulag.
                In 1961 Stalin's body was removed from the mausoleum.
                De-Stalinization ended with the fall of Khrushchev in October 1964.
                """, StandardCharsets.UTF_8);
        return dir;
    }

    static List<String> lines(String beads) {
        return beads.lines().skip(1).map(l -> {
            String[] f = l.split("\t");
            return f[0] + ":" + f[1] + "-" + f[2] + " " + f[3] + ":" + f[4] + "-" + f[5];
        }).toList();
    }

    @Test
    void parallelLinesOfTwoDocuments(@TempDir Path dir) throws IOException {
        CliRun r = CliRun.of("align", pair(dir).toString(), "--mode", "parallel", "--source", "it", "--target", "en",
                "--granularity", "line");
        assertEquals(Parallax.OK, r.code(), r.err());
        assertEquals(HEADER, r.lines().get(0));
        assertEquals(List.of("it:1-1 en:1-1", "it:2-2 en:2-2", "it:3-3 en:3-3", "it:4-5 en:4-4", "it:6-6 en:5-5",
                "it:7-7 en:6-6", "it:9-9 en:7-7", "it:10-10 en:8-8"), lines(r.out()));
        assertTrue(r.out().contains("\"1956\""), "anchors are evidence: " + r.out());
        // without --source and --target: the corpus's two documents in its order (en before it in a folder)
        CliRun d = CliRun.of("align", dir.toString(), "--mode", "parallel", "--granularity", "line");
        assertEquals(Parallax.OK, d.code(), d.err());
        assertEquals("en:4-4 it:4-5", lines(d.out()).get(3));
        // deterministic
        assertEquals(r.out(), CliRun.of("align", dir.toString(), "--mode", "parallel", "--source", "it", "--target", "en",
                "--granularity", "line").out());
    }

    @Test
    void parallelSentencesGiveTheSameBeadsHere(@TempDir Path dir) throws IOException {
        CliRun r = CliRun.of("align", pair(dir).toString(), "--mode", "parallel", "--source", "it", "--target", "en");
        assertEquals(Parallax.OK, r.code(), r.err());
        assertEquals("it:4-5 en:4-4", lines(r.out()).get(3));
        assertEquals(8, lines(r.out()).size());
    }

    @Test
    void parallelWithADictionary(@TempDir Path dir) throws IOException {
        pair(dir);
        Path dict = dir.resolve("it-en.dict");
        Files.writeString(dict, "# a small it-en dictionary\nprigionieri\tprisoners\ncampi\tcamps\ndiscorso\tspeech\n");
        CliRun r = CliRun.of("align", dir.toString(), "--mode", "parallel", "--source", "it", "--target", "en",
                "--granularity", "line", "--dictionary", "it:en:" + dict);
        assertEquals(Parallax.OK, r.code(), r.err());
        assertEquals("it:7-7 en:6-6", lines(r.out()).get(5));
        assertTrue(r.out().contains("\"prigionieri\""), r.out());
        CliRun two = CliRun.of("align", dir.toString(), "--mode", "parallel", "--dictionary", "it:en:" + dict,
                "--dictionary", "nl:en:" + dict);
        assertEquals(Parallax.USAGE, two.code());
        // --dictionary-out writes the pairs used (the user's and the learned ones); --dictionary reads the file back
        Path learned = dir.resolve("learned.tsv");
        CliRun out = CliRun.of("align", dir.toString(), "--mode", "parallel", "--source", "it", "--target", "en",
                "--granularity", "line", "--dictionary", "it:en:" + dict, "--dictionary-out", learned.toString());
        assertEquals(Parallax.OK, out.code(), out.err());
        assertEquals(r.out(), out.out());
        List<String> rows = Files.readAllLines(learned, StandardCharsets.UTF_8);
        assertTrue(rows.get(0).startsWith("# learned from it ~ en: it -> en"), rows.get(0));
        assertEquals(List.of("prigionieri\tprisoners", "campi\tcamps", "discorso\tspeech"), rows.subList(1, 4));
        CliRun again = CliRun.of("align", dir.toString(), "--mode", "parallel", "--source", "it", "--target", "en",
                "--granularity", "line", "--dictionary", "it:en:" + learned);
        assertEquals(Parallax.OK, again.code(), again.err());
        assertEquals(r.out(), again.out());
        CliRun unwritable = CliRun.of("align", dir.toString(), "--mode", "parallel", "--source", "it", "--target", "en",
                "--dictionary-out", dir.resolve("no/such/folder/d.tsv").toString());
        assertEquals(Parallax.FAILURE, unwritable.code());
        assertTrue(unwritable.err().contains("d.tsv"), unwritable.err());
        CliRun missing = CliRun.of("align", dir.toString(), "--mode", "parallel", "--dictionary", "it:en:" + dir.resolve("none.tsv"));
        assertEquals(Parallax.FAILURE, missing.code());
        assertTrue(missing.err().contains("none.tsv"), missing.err());
    }

    @Test
    void parallelTmxJsonAndCsv(@TempDir Path dir) throws IOException {
        pair(dir);
        Path tmx = dir.resolve("out.tmx");
        CliRun t = CliRun.of("align", dir.toString(), "--mode", "parallel", "--source", "it", "--target", "en",
                "--granularity", "line", "--format", "tmx", "--out", tmx.toString());
        assertEquals(Parallax.OK, t.code(), t.err());
        assertEquals("", t.out());
        String x = Files.readString(tmx);
        assertTrue(x.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), x);
        assertTrue(x.contains("srclang=\"it\""), x);
        assertTrue(x.contains("<prop type=\"x-bead\">2-1</prop>"), x);
        assertTrue(x.contains("<tuv xml:lang=\"en\"><seg>In 1961 Stalin's body was removed from the mausoleum.</seg></tuv>"), x);
        CliRun j = CliRun.of("align", dir.toString(), "--mode", "parallel", "--source", "it", "--target", "en",
                "--granularity", "line", "--format", "json");
        assertEquals(Parallax.OK, j.code(), j.err());
        assertTrue(j.out().strip().startsWith("["), j.out());
        assertTrue(j.out().contains("\"doc\" : \"it\"") && j.out().contains("\"first_line\" : 4") && j.out().contains("\"last_line\" : 5"), j.out());
        CliRun c = CliRun.of("align", dir.toString(), "--mode", "parallel", "--source", "it", "--target", "en",
                "--granularity", "line", "--format", "csv");
        assertEquals(Parallax.OK, c.code(), c.err());
        assertEquals(HEADER.replace('\t', ','), c.lines().get(0));
        assertEquals(9, c.lines().size());
    }

    @Test
    void tmxWarnsOfTheCharactersItDrops(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("it.txt"), "Uno & due.\nSei \u0001 sette \u001f otto.\nNove \uffff dieci.\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("en.txt"), "One & two.\nSix seven eight.\nNine ten.\n", StandardCharsets.UTF_8);
        CliRun t = CliRun.of("align", dir.toString(), "--mode", "parallel", "--source", "it", "--target", "en",
                "--granularity", "line", "--format", "tmx");
        assertEquals(Parallax.OK, t.code(), t.err());
        assertEquals("parallax align: warning: TMX: dropped 3 characters that XML 1.0 does not allow, the first U+0001 in tu 2 "
                + "(it line 2)\n", t.err());
        assertTrue(t.out().contains("<seg>Sei  sette  otto.</seg>"), t.out());
        // the TSV keeps the text as it is: no warning
        CliRun tsv = CliRun.of("align", dir.toString(), "--mode", "parallel", "--source", "it", "--target", "en",
                "--granularity", "line");
        assertEquals("", tsv.err());
    }

    @Test
    void lengthRatioOption(@TempDir Path dir) throws IOException {
        pair(dir);
        // one Italian sentence against the eight English ones: the estimate links it to its translation
        Files.writeString(dir.resolve("it.txt"), "Nel marzo 1953 morì Stalin e il potere passò a una direzione collegiale.\n",
                StandardCharsets.UTF_8);
        CliRun r = CliRun.of("align", dir.toString(), "--mode", "parallel", "--source", "it", "--target", "en", "--granularity", "line");
        assertEquals(Parallax.OK, r.code(), r.err());
        assertEquals(List.of("it:1-1 en:1-1"), lines(r.out()));
        // the ratio of the two files' total lengths (about 8) as the option: used as it is, and nothing fits it
        CliRun forced = CliRun.of("align", dir.toString(), "--mode", "parallel", "--source", "it", "--target", "en",
                "--granularity", "line", "--length-ratio", "8");
        assertEquals(Parallax.OK, forced.code(), forced.err());
        assertEquals(List.of(), lines(forced.out()));
        CliRun one = CliRun.of("align", dir.toString(), "--mode", "parallel", "--source", "it", "--target", "en",
                "--granularity", "line", "--length-ratio", "1.1");
        assertEquals(List.of("it:1-1 en:1-1"), lines(one.out()));
        for (String bad : List.of("0", "-1", "NaN", "Infinity")) {
            CliRun b = CliRun.of("align", dir.toString(), "--mode", "parallel", "--length-ratio", bad);
            assertEquals(Parallax.USAGE, b.code(), bad);
            assertTrue(b.err().contains("--length-ratio must be a positive number"), b.err());
        }
        assertEquals(Parallax.USAGE, CliRun.of("align", dir.toString(), "--mode", "parallel", "--length-ratio", "abc").code());
        CliRun comparable = CliRun.of("align", dir.toString(), "--length-ratio", "1.1");
        assertEquals(Parallax.USAGE, comparable.code());
        assertTrue(comparable.err().contains("--length-ratio"), comparable.err());
        assertTrue(CliRun.of("align", "--help").out().contains("--length-ratio=R"));
    }

    @Test
    void everyOutputIsCheckedBeforeAnythingIsWritten(@TempDir Path dir) throws IOException {
        pair(dir);
        Path out = dir.resolve("links.tsv");
        Path nowhere = dir.resolve("no-such-folder").resolve("dict.tsv");
        CliRun r = CliRun.of("align", dir.toString(), "--mode", "parallel", "--source", "it", "--target", "en",
                "--granularity", "line", "--out", out.toString(), "--dictionary-out", nowhere.toString());
        assertEquals(Parallax.FAILURE, r.code());
        assertEquals("parallax align: cannot write --dictionary-out " + nowhere + ": no such folder " + nowhere.getParent() + "\n", r.err());
        assertTrue(Files.notExists(out), "the links were written although the dictionary could not be");
        // an existing --out is left as it was
        Files.writeString(out, "old\n");
        CliRun again = CliRun.of("align", dir.toString(), "--mode", "parallel", "--source", "it", "--target", "en",
                "--out", out.toString(), "--dictionary-out", dir.toString());
        assertEquals(Parallax.FAILURE, again.code());
        assertEquals("parallax align: cannot write --dictionary-out " + dir + ": it is a folder\n", again.err());
        assertEquals("old\n", Files.readString(out));
        CliRun badOut = CliRun.of("align", dir.toString(), "--mode", "parallel", "--source", "it", "--target", "en",
                "--out", nowhere.toString());
        assertEquals("parallax align: cannot write --out " + nowhere + ": no such folder " + nowhere.getParent() + "\n", badOut.err());
        CliRun comparable = CliRun.of("align", dir.toString(), "--out", nowhere.toString());
        assertEquals(Parallax.FAILURE, comparable.code());
        assertTrue(comparable.err().contains("no such folder"), comparable.err());
        CliRun same = CliRun.of("align", dir.toString(), "--mode", "parallel", "--source", "it", "--target", "en",
                "--out", out.toString(), "--dictionary-out", dir.resolve(".").resolve("links.tsv").toString());
        assertEquals(Parallax.USAGE, same.code());
        assertTrue(same.err().contains("--out and --dictionary-out are the same file"), same.err());
        // both writable: both written
        Path dict = dir.resolve("dict.tsv");
        CliRun ok = CliRun.of("align", dir.toString(), "--mode", "parallel", "--source", "it", "--target", "en",
                "--granularity", "line", "--out", out.toString(), "--dictionary-out", dict.toString());
        assertEquals(Parallax.OK, ok.code(), ok.err());
        assertTrue(Files.readString(out).startsWith(HEADER));
        assertTrue(Files.readString(dict).startsWith("# learned from it ~ en"), Files.readString(dict));
    }

    @Test
    void outputErrorsNameThePathOnce(@TempDir Path dir) throws IOException {
        Path nowhere = dir.resolve("missing").resolve("x.tsv");
        CliRun r = CliRun.of("eval", EvalCommandTest.GOLD, EvalCommandTest.links(dir).toString(), "--out", nowhere.toString());
        assertEquals(Parallax.FAILURE, r.code());
        assertEquals("parallax eval: cannot write " + nowhere + ": no such folder " + nowhere.getParent() + "\n", r.err());
    }

    @Test
    void aDocumentLeftOutByWhereIsSaidToBe(@TempDir Path dir) throws IOException {
        pair(dir);
        Files.writeString(dir.resolve("corpus.tsv"), "id\tfile\tlanguage\nit\tit.txt\tit\nen\ten.txt\ten\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.of("align", dir.toString(), "--mode", "parallel", "--where", "language=it", "--source", "it", "--target", "en");
        assertEquals(Parallax.USAGE, r.code());
        assertEquals("parallax align: document 'en' is in " + dir + " but not selected by --where language=it (selected: it)\n", r.err());
        CliRun doc = CliRun.of("align", dir.toString(), "--mode", "parallel", "--doc", "en", "--source", "it", "--target", "en");
        assertEquals("parallax align: document 'it' is in " + dir + " but not selected by --doc en (selected: en)\n", doc.err());
        CliRun none = CliRun.of("align", dir.toString(), "--mode", "parallel", "--where", "language=it", "--source", "it", "--target", "fr");
        assertEquals("parallax align: no document 'fr' in " + dir + "; ids: it, en\n", none.err());
    }

    @Test
    void helpSaysWhichOptionsAreComparableOnly() {
        String help = CliRun.of("align", "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("--threshold=SCORE Comparable mode only: minimum link score (default 0.02)."), help);
        assertTrue(help.contains("--order-prior=GAMMA Comparable mode only:"), help);
        assertTrue(help.contains("--policy=POLICY Comparable mode only:"), help);
        assertTrue(help.contains("--window=SIZE,STRIDE Comparable mode only:"), help);
        // and parallel mode refuses them, as it says
        assertEquals(Parallax.USAGE, CliRun.of("align", "seeds", "--mode", "parallel", "--threshold", "0.1").code());
    }

    @Test
    void parallelUsageErrors(@TempDir Path dir) throws IOException {
        pair(dir);
        CliRun seeds = CliRun.of("align", "seeds", "--mode", "parallel");
        assertEquals(Parallax.USAGE, seeds.code());
        assertTrue(seeds.err().contains("--source and --target"), seeds.err());
        assertTrue(seeds.err().contains("the corpus has 5"), seeds.err());
        CliRun para = CliRun.of("align", dir.toString(), "--mode", "parallel", "--granularity", "paragraph");
        assertEquals(Parallax.USAGE, para.code());
        assertTrue(para.err().contains("sentence|line"), para.err());
        CliRun missing = CliRun.of("align", dir.toString(), "--mode", "parallel", "--source", "it", "--target", "fr");
        assertEquals(Parallax.USAGE, missing.code());
        assertTrue(missing.err().contains("no document 'fr'"), missing.err());
        CliRun same = CliRun.of("align", dir.toString(), "--mode", "parallel", "--source", "it", "--target", "it");
        assertEquals(Parallax.USAGE, same.code());
        CliRun one = CliRun.of("align", dir.toString(), "--mode", "parallel", "--source", "it");
        assertEquals(Parallax.USAGE, one.code());
        CliRun policy = CliRun.of("align", dir.toString(), "--mode", "parallel", "--policy", "mutual");
        assertEquals(Parallax.USAGE, policy.code());
        CliRun band = CliRun.of("align", dir.toString(), "--mode", "parallel", "--band", "0");
        assertEquals(Parallax.USAGE, band.code());
        CliRun mode = CliRun.of("align", dir.toString(), "--mode", "bilingual");
        assertEquals(Parallax.USAGE, mode.code());
        assertTrue(mode.err().contains("unknown mode 'bilingual'"), mode.err());
    }

    @Test
    void comparableOnTheSeedsScoresAboveTheIssueFloor(@TempDir Path dir) throws IOException {
        Path links = dir.resolve("links.tsv");
        CliRun r = CliRun.of("align", "seeds", "--out", links.toString());
        assertEquals(Parallax.OK, r.code(), r.err());
        List<String> rows = Files.readAllLines(links);
        assertEquals(HEADER, rows.get(0));
        assertTrue(rows.size() > 50, "links: " + rows.size());
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split("\t", -1);
            assertEquals(8, f.length, row);
            assertTrue(!f[0].equals(f[3]) || Integer.parseInt(f[2]) < Integer.parseInt(f[4])
                    || Integer.parseInt(f[5]) < Integer.parseInt(f[1]), "overlapping spans in one document: " + row);
            assertTrue(Integer.parseInt(f[1]) <= Integer.parseInt(f[2]) && Integer.parseInt(f[4]) <= Integer.parseInt(f[5]), row);
            assertTrue(Double.parseDouble(f[6]) > 0, row);
        }
        CliRun e = CliRun.of("eval", EvalCommandTest.GOLD, links.toString(), "--manifest", EvalCommandTest.MANIFEST,
                "--format", "csv");
        assertEquals(Parallax.OK, e.code(), e.err());
        String[] all = e.lines().get(1).split(",");
        assertEquals("all", all[0], e.out());
        assertTrue(Double.parseDouble(all[4]) >= 0.60, "all-pairs F1 of the issue's floor: " + e.out());
        // same links on a second run
        Path again = dir.resolve("again.tsv");
        CliRun r2 = CliRun.of("align", "seeds", "--out", again.toString());
        assertEquals(Parallax.OK, r2.code(), r2.err());
        assertEquals(Files.readString(links), Files.readString(again));
    }

    @Test
    void comparableUsageErrors() {
        CliRun tmx = CliRun.of("align", "seeds", "--format", "tmx");
        assertEquals(Parallax.USAGE, tmx.code());
        assertTrue(tmx.err().contains("--mode parallel"), tmx.err());
        CliRun src = CliRun.of("align", "seeds", "--source", "it-destalinizzazione");
        assertEquals(Parallax.USAGE, src.code());
        CliRun gran = CliRun.of("align", "seeds", "--granularity", "chapter");
        assertEquals(Parallax.USAGE, gran.code());
        CliRun fmt = CliRun.of("align", "seeds", "--format", "xml");
        assertEquals(Parallax.USAGE, fmt.code());
        CliRun dictOut = CliRun.of("align", "seeds", "--dictionary-out", "d.tsv");
        assertEquals(Parallax.USAGE, dictOut.code());
        assertTrue(dictOut.err().contains("--dictionary-out"), dictOut.err());
    }

    @Test
    void windowOptionErrorsAreUsageErrors() {
        String[][] cases = {
            {"0,1", "window size and stride must be at least 1"},
            {"3,2,5,3", "--window expects SIZE,STRIDE (two whole numbers), got '3,2,5,3'"},
            {"a,b", "--window expects SIZE,STRIDE"},
            {"1,5", "a window stride (5) larger than the window size (1) would leave sentences out of every window"},
        };
        for (String[] c : cases) {
            CliRun r = CliRun.of("align", "seeds", "--granularity", "window", "--window", c[0]);
            assertEquals(Parallax.USAGE, r.code(), c[0]);
            assertTrue(r.err().contains(c[1]), r.err());
        }
        CliRun notWindow = CliRun.of("align", "seeds", "--window", "3,2");
        assertEquals(Parallax.USAGE, notWindow.code());
        assertTrue(notWindow.err().contains("--window needs --granularity window"), notWindow.err());
        CliRun ok = CliRun.of("align", "seeds", "--granularity", "window", "--window", "3,3");
        assertEquals(Parallax.OK, ok.code(), ok.err());
        CliRun help = CliRun.of("help", "align");
        assertTrue(help.out().contains("[--window=SIZE,STRIDE]") && !help.out().contains("SIZE,STRIDE..."), help.out());
    }
}

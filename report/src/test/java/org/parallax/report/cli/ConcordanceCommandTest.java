package org.parallax.report.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConcordanceCommandTest {
    private static final String HEADER = "doc\tline\tsentence\tstart\tend\tleft\tnode\tright";

    private static List<String> column(CliRun r, int c) {
        return r.lines().stream().skip(1).map(l -> l.split("\t", -1)[c]).toList();
    }

    @Test
    void tsvRowsWithAHeader() {
        CliRun r = CliRun.of("concordance", "seeds", "Krusciov");
        assertEquals(Parallax.OK, r.code(), r.err());
        assertEquals(HEADER, r.lines().get(0));
        assertEquals(9, r.lines().size());
        assertEquals("it-destalinizzazione\t1\t0\t55\t63\til processo iniziato da Nikita \tKrusciov\t, in seguito alla morte dell'",
                r.lines().get(1));
        assertEquals(List.of("1", "3", "4", "4", "5", "5", "5", "6"), column(r, 1));
        assertTrue(r.lines().stream().skip(1).allMatch(l -> l.split("\t", -1).length == 8));
        assertEquals("", r.err());
    }

    @Test
    void layersRegexAndMultiwordQueries() {
        CliRun lemma = CliRun.of("concordance", "seeds", "liberare", "--layer", "lemma");
        assertEquals(Parallax.OK, lemma.code(), lemma.err());
        assertEquals(List.of("liberati", "libero"), column(lemma, 6));
        CliRun surface = CliRun.of("concordance", "seeds", "krusciov", "--layer", "surface");
        assertEquals(1, surface.lines().size());
        assertEquals(9, CliRun.of("concordance", "seeds", "krusciov", "--layer", "surface", "--ignore-case").lines().size());
        CliRun regex = CliRun.of("concordance", "seeds", "destalini.*", "--regex", "--where", "language=nl");
        assertEquals(Parallax.OK, regex.code(), regex.err());
        assertEquals(6, regex.lines().size());
        assertTrue(column(regex, 0).stream().allMatch("nl-destalinisatie"::equals));
        CliRun phrase = CliRun.of("concordance", "seeds", "cult of personality", "--doc", "en-essay");
        assertEquals(List.of("3", "6", "16", "17", "53"), column(phrase, 1));
        assertEquals("cult of personality", column(phrase, 6).get(0));
        CliRun gap = CliRun.of("concordance", "seeds", "cult personality", "--doc", "en-essay", "--max-gap", "1");
        assertEquals(column(phrase, 6), column(gap, 6));
        CliRun mixed = CliRun.of("concordance", "seeds", "lemma:culto della personalità", "--context-chars", "10");
        assertEquals(List.of("it-destalinizzazione\t4\t8\t2019\t2042\tolato \"Il \tculto della personalità\t e le sue "), mixed.lines().subList(1, 2));
    }

    @Test
    void sortingAndLimit() {
        CliRun r = CliRun.of("concordance", "seeds", "Krusciov", "--sort", "1R,2R", "--limit", "4");
        assertEquals(Parallax.OK, r.code(), r.err());
        assertEquals(5, r.lines().size());
        assertEquals(List.of("2634", "2247", "3134", "55"), column(r, 3));
        CliRun l1 = CliRun.of("concordance", "seeds", "Krusciov", "--sort", "1L", "--format", "csv");
        assertEquals("doc,line,sentence,start,end,left,node,right", l1.lines().get(0));
        assertTrue(l1.lines().get(1).startsWith("it-destalinizzazione,4,8,1775,1783,,Krusciov,"), l1.out());
        assertTrue(l1.lines().get(7).startsWith("it-destalinizzazione,1,0,55,63,"), l1.out());
        assertTrue(l1.lines().get(8).startsWith("it-destalinizzazione,3,7,1730,1738,"), l1.out());
    }

    @Test
    void textAndHtmlAndJson() {
        CliRun text = CliRun.of("concordance", "seeds", "Krusciov", "--format", "text", "--limit", "2");
        assertEquals(Parallax.OK, text.code(), text.err());
        assertEquals(List.of(
                "it-destalinizzazione  1           il processo iniziato da Nikita [Krusciov], in seguito alla morte dell'",
                "it-destalinizzazione  3          vinceva l'ex commissario Nikita [Krusciov], senza una minima abilità politica"),
                text.lines());
        CliRun narrow = CliRun.of("concordance", "seeds", "Krusciov", "--format", "text", "--limit", "1", "--width", "10");
        assertEquals("it-destalinizzazione  1  da Nikita [Krusciov], in segui", narrow.out().strip());
        CliRun chars = CliRun.of("concordance", "seeds", "Krusciov", "--format", "text", "--limit", "1", "--context-chars", "12");
        assertEquals("it-destalinizzazione  1  o da Nikita [Krusciov], in seguito", chars.out().strip());
        CliRun html = CliRun.of("concordance", "seeds", "cult of personality", "--where", "language=en", "--format", "html");
        assertEquals(Parallax.OK, html.code(), html.err());
        assertTrue(html.out().startsWith("<table class=\"kwic\">"), html.out());
        assertTrue(html.out().contains("<mark class=\"kwic-node\">Cult of Personality</mark>"), html.out());
        assertTrue(html.out().contains("speech &quot;On the </td>"), html.out());
        assertFalse(html.out().contains("\"On the "), html.out());
        CliRun json = CliRun.of("concordance", "seeds", "liberare", "--layer", "lemma", "--format", "json");
        assertTrue(json.out().startsWith("[{\"doc\":\"it-destalinizzazione\",\"line\":1,\"sentence\":0,\"start\":"), json.out());
    }

    @Test
    void boilerplateOnlyWhenAsked() {
        CliRun plain = CliRun.of("concordance", "seeds", "De-Stalinization", "--doc", "en-encyclopedia");
        CliRun all = CliRun.of("concordance", "seeds", "De-Stalinization", "--doc", "en-encyclopedia", "--include-boilerplate");
        assertEquals(14, plain.lines().size());
        assertEquals(17, all.lines().size());
        assertFalse(column(plain, 1).contains("39"));
        assertTrue(column(all, 1).containsAll(List.of("39", "41", "43")));
        assertEquals(List.of(HEADER), CliRun.of("concordance", "seeds", "Skip", "--layer", "surface").lines());
    }

    @Test
    void emptyResultsAndFiles(@TempDir Path dir) throws IOException {
        CliRun none = CliRun.of("concordance", "seeds", "zzzz");
        assertEquals(Parallax.OK, none.code());
        assertEquals(HEADER + "\n", none.out().replace("\r\n", "\n"));
        assertEquals("", CliRun.of("concordance", "seeds", "zzzz", "--format", "text").out());
        Path out = dir.resolve("kwic.html");
        CliRun file = CliRun.of("concordance", "seeds", "Krusciov", "--format", "html", "--out", out.toString());
        assertEquals(Parallax.OK, file.code(), file.err());
        assertEquals("", file.out());
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(html.contains("8 hits for norm:Krusciov") && html.contains("abilità politica"), html);
    }

    @Test
    void usageErrors() {
        CliRun badRegex = CliRun.of("concordance", "seeds", "destalini(", "--regex");
        assertEquals(Parallax.USAGE, badRegex.code());
        assertTrue(badRegex.err().contains("bad regular expression 'destalini(': Unclosed group"), badRegex.err());
        assertEquals("", badRegex.out());
        CliRun both = CliRun.of("concordance", "seeds", "x", "--context", "3", "--context-chars", "20");
        assertEquals(Parallax.USAGE, both.code());
        assertTrue(both.err().contains("--context-chars"), both.err());
        assertEquals(Parallax.USAGE, CliRun.of("concordance", "seeds", "x", "--sort", "3X").code());
        assertEquals(Parallax.USAGE, CliRun.of("concordance", "seeds", "x", "--layer", "pos").code());
        assertEquals(Parallax.USAGE, CliRun.of("concordance", "seeds", "x", "--format", "xml").code());
        assertEquals(Parallax.USAGE, CliRun.of("concordance", "seeds", "x", "--scope", "page").code());
        assertEquals(Parallax.USAGE, CliRun.of("concordance", "seeds", "x", "--limit", "-1").code());
        assertEquals(Parallax.USAGE, CliRun.of("concordance", "seeds", "x", "--context", "-1").code());
        assertEquals(Parallax.USAGE, CliRun.of("concordance", "seeds", " ").code());
        assertEquals(Parallax.USAGE, CliRun.of("concordance", "seeds").code());
        assertEquals(Parallax.USAGE, CliRun.of("concordance", "seeds", "x", "--doc", "nope").code());
        assertEquals(Parallax.FAILURE, CliRun.of("concordance", "/no/such/folder", "x").code());
    }

    @Test
    void queryWordsAreCutIntoTokensLikeTheText() {
        // regression: "Stalin's" gave 0 hits while "Stalin 's" gave 31
        CliRun r = CliRun.of("concordance", "seeds", "Stalin's");
        assertEquals(Parallax.OK, r.code(), r.err());
        assertEquals(32, r.lines().size());
        assertEquals(column(CliRun.of("concordance", "seeds", "Stalin 's"), 6), column(r, 6));
        assertTrue(column(r, 6).stream().allMatch(n -> n.equals("Stalin's") || n.equals("Stalin’s")), r.out());
        CliRun help = CliRun.of("help", "concordance");
        String text = help.out().replaceAll("\\s+", " ");
        assertTrue(text.contains("Stalin's finds Stalin 's in English"), text);
        assertTrue(text.contains("(also C++, 10%, 3/4/1957)"), text); // '%' escaped for picocli's format
    }
}

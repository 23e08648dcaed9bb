package org.parallax.align.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.align.Link;
import org.parallax.align.Passage;
import org.parallax.core.Language;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PerturbedBitextTest {
    static List<PerturbedBitext.Segment> segments(String prefix, int n) {
        List<PerturbedBitext.Segment> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) out.add(new PerturbedBitext.Segment("V" + i, prefix + " " + i + "."));
        return out;
    }

    static Link link(String s, int s0, int s1, String t, int t0, int t1) {
        return new Link(new Passage(0, s, Language.of(s), s0, s1, 0, 0, ""), new Passage(1, t, Language.of(t), t0, t1, 0, 0, ""),
                1, List.of());
    }

    @Test
    void perturbationIsSeededAndTheGoldFollowsTheReferences() {
        PerturbedBitext p = PerturbedBitext.of("it", Language.IT, segments("Verso", 200), "en", Language.EN,
                segments("Verse", 200), 42, 0.1, 0.1);
        assertEquals(p, PerturbedBitext.of("it", Language.IT, segments("Verso", 200), "en", Language.EN, segments("Verse", 200), 42, 0.1, 0.1));
        assertEquals(200, p.source().lines().size());
        int merged = 0;
        int kept = 0;
        for (int i = 0; i < p.target().lines().size(); i++) {
            List<String> refs = p.target().refs().get(i);
            kept += refs.size();
            if (refs.size() == 2) {
                merged++;
                String a = refs.get(0).substring(1);
                String b = refs.get(1).substring(1);
                assertEquals(Integer.parseInt(a) + 1, Integer.parseInt(b), "a merge joins neighbours");
                assertEquals("Verse " + a + ". Verse " + b + ".", p.target().lines().get(i));
            }
        }
        int deleted = 200 - kept;
        assertTrue(merged > 5 && merged < 40, "merged " + merged);
        assertTrue(deleted > 5 && deleted < 40, "deleted " + deleted);
        assertEquals(p.target().lines().size(), 200 - deleted - merged);
        // the gold's beads: one per kept verse group; the perfect links score strict F1 1
        List<Link> perfect = new ArrayList<>();
        int s = 0;
        for (int j = 0; j < p.target().lines().size(); j++) {
            List<String> refs = p.target().refs().get(j);
            int first = Integer.parseInt(refs.get(0).substring(1));
            int last = Integer.parseInt(refs.get(refs.size() - 1).substring(1));
            perfect.add(link("it", first, last, "en", j + 1, j + 1));
        }
        EvaluationResult.Counts c = p.strict(perfect);
        assertEquals(p.target().lines().size(), c.beads());
        assertEquals(c.beads(), c.strictCorrect());
        assertEquals(1.0, p.strictF1(perfect), 1e-12);
        // one wrong link out of n: precision (n-1)/n, recall (n-1)/n
        int n = perfect.size();
        perfect.set(0, link("it", 1, 3, "en", 1, 1)); // three source lines: never a bead (merges join two)
        assertEquals((double) (n - 1) / n, p.strictF1(perfect), 1e-12);
    }

    @Test
    void goldFileRoundTrips(@TempDir Path dir) {
        PerturbedBitext p = PerturbedBitext.of("it", Language.IT, segments("Verso", 30), "en", Language.EN, segments("Verse", 30), 7, 0.1, 0.1);
        Path f = dir.resolve("gold.tsv");
        p.writeGold(f);
        GoldAnnotation g = GoldAnnotation.read(f);
        assertEquals(p.gold().entries().size(), g.entries().size());
    }

    @Test
    void readsVerseFilesAndNamesTheBadLine(@TempDir Path dir) throws IOException {
        Path ok = dir.resolve("it.tsv");
        Files.writeString(ok, "book\tchapter\tverse\ttext\nMRK\t1\t1\tPrincipio.\nROM\t1\t1\tPaolo.\nMRK\t1\t2\tSecondo.\n");
        assertEquals(List.of(new PerturbedBitext.Segment("MRK 1:1", "Principio."), new PerturbedBitext.Segment("MRK 1:2", "Secondo.")),
                PerturbedBitext.readVerses(ok, List.of("MRK")));
        assertEquals(3, PerturbedBitext.readVerses(ok, List.of()).size());
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "book\tchapter\tverse\ttext\nMRK\t1\t1\tPrincipio.\nMRK\t1 2 Secondo.\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PerturbedBitext.readVerses(bad, List.of()));
        assertTrue(e.getMessage().startsWith(bad + ":3: expected 4 tab-separated columns"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PerturbedBitext.of("it", Language.IT, List.of(), "en", Language.EN, List.of(), 1, 0.7, 0.5));
        assertThrows(IllegalArgumentException.class, () -> PerturbedBitext.of("x", Language.IT, List.of(), "x", Language.EN, List.of(), 1, 0, 0));
    }

    @Test
    void toStringIsASummaryNotTheWholeText() {
        PerturbedBitext big = PerturbedBitext.of("it", Language.IT, segments("Verso", 3000), "en", Language.EN,
                segments("Verse", 3000), 42, 0.02, 0.02);
        String t = big.toString();
        assertTrue(t.length() < 1000, t.length() + " characters");
        List<String> lines = t.lines().toList();
        assertEquals(8, lines.size(), t); // summary, header, 5 rows, "... more lines"
        int merged = big.target().merged();
        long deleted = 3000 - big.target().lines().size() - merged;
        assertEquals(String.format("PerturbedBitext it (it, 3000 lines) ~ en (en, %d lines): %d merged, %d source references "
                + "not in the target, 0 target references not in the source", big.target().lines().size(), merged, deleted), lines.get(0));
        assertTrue(merged > 20 && deleted > 20, t);
        assertEquals("  line  source                                   | target", lines.get(1));
        assertEquals("  1     V1 Verso 1.                              | V1 Verse 1.", lines.get(2));
        assertEquals("  ... 2995 more lines", lines.get(7));
        assertEquals("Side[en (en): " + big.target().lines().size() + " lines, " + merged + " merged]", big.target().toString());
        // a short pair shows every line, a merged line with both references (clipped to 40 characters)
        PerturbedBitext small = PerturbedBitext.of("it", Language.IT, segments("Verso", 2), "en", Language.EN,
                List.of(new PerturbedBitext.Segment("V1", "Verse one, which is a rather long verse indeed."),
                        new PerturbedBitext.Segment("V2", "Two.")), 1, 0, 1);
        assertEquals("""
                PerturbedBitext it (it, 2 lines) ~ en (en, 1 lines): 1 merged, 0 source references not in the target, 0 target references not in the source
                  line  source                                   | target
                  1     V1 Verso 1.                              | V1+V2 Verse one, which is a rather long…
                  2     V2 Verso 2.                              |\s
                """, small.toString());
    }

    @Test
    void unknownBooksAndEmptySidesAreRefused(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("it.tsv");
        Files.writeString(f, "book\tchapter\tverse\ttext\nMRK\t1\t1\tPrincipio.\nROM\t1\t1\tPaolo.\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PerturbedBitext.readVerses(f, List.of("XXX")));
        assertEquals(f + ": no book 'XXX' (book codes are matched exactly); the file's books: MRK, ROM", e.getMessage());
        IllegalArgumentException lower = assertThrows(IllegalArgumentException.class,
                () -> PerturbedBitext.readVerses(f, List.of("MRK", "mrk", "XXX")));
        assertTrue(lower.getMessage().contains("no book 'mrk', 'XXX'"), lower.getMessage());
        assertEquals(1, PerturbedBitext.readVerses(f, List.of("ROM")).size());
        List<PerturbedBitext.Segment> one = PerturbedBitext.readVerses(f, List.of("MRK"));
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> PerturbedBitext.of("it", Language.IT, one, "en", Language.EN, List.of(), 42, 0.02, 0.02));
        assertEquals("the target side 'en' has no segments", empty.getMessage());
        IllegalArgumentException emptySource = assertThrows(IllegalArgumentException.class,
                () -> PerturbedBitext.of("it", Language.IT, List.of(), "en", Language.EN, one, 42, 0.02, 0.02));
        assertEquals("the source side 'it' has no segments", emptySource.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PerturbedBitext.of("it", Language.IT, one, "en", Language.EN, one, 1, Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> PerturbedBitext.of("it", Language.IT, one, "en", Language.EN, one, 1, 1.5, -1));
    }
}

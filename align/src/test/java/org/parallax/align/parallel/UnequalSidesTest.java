package org.parallax.align.parallel;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.align.Link;
import org.parallax.align.eval.PerturbedBitext;
import org.parallax.core.Document;
import org.parallax.core.Language;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Very unequal sides: one verse against thirty, a preface the translation lacks, five verses against two
 * hundred. The expected ratio used to be the ratio of the two files' total lengths (30 for one verse against
 * thirty: no link at all).
 */
class UnequalSidesTest {
    private static List<String> it;
    private static List<String> en;

    @BeforeAll
    static void verses() {
        Path dir = BibleData.dir();
        Assumptions.assumeTrue(dir != null, "shared/data/bible-nt not found: skipped");
        it = texts(PerturbedBitext.readVerses(dir.resolve("it.tsv"), List.of("MRK")));
        en = texts(PerturbedBitext.readVerses(dir.resolve("en.tsv"), List.of("MRK")));
        // the first chapters have the same verses in both translations
        for (int v = 0; v < 200; v++) assertTrue(it.get(v).length() > 0 && en.get(v).length() > 0);
    }

    private static List<String> texts(List<PerturbedBitext.Segment> s) {
        return s.stream().map(PerturbedBitext.Segment::text).toList();
    }

    private static ParallelAlignment lines(List<String> s, List<String> t, ParallelAligner.Builder b) {
        return b.unit(Unit.LINE).build().align(Document.of("it", Language.IT, String.join("\n", s) + "\n"),
                Document.of("en", Language.EN, String.join("\n", t) + "\n"));
    }

    private static List<String> spans(ParallelAlignment a) {
        List<String> out = new ArrayList<>();
        for (Link l : a.links()) out.add(l.source().label() + "~" + l.target().label());
        return out;
    }

    @Test
    void oneVerseAgainstThirtyLinksToItsOwnVerse() {
        ParallelAlignment a = lines(it.subList(0, 1), en.subList(0, 30), ParallelAligner.builder());
        assertEquals(List.of("it:1~en:1"), spans(a));
        assertTrue(a.stats().lengthRatio() < 1.2, a.stats().toString());
        // the other way round, and a verse from the middle of the thirty that names Nazareth, Galilee and the Jordan
        // (with one verse there is no dictionary to learn: length and anchors must tell, and a verse with neither,
        // such as 1:15, can go to a neighbour: "tempo" ~ "tempted" is a false cognate)
        assertEquals(List.of("it:1~en:1"), spans(lines(it.subList(0, 30), en.subList(0, 1), ParallelAligner.builder())));
        assertTrue(it.get(8).contains("Nazaret"), it.get(8));
        assertEquals(List.of("it:1~en:9"), spans(lines(it.subList(8, 9), en.subList(0, 30), ParallelAligner.builder())));
        // the ratio of the totals, which used to be the estimate, gives no link: --length-ratio is used as it is
        ParallelAlignment forced = lines(it.subList(0, 1), en.subList(0, 30), ParallelAligner.builder().lengthRatio(30));
        assertEquals(30.0, forced.stats().lengthRatio());
        assertEquals(List.of(), spans(forced));
        // segment lists
        ParallelAlignment lists = ParallelAligner.builder().languages(Language.IT, Language.EN).build()
                .align(it.subList(0, 1), en.subList(0, 30));
        assertEquals(List.of("source:1~target:1"), spans(lists));
    }

    @Test
    void aPrefaceTheOtherSideLacksIsLeftOut() {
        // 300 verses of Romans before Mark on the English side only
        Path dir = BibleData.dir();
        List<String> romans = texts(PerturbedBitext.readVerses(dir.resolve("en.tsv"), List.of("ROM"))).subList(0, 300);
        List<String> t = new ArrayList<>(romans);
        t.addAll(en.subList(0, 370)); // Mark 1:1 to 9:48, the same verses in both translations
        ParallelAlignment a = lines(it.subList(0, 370), t, ParallelAligner.builder());
        int right = 0;
        for (Link l : a.links()) if (l.target().firstLine() == l.source().firstLine() + 300) right++;
        assertTrue(right >= 365, right + " of " + a.links().size() + " links on the shifted diagonal; " + a.typeCounts());
        assertTrue(a.links().stream().allMatch(l -> l.target().firstLine() > 300), a.toString());
        // the banded result is the full DP's
        assertEquals(spans(lines(it.subList(0, 370), t, ParallelAligner.builder().fullDp())), spans(a));
    }

    @Test
    void theRatioIsReestimatedFromTheFirstPassAndThePassRedone() {
        // every English verse followed by its first half again (about 1.6 target characters per source character),
        // after a preface of 60 verses: the counts differ markedly, so the first pass starts from 1; its 1-1 beads
        // give the ratio, and the pass is redone with it
        Path dir = BibleData.dir();
        List<String> t = new ArrayList<>();
        for (String v : texts(PerturbedBitext.readVerses(dir.resolve("en.tsv"), List.of("ROM"))).subList(0, 60)) t.add(longer(v));
        for (String v : en.subList(0, 200)) t.add(longer(v));
        long ls = it.subList(0, 200).stream().mapToLong(String::length).sum();
        long lt = en.subList(0, 200).stream().mapToLong(v -> longer(v).length()).sum();
        ParallelAlignment a = lines(it.subList(0, 200), t, ParallelAligner.builder());
        // within 10 % of the verses' ratio (a re-estimate closer than that is not worth another pass)
        assertEquals((double) lt / ls, a.stats().lengthRatio(), 0.1 * lt / ls, a.stats().toString());
        int right = shifted(a, 60);
        assertTrue(right >= 190, right + " of " + a.links().size() + "; " + a.typeCounts());
        // better than staying with the start
        int fixed = shifted(lines(it.subList(0, 200), t, ParallelAligner.builder().lengthRatio(1.0)), 60);
        assertTrue(right > fixed, right + " against " + fixed);
    }

    private static int shifted(ParallelAlignment a, int by) {
        int right = 0;
        for (Link l : a.links()) if (l.target().firstLine() == l.source().firstLine() + by) right++;
        return right;
    }

    private static String longer(String v) { return v + " " + v.substring(0, v.length() / 2); }

    @Test
    void fiveVersesAgainstTwoHundredFindTheirPlace() {
        ParallelAlignment a = lines(it.subList(0, 200), en.subList(99, 104), ParallelAligner.builder());
        List<String> got = spans(a);
        assertEquals(5, got.size(), got.toString());
        // four of the five are found (the fifth, with nothing but a false cognate to go by, is not); before: none
        int right = 0;
        for (Link l : a.links()) if (l.source().firstLine() == l.target().firstLine() + 99) right++;
        assertTrue(right >= 4, got.toString());
    }

    @Test
    void theCountLimitAndTheStartingRatio() {
        double limit = LengthRatio.countRatioLimit(0.89, 0.0099, 0.089, 0.011);
        assertEquals((0.89 + 4 * 0.089 + 2 * 0.0099 + 2 * 0.011) / (0.89 + 2 * 0.089 + 2 * 0.011), limit, 1e-12);
        assertEquals(1.1815, limit, 1e-4);
        // similar counts: the ratio of the totals
        assertEquals(1.5, LengthRatio.initial(new int[] {10, 20, 30}, new int[] {15, 30, 45}, limit), 1e-12);
        // one unit against thirty: Gale and Church's 1
        int[] thirty = new int[30];
        java.util.Arrays.fill(thirty, 100);
        assertEquals(1.0, LengthRatio.initial(new int[] {57}, thirty, limit));
        assertEquals(1.0, LengthRatio.initial(new int[0], thirty, limit));
        // re-estimates: more than 10 % and three standard errors (sqrt(6.8 / 57) = 0.35 for one verse of 57 characters)
        assertTrue(LengthRatio.differsMarkedly(1.5, 1.0, 10_000, 6.8));
        assertFalse(LengthRatio.differsMarkedly(1.0, 1.05, 10_000, 6.8));
        assertFalse(LengthRatio.differsMarkedly(1.0, 1.5, 57, 6.8));
        assertTrue(LengthRatio.differsMarkedly(30, 1.05, 57, 6.8));
    }

    @Test
    void theDeletionPriorOfTheLongerSideAndTheBand() {
        double[] pen = new double[7];
        pen[Model.T10] = pen[Model.T01] = Math.log(0.89 / 0.0099);
        pen[Model.T21] = pen[Model.T12] = Math.log(0.89 / 0.089);
        UnequalSides one = UnequalSides.of(1, 30, 1.18);
        assertTrue(one.markedly());
        double[] p = one.penalties(pen);
        assertEquals(Math.log(1.0 / 29), p[Model.T01], 1e-12);
        assertEquals(pen[Model.T10], p[Model.T10]);
        assertEquals(pen[Model.T21], p[Model.T21]);
        assertEquals(93, one.band(64));
        assertEquals(Integer.MAX_VALUE, one.band(Integer.MAX_VALUE));
        UnequalSides five = UnequalSides.of(200, 5, 1.18);
        assertEquals(Math.log(5.0 / 195), five.penalties(pen)[Model.T10], 1e-12);
        // within the limit nothing changes (the Bible test pairs: 1517 against 1462 lines)
        UnequalSides bible = UnequalSides.of(1517, 1462, 1.18);
        assertFalse(bible.markedly());
        assertTrue(bible.penalties(pen) == pen);
        assertEquals(64, bible.band(64));
        // a side with no units is not "unequal": there is nothing to align
        assertFalse(UnequalSides.of(0, 30, 1.18).markedly());
        // the odds replace a prior only when they are lower: a user's cheap deletion stays
        double[] cheap = pen.clone();
        cheap[Model.T10] = 1.0;
        assertEquals(Math.log(840.0 / 160), UnequalSides.of(1000, 840, 1.18).penalties(pen)[Model.T10], 1e-12);
        assertEquals(1.0, UnequalSides.of(1000, 840, 1.18).penalties(cheap)[Model.T10]);
    }

    @Test
    void theRatioMustBePositiveAndFinite() {
        for (double bad : new double[] {0, -1, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertThrows(IllegalArgumentException.class, () -> ParallelAligner.builder().lengthRatio(bad), String.valueOf(bad));
        }
        ParallelAligner.builder().lengthRatio(Double.NaN); // the default again
    }
}

package org.parallax.align.parallel;

import org.junit.jupiter.api.Test;
import org.parallax.align.Link;
import org.parallax.core.Document;
import org.parallax.core.Language;
import org.parallax.core.anchor.BilingualDictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParallelAlignerTest {
    private static final ParallelAligner ALIGNER = ParallelAligner.builder().languages(Language.EN, Language.EN).build();

    /** Sentences of random made-up words with varied lengths (seeded). */
    static List<String> sentences(int n, long seed) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int words = 3 + r.nextInt(25);
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < words; w++) {
                if (w > 0) sb.append(' ');
                int len = 2 + r.nextInt(8);
                for (int c = 0; c < len; c++) sb.append((char) ('a' + r.nextInt(26)));
            }
            out.add(sb.append('.').toString());
        }
        return out;
    }

    private static List<String> types(ParallelAlignment a) {
        return a.beads().stream().map(Bead::type).toList();
    }

    // ------------------------------------------------------------------ the DP on lengths alone

    private static Model lengths(int[] s, int[] t) {
        double[] pen = new double[7];
        pen[Model.T10] = pen[Model.T01] = Math.log(0.89 / 0.0099);
        pen[Model.T21] = pen[Model.T12] = Math.log(0.89 / 0.089);
        pen[Model.T22] = Math.log(0.89 / 0.011);
        return new Model(s, t, 1.0, 6.8, pen);
    }

    @Test
    void dpIdenticalLengthsGiveOnlyOneToOne() {
        int[] len = new int[300];
        Random r = new Random(1);
        for (int i = 0; i < len.length; i++) len[i] = 20 + r.nextInt(200);
        BandedDp.Path p = BandedDp.align(lengths(len, len.clone()), 8);
        assertEquals(300, p.beads());
        for (int b = 0; b < p.beads(); b++) assertEquals(Model.T11, p.type()[b]);
        assertEquals(0, p.widenings());
    }

    @Test
    void dpFindsAMergeAndADeletionByLength() {
        int[] s = new int[200];
        Random r = new Random(2);
        for (int i = 0; i < s.length; i++) s[i] = 20 + r.nextInt(200);
        // target: unit 50 deleted, units 120 and 121 merged
        int[] t = new int[198];
        int k = 0;
        for (int i = 0; i < s.length; i++) {
            if (i == 50) continue;
            if (i == 120) {
                t[k++] = s[120] + 1 + s[121];
                i++;
                continue;
            }
            t[k++] = s[i];
        }
        BandedDp.Path p = BandedDp.align(lengths(s, t), 16);
        int merges = 0, deletions = 0;
        for (int b = 0; b < p.beads(); b++) {
            if (p.type()[b] == Model.T21) {
                merges++;
                assertEquals(120, p.i()[b]);
            } else if (p.type()[b] == Model.T10) {
                deletions++;
                assertEquals(50, p.i()[b]);
            } else {
                assertEquals(Model.T11, p.type()[b]);
            }
        }
        assertEquals(1, merges);
        assertEquals(1, deletions);
    }

    private static double pathCost(Model m, BandedDp.Path p) {
        double c = 0;
        for (int b = 0; b < p.beads(); b++) c += m.cost(p.i()[b], p.i()[b + 1], p.j()[b], p.j()[b + 1]);
        return c;
    }

    @Test
    void bandedPathsAreValidAndNeverCheaperThanTheFullDp() {
        Random r = new Random(14);
        for (int round = 0; round < 40; round++) {
            int n = r.nextInt(120);
            int[] s = new int[n];
            for (int i = 0; i < n; i++) s[i] = 1 + r.nextInt(300);
            // the target: the source with random deletions, insertions and merges
            List<Integer> t = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                double x = r.nextDouble();
                if (x < 0.08) continue;
                if (x < 0.16) t.add(1 + r.nextInt(300));
                if (x < 0.24 && i + 1 < n) {
                    t.add(s[i] + s[++i]);
                    continue;
                }
                t.add(s[i] + r.nextInt(11) - 5);
            }
            int[] tt = t.stream().mapToInt(Integer::intValue).map(v -> Math.max(0, v)).toArray();
            Model m = lengths(s, tt);
            BandedDp.Path full = BandedDp.align(m, Integer.MAX_VALUE);
            BandedDp.Path band = BandedDp.align(m, 1 + r.nextInt(4));
            BandedDp.Path guided = BandedDp.align(m, 1 + r.nextInt(4), band);
            for (BandedDp.Path p : List.of(full, band, guided)) {
                assertEquals(0, p.i()[0]);
                assertEquals(0, p.j()[0]);
                assertEquals(n, p.i()[p.beads()]);
                assertEquals(tt.length, p.j()[p.beads()]);
                for (int b = 0; b < p.beads(); b++) {
                    assertEquals(Model.DS[p.type()[b]], p.i()[b + 1] - p.i()[b]);
                    assertEquals(Model.DT[p.type()[b]], p.j()[b + 1] - p.j()[b]);
                }
                assertTrue(pathCost(m, p) >= pathCost(m, full) - 1e-9, "round " + round);
            }
        }
    }

    @Test
    void narrowBandIsWidenedAndAgreesWithTheFullDp() {
        List<String> s = sentences(120, 3);
        List<String> t = new ArrayList<>(sentences(25, 99)); // 25 extra units at the start of the target
        t.addAll(s);
        ParallelAlignment banded = ParallelAligner.builder().languages(Language.EN, Language.EN).band(2).build().align(s, t);
        ParallelAlignment full = ParallelAligner.builder().languages(Language.EN, Language.EN).fullDp().build().align(s, t);
        assertTrue(banded.stats().widenings() > 0, banded.stats().toString());
        assertEquals(Integer.MAX_VALUE, full.stats().halfWidth());
        assertEquals(types(full), types(banded));
        assertEquals(full.beads().stream().map(b -> b.sourceStart() + ":" + b.targetStart()).toList(),
                banded.beads().stream().map(b -> b.sourceStart() + ":" + b.targetStart()).toList());
        assertTrue(banded.stats().cells() < full.stats().cells());
        // the 25 extra target units are 0-1 beads, the rest 1-1 in order
        assertEquals(25, types(full).stream().filter("0-1"::equals).count());
        assertEquals(120, types(full).stream().filter("1-1"::equals).count());
    }

    // ------------------------------------------------------------------ segment lists

    @Test
    void identicalTextsGiveOnlyOneToOneBeads() {
        List<String> s = sentences(200, 4);
        ParallelAlignment a = ALIGNER.align(s, s);
        assertEquals(200, a.beads().size());
        assertTrue(types(a).stream().allMatch("1-1"::equals));
        assertEquals(200, a.links().size());
        for (int b = 0; b < 200; b++) {
            Bead x = a.beads().get(b);
            assertEquals(b, x.sourceStart());
            assertEquals(b, x.targetStart());
        }
        Link l = a.links().get(7);
        assertEquals("source", l.source().doc());
        assertEquals("target", l.target().doc());
        assertEquals(8, l.source().firstLine());
        assertEquals(s.get(7), l.source().text());
        assertEquals(s.get(7), l.target().text());
        assertEquals(2, a.stats().passes());
    }

    @Test
    void aDeletedUnitIsOneOneToZeroBead() {
        List<String> s = sentences(150, 5);
        List<String> t = new ArrayList<>(s);
        t.remove(70);
        ParallelAlignment a = ALIGNER.align(s, t);
        List<String> types = types(a);
        assertEquals(1, types.stream().filter("1-0"::equals).count(), a.toString());
        Bead d = a.beads().stream().filter(b -> b.type().equals("1-0")).findFirst().orElseThrow();
        assertEquals(70, d.sourceStart());
        assertEquals(149, a.links().size());
        assertEquals(149, types.stream().filter("1-1"::equals).count());
    }

    @Test
    void aMergeIsOneTwoToOneBead() {
        List<String> s = sentences(150, 6);
        List<String> t = new ArrayList<>(s);
        t.set(40, s.get(40) + " " + s.get(41));
        t.remove(41);
        ParallelAlignment a = ALIGNER.align(s, t);
        Bead m = a.beads().stream().filter(b -> !b.type().equals("1-1")).findFirst().orElseThrow();
        assertEquals("2-1", m.type());
        assertEquals(40, m.sourceStart());
        assertEquals(42, m.sourceEnd());
        assertEquals(40, m.targetStart());
        assertEquals(149, a.beads().size());
        Link l = a.links().get(40);
        assertEquals(41, l.source().firstLine());
        assertEquals(42, l.source().lastLine());
        assertEquals(41, l.target().firstLine());
    }

    @Test
    void aSplitIsOneOneToTwoBeadAndTwoToTwoWorks() {
        List<String> s = sentences(100, 7);
        List<String> t = new ArrayList<>(s);
        // 1-2 at source 30; 2-2 at source 60-61: the two target units cut at another place
        String a30 = s.get(30);
        int cut = a30.indexOf(' ', a30.length() / 2);
        t.set(30, a30.substring(0, cut));
        t.add(31, a30.substring(cut + 1));
        ParallelAlignment a = ALIGNER.align(s, t);
        Bead split = a.beads().stream().filter(b -> !b.type().equals("1-1")).findFirst().orElseThrow();
        assertEquals("1-2", split.type(), a.toString());
        assertEquals(30, split.sourceStart());
        assertEquals(30, split.targetStart());
        assertEquals(32, split.targetEnd());
    }

    @Test
    void emptySides() {
        ParallelAlignment none = ALIGNER.align(List.of(), List.of());
        assertTrue(none.beads().isEmpty());
        assertTrue(none.links().isEmpty());
        List<String> s = sentences(5, 8);
        ParallelAlignment left = ALIGNER.align(s, List.of());
        assertEquals(List.of("1-0", "1-0", "1-0", "1-0", "1-0"), types(left));
        assertTrue(left.links().isEmpty());
        ParallelAlignment right = ALIGNER.align(List.of(), s);
        assertEquals(List.of("0-1", "0-1", "0-1", "0-1", "0-1"), types(right));
        assertNull(right.sourcePassage(0));
        assertEquals(1, right.targetPassage(0).firstLine());
        ParallelAlignment one = ALIGNER.align(List.of("Hello there."), List.of("Hello there."));
        assertEquals(List.of("1-1"), types(one));
    }

    // ------------------------------------------------------------------ documents

    @Test
    void documentsAlignTheirSentencesWithLinesAndOffsets() {
        String it = "Roma è la capitale d'Italia. Ha 2.800.000 abitanti.\n\nIl Tevere attraversa la città di Roma.\n";
        String en = "Rome is the capital of Italy. It has 2,800,000 inhabitants.\n\nThe Tiber flows through the city of Rome.\n";
        Document s = Document.of("it-doc", Language.IT, it);
        Document t = Document.of("en-doc", Language.EN, en);
        ParallelAlignment a = ParallelAligner.builder().build().align(s, t);
        assertEquals(List.of("1-1", "1-1", "1-1"), types(a));
        Link l = a.links().get(1);
        assertEquals("it-doc", l.source().doc());
        assertEquals(Language.EN, l.target().language());
        assertEquals("Ha 2.800.000 abitanti.", l.source().text());
        assertEquals("It has 2,800,000 inhabitants.", l.target().text());
        assertEquals(it.indexOf("Ha 2"), l.source().start());
        assertEquals(1, l.source().firstLine());
        assertEquals(3, a.links().get(2).target().firstLine());
        assertTrue(l.evidence().stream().anyMatch(e -> e.value().equals("2800000")), l.evidence().toString());
        assertTrue(a.toString().contains("Roma è la capitale"), a.toString());
    }

    @Test
    void lineUnitsSkipBlankLines() {
        Document s = Document.of("a", Language.EN, "First line here.\n\n   \nSecond line here, longer.\nThird.\n");
        Document t = Document.of("b", Language.EN, "First line here.\nSecond line here, longer.\n\nThird.\n");
        ParallelAlignment a = ParallelAligner.builder().unit(Unit.LINE).build().align(s, t);
        assertEquals(List.of("1-1", "1-1", "1-1"), types(a));
        assertEquals(4, a.links().get(1).source().firstLine());
        assertEquals(2, a.links().get(1).target().firstLine());
        assertEquals(4, a.links().get(2).target().firstLine());
    }

    @Test
    void blankSegmentsAreNotUnitsAndLinesStayTheOriginalOnes() {
        ParallelAlignment a = ALIGNER.align(List.of("", "  ", "Uno."), List.of("One.", ""));
        assertEquals(1, a.sourceUnits());
        assertEquals(1, a.targetUnits());
        assertEquals(List.of("1-1"), types(a));
        Link l = a.links().get(0);
        assertEquals(3, l.source().firstLine());
        assertEquals(3, l.source().lastLine());
        assertEquals("Uno.", l.source().text());
        assertEquals(4, l.source().start()); // in "\n  \nUno."
        assertEquals(1, l.target().firstLine());
        // white space of every kind: tab, no-break space, ideographic space, figure space, line separator
        List<String> s = List.of("Roma è grande.", "\t", "\u00a0", "\u3000 \u00a0", "\u2007", "Il Tevere scorre.", "\u2028");
        List<String> t = List.of("Rome is big.", "\u00a0\u00a0", "The Tiber flows.");
        ParallelAlignment b = ParallelAligner.builder().languages(Language.IT, Language.EN).build().align(s, t);
        assertEquals(List.of("1-1", "1-1"), types(b));
        assertEquals(6, b.links().get(1).source().firstLine());
        assertEquals(3, b.links().get(1).target().firstLine());
        String joined = String.join("\n", s);
        assertEquals(joined.indexOf("Il Tevere"), b.links().get(1).source().start());
        assertEquals("Il Tevere scorre.", b.sourceText(1, 2));
        // two units with blank segments between them: the raw text between the first and the last
        assertEquals(String.join("\n", s.subList(0, 6)), b.sourceText(0, 2));
        // only blank segments: nothing to align
        ParallelAlignment none = ALIGNER.align(List.of(" ", "\u00a0"), List.of("\u3000"));
        assertTrue(none.beads().isEmpty());
    }

    @Test
    void lineUnitsSkipLinesOfNoBreakAndIdeographicSpaces() {
        String it = "Roma è la capitale d'Italia.\n\u00a0\n\u3000\n \t\nIl Tevere attraversa la città.\n\u00a0\u3000\n";
        String en = "Rome is the capital of Italy.\nThe Tiber flows through the city.\n\u00a0\n";
        ParallelAlignment a = ParallelAligner.builder().unit(Unit.LINE).build()
                .align(Document.of("it", Language.IT, it), Document.of("en", Language.EN, en));
        assertEquals(2, a.sourceUnits());
        assertEquals(2, a.targetUnits());
        assertEquals(List.of("1-1", "1-1"), types(a));
        assertEquals(5, a.links().get(1).source().firstLine());
        assertEquals(5, a.links().get(1).source().lastLine());
        assertEquals(2, a.links().get(1).target().firstLine());
    }

    @Test
    void textRangesAreChecked() {
        ParallelAlignment a = ALIGNER.align(List.of("Uno.", "Due."), List.of("One."));
        assertThrows(IndexOutOfBoundsException.class, () -> a.sourceText(3, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> a.sourceText(1, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> a.sourceText(0, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> a.targetText(-1, 1));
        assertEquals("", a.sourceText(1, 1));
        assertEquals("Uno.\nDue.", a.sourceText(0, 2));
    }

    @Test
    void namesAndNumberWordsAreEvidence() {
        List<String> it = List.of("Poi Abramo partì con Isacco verso Gerusalemme.", "Il re diede dodici pani ai servi.",
                "Quella sera tutti tornarono a casa.");
        List<String> en = List.of("Then Abraham left with Isaac for Jerusalem.", "The king gave twelve loaves to the servants.",
                "That evening everyone went home.");
        ParallelAlignment a = ParallelAligner.builder().languages(Language.IT, Language.EN).build().align(it, en);
        assertEquals(List.of("1-1", "1-1", "1-1"), types(a));
        List<org.parallax.align.Evidence> e0 = a.links().get(0).evidence();
        assertTrue(e0.stream().anyMatch(e -> e.type() == org.parallax.core.anchor.AnchorType.ENTITY
                && e.sourceText().equals("Isacco") && e.targetText().equals("Isaac")), e0.toString());
        List<org.parallax.align.Evidence> e1 = a.links().get(1).evidence();
        assertTrue(e1.stream().anyMatch(e -> e.type() == org.parallax.core.anchor.AnchorType.NUMBER && e.value().equals("12")),
                e1.toString());
    }

    @Test
    void lineUnitsWithCrlf() {
        Document s = Document.of("a", Language.EN, "First line here.\r\n\r\nSecond line here, longer.\r\n");
        Document t = Document.of("b", Language.EN, "First line here.\r\nSecond line here, longer.\r\n");
        ParallelAlignment a = ParallelAligner.builder().unit(Unit.LINE).build().align(s, t);
        assertEquals(List.of("1-1", "1-1"), types(a));
        Link l = a.links().get(1);
        assertEquals(3, l.source().firstLine());
        assertEquals(2, l.target().firstLine());
        assertEquals("Second line here, longer.", l.source().text());
        assertEquals(s.text().indexOf("Second"), l.source().start());
    }

    // ------------------------------------------------------------------ builder and bad input

    @Test
    void builderOptions() {
        ParallelAligner a = ParallelAligner.builder().unit(Unit.LINE).band(10).lengthRatio(1.2).variance(5)
                .priors(0.9, 0.01, 0.08, 0.01).lexicalWeight(0).anchorWeight(0).realign(false).names(false)
                .cognates(false).numbers(false).learning(100, 3, 0.5, 1).build();
        assertEquals(Unit.LINE, a.unit());
        assertEquals(10, a.band());
        List<String> s = sentences(50, 9);
        ParallelAlignment r = a.align(s, s);
        assertEquals(1, r.stats().passes());
        assertEquals(1.2, r.stats().lengthRatio());
        assertEquals(0, r.stats().dictionaryPairs());
        ParallelAlignment d = ALIGNER.align(s, s);
        assertEquals(1.0, d.stats().lengthRatio(), 1e-12);
        assertEquals(ParallelAligner.DEFAULT_BAND, ParallelAligner.builder().build().band());
        assertEquals(Unit.SENTENCE, ParallelAligner.builder().build().unit());

        assertThrows(IllegalArgumentException.class, () -> ParallelAligner.builder().band(0));
        assertThrows(IllegalArgumentException.class, () -> ParallelAligner.builder().lengthRatio(-1));
        assertThrows(IllegalArgumentException.class, () -> ParallelAligner.builder().variance(0));
        assertThrows(IllegalArgumentException.class, () -> ParallelAligner.builder().priors(0.9, 0, 0.1, 0.1));
        assertThrows(IllegalArgumentException.class, () -> ParallelAligner.builder().lexicalWeight(-1));
        assertThrows(IllegalArgumentException.class, () -> ParallelAligner.builder().anchorWeight(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> ParallelAligner.builder().learning(0, 2, 0.3, 3));
        assertThrows(NullPointerException.class, () -> ParallelAligner.builder().unit(null));
        assertThrows(NullPointerException.class, () -> ParallelAligner.builder().concepts(null));
    }

    @Test
    void userDictionaryAddsLexicalEvidence() {
        BilingualDictionary d = BilingualDictionary.of(Language.IT, Language.EN,
                Map.of("gatto", List.of("cat"), "cane", List.of("dog")));
        ParallelAligner a = ParallelAligner.builder().languages(Language.IT, Language.EN).dictionary(d).realign(false).build();
        ParallelAlignment r = a.align(List.of("Il gatto dorme.", "Il cane abbaia forte."), List.of("The cat sleeps.", "The dog barks loudly."));
        assertEquals(List.of("1-1", "1-1"), types(r));
        assertEquals(2, r.stats().dictionaryPairs());
        assertTrue(r.links().get(0).evidence().stream().anyMatch(e -> e.type() == null && e.sourceText().equals("gatto")),
                r.links().get(0).evidence().toString());
        // without realignment the pairs used are the user's, written as the texts' forms
        assertEquals(Language.IT, r.dictionary().source());
        assertEquals(Language.EN, r.dictionary().target());
        assertEquals(2, r.dictionary().size());
        assertEquals(List.of("cat"), r.dictionary().translations("gatto"));
        assertEquals(List.of("dog"), r.dictionary().translations("cane"));
        ParallelAligner wrong = ParallelAligner.builder().languages(Language.NL, Language.EN).dictionary(d).build();
        assertThrows(IllegalArgumentException.class, () -> wrong.align(List.of("a"), List.of("b")));
    }

    @Test
    void badInput() {
        Document d = Document.of("same", Language.EN, "One sentence.");
        assertThrows(NullPointerException.class, () -> ALIGNER.align((Document) null, d));
        assertThrows(NullPointerException.class, () -> ALIGNER.align(d, (Document) null));
        assertThrows(IllegalArgumentException.class, () -> ALIGNER.align(d, Document.of("same", Language.IT, "Una frase.")));
        assertThrows(NullPointerException.class, () -> ALIGNER.align((List<String>) null, List.of()));
        List<String> withNull = new ArrayList<>();
        withNull.add("ok");
        withNull.add(null);
        NullPointerException e = assertThrows(NullPointerException.class, () -> ALIGNER.align(withNull, List.of("x")));
        assertTrue(e.getMessage().contains("segment 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ALIGNER.align("x", Language.EN, List.of("a"), "x", Language.EN, List.of("b")));
        assertThrows(IllegalArgumentException.class, () -> new Bead(2, 1, 0, 0, 0, List.of()));
    }

    @Test
    void oneAlignerServesSeveralThreads() throws Exception {
        List<String> s = sentences(120, 13);
        List<String> t = new ArrayList<>(s);
        t.remove(60);
        t.set(30, t.get(30) + " " + t.remove(31));
        ParallelAlignment expected = ALIGNER.align(s, t);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<ParallelAlignment>> fs = new ArrayList<>();
            for (int k = 0; k < 8; k++) fs.add(pool.submit(() -> ALIGNER.align(s, t)));
            for (var f : fs) assertEquals(expected.beads(), f.get().beads());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void alignerIsReusableAndDeterministic() {
        List<String> s = sentences(80, 10);
        List<String> t = new ArrayList<>(s);
        t.remove(20);
        ParallelAlignment x = ALIGNER.align(s, t);
        ParallelAlignment y = ALIGNER.align(s, t);
        assertEquals(x.beads(), y.beads());
        assertFalse(x.links().isEmpty());
    }
}

package org.parallax.stats;

import org.junit.jupiter.api.Test;
import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.Language;
import org.parallax.core.table.Table;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CollocationsTest {
    // tokens (normalized): 0 the 1 cat 2 sat 3 on 4 the 5 mat | 6 the 7 cat 8 ate 9 the 10 rat || 11 a 12 cat 13 ran
    private static final Corpus CATS = Corpus.of(Document.of("cats", Language.EN,
            "The cat sat on the mat. The cat ate the rat.\n\nA cat ran."));

    private static Map<String, Collocate> byCollocate(CollocationResult r) {
        return r.rows().stream().collect(Collectors.toMap(Collocate::collocate, Function.identity()));
    }

    @Test
    void windowCountsByHand() {
        CollocationResult r = Collocations.defaults().window(1, 1).of(CATS, "cat");
        assertEquals("cat", r.node());
        assertEquals(3, r.nodeFrequency());
        assertEquals(14, r.corpusSize());
        Map<String, Collocate> m = byCollocate(r);
        assertEquals(List.of("a", "ate", "ran", "sat", "the"), m.keySet().stream().sorted().toList());
        Collocate the = m.get("the");
        assertEquals(2, the.o11());
        assertEquals(3, the.f1());
        assertEquals(4, the.f2());
        assertEquals(14, the.n());
        assertEquals(3.0 * 4 / 14, the.e11(), 1e-15);
        assertEquals(Math.log(2 / (12.0 / 14)) / Math.log(2), the.mi(), 1e-12);
        assertEquals(AssociationMeasures.g2(2, 3, 4, 14), the.g2());
        assertEquals(14 + Math.log(2.0 * 2 / 7) / Math.log(2), the.logDice(), 1e-12);
        // sorted by logDice, strongest first; ties by o11 then name
        assertEquals("the", r.rows().get(0).collocate());
    }

    @Test
    void boundariesAndAdjacency() {
        // window 5,5 in the sentence: 'the' twice around each of the first two cats
        assertEquals(4, byCollocate(Collocations.defaults().of(CATS, "cat")).get("the").o11());
        // o11 = f2 = 4 > f1 = 3 is no 2x2 table: G2 undefined
        assertTrue(Double.isNaN(byCollocate(Collocations.defaults().of(CATS, "cat")).get("the").g2()));
        // the paragraph lets the window cross the sentence end: 'mat' and 'the' of the first sentence reach the second cat
        Map<String, Collocate> para = byCollocate(Collocations.defaults().boundary(Collocations.Boundary.PARAGRAPH).of(CATS, "cat"));
        assertEquals(2, para.get("mat").o11());
        assertEquals(6, para.get("the").o11());
        assertTrue(!para.containsKey("cat"), "the two cats of the paragraph are 6 tokens apart");
        // the document also joins the paragraphs
        Map<String, Collocate> doc = byCollocate(Collocations.defaults().boundary(Collocations.Boundary.DOCUMENT).of(CATS, "cat"));
        assertEquals(1, doc.get("ran").o11());
        assertEquals(7, doc.get("the").o11(), "the last cat reaches back into the first paragraph");
        assertEquals(2, doc.get("cat").o11(), "the last two cats are 5 tokens apart, across the paragraphs");
        // adjacency: the right neighbour only
        CollocationResult adj = Collocations.defaults().adjacent().of(CATS, "cat");
        assertEquals(List.of("ate", "ran", "sat"), adj.rows().stream().map(Collocate::collocate).sorted().toList());
        // the left neighbour
        Map<String, Collocate> left = byCollocate(Collocations.defaults().window(1, 0).of(CATS, "cat"));
        assertEquals(2, left.get("the").o11());
        assertEquals(1, left.get("a").o11());
    }

    @Test
    void nodeLookupFiltersAndSorting() {
        // the node is normalized when not found as given
        assertEquals(3, Collocations.defaults().of(CATS, "Cat").nodeFrequency());
        CollocationResult none = Collocations.defaults().of(CATS, "dog");
        assertEquals(0, none.nodeFrequency());
        assertEquals(0, none.size());
        // filters: o11 >= 2 and f2 >= 2
        CollocationResult f = Collocations.defaults().window(1, 1).minCooccurrence(2).of(CATS, "cat");
        assertEquals(List.of("the"), f.rows().stream().map(Collocate::collocate).toList());
        CollocationResult g = Collocations.defaults().window(1, 1).minCollocateFrequency(2).of(CATS, "cat");
        assertEquals(List.of("the"), g.rows().stream().map(Collocate::collocate).toList());
        // any measure sorts, descending
        CollocationResult r = Collocations.defaults().window(1, 1).of(CATS, "cat");
        for (AssociationMeasure m : AssociationMeasure.values()) {
            List<Collocate> rows = r.sortedBy(m).rows();
            for (int i = 1; i < rows.size(); i++) {
                double a = m.value(rows.get(i - 1));
                double b = m.value(rows.get(i));
                assertTrue(Double.isNaN(b) || a >= b, m + " " + rows);
            }
        }
        assertEquals(AssociationMeasure.T_SCORE, AssociationMeasure.parse("t"));
        assertEquals(AssociationMeasure.LOG_DICE, AssociationMeasure.parse("logDice"));
        assertThrows(IllegalArgumentException.class, () -> AssociationMeasure.parse("pmi2"));
        assertThrows(IllegalArgumentException.class, () -> Collocations.defaults().window(0, 0));
        assertThrows(IllegalArgumentException.class, () -> Collocations.defaults().window(-1, 2));
    }

    @Test
    void allPairsAgreeWithTheNodeQuery() {
        Corpus en = Corpus.seeds().where("language", "en");
        CollocationResult node = Collocations.defaults().of(en, "stalin");
        CollocationResult all = Collocations.defaults().allPairs(en, 10);
        assertNull(all.node());
        Map<String, Collocate> fromAll = all.rows().stream().filter(c -> c.node().equals("stalin"))
                .collect(Collectors.toMap(Collocate::collocate, Function.identity()));
        assertEquals(node.size(), fromAll.size());
        for (Collocate c : node.rows()) assertEquals(c, fromAll.get(c.collocate()));
        // a pair is counted both ways: stalin~death and death~stalin have the same o11 with a symmetric window
        assertTrue(all.rows().stream().allMatch(c -> c.f1() >= 10));
    }

    @Test
    void tableAndToString() {
        CollocationResult r = Collocations.defaults().window(1, 1).of(CATS, "cat");
        Table t = r.toTable();
        assertEquals(CollocationResult.COLUMNS, t.columns());
        assertEquals("node\tcollocate\to11\tf1\tf2\tn\te11\tmi\tmi3\tt_score\tz_score\tg2\tdice\tlog_dice",
                t.toTsv().lines().findFirst().orElseThrow());
        assertEquals(r.size(), t.size());
        assertEquals(2, r.head(2).size());
        String s = r.toString();
        assertTrue(s.startsWith("Collocates of 'cat' (f1 = 3) in 14 tokens; Collocations: window 1,1 within the sentence"), s);
        assertTrue(r.rows().get(0).toString().startsWith("cat ~ the: o11=2 f1=3 f2=4 n=14"), r.rows().get(0).toString());
    }

    @Test
    void aNodeOfSeveralTokensIsFoundAsItsTokens() {
        // regression: the node was looked up as one term, so "Stalin's" (Stalin + 's in English) did not occur
        // counted tokens (norm): 0 stalin 1 's 2 statue 3 fell | 4 stalin 5 's 6 death 7 came | 8 stalin 9 stood
        Corpus c = Corpus.of(Document.of("s", Language.EN, "Stalin's statue fell. Stalin’s death came. Stalin stood."));
        CollocationResult r = Collocations.defaults().window(1, 1).of(c, "Stalin's");
        assertEquals("stalin 's", r.node());
        assertEquals(2, r.nodeFrequency());
        assertEquals(10, r.corpusSize());
        Map<String, Collocate> m = byCollocate(r);
        // the window starts after the node's last token; its own tokens are not collocates
        assertEquals(List.of("death", "statue"), m.keySet().stream().sorted().toList());
        assertEquals(1, m.get("statue").o11());
        assertEquals(2, m.get("statue").f1());
        assertEquals(1, m.get("statue").f2());
        assertEquals(2.0 / 10, m.get("statue").e11(), 1e-15);
        // a node of one token as before
        CollocationResult one = Collocations.defaults().window(1, 1).of(c, "Stalin");
        assertEquals(3, one.nodeFrequency());
        assertEquals(List.of("'s", "stood"), byCollocate(one).keySet().stream().sorted().toList());
        assertEquals(2, byCollocate(one).get("'s").o11());
    }

    @Test
    void multiTokenNodesOnTheSeedsAndInItalian() {
        CollocationResult seeds = Collocations.defaults().of(Corpus.seeds(), "Stalin's");
        assertEquals(31, seeds.nodeFrequency());
        assertEquals(8, byCollocate(seeds).get("death").o11());
        Corpus it = Corpus.of(List.of(
                Document.of("it1", Language.IT, "Nel 1956 l'Unione Sovietica cambiò rotta.\n\nL'URSS e l'Unione: due nomi, una realtà.\n"),
                Document.of("it2", Language.IT, "Dopo la morte di Stalin nel 1953, l’Unione Sovietica avviò la destalinizzazione.\n")));
        CollocationResult r = Collocations.defaults().of(it, "l'Unione");
        assertEquals("l' unione", r.node());
        assertEquals(3, r.nodeFrequency());
        assertEquals(2, byCollocate(r).get("sovietica").o11());
        assertEquals(1, byCollocate(r).get("l'").o11()); // L'URSS, before the second l'Unione
        // an elided article alone is one token, as before
        assertEquals(4, Collocations.defaults().of(it, "l'").nodeFrequency());
    }
}

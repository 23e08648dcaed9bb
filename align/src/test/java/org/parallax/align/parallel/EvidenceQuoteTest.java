package org.parallax.align.parallel;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.parallax.align.Evidence;
import org.parallax.align.Link;
import org.parallax.align.eval.PerturbedBitext;
import org.parallax.core.Document;
import org.parallax.core.Language;
import org.parallax.core.anchor.AnchorType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Evidence quotes the words of the bead itself: the surface of a stem, name, cognate, number or concept as
 * it is written in the bead's own units (it used to be the first surface of the feature anywhere in the text:
 * "prepararti" for a verse that says "Preparate", "Bethsaida" for one that says "Bethany").
 */
class EvidenceQuoteTest {
    /** Every evidence item of every link quotes text that occurs in that link's passages; returns the items checked. */
    static int assertQuotesOccurInTheirBead(ParallelAlignment a) {
        int items = 0;
        List<String> bad = new ArrayList<>();
        for (Link l : a.links()) {
            for (Evidence e : l.evidence()) {
                items++;
                if (e.sourceText().isEmpty() || !l.source().text().contains(e.sourceText())) {
                    bad.add(l.source().label() + " " + e + " not in " + l.source().text());
                }
                if (e.targetText().isEmpty() || !l.target().text().contains(e.targetText())) {
                    bad.add(l.target().label() + " " + e + " not in " + l.target().text());
                }
            }
        }
        assertTrue(bad.isEmpty(), bad.size() + " of " + items + " evidence items quote text outside their bead, e.g. "
                + bad.subList(0, Math.min(5, bad.size())));
        return items;
    }

    @Test
    void theBibleEvidenceQuotesItsOwnVerses() {
        Path dir = BibleData.dir();
        Assumptions.assumeTrue(dir != null, "shared/data/bible-nt not found: skipped");
        for (String[] pr : new String[][] {{"it", "en"}, {"nl", "en"}, {"it", "nl"}}) {
            PerturbedBitext p = BibleData.pair(dir, pr[0], pr[1], List.of("MRK"), 42, 0.02, 0.02);
            Document s = Document.of(pr[0], Language.of(pr[0]), p.source().text());
            Document t = Document.of(pr[1], Language.of(pr[1]), p.target().text());
            ParallelAlignment docs = ParallelAligner.builder().unit(Unit.LINE).build().align(s, t);
            ParallelAlignment lists = ParallelAligner.builder().build().align(pr[0], Language.of(pr[0]), p.source().lines(),
                    pr[1], Language.of(pr[1]), p.target().lines());
            // thousands of items, of every kind
            assertTrue(assertQuotesOccurInTheirBead(docs) > 3000, pr[0] + "-" + pr[1]);
            assertTrue(assertQuotesOccurInTheirBead(lists) > 3000, pr[0] + "-" + pr[1]);
            for (AnchorType type : new AnchorType[] {null, AnchorType.ENTITY, AnchorType.COGNATE, AnchorType.NUMBER}) {
                assertTrue(docs.links().stream().flatMap(l -> l.evidence().stream()).anyMatch(e -> e.type() == type),
                        pr[0] + "-" + pr[1] + " has no evidence of type " + type);
            }
        }
    }

    @Test
    void aStemIsQuotedAsTheBeadWritesIt() {
        // the stem prepar is first seen as "prepararti" (line 2); line 3 says "Preparate"
        List<String> it = List.of("Principio dell'evangelo di Gesù Cristo.",
                "Ecco, io mando il mio messaggero a prepararti la via.",
                "Una voce grida nel deserto: Preparate la via del Signore.",
                "Il mondo intero lo seguiva.");
        List<String> en = List.of("The beginning of the gospel of Jesus Christ.",
                "Behold, I send my messenger to prepare thy way.",
                "A voice cries in the wilderness: Prepare ye the way of the Lord.",
                "The whole world followed him.");
        ParallelAlignment a = ParallelAligner.builder().languages(Language.IT, Language.EN).build().align(it, en);
        assertEquals(4, a.links().size());
        assertQuotesOccurInTheirBead(a);
        Evidence prep = a.links().get(2).evidence().stream().filter(e -> e.type() == AnchorType.COGNATE
                && e.value().equals("prep")).findFirst().orElseThrow(() -> new AssertionError(a.links().get(2).evidence()));
        assertEquals("Preparate", prep.sourceText());
        assertEquals("Prepare", prep.targetText());
        Evidence prep1 = a.links().get(1).evidence().stream().filter(e -> e.value().equals("prep")).findFirst().orElseThrow();
        assertEquals("prepararti", prep1.sourceText());
        assertEquals("prepare", prep1.targetText());
    }

    @Test
    void aNameClusterIsQuotedAsTheBeadWritesIt() {
        // Bethany and Bethsaida share one name cluster with Betania; each verse quotes its own name
        List<String> it = List.of("Giunsero a Betsaida, e gli menarono un cieco.",
                "Gesù uscì verso Betania con i dodici.",
                "Poi tornarono tutti a Betania la sera.");
        List<String> en = List.of("They came to Bethsaida, and they brought a blind man unto him.",
                "Jesus went out unto Bethany with the twelve.",
                "Then they all returned to Bethany in the evening.");
        ParallelAlignment a = ParallelAligner.builder().languages(Language.IT, Language.EN).build().align(it, en);
        assertEquals(3, a.links().size());
        assertQuotesOccurInTheirBead(a);
        List<Evidence> names = a.links().get(1).evidence().stream().filter(e -> e.type() == AnchorType.ENTITY).toList();
        assertFalse(names.isEmpty(), a.links().get(1).evidence().toString());
        for (Evidence e : names) assertFalse(e.targetText().equals("Bethsaida") || e.sourceText().equals("Betsaida"), e.toString());
        assertTrue(names.stream().anyMatch(e -> e.sourceText().equals("Betania") && e.targetText().equals("Bethany")), names.toString());
    }

    @Test
    void anAnchorAcrossALineBreakIsOneLineInTheTsvCellWhateverTheLineEnding() {
        for (String nl : List.of("\r", "\r\n", "\n")) {
            String it = "Il culto della" + nl + "personalità di Stalin fu denunciato nel 1956." + nl + "Seconda frase." + nl;
            String en = "The cult of" + nl + "personality of Stalin was denounced in 1956." + nl + "Second sentence." + nl;
            ParallelAlignment a = ParallelAligner.builder().build()
                    .align(Document.of("it", Language.IT, it), Document.of("en", Language.EN, en));
            Link l = a.links().get(0);
            Evidence cult = l.evidence().stream().filter(e -> e.value().equals("cult_of_personality")).findFirst()
                    .orElseThrow(() -> new AssertionError(l.evidence()));
            // the quote is the text as written (JSON), the TSV cell and toString fold the break to one space
            assertEquals("culto della" + nl + "personalità", cult.sourceText());
            assertTrue(l.source().text().contains(cult.sourceText()));
            assertEquals("concept:cult_of_personality \"culto della personalità\" ~ \"cult of personality\"", cult.compact());
            assertFalse(l.evidenceText(8).contains("\r") || l.evidenceText(8).contains("\n"), l.evidenceText(8));
            assertFalse(l.toString().contains("\r") || cult.toString().contains("\r"), l.toString());
        }
    }
}

package org.parallax.align;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.Language;
import org.parallax.core.anchor.AnchorExtractor;
import org.parallax.core.anchor.CorpusAnchors;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComparableAlignerTest {
    private static Corpus seeds;
    private static CorpusAnchors anchors;
    private static ComparableAlignment paragraphs;

    @BeforeAll
    static void align() {
        seeds = Corpus.seeds();
        anchors = AnchorExtractor.standard().extract(seeds);
        paragraphs = Aligner.comparable().build().align(seeds, anchors);
    }

    private static Passage passageCovering(ComparableAlignment a, String doc, int line) {
        return a.passages().stream().filter(p -> p.doc().equals(doc) && p.covers(line)).findFirst().orElseThrow();
    }

    @Test
    void paragraphPassagesTakeTheHeadingsAndBlankLinesBeforeThem() {
        // en-wikipedia: 17 paragraph, 18 blank, 19 "=== Motivation ===", 20 paragraph
        Passage p = passageCovering(paragraphs, "en-wikipedia", 20);
        assertEquals(18, p.firstLine());
        assertEquals(20, p.lastLine());
        assertTrue(p.text().startsWith("\n=== Motivation ===\n"), p.text());
        // boilerplate is not a passage and is not swallowed: en-encyclopedia line 1 "Skip to main content"
        Passage first = passageCovering(paragraphs, "en-encyclopedia", 5);
        assertEquals(2, first.firstLine());
        assertTrue(paragraphs.passages().stream().noneMatch(x -> x.doc().equals("en-encyclopedia") && x.covers(1)));
        // the Italian document: one passage per line
        assertEquals(6, paragraphs.passages().stream().filter(x -> x.doc().equals("it-destalinizzazione")).count());
        for (Passage x : paragraphs.passages()) {
            Document d = seeds.document(x.doc());
            assertEquals(d.text().substring(x.start(), x.end()), x.text());
        }
    }

    @Test
    void offsetsAndLinesDescribeTheSameSpanAtEveryGranularity() throws IOException {
        for (Granularity g : Granularity.values()) {
            ComparableAlignment a = g == Granularity.PARAGRAPH ? paragraphs
                    : Aligner.comparable().granularity(g).build().align(seeds, anchors);
            for (Passage x : a.passages()) {
                Document d = seeds.document(x.doc());
                String where = g + " " + x;
                assertTrue(x.end() > x.start(), where);
                assertEquals(x.firstLine(), d.lineIndex().lineOf(x.start()), where);
                assertEquals(x.lastLine(), d.lineIndex().lineOf(x.end() - 1), where);
                assertEquals(d.text().substring(x.start(), x.end()), x.text(), where);
            }
        }
        // the JSON gives the passage's fields as they are: a heading's markup is in the text, not cut off
        StringWriter w = new StringWriter();
        paragraphs.writeJson(w);
        assertFalse(w.toString().contains("\"text\" : \"Motivation ===\\n"), "a heading cut after its markup");
        assertTrue(w.toString().contains("\"text\" : \"\\n=== Motivation ===\\n"));
    }

    @Test
    void evidenceQuotedFromAHeadingSaysSo() throws IOException {
        ComparableAlignment a = Aligner.comparable().granularity(Granularity.SENTENCE).build().align(seeds, anchors);
        int items = 0;
        int fromHeading = 0;
        for (Link l : a.links()) {
            for (Evidence e : l.evidence()) {
                items++;
                for (boolean source : new boolean[] {true, false}) {
                    Passage p = source ? l.source() : l.target();
                    String quote = source ? e.sourceText() : e.targetText();
                    boolean heading = source ? e.sourceFromHeading() : e.targetFromHeading();
                    if (heading) {
                        fromHeading++;
                        // a sentence is never a heading: the quote is in a heading of its document before it
                        Document d = seeds.document(p.doc());
                        assertTrue(d.headings().stream().anyMatch(h -> h.start() < p.start()
                                && d.text().substring(h.start(), h.end()).contains(quote)), e + " in " + p);
                    } else {
                        assertTrue(p.text().contains(quote), e + " in " + p);
                    }
                }
            }
        }
        assertTrue(fromHeading > items / 20, fromHeading + " of " + items);
        // the TSV marks the side, the JSON says so per side
        Evidence e = new Evidence(org.parallax.core.anchor.AnchorType.CONCEPT, "prison", "prigione", "Prisons", 0.1, false, true);
        assertEquals("concept:prison \"prigione\" ~ (heading) \"Prisons\"", e.compact());
        Link h = a.links().stream().filter(l -> l.evidence().stream().anyMatch(Evidence::targetFromHeading)).findFirst().orElseThrow();
        StringWriter w = new StringWriter();
        LinkFormats.writeJson(List.of(h), w);
        assertTrue(w.toString().contains("\"target_from_heading\" : true"), w.toString());
        assertTrue(h.evidenceText(LinkFormats.TSV_EVIDENCE).contains("~ (heading) \""));
    }

    @Test
    void otherGranularities() {
        Corpus it = seeds.where("id", "it-destalinizzazione");
        ComparableAligner.Builder b = Aligner.comparable();
        assertEquals(16, b.granularity(Granularity.SENTENCE).build().index(it, anchors).size());
        assertEquals(6, Aligner.comparable().granularity(Granularity.LINE).build().index(it, anchors).size());
        PassageIndex windows = Aligner.comparable().granularity(Granularity.WINDOW).window(3, 2).build().index(it, anchors);
        // windows never cross a section (the Italian text has none) and cover every sentence
        assertEquals(8, windows.size(), "16 sentences, windows of 3 starting every 2: 0,2,..,14");
        assertEquals(1, windows.passage(0).firstLine());
        assertEquals(6, windows.passage(windows.size() - 1).lastLine());
    }

    @Test
    void coarserTimeValues() {
        assertEquals(List.of("1956-02", "1956", "195X"), PassageIndex.coarser("1956-02-25"));
        assertEquals(List.of("1953", "195X"), PassageIndex.coarser("1953-03"));
        assertEquals(List.of("195X"), PassageIndex.coarser("1956"));
        assertEquals(List.of("1954", "1955"), PassageIndex.coarser("1954/1955"));
        assertEquals(List.of("1953"), PassageIndex.coarser("1953/.."));
        assertEquals(List.of(), PassageIndex.coarser("198X"));
    }

    @Test
    void theSecretSpeechIsOneEventAcrossFourDocuments() {
        // the gold event E04 (the secret speech) in four documents, one passage each; the Dutch paragraph 3
        // tells seven events at once and is mutually best with the anti-party group's passages, so it sits
        // in that cluster (a chain through both was split at its median link)
        EventCluster speech = paragraphs.clusters().stream().filter(c -> c.label().contains("congress #20")).findFirst().orElseThrow();
        assertEquals(List.of("it-destalinizzazione:4", "en-wikipedia:14-17", "en-essay:18", "en-encyclopedia:6-7"),
                speech.passages().stream().map(Passage::label).toList());
        Passage nl3 = passageCovering(paragraphs, "nl-destalinisatie", 3);
        assertTrue(paragraphs.clusters().stream().anyMatch(c -> c.passages().contains(nl3)
                && c.passages().contains(passageCovering(paragraphs, "en-wikipedia", 25))));
        String synopsis = speech.toString();
        assertTrue(synopsis.startsWith("Event "), synopsis);
        assertTrue(synopsis.contains("it-destalinizzazione") && synopsis.contains("[ventesimo]"), synopsis);
        assertTrue(speech.sharedAnchors().stream().anyMatch(a -> a.value().equals("congress#20") && a.documents() >= 4));
    }

    @Test
    void linksCarryEvidenceFromBothSides() {
        Link l = paragraphs.links("it-destalinizzazione", "en-wikipedia").stream()
                .filter(x -> x.source().covers(4) && x.source().doc().equals("it-destalinizzazione"))
                .max(java.util.Comparator.comparingDouble(Link::score)).orElseThrow();
        assertEquals(17, l.target().lastLine(), "the secret-speech paragraph of the English wiki article");
        assertTrue(l.evidence().stream().anyMatch(e -> e.key().equals("time:1956-02-25")
                && e.sourceText().equals("il 25 febbraio 1956") && e.targetText().equals("On 25 February 1956")), l.evidence().toString());
        for (Link x : paragraphs.links()) {
            assertFalse(x.source().doc().equals(x.target().doc()));
            assertFalse(x.evidence().isEmpty());
            assertTrue(x.score() > 0);
            String src = seeds.document(x.source().doc()).text();
            for (Evidence e : x.evidence()) assertTrue(src.contains(e.sourceText()), e.toString());
        }
    }

    @Test
    void everyPassageWithSharedFeaturesLinksToItsBestPassagePerDocument() {
        PassageIndex idx = paragraphs.index();
        Map<String, Integer> perPassageAndDoc = new HashMap<>();
        for (Link l : paragraphs.links()) {
            perPassageAndDoc.merge(l.source().index() + ">" + l.target().doc(), 1, Integer::sum);
            perPassageAndDoc.merge(l.target().index() + ">" + l.source().doc(), 1, Integer::sum);
        }
        // the Italian line 4 (the secret speech) links to every other document
        int it4 = passageCovering(paragraphs, "it-destalinizzazione", 4).index();
        for (String d : List.of("nl-destalinisatie", "en-wikipedia", "en-essay", "en-encyclopedia")) {
            assertTrue(perPassageAndDoc.containsKey(it4 + ">" + d), d);
        }
        assertTrue(idx.features() > 100);
    }

    @Test
    void featureWeightsReproduceTheScore() {
        // without the order prior, score(q, p) = sum over shared features of queryWeight(q) * bm25(p) (anchors
        // only across languages) divided by the same sum of q against itself
        PassageIndex idx = Aligner.comparable().orderPrior(0).build().index(seeds, anchors);
        int q = passageCovering(paragraphs, "it-destalinizzazione", 4).index();
        int checked = 0;
        for (int p = 0; p < idx.size(); p++) {
            if (idx.documentOf(p) == idx.documentOf(q)) continue;
            boolean same = idx.passage(p).language().equals(idx.passage(q).language());
            Map<String, Float> bm = new HashMap<>();
            for (PassageIndex.FeatureWeight f : idx.featureWeights(p)) bm.put(f.key(), f.bm25());
            double raw = 0;
            double self = 0;
            for (PassageIndex.FeatureWeight f : idx.featureWeights(q)) {
                self += (double) f.queryWeight() * f.bm25();
                if ((same || f.anchor()) && bm.containsKey(f.key())) raw += (double) f.queryWeight() * bm.get(f.key());
            }
            assertEquals(raw / self, idx.score(q, p), 1e-6, idx.passage(p).toString()); // the index multiplies in float
            if (raw > 0) checked++;
        }
        assertTrue(checked > 10, "passages sharing features with the Italian secret-speech paragraph: " + checked);
        assertTrue(idx.featureWeights(q).stream().anyMatch(f -> f.key().equals("time:1956-02-25") && f.anchor()));
    }

    @Test
    void settingsAreValidatedAndSummarized() {
        IllegalArgumentException t = assertThrows(IllegalArgumentException.class,
                () -> Aligner.comparable().threshold(-1).build());
        assertEquals("threshold must be a finite number >= 0, got -1.0", t.getMessage());
        IllegalArgumentException g = assertThrows(IllegalArgumentException.class,
                () -> Aligner.comparable().orderPrior(Double.NaN).build());
        assertEquals("orderPrior must be a finite number >= 0, got NaN", g.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Aligner.comparable().neighbours(-0.5, 5).build());
        assertThrows(IllegalArgumentException.class,
                () -> Aligner.comparable().granularity(Granularity.WINDOW).window(2, 3).build());
        assertEquals("ComparableAligner: paragraph passages, best links, threshold 0.02, order prior 1, neighbours 0.5 x 5, "
                + "k1 1.2, b 0.25", Aligner.comparable().build().toString());
        assertEquals("ComparableAligner: window passages (3 sentences, stride 2), mutual links, threshold 0.02, order prior 1, "
                + "neighbours 0.5 x 5, k1 1.2, b 0.25",
                Aligner.comparable().granularity(Granularity.WINDOW).policy(LinkPolicy.MUTUAL_BEST).build().toString());
        assertEquals(String.format(java.util.Locale.ROOT, "PassageIndex: 78 paragraph passages in 5 documents, %,d features",
                paragraphs.index().features()), paragraphs.index().toString());
    }

    @Test
    void linksBetweenDocumentsNameUnknownIds() {
        assertEquals(paragraphs.links().stream().filter(l -> l.source().doc().equals("it-destalinizzazione")
                && l.target().doc().equals("nl-destalinisatie")).count(),
                paragraphs.links("nl-destalinisatie", "it-destalinizzazione").size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> paragraphs.links("nope", "en-essay"));
        assertTrue(e.getMessage().startsWith("no document 'nope' in this alignment; ids: it-destalinizzazione,"), e.getMessage());
    }

    @Test
    void policies() {
        ComparableAlignment mutual = Aligner.comparable().policy(LinkPolicy.MUTUAL_BEST).build().align(seeds, anchors);
        ComparableAlignment competitive = Aligner.comparable().policy(LinkPolicy.COMPETITIVE).build().align(seeds, anchors);
        Set<String> best = new HashSet<>();
        for (Link l : paragraphs.links()) best.add(l.source().index() + "-" + l.target().index());
        for (Link l : mutual.links()) assertTrue(best.contains(l.source().index() + "-" + l.target().index()));
        assertTrue(mutual.links().size() < paragraphs.links().size());
        Set<String> used = new HashSet<>();
        for (Link l : competitive.links()) {
            assertTrue(used.add(l.source().index() + ">" + l.target().doc()), "one link per passage and document");
            assertTrue(used.add(l.target().index() + ">" + l.source().doc()));
        }
        assertEquals(LinkPolicy.MUTUAL_BEST, LinkPolicy.parse("mutual"));
        assertThrows(IllegalArgumentException.class, () -> LinkPolicy.parse("all"));
    }

    @Test
    void candidatesComeOnlyFromTheIndex() {
        Document a = Document.of("a", Language.EN, "The harvest of 1871 in Tuscany was poor.\n\nWine prices rose.");
        Document b = Document.of("b", Language.IT, "Il Partito comunista cambiò segretario.\n\nNessuno protestò.");
        ComparableAlignment r = Aligner.comparable().build().align(Corpus.of(a, b));
        assertTrue(r.links().isEmpty(), r.links().toString());
        assertTrue(r.clusters().isEmpty());
    }

    @Test
    void outputIsDeterministicWhateverTheThreads() throws IOException {
        ComparableAlignment one = Aligner.comparable().threads(1).build().align(seeds, anchors);
        ComparableAlignment four = Aligner.comparable().threads(4).build().align(seeds, anchors);
        StringWriter w1 = new StringWriter();
        StringWriter w4 = new StringWriter();
        one.writeTsv(w1);
        four.writeTsv(w4);
        assertEquals(w1.toString(), w4.toString());
        StringWriter again = new StringWriter();
        paragraphs.writeTsv(again);
        assertEquals(w1.toString(), again.toString());
        assertTrue(w1.toString().startsWith(String.join("\t", LinkFormats.COLUMNS) + "\n"));
    }

    @Test
    void settingsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> Aligner.comparable().window(0, 1).build());
        assertThrows(IllegalArgumentException.class, () -> Aligner.comparable().bm25(1.2, 2).build());
        assertThrows(IllegalArgumentException.class, () -> Granularity.parse("chapter"));
        assertTrue(paragraphs.toString().startsWith("Comparable alignment (paragraph)"));
    }
}

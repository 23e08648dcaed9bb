package org.parallax.core.anchor;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.core.Block;
import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.Language;
import org.parallax.core.table.Table;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnchorExtractorTest {
    private static Corpus seeds;
    private static CorpusAnchors anchors;

    @BeforeAll
    static void load() {
        seeds = Corpus.seeds();
        anchors = AnchorExtractor.standard().extract(seeds);
    }

    private static Set<String> values(String doc, AnchorType type) {
        return anchors.anchors(doc).stream().filter(a -> a.type() == type).map(Anchor::value).collect(Collectors.toSet());
    }

    @Test
    void theTwentiethCongressIsOneAnchorInEveryLanguage() {
        // "ventesimo congresso del partito", "20th Party Congress", "Twentieth Party Congress", "Twentieth Congress"
        assertTrue(values("it-destalinizzazione", AnchorType.ORDINAL).contains("congress#20"));
        assertTrue(values("en-wikipedia", AnchorType.ORDINAL).contains("congress#20"));
        assertTrue(values("en-essay", AnchorType.ORDINAL).contains("congress#20"));
        assertTrue(values("en-encyclopedia", AnchorType.ORDINAL).contains("congress#20"));
        assertTrue(values("en-wikipedia", AnchorType.ORDINAL).contains("congress#22"));
        assertTrue(values("en-encyclopedia", AnchorType.ORDINAL).contains("congress#22"));
    }

    @Test
    void ordinalsBindOnlyToAConceptThatFollowsClosely() {
        Document d = Document.of("x", Language.EN, "The 20th Party Congress met. In the 20th year, nothing. The first.");
        CorpusAnchors a = AnchorExtractor.standard().extract(Corpus.of(d));
        List<String> ordinals = a.anchors("x").stream().filter(x -> x.type() == AnchorType.ORDINAL).map(Anchor::value).toList();
        assertEquals("congress#20", ordinals.get(0));
        assertTrue(ordinals.get(1).endsWith("#20") && !ordinals.get(1).startsWith("congress"), ordinals.toString());
    }

    @Test
    void ordinalsBindTheSameWayInALongDocument() {
        // regression: ordinals looked for their concept by scanning all of the document's concepts from the
        // start (quadratic: 8.6 s of 11.9 for 10,000 x 10,000 passages); now by binary search. A paragraph
        // repeated 400 times must give, in every copy, the ordinals it gives alone.
        String para = "Il XX Congresso si aprì nel 1956. Vinse la Seconda Guerra Mondiale. Nel terzo anno, "
                + "il XXII Congresso del partito. Il primo segretario parlò.\n\n";
        List<String> one = ordinals(Document.of("x", Language.IT, para));
        assertEquals(List.of("congress#20", "year#3", "congress#22"), one); // "primo segretario" is a concept
        List<String> many = ordinals(Document.of("x", Language.IT, para.repeat(400)));
        assertEquals(400 * one.size(), many.size());
        for (int k = 0; k < 400; k++) assertEquals(one, many.subList(k * one.size(), (k + 1) * one.size()), "copy " + k);
    }

    private static List<String> ordinals(Document d) {
        return AnchorExtractor.standard().extract(Corpus.of(d)).anchors("x").stream()
                .filter(x -> x.type() == AnchorType.ORDINAL).map(Anchor::value).toList();
    }

    @Test
    void anOrdinalInsideAConceptNameIsNotAnAnchorOfItsOwn() {
        Document d = Document.of("x", Language.IT, "Vinse la Seconda Guerra Mondiale. Il XX Congresso si aprì.");
        CorpusAnchors a = AnchorExtractor.standard().extract(Corpus.of(d));
        List<String> ordinals = a.anchors("x").stream().filter(x -> x.type() == AnchorType.ORDINAL).map(Anchor::value).toList();
        assertEquals(List.of("congress#20"), ordinals);
        assertTrue(a.anchors("x").stream().anyMatch(x -> x.value().equals("second_world_war")));
    }

    @Test
    void broaderChainIsFollowed() {
        AnchorExtractor x = AnchorExtractor.standard();
        assertEquals("congress", x.broadest("party_congress"));
        assertEquals("congress", x.broadest("congress"));
        assertEquals("no_such_concept", x.broadest("no_such_concept"));
    }

    @Test
    void everyTypeIsFoundAcrossTheSeeds() {
        for (AnchorType t : AnchorType.values()) {
            long n = seeds.ids().stream().mapToLong(id -> anchors.anchors(id).stream().filter(a -> a.type() == t).count()).sum();
            assertTrue(n > 0, t + " never found");
        }
        assertTrue(values("it-destalinizzazione", AnchorType.TIME).containsAll(Set.of("1953-03", "1917", "1956-02-25", "1964")));
        assertTrue(values("nl-destalinisatie", AnchorType.ENTITY).contains("khrushchev"));
        assertTrue(values("it-destalinizzazione", AnchorType.ENTITY).contains("khrushchev"));
        assertTrue(values("nl-destalinisatie", AnchorType.CONCEPT).containsAll(Set.of("secret_speech", "cult_of_personality")));
        assertTrue(values("it-destalinizzazione", AnchorType.CONCEPT).contains("cult_of_personality"));
        assertTrue(values("it-destalinizzazione", AnchorType.COGNATE).contains(
                anchors.cognates().classOf(Language.NL, "destalinisatie")));
    }

    @Test
    void boilerplateAnchorsOnlyOnRequest() {
        List<Anchor> content = anchors.anchors("en-encyclopedia");
        List<Anchor> all = anchors.anchors("en-encyclopedia", true);
        assertTrue(content.stream().noneMatch(Anchor::boilerplate));
        assertTrue(all.size() > content.size());
        assertTrue(all.stream().anyMatch(a -> a.boilerplate() && a.value().equals("2019-02-15")));
        assertTrue(content.stream().noneMatch(a -> a.value().equals("2019-02-15")));
    }

    @Test
    void anchorsAreInDocumentOrderAndCutTheirText() {
        for (Document d : seeds) {
            List<Anchor> list = anchors.anchors(d.id(), true);
            for (int i = 0; i < list.size(); i++) {
                Anchor a = list.get(i);
                assertEquals(d.text().substring(a.start(), a.end()), a.text(), a.toString());
                assertEquals(d.id(), a.doc());
                if (i > 0) assertTrue(list.get(i - 1).compareTo(a) <= 0);
            }
        }
    }

    @Test
    void spansSelectTheirAnchors() {
        Document it = seeds.document("it-destalinizzazione");
        Block p4 = it.paragraphs().get(3);
        AnchorSet s = anchors.forBlock(it, p4);
        assertTrue(s.contains("time:1956-02-25"), s.toString());
        assertTrue(s.contains("ordinal:congress#20"));
        assertTrue(s.contains("concept:cult_of_personality"));
        assertTrue(s.anchors().stream().allMatch(a -> a.start() >= p4.start() && a.end() <= p4.end()));
        assertFalse(s.toString().isBlank());
        assertTrue(anchors.toString().contains("it-destalinizzazione"));
        assertEquals(0, anchors.forSpan(it, 0, 0).size());
    }

    @Test
    void spansOfAnotherCorpusOrOutsideTheTextAreRefused() {
        Document it = seeds.document("it-destalinizzazione");
        // a document of another corpus with the same id: not the anchors of this one
        Document stranger = Document.of("it-destalinizzazione", Language.IT, "Il 25 febbraio 1956 Krusciov parlò al congresso.");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> anchors.forBlock(stranger, stranger.blocks().get(0)));
        assertTrue(e.getMessage().startsWith("document 'it-destalinizzazione' is not the one of the corpus of these anchors"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> anchors.forSpan(stranger, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> anchors.forSentence(stranger, stranger.sentences().get(0)));
        Document unknown = Document.of("xx", Language.IT, "Krusciov.");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> anchors.forSpan(unknown, 0, 1)).getMessage()
                .startsWith("no document 'xx' in the corpus of these anchors; ids: it-destalinizzazione, "));
        // the same text analysed again is the same document
        Document again = Document.of("it-destalinizzazione", Language.IT, it.text());
        assertEquals(anchors.forSpan(it, 0, 400).anchors(), anchors.forSpan(again, 0, 400).anchors());
        // a block or sentence of another document
        Document nl = seeds.document("nl-destalinisatie");
        assertThrows(IllegalArgumentException.class, () -> anchors.forBlock(it, nl.blocks().get(1)));
        assertThrows(IllegalArgumentException.class, () -> anchors.forSentence(it, nl.sentences().get(1)));
        // 0 <= start <= end <= length
        int n = it.text().length();
        IndexOutOfBoundsException x = assertThrows(IndexOutOfBoundsException.class, () -> anchors.forSpan(it, -10, 5));
        assertEquals("span [-10, 5) of document 'it-destalinizzazione': begin -10, end 5, length " + n, x.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> anchors.forSpan(it, 500, 10));
        assertThrows(IndexOutOfBoundsException.class, () -> anchors.forSpan(it, 0, n + 1));
        assertEquals(0, anchors.forSpan(it, n, n).size());
        assertEquals(anchors.anchors("it-destalinizzazione", true), anchors.forSpan(it, 0, n).anchors());
    }

    @Test
    void extractorMatcherAndRecognizerPrintASummary() {
        ConceptLexicon lex = ConceptLexicon.standard();
        assertEquals("AnchorExtractor[time, number, ordinal, entity, cognate, concept; " + lex + "]",
                AnchorExtractor.standard().toString());
        assertEquals("AnchorExtractor[time, entity; " + lex + "]",
                AnchorExtractor.builder().types(EnumSet.of(AnchorType.ENTITY, AnchorType.TIME)).build().toString());
        ConceptMatcher m = new ConceptMatcher(lex);
        assertEquals("ConceptMatcher[" + lex + "; indexed: none yet]", m.toString());
        m.match(seeds.document("nl-destalinisatie"));
        String matcher = m.toString();
        assertTrue(matcher.matches("ConceptMatcher\\[.*; indexed: nl \\d+ patterns]"), matcher);
        EntityRecognizer.standard().mentions(seeds.document("en-essay"));
        String recognizer = EntityRecognizer.standard().toString();
        assertTrue(recognizer.startsWith("EntityRecognizer[cues from entities.tsv of it, nl, en; loaded for: "), recognizer);
        assertTrue(recognizer.matches(".*loaded for: (.*, )?en(, .*)?]"), recognizer);
    }

    @Test
    void entityClustersPrintTheTwentyLargestAligned() {
        EntityClusters cl = anchors.entities();
        List<String> lines = cl.toString().lines().toList();
        assertEquals("EntityClusters: " + cl.size() + " clusters, the largest first", lines.get(0));
        assertEquals("entity_clusters: " + cl.size() + " rows", lines.get(1));
        assertEquals(1 + 1 + 1 + 20 + 1, lines.size(), "title, count, header, 20 rows, the rest");
        assertEquals("... " + (cl.size() - 20) + " more rows", lines.get(lines.size() - 1));
        assertTrue(lines.get(3).startsWith("stalin "), lines.get(3));
        // columns start where their header starts, however long the ids
        String header = lines.get(2);
        int kind = header.indexOf("kind");
        int label = header.indexOf("label");
        for (String row : lines.subList(3, 23)) {
            assertEquals(' ', row.charAt(kind - 1), row);
            assertTrue(Character.isUpperCase(row.charAt(kind)), row);
            assertEquals(' ', row.charAt(label - 1), row);
        }
        Table t = cl.toTable();
        assertEquals(EntityClusters.COLUMNS, t.columns());
        assertEquals(cl.size(), t.size());
        assertEquals(List.of("stalin", "PERSON", "en, it, nl"), t.rows().get(0).subList(0, 3));
        assertEquals(cl.members("stalin").size(), t.get(0, "mentions"));
    }

    @Test
    void typesCanBeChosen() {
        CorpusAnchors onlyTime = AnchorExtractor.builder().types(EnumSet.of(AnchorType.TIME)).build().extract(seeds);
        assertTrue(onlyTime.anchors("it-destalinizzazione").stream().allMatch(a -> a.type() == AnchorType.TIME));
        assertEquals(4, onlyTime.anchors("it-destalinizzazione").size());
        assertThrows(IllegalArgumentException.class, () -> AnchorExtractor.builder().types(EnumSet.noneOf(AnchorType.class)));
        assertThrows(IllegalArgumentException.class, () -> anchors.anchors("nope"));
    }

    @Test
    void corpusExtractionSharesMentionsButAgreesWithTheComponentsBuiltAlone() {
        // extract() recognizes each document's entity mentions once for the clusters and the cognate index; the
        // result must be what the public builders give when each recognizes the mentions itself
        EntityClusters clusters = EntityClusters.build(seeds);
        CognateIndex cognates = CognateIndex.build(seeds);
        for (Document d : seeds) {
            List<Anchor> all = anchors.anchors(d.id(), true);
            assertEquals(clusters.anchors(d), all.stream().filter(a -> a.type() == AnchorType.ENTITY).toList(), d.id());
            assertEquals(cognates.anchors(d), all.stream().filter(a -> a.type() == AnchorType.COGNATE).toList(), d.id());
            assertFalse(cognates.anchors(d).isEmpty(), d.id());
        }
        // a corpus of one document runs without the thread pool: its entity anchors are those of the clusters
        // built alone (cognates need two languages, so there are none)
        Document it = seeds.document("it-destalinizzazione");
        Corpus one = Corpus.of(List.of(it));
        List<Anchor> single = AnchorExtractor.standard().extract(one).anchors(it.id(), true);
        List<Anchor> entities = single.stream().filter(a -> a.type() == AnchorType.ENTITY).toList();
        assertFalse(entities.isEmpty());
        assertEquals(EntityClusters.build(one).anchors(it), entities);
        assertTrue(single.stream().noneMatch(a -> a.type() == AnchorType.COGNATE));
    }
}

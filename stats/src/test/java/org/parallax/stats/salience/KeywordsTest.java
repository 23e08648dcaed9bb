package org.parallax.stats.salience;

import org.junit.jupiter.api.Test;
import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.Language;
import org.parallax.core.table.Table;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TextRank and RAKE on texts whose graphs and scores are known by construction. */
class KeywordsTest {
    private static final double EXACT = 1e-9;

    private static TextRank exact() { return TextRank.defaults().convergence(1e-13, 10_000); }

    private static List<String> keys(List<KeyPhrase> k) { return k.stream().map(KeyPhrase::key).toList(); }

    @Test
    void textRankOnAStar() {
        // candidates per sentence: (reform, party), (purge, party), (terror, party): a star around "party"
        Document d = Document.of("star", Language.EN, "Reform of the party. Purge of the party. Terror of the party.");
        // S(centre) = 0.15 + 0.85 * 3 S(leaf); S(leaf) = 0.15 + 0.85 S(centre) / 3
        // => S(centre) = (0.15 + 0.1275 * 3) / (1 - 0.7225) = 1.918919, S(leaf) = 0.693694
        double centre = (0.15 + 0.1275 * 3) / (1 - 0.7225);
        double leaf = 0.15 + 0.85 * centre / 3;
        Map<String, Double> v = exact().vertexScores(d);
        assertEquals(List.of("party", "purge", "reform", "terror"), List.copyOf(v.keySet()));
        assertEquals(centre, v.get("party"), EXACT);
        assertEquals(leaf, v.get("terror"), EXACT);
        assertEquals(4.0, v.values().stream().mapToDouble(Double::doubleValue).sum(), EXACT);
        // T = ceil(4/3) = 2 keywords: the centre and the first leaf by value; never adjacent in the text
        List<KeyPhrase> k = exact().extract(d);
        assertEquals(List.of("party", "purge"), keys(k));
        assertEquals("party", k.get(0).term());
        assertEquals(centre, k.get(0).score(), EXACT);
        assertEquals(3, k.get(0).freq());
        assertEquals(1, k.get(0).length());
        assertEquals("Purge", k.get(1).term());
        // the default tolerance (1e-4) gives the same ranking and close scores
        List<KeyPhrase> approx = TextRank.defaults().extract(d);
        assertEquals(keys(k), keys(approx));
        assertEquals(centre, approx.get(0).score(), 1e-3);
    }

    @Test
    void windowOverTheCandidatesOfASentence() {
        Document d = Document.of("path", Language.EN, "Oil price crisis.");
        // window 2: the path oil - price - crisis, a star with two leaves
        Map<String, Double> path = exact().vertexScores(d);
        double centre = (0.15 + 0.1275 * 2) / (1 - 0.7225);
        assertEquals(centre, path.get("price"), EXACT);
        assertEquals(0.15 + 0.85 * centre / 2, path.get("oil"), EXACT);
        // window 3: a triangle, every vertex scores 1
        Map<String, Double> triangle = exact().window(3).vertexScores(d);
        for (double s : triangle.values()) assertEquals(1.0, s, EXACT);
        // sentences are not linked
        Map<String, Double> apart = exact().vertexScores(Document.of("x", Language.EN, "Oil. Price."));
        assertEquals(0.15, apart.get("oil"), EXACT);
        assertThrows(IllegalArgumentException.class, () -> TextRank.defaults().window(1));
    }

    @Test
    void adjacentKeywordsCollapseIntoPhrases() {
        // one edge secret - speech: both score 1; with every vertex a keyword, "Secret speech" is a phrase
        Document d = Document.of("p", Language.EN, "Secret speech. Secret speech. Speech.");
        List<KeyPhrase> mean = exact().ratio(1.0).extract(d);
        assertEquals(List.of("secret speech", "speech"), keys(mean), "tie on the mean: the more frequent first");
        assertEquals(new KeyPhrase("p", "Secret speech", "secret speech", 1.0, 2, 2), mean.get(0));
        assertEquals(new KeyPhrase("p", "Speech", "speech", 1.0, 1, 1), mean.get(1));
        List<KeyPhrase> sum = exact().ratio(1.0).phraseScore(TextRank.PhraseScore.SUM).extract(d);
        assertEquals(2.0, sum.get(0).score(), EXACT);
        // with the default third, only "secret" (first of the tie by value) is a keyword
        assertEquals(List.of("secret"), keys(exact().extract(d)));
        assertEquals(List.of("secret speech"), keys(exact().ratio(1.0).minFreq(2).extract(d)));
    }

    @Test
    void textRankSkipsStopwordsAndOtherClasses() {
        // "however" is on the extra English stop list, verbs are not keyword tags
        Document d = Document.of("s", Language.EN, "However, the reform removed the purge.");
        Map<String, Double> v = exact().vertexScores(d);
        assertEquals(List.of("purge", "reform"), v.keySet().stream().sorted().toList());
    }

    @Test
    void rakeScoresByDegreeOverFrequency() {
        // candidates: secret speech | secret police | police state | speech
        // freq: secret 2, speech 2, police 2, state 1; deg: secret 4, speech 3, police 4, state 2
        Document d = Document.of("r", Language.EN, "Secret speech. Secret police. Police state. Speech.");
        List<KeyPhrase> k = Rake.defaults().extract(d);
        assertEquals(List.of("police state", "secret police", "secret speech", "speech"), keys(k));
        assertEquals(4.0, k.get(0).score(), EXACT);   // police 4/2 + state 2/1
        assertEquals(4.0, k.get(1).score(), EXACT);   // secret 4/2 + police 4/2
        assertEquals(3.5, k.get(2).score(), EXACT);   // secret 4/2 + speech 3/2
        assertEquals(1.5, k.get(3).score(), EXACT);   // speech 3/2
        assertEquals("Police state", k.get(0).term());
    }

    @Test
    void rakeSplitsAtStopwordsPunctuationAndFunctionClasses() {
        // "the", "and" are stopwords; "denounced" is a verb (a phrase-break tag); "1956" is a number
        Document d = Document.of("s", Language.EN, "The secret police and the state police denounced Stalin in 1956 speeches.");
        List<KeyPhrase> k = Rake.defaults().extract(d);
        assertEquals(List.of("secret police", "state police", "speeches", "stalin"), keys(k));
        // police: freq 2, deg 4 -> 2; secret 2/1; state 2/1; stalin 1; speeches 1
        assertEquals(4.0, k.get(0).score(), EXACT);
        assertEquals(1.0, k.get(3).score(), EXACT);
        // candidates longer than maxWords are dropped before scoring
        Document longer = Document.of("l", Language.EN, "Soviet secret police reform. Police.");
        assertEquals(List.of("police"), keys(Rake.defaults().maxWords(3).extract(longer)));
        assertEquals(List.of("soviet secret police reform", "police"), keys(Rake.defaults().extract(longer)));
    }

    @Test
    void resultsAndTables() {
        Corpus c = Corpus.of(Document.of("a", Language.EN, "Secret speech. Secret police."),
                Document.of("b", Language.EN, "Police state."));
        KeywordResult r = Rake.defaults().extract(c);
        assertEquals("rake", r.method());
        assertEquals(List.of("a", "b"), r.documents());
        Table t = r.toTable();
        assertEquals(List.of("doc", "rank", "term", "score", "freq", "length", "key"), t.columns());
        // b: one candidate of two words, each deg 2 / freq 1
        assertEquals(List.of("b", 1, "Police state", 4.0, 1, 2, "police state"), t.rows().get(t.size() - 1));
        assertTrue(r.toString().startsWith("RAKE: max 4 words, layer norm"), r.toString());
        KeywordResult tr = TextRank.defaults().extract(c);
        assertEquals("textrank", tr.method());
        assertTrue(tr.description().contains("window 2, d 0.85"), tr.description());
    }

    @Test
    void seedKeywords() {
        Corpus seeds = SeedCorpus.get();
        KeywordResult r = TextRank.defaults().extract(seeds);
        assertTopContains(r, "it-destalinizzazione", 10, "krusciov", "destalinizzazione");
        assertTopContains(r, "nl-destalinisatie", 10, "chroesjtsjov", "destalinisatie");
        assertTopContains(r, "en-wikipedia", 10, "khrushchev", "de-stalinization");
        assertTopContains(r, "en-essay", 10, "de-stalinization", "repression");
        assertTopContains(r, "en-encyclopedia", 10, "de-stalinization", "khrushchev");
        KeywordResult rake = Rake.defaults().extract(seeds);
        for (String doc : seeds.ids()) assertTrue(rake.rows(doc).size() > 20, doc);
        assertTrue(rake.rows("nl-destalinisatie").stream().anyMatch(k -> k.key().equals("geheime toespraak") && k.freq() == 2));
    }

    private static void assertTopContains(KeywordResult r, String doc, int n, String... words) {
        List<String> top = keys(r.top(doc, n));
        for (String w : words) {
            assertTrue(top.stream().anyMatch(k -> List.of(k.split(" ")).contains(w)), doc + ": " + w + " not in " + top);
        }
    }
}

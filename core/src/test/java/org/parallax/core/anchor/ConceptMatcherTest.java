package org.parallax.core.anchor;

import org.junit.jupiter.api.Test;
import org.parallax.core.AnalysisOptions;
import org.parallax.core.Block;
import org.parallax.core.Document;
import org.parallax.core.DocumentAnalyzer;
import org.parallax.core.Language;
import org.parallax.core.TestSeeds;
import org.parallax.core.TokenTable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConceptMatcherTest {
    private static final ConceptMatcher M = ConceptLexicon.standard().matcher();

    /** A document in one language (no paragraph language identification: the phrases are short). */
    static Document doc(Language lang, String text) {
        return DocumentAnalyzer.create(AnalysisOptions.defaults().withParagraphLanguages(false)).analyze("t", lang, text);
    }

    static List<String> values(List<Anchor> anchors) {
        return anchors.stream().map(Anchor::value).toList();
    }

    static List<String> concepts(Language lang, String text) {
        return values(M.match(doc(lang, text)));
    }

    static Anchor only(Language lang, String text, String concept) {
        List<Anchor> hits = M.match(doc(lang, text)).stream().filter(a -> a.value().equals(concept)).toList();
        assertEquals(1, hits.size(), concept + " in '" + text + "': " + M.match(doc(lang, text)));
        return hits.get(0);
    }

    @Test
    void cultOfPersonalityInThreeLanguages() {
        assertEquals("cult of personality", only(Language.EN, "He denounced the cult of personality.", "cult_of_personality").text());
        assertEquals("personality cult", only(Language.EN, "The personality cult grew.", "cult_of_personality").text());
        assertEquals("Cult of Personality", only(Language.EN, "On the Cult of Personality and Its Consequences",
                "cult_of_personality").text());
        assertEquals("culto della personalità", only(Language.IT, "Il culto della personalità e le sue conseguenze.",
                "cult_of_personality").text());
        assertEquals("culto di personalità", only(Language.IT, "Un culto di personalità senza limiti.", "cult_of_personality").text());
        assertEquals("persoonsverheerlijking", only(Language.NL, "De persoonsverheerlijking moest ophouden.",
                "cult_of_personality").text());
    }

    @Test
    void secretSpeechInThreeLanguages() {
        assertEquals("secret speech", only(Language.EN, "Khrushchev's secret speech of 1956.", "secret_speech").text());
        assertEquals("Secret Speech", only(Language.EN, "The Secret Speech shocked the delegates.", "secret_speech").text());
        assertEquals("discorso segreto", only(Language.IT, "Il discorso segreto di Krusciov.", "secret_speech").text());
        assertEquals("geheime toespraak", only(Language.NL, "Chroesjtsjov hield een geheime toespraak.", "secret_speech").text());
    }

    @Test
    void theLongestMatchWinsAndMatchesDoNotOverlap() {
        assertEquals(List.of("party_congress"), concepts(Language.EN, "the party congress"));
        assertEquals(List.of("party_congress"), concepts(Language.IT, "il congresso del partito"));
        assertEquals(List.of("party_congress"), concepts(Language.NL, "het partijcongres"));
        assertEquals(List.of("party", "congress"), concepts(Language.EN, "The party met. The congress opened."));
        assertEquals(List.of("second_world_war"), concepts(Language.IT, "la seconda guerra mondiale"));
        assertEquals(List.of("world_war"), concepts(Language.IT, "la guerra mondiale"));
        assertEquals(List.of("war"), concepts(Language.IT, "la guerra"));
        List<Anchor> a = M.match(doc(Language.EN, "the Secretary of the Central Committee of the Communist Party congress"));
        for (int i = 1; i < a.size(); i++) assertTrue(a.get(i - 1).endToken() <= a.get(i).firstToken(), a.toString());
        assertEquals(List.of("secretary", "central_committee", "communist_party", "congress"), values(a));
    }

    @Test
    void stopwordsInsideAnExpressionAreToleratedUpToTheLimit() {
        // two stopwords (della, sua) between the content words: still the expression
        assertEquals(List.of("cult_of_personality"), concepts(Language.IT, "il culto della sua personalità"));
        assertEquals(List.of("cult_of_personality"), concepts(Language.EN, "the cult of the personality"));
        // four stopwords: more than MAX_GAP, so two separate concepts
        assertEquals(2, ConceptMatcher.MAX_GAP);
        assertEquals(List.of("cult", "personality"), concepts(Language.EN, "a cult of all of the personality"));
        // a content word in between breaks the expression
        assertEquals(List.of("cult", "personality"), concepts(Language.EN, "the cult of Stalin's personality"));
        // and so does a sentence end
        assertEquals(List.of("cult", "personality"), concepts(Language.EN, "It was a cult. Personality is another thing."));
    }

    @Test
    void inflectedVerbsMatchTheirInfinitiveByLemma() {
        assertEquals("denunciò", only(Language.IT, "Krusciov denunciò i crimini di Stalin.", "denounce").text());
        assertEquals("denunciarono", only(Language.IT, "Gli storici denunciarono la censura.", "denounce").text());
        assertEquals("denounced", only(Language.EN, "Khrushchev denounced Stalin.", "denounce").text());
        assertEquals("vrijgelaten", only(Language.NL, "Dissidenten werden vrijgelaten.", "free").text());
        assertEquals("liberati", only(Language.IT, "Molti prigionieri furono liberati.", "free").text());
        assertEquals("freed", only(Language.EN, "Many prisoners were freed.", "free").text());
        assertEquals("verwijderd", only(Language.NL, "De standbeelden werden verwijderd.", "remove").text());
        assertEquals("rimosso", only(Language.IT, "Il suo corpo fu rimosso dal mausoleo.", "remove").text());
        assertEquals("rehabilitated", only(Language.EN, "Thousands were rehabilitated.", "rehabilitation").text());
        assertEquals("riabilitato", only(Language.IT, "Bucharin fu riabilitato nel 1988.", "rehabilitation").text());
    }

    @Test
    void nounConceptsSkipVerbReadings() {
        // "stato" as the state, not as the participle of "essere"; "potere" as power, not the modal verb
        assertEquals(List.of("power", "state"), concepts(Language.IT, "Il potere dello stato."));
        assertFalse(concepts(Language.IT, "Krusciov è stato rimosso.").contains("state"));
        assertFalse(concepts(Language.IT, "Nessuno poteva attaccare Krusciov.").contains("power"));
        assertFalse(concepts(Language.NL, "Hij staat op het plein.").contains("state"));
        assertTrue(concepts(Language.NL, "Hij staat op het plein.").contains("square"));
        assertTrue(concepts(Language.NL, "De staat werd autoritair.").contains("state"));
        // the adjective "free" is not the verb
        assertFalse(concepts(Language.EN, "free elections").contains("free"));
    }

    @Test
    void stemsMatchInflectionsTheLemmatizerDoesNotKnow() {
        assertEquals("destalinizzazioni", only(Language.IT, "Le destalinizzazioni dell'Europa orientale.", "destalinization").text());
        assertEquals("Georgiërs", only(Language.NL, "Veel Georgiërs vereren Stalin.", "georgian").text());
        // but not words that only share a stem
        assertFalse(concepts(Language.IT, "Stiamo parlando di Stalin.").contains("parliament"));
        assertFalse(concepts(Language.EN, "He generally agreed.").contains("general"));
        assertFalse(concepts(Language.EN, "the opening of the archives").contains("glasnost"));
    }

    @Test
    void numberWordsDoNotMatchByStem() {
        // vier (four) has the stem of vieren (to celebrate), which the lexicon lists under celebration
        assertEquals(List.of(), concepts(Language.NL, "Chroesjtsjov sprak vier uur lang."));
        assertEquals(List.of("celebration", "victory"), concepts(Language.NL, "Ze vieren de overwinning."));
        // the verb reading the lemmatizer gives still matches by lemma
        assertEquals(List.of("celebration", "victory"), concepts(Language.NL, "Ik vier de overwinning."));
    }

    @Test
    void matchingIsCaseInsensitive() {
        assertEquals(List.of("cold_war"), concepts(Language.EN, "THE COLD WAR"));
        assertEquals(List.of("cold_war"), concepts(Language.IT, "la Guerra Fredda"));
        assertEquals(List.of("gulag"), concepts(Language.NL, "de goelag"));
    }

    @Test
    void anchorsCarryOffsetsTokensTextAndWeight() {
        Document d = doc(Language.IT, "Nel 1956 il ventesimo congresso del partito ascoltò il discorso segreto.");
        TokenTable t = d.tokenTable();
        List<Anchor> a = M.match(d);
        assertEquals(List.of("party_congress", "secret_speech"), values(a).stream().filter(v -> !v.equals("year")).toList());
        for (Anchor x : a) {
            assertEquals("t", x.doc());
            assertEquals(AnchorType.CONCEPT, x.type());
            assertEquals(d.text(x.start(), x.end()), x.text());
            assertEquals(t.start(x.firstToken()), x.start());
            assertEquals(t.end(x.endToken() - 1), x.end());
            assertTrue(x.weight() > 0 && x.weight() <= 1, x.toString());
            assertFalse(x.boilerplate());
        }
        Anchor congress = a.stream().filter(x -> x.value().equals("party_congress")).findFirst().orElseThrow();
        assertEquals("congresso del partito", congress.text());
        assertEquals(3, congress.endToken() - congress.firstToken());
        assertEquals(0.7, congress.weight(), 1e-9);
        assertEquals("concept:party_congress", congress.key());
    }

    @Test
    void theBlockLanguageDecidesWhichEntriesMatch() {
        String text = "Khrushchev spoke at the party congress in Moscow in February 1956, in a long closed session.\n\n"
                + "Krusciov pronunciò un discorso segreto contro il culto della personalità di Stalin davanti ai delegati.\n";
        Document d = DocumentAnalyzer.create().analyze("mixed", Language.EN, text);
        Block italian = d.blocks().get(1);
        assertEquals(Language.IT, italian.language(), "the second paragraph is identified as Italian");
        List<Anchor> a = M.match(d);
        Set<String> second = new HashSet<>();
        for (Anchor x : a) if (x.start() >= italian.start()) second.add(x.value());
        assertTrue(second.containsAll(List.of("secret_speech", "cult_of_personality")), second.toString());
        assertTrue(values(a).contains("party_congress"));
    }

    // ------------------------------------------------------------ the seeds

    static Set<String> seedConcepts(String id) {
        return new HashSet<>(values(M.match(TestSeeds.doc(id))));
    }

    static List<String> seedTexts(String id, String concept) {
        return M.match(TestSeeds.doc(id)).stream().filter(a -> a.value().equals(concept)).map(Anchor::text).toList();
    }

    @Test
    void italianSeed() {
        assertTrue(seedTexts("it-destalinizzazione", "cult_of_personality").contains("culto della personalità"));
        assertTrue(seedTexts("it-destalinizzazione", "party_congress").contains("congresso del partito"));
        assertTrue(seedTexts("it-destalinizzazione", "labour_camp").contains("campi di lavoro"));
        assertTrue(seedTexts("it-destalinizzazione", "power_struggle").contains("lotta per il potere"));
        assertTrue(seedConcepts("it-destalinizzazione").containsAll(List.of("destalinization", "thaw", "cold_war", "gulag",
                "censorship", "second_world_war", "purge", "rehabilitation", "liberalization", "successor", "dictator")));
    }

    @Test
    void dutchSeed() {
        assertTrue(seedTexts("nl-destalinisatie", "secret_speech").contains("geheime toespraak"));
        assertEquals(2, seedTexts("nl-destalinisatie", "secret_speech").size());
        assertTrue(seedTexts("nl-destalinisatie", "cult_of_personality").contains("persoonsverheerlijking"));
        assertTrue(seedTexts("nl-destalinisatie", "party_congress").contains("partijcongres"));
        assertTrue(seedConcepts("nl-destalinisatie").containsAll(List.of("destalinization", "gulag", "labour_camp", "successor",
                "statue", "prisoner_of_war", "uprising", "red_army", "terror", "communist_party", "dissident")));
    }

    @Test
    void englishSeeds() {
        assertTrue(seedTexts("en-wikipedia", "cult_of_personality").contains("cult of personality"));
        assertTrue(seedTexts("en-wikipedia", "secret_speech").contains("secret speech"));
        assertTrue(seedTexts("en-wikipedia", "party_congress").contains("Party Congress"));
        assertTrue(seedConcepts("en-wikipedia").containsAll(List.of("collective_leadership", "mausoleum", "anthem", "monument",
                "central_committee", "gulag", "rehabilitation", "thaw")));
        assertTrue(seedConcepts("en-essay").contains("socialist_legality"));
    }

    @Test
    void conceptsSharedByAllSeedLanguages() {
        Set<String> it = seedConcepts("it-destalinizzazione");
        Set<String> nl = seedConcepts("nl-destalinisatie");
        Set<String> en = seedConcepts("en-wikipedia");
        for (String c : List.of("destalinization", "cult_of_personality", "party_congress", "gulag", "death", "remove", "stalinist")) {
            assertTrue(it.contains(c) && nl.contains(c) && en.contains(c), c);
        }
    }

    @Test
    void anchorsInBoilerplateAreFlagged() {
        int flagged = 0;
        for (String id : TestSeeds.IDS) {
            Document d = TestSeeds.doc(id);
            TokenTable t = d.tokenTable();
            List<Anchor> anchors = M.match(d);
            for (int i = 0; i < anchors.size(); i++) {
                Anchor a = anchors.get(i);
                assertEquals(t.isBoilerplate(a.firstToken()), a.boilerplate(), a.toString());
                assertEquals(a.text(), d.text(a.start(), a.end()));
                if (i > 0) assertTrue(anchors.get(i - 1).endToken() <= a.firstToken(), "overlap at " + a);
                if (a.boilerplate()) flagged++;
            }
        }
        assertTrue(flagged > 0, "the English seeds have concepts in their boilerplate");
    }

    @Test
    void matchingIsThreadSafeAndDeterministic() throws Exception {
        ConceptMatcher fresh = new ConceptMatcher(ConceptLexicon.standard());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Anchor>>> futures = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                for (String id : TestSeeds.IDS) futures.add(pool.submit(() -> fresh.match(TestSeeds.doc(id))));
            }
            for (int k = 0; k < futures.size(); k++) {
                String id = TestSeeds.IDS.get(k % TestSeeds.IDS.size());
                assertEquals(M.match(TestSeeds.doc(id)), futures.get(k).get(), id);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ------------------------------------------------------------ custom lexicons

    @Test
    void aLexiconInMemoryWithPosTags() {
        ConceptLexicon lex = ConceptLexicon.of(List.of(
                new ConceptEntry("thaw", Language.EN, "thaw", Map.of("class", "process", "pos", "noun"), 0),
                new ConceptEntry("speak", Language.EN, "speak", Map.of("class", "action", "pos", "verb"), 0)));
        ConceptMatcher m = lex.matcher();
        assertEquals(List.of("thaw"), values(m.match(doc(Language.EN, "The thaw came."))));
        assertEquals(List.of(), values(m.match(doc(Language.EN, "The ice thawed."))));
        assertEquals(List.of("speak"), values(m.match(doc(Language.EN, "He speaks."))));
        assertEquals(2, m.patternCount(Language.EN));
        assertEquals(0, m.patternCount(Language.IT));
        // no Italian entries: an Italian document matches nothing
        assertEquals(List.of(), values(m.match(doc(Language.IT, "Il disgelo."))));
    }
}

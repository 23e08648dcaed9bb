package org.parallax.core.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parallax.core.Document;
import org.parallax.core.Language;
import org.parallax.core.TestSeeds;
import org.parallax.core.Token;
import org.parallax.core.TokenType;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lemmas and POS of capitalized words: stopwords are function words whatever their capital, a capital at
 * the start of a sentence or in a title-case heading is truecased from the document, a capital in
 * mid-sentence is a name.
 */
class LemmaCaseTest {

    private static Document doc(String lang, String text) {
        return Document.of("t", Language.of(lang), text);
    }

    /** The tokens with this surface, in order. */
    private static List<Token> all(Document d, String surface) {
        List<Token> out = d.tokens().stream().filter(t -> t.surface().equals(surface)).toList();
        assertTrue(!out.isEmpty(), "no token '" + surface + "'");
        return out;
    }

    private static Token first(Document d, String surface) { return all(d, surface).get(0); }

    // ------------------------------------------------------------------------------------ stopwords

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en | In March 1954 the camps were closed. | In   | in  | ADP",
            "en | On 25 February 1956 he spoke.         | On   | on  | ADP",
            "en | At first nobody listened.             | At   | at  | ADP",
            "it | Il partito cambiò linea.              | Il   | il  | DET",
            "it | La storia continua.                   | La   | la  | DET",
            "it | Al congresso parlò Krusciov.          | Al   | al  | ADP",
            "nl | De partij veranderde.                 | De   | de  | DET",
            "nl | Het congres begon.                    | Het  | het | DET",
            "nl | Op 25 februari sprak hij.             | Op   | op  | ADP",
            "nl | Maar niemand luisterde.               | Maar | maar | CCONJ",
    })
    void sentenceInitialStopwordIsTheFunctionWord(String lang, String text, String surface, String lemma, String upos) {
        Token t = first(doc(lang, text), surface);
        assertTrue(t.stopword());
        assertEquals(lemma, t.lemma());
        assertEquals(upos, t.upos());
    }

    @Test
    void noStopwordOfTheSeedsIsANameOrHasACapitalInItsLemma() {
        for (String id : TestSeeds.IDS) {
            for (Token t : TestSeeds.doc(id).tokens()) {
                if (!t.stopword()) continue;
                assertNotEquals("PROPN", t.upos(), id + " " + t);
                assertEquals(t.lemma().toLowerCase(Locale.ROOT), t.lemma(), id + " " + t);
            }
        }
    }

    @Test
    void englishSeedsHaveNoLemmaInOrOn() {
        int in = 0;
        for (String id : List.of("en-wikipedia", "en-essay", "en-encyclopedia")) {
            for (Token t : TestSeeds.doc(id).tokens()) {
                assertNotEquals("In", t.lemma(), id + " " + t);
                assertNotEquals("On", t.lemma(), id + " " + t);
                if (t.surface().equals("In")) {
                    assertEquals("in", t.lemma());
                    assertEquals("ADP", t.upos());
                    in++;
                }
            }
        }
        assertEquals(20, in, "sentence-initial In in the English seeds, boilerplate included");
    }

    @Test
    void unknownStopwordIsNoName() {
        // Dutch "wie" is a stopword the dictionary does not know
        Token t = first(doc("nl", "Wie weet het?"), "Wie");
        assertEquals("wie", t.lemma());
        assertEquals("X", t.upos());
    }

    // --------------------------------------------------------------------------- dictionary lookup

    @Test
    void capitalizedCompoundIsLookedUpWithItsFirstLetterLowered() {
        Lemmatizer en = LanguageKit.of(Language.EN).newLemmatizer();
        assertEquals("[de-Stalinization/NN:UN/NOUN]", en.analyses("De-Stalinization").toString());
        assertEquals("[de-Stalinization/NN:UN/NOUN]", en.analyses("de-Stalinization").toString());
        assertEquals(List.of(), en.analyses("de-stalinization"), "the dictionary writes the capital inside");
        // in mid-sentence too: the dictionary's word, not a name
        Token mid = first(doc("en", "The essay is about De-Stalinization in Hungary."), "De-Stalinization");
        assertEquals("de-Stalinization", mid.lemma());
        assertEquals("NOUN", mid.upos());
    }

    @Test
    void deStalinizationIsOneLemmaInTheSeeds() {
        Set<String> lemmas = new TreeSet<>();
        int n = 0;
        for (String id : TestSeeds.IDS) {
            for (Token t : TestSeeds.doc(id).tokens()) {
                if (t.norm().equals("de-stalinization")) {
                    lemmas.add(t.lemma() + "/" + t.upos());
                    n++;
                }
            }
        }
        assertEquals(Set.of("de-Stalinization/NOUN"), lemmas);
        assertEquals(62, n, "40 De-Stalinization (sentence-initial, title case, the essay throughout) and 22 de-Stalinization");
    }

    @Test
    void functionWordAnalysesLeaveOutNames() {
        Lemmatizer en = LanguageKit.of(Language.EN).newLemmatizer();
        assertEquals("[In/NNP/PROPN]", en.analyses("In").toString());
        assertEquals("[in/IN/ADP, in/NN/NOUN, in/RB/ADV, in/RP/ADP]", en.functionWordAnalyses("In").toString());
        Lemmatizer nl = LanguageKit.of(Language.NL).newLemmatizer();
        assertTrue(nl.analyses("Maar").stream().allMatch(a -> a.upos().equals("PROPN")));
        assertTrue(nl.functionWordAnalyses("Maar").stream().noneMatch(a -> a.upos().equals("PROPN")));
    }

    // ----------------------------------------------------------------------------------- truecasing

    @Test
    void unknownWordAtSentenceStartTakesTheLowerCaseReadingOfTheDocument() {
        Document d = doc("en", "Blorptastic things happen. It was a blorptastic idea.");
        Token cap = first(d, "Blorptastic");
        assertEquals("blorptastic", cap.lemma());
        assertEquals("X", cap.upos());
        assertEquals(0, d.tokenTable().flags(cap.index()) & TextAnalyzer.NAME_BY_CAPITAL, "cleared once truecased");
    }

    @Test
    void unknownWordAtSentenceStartWithoutLowerCaseOccurrenceIsAName() {
        Document d = doc("en", "Blorptastic spoke first. Then Blorptastic left.");
        for (Token t : all(d, "Blorptastic")) {
            assertEquals("Blorptastic", t.lemma());
            assertEquals("PROPN", t.upos());
        }
    }

    @Test
    void capitalInMidSentenceStaysAName() {
        Document d = doc("en", "They met Blorptastic in Paris. A blorptastic idea.");
        Token t = first(d, "Blorptastic");
        assertEquals("Blorptastic", t.lemma());
        assertEquals("PROPN", t.upos());
        assertEquals(TextAnalyzer.NAME_BY_CAPITAL, d.tokenTable().flags(t.index()) & TextAnalyzer.NAME_BY_CAPITAL);
        assertEquals(0, d.tokenTable().flags(t.index()) & TextAnalyzer.CASE_NEUTRAL);
    }

    @Test
    void firstWordAfterAnOpeningQuoteStartsTheSentence() {
        Token t = first(doc("en", "\"Blorptastic,\" he said. A blorptastic idea."), "Blorptastic");
        assertEquals("blorptastic", t.lemma());
    }

    @Test
    void wordKnownOnlyAsANameIsTruecasedToo() {
        // the English dictionary lists "Even" only as a proper noun
        Document d = doc("en", "Even so, the plan failed. It was even worse later.");
        Token t = first(d, "Even");
        assertEquals("even", t.lemma());
        assertNotEquals("PROPN", t.upos());
        Token alone = first(doc("en", "Even so, the plan failed."), "Even");
        assertEquals("Even", alone.lemma(), "without a lower-case occurrence the dictionary's name stays");
        assertEquals("PROPN", alone.upos());
    }

    @Test
    void titleCaseHeadingIsNoEvidenceButOtherHeadingsAre() {
        Document title = doc("en", "= The Rise of Blorptastic Ideas =\n\nA blorptastic idea spread.");
        assertEquals("blorptastic", first(title, "Blorptastic").lemma());
        assertEquals("idea", first(title, "Ideas").lemma());
        Document sentence = doc("en", "= The rise of Blorptastic ideas =\n\nA blorptastic idea spread.");
        assertEquals("Blorptastic", first(sentence, "Blorptastic").lemma(), "a capital inside a sentence-case heading");
    }

    @Test
    void truecasingInTheSeeds() {
        Document nl = TestSeeds.doc("nl-destalinisatie");
        for (Token t : all(nl, "Tevens")) assertEquals("tevens/ADV", t.lemma() + "/" + t.upos());
        Document essay = TestSeeds.doc("en-essay");
        assertEquals("power/NOUN", first(essay, "Power").lemma() + "/" + first(essay, "Power").upos(),
                "The Post-Stalin Power Struggle: a title-case heading");
        assertEquals("Khrushchev", first(essay, "Khrushchev").lemma(), "never in lower case: a name");
    }

    // ---------------------------------------------------------------------------- words in capitals

    /** lemma/UPOS of each token with this surface, in order. */
    private static List<String> readings(Document d, String surface) {
        return all(d, surface).stream().map(t -> t.lemma() + "/" + t.upos()).toList();
    }

    @Test
    void wordInCapitalsFoldsWhenTheDocumentWritesItInLowerCase() {
        // QA: "THE CAT" gave the lemma CAT (the English dictionary's CAT/NNP) beside cat
        Document d = doc("en", "The Cat and the cat and THE CAT met Stalin.");
        assertEquals(List.of("cat/NOUN"), readings(d, "CAT"));
        assertEquals(List.of("the/DET"), readings(d, "THE"));
        Token cat = first(d, "CAT");
        assertEquals(0, d.tokenTable().flags(cat.index()) & (TextAnalyzer.ALL_CAPS | TextAnalyzer.NAME_BY_CAPITAL),
                "cleared once truecased");
        // without a lower-case cat, in mixed-case text, CAT is the dictionary's name
        Document alone = doc("en", "The dog met THE CAT in Moscow.");
        assertEquals(List.of("CAT/PROPN"), readings(alone, "CAT"));
        assertEquals(TextAnalyzer.ALL_CAPS, alone.tokenTable().flags(first(alone, "CAT").index()) & TextAnalyzer.ALL_CAPS);
    }

    @Test
    void acronymsStayAsTheyAre() {
        Document en = doc("en", "The KGB reported to the CPSU; the USSR joined the UN but not NATO.");
        assertEquals(List.of("KGB/PROPN"), readings(en, "KGB"));
        assertEquals(List.of("CPSU/PROPN"), readings(en, "CPSU"));
        assertEquals(List.of("USSR/PROPN"), readings(en, "USSR"));
        assertEquals(List.of("UN/PROPN"), readings(en, "UN"));
        assertEquals(List.of("NATO/PROPN"), readings(en, "NATO"));
        // Italian: the dictionary writes pci and pcus in lower case; the acronyms are no longer folded into them
        Document it = doc("it", "Il PCI criticò il PCUS e l'URSS dopo il congresso.");
        assertEquals(List.of("PCI/PROPN"), readings(it, "PCI"));
        assertEquals(List.of("PCUS/PROPN"), readings(it, "PCUS"));
        assertEquals(List.of("URSS/PROPN"), readings(it, "URSS"));
        assertEquals(List.of("PCUS/PROPN"), readings(TestSeeds.doc("it-destalinizzazione"), "PCUS"), "was pcus/NOUN");
    }

    @Test
    void shoutedHeadingFoldsWordsTheDictionaryKnowsInLowerCase() {
        Document d = doc("en", "= THE SECRET SPEECH OF THE KGB =\n\nKhrushchev spoke in 1956.");
        assertEquals(List.of("speech/NOUN"), readings(d, "SPEECH"));
        assertEquals("secret", first(d, "SECRET").lemma());
        assertEquals(List.of("KGB/PROPN"), readings(d, "KGB"), "kgb is no dictionary word: still the acronym");
        assertEquals(0, d.tokenTable().flags(first(d, "SPEECH").index()) & TextAnalyzer.ALL_CAPS);
        // a shouted line of two or more words inside a paragraph block too
        Document line = doc("en", "Khrushchev spoke.\nTHE CAT RETURNS TO MOSCOW\nNobody listened.");
        assertEquals(List.of("cat/NOUN"), readings(line, "CAT"));
        assertEquals("return", first(line, "RETURNS").lemma());
        assertEquals(List.of("MOSCOW/PROPN"), readings(line, "MOSCOW"));
        // a single-word heading is shouted; the same word alone in running text is not
        assertEquals(List.of("introduction/NOUN"), readings(doc("en", "= INTRODUCTION =\n\nStalin died."), "INTRODUCTION"));
        assertEquals(List.of("INTRODUCTION/PROPN"), readings(doc("en", "Read the INTRODUCTION first."), "INTRODUCTION"));
    }

    @Test
    void shoutedItalianHeading() {
        Document d = doc("it", "= IL RAPPORTO SEGRETO E IL PCI =\n\nKrusciov parlò nel 1956.");
        assertEquals("rapporto", first(d, "RAPPORTO").lemma());
        assertEquals("segreto", first(d, "SEGRETO").lemma());
        assertEquals(List.of("il/DET", "il/DET"), readings(d, "IL"));
        // PCI is folded in a shouted heading because the Italian dictionary writes pci in lower case
        assertEquals(List.of("pci/NOUN"), readings(d, "PCI"));
    }

    @Test
    void wordInCapitalsWithoutDictionaryReadingTakesTheDocumentsLowerCaseReading() {
        Document d = doc("en", "= DE-STALINIZATION IN HUNGARY =\n\nThe de-Stalinization of Hungary began in 1956.");
        assertEquals(List.of("de-Stalinization/NOUN"), readings(d, "DE-STALINIZATION"));
        assertEquals(List.of("HUNGARY/PROPN"), readings(d, "HUNGARY"), "never written in lower case");
    }

    @Test
    void analysesAsWrittenHasNoLowerCaseFallback() {
        Lemmatizer en = LanguageKit.of(Language.EN).newLemmatizer();
        assertEquals("[speech/NN:UN/NOUN]", en.analyses("SPEECH").toString());
        assertEquals(List.of(), en.analysesAsWritten("SPEECH"));
        assertEquals("[CAT/NNP/PROPN]", en.analysesAsWritten("CAT").toString());
        assertEquals("[KGB/NNP/PROPN]", en.analysesAsWritten("KGB").toString());
        assertEquals(List.of(), en.analysesAsWritten("CPSU"));
        Lemmatizer it = LanguageKit.of(Language.IT).newLemmatizer();
        assertEquals(List.of(), it.analysesAsWritten("PCI"));
        assertTrue(it.analyses("PCI").stream().allMatch(a -> a.lemma().equals("pci")));
    }

    @Test
    void truecaserTakesTheMostFrequentReadingTiesToTheFirst() {
        Truecaser tc = new Truecaser();
        assertTrue(tc.isEmpty());
        tc.observe(TokenType.WORD, 'l', "leaves", "leave", "VERB");
        tc.observe(TokenType.WORD, 'l', "leaves", "leaf", "NOUN");
        assertEquals("leave", tc.reading("leaves").lemma(), "a tie: the first seen");
        tc.observe(TokenType.WORD, 'l', "leaves", "leaf", "NOUN");
        assertEquals("leaf", tc.reading("leaves").lemma());
        assertEquals("NOUN", tc.reading("leaves").upos());
        tc.observe(TokenType.WORD, 'K', "khrushchev", "Khrushchev", "PROPN");
        tc.observe(TokenType.NUMBER, '1', "1956", "1956", "NUM");
        assertNull(tc.reading("khrushchev"), "a capitalized occurrence is no evidence");
        assertNull(tc.reading("1956"));
        assertTrue(Truecaser.isCandidate(TextAnalyzer.NAME_BY_CAPITAL | TextAnalyzer.CASE_NEUTRAL));
        assertTrue(!Truecaser.isCandidate(TextAnalyzer.NAME_BY_CAPITAL));
        assertTrue(Truecaser.isCandidate(TextAnalyzer.ALL_CAPS), "a word in capitals read as written, wherever it stands");
        // the Javadoc example
        Truecaser example = new Truecaser();
        example.observe(TokenType.WORD, 'e', "even", "even", "ADV");
        assertEquals("even//ADV", example.reading("even").toString());
        assertNull(example.reading("khrushchev"));
    }
}

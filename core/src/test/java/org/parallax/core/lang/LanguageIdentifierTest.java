package org.parallax.core.lang;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.core.Block;
import org.parallax.core.BlockKind;
import org.parallax.core.Document;
import org.parallax.core.Language;
import org.parallax.core.TestSeeds;
import org.parallax.core.Token;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageIdentifierTest {
    private static final LanguageIdentifier ID = LanguageIdentifier.standard();

    private static final String GERMAN = "Die Entstalinisierung war ein Prozess in der Sowjetunion, der nach dem Tod Stalins "
            + "im Jahr 1953 begann und die Abkehr von seinem Personenkult bedeutete.";
    private static final String FRENCH = "La déstalinisation est un processus politique engagé en Union soviétique après la "
            + "mort de Staline en 1953, qui visait à rompre avec le culte de la personnalité.";

    static Stream<String> seedIds() { return TestSeeds.IDS.stream(); }

    @ParameterizedTest
    @MethodSource("seedIds")
    void everySeedParagraphHasTheDocumentLanguage(String id) {
        Document d = TestSeeds.doc(id);
        int checked = 0;
        for (Block b : d.blocks()) {
            if (b.kind() != BlockKind.PARAGRAPH && b.kind() != BlockKind.LIST_ITEM) continue;
            if (b.text().length() < 40) continue;
            assertEquals(d.language(), b.language(), id + " " + b);
            assertEquals(d.language(), ID.identify(b.text(), d.language()).language(), id + " with prior: " + b);
            checked++;
        }
        assertTrue(checked > 0);
    }

    @Test
    void seedDocumentsAreIdentifiedWithoutTheManifest() {
        for (String id : TestSeeds.IDS) {
            Document d = TestSeeds.doc(id);
            assertEquals(d.language(), Document.of(id, null, d.text()).language(), id);
        }
    }

    @Test
    void cyrillicWordIsNotForcedIntoTheSupportedLanguages() {
        LanguageGuess g = ID.identify("десталинизация");
        assertFalse(Set.of(Language.IT, Language.NL, Language.EN).contains(g.language()), g.toString());
        assertEquals(Language.UNKNOWN, g.language(), "too short to tell Russian from Bulgarian");
        assertEquals("script", g.method());
        // even with a Latin-script prior
        assertFalse(Set.of(Language.IT, Language.NL, Language.EN).contains(ID.identify("десталинизация", Language.NL).language()));
    }

    @Test
    void germanAndFrenchAreNamedAsSuch() {
        assertTrue(GERMAN.length() >= 100 && FRENCH.length() >= 100);
        assertEquals(Language.of("de"), ID.identify(GERMAN).language());
        assertEquals(Language.of("fr"), ID.identify(FRENCH).language());
        assertEquals("model", ID.identify(GERMAN).method());
        assertEquals(Language.of("de"), ID.identify(GERMAN, Language.EN).language(), "a prior does not force it");
        assertEquals(Language.of("fr"), ID.identify(FRENCH, Language.IT).language(), "a prior does not force it");
    }

    @Test
    void foreignParagraphInADocument() {
        String text = "De-Stalinization comprised a series of political reforms in the Soviet Union after the death of "
                + "Stalin in 1953.\n\n" + GERMAN + "\n\n" + FRENCH + "\n";
        Document d = Document.of("mixed", Language.EN, text);
        assertEquals(List.of(Language.EN, Language.of("de"), Language.of("fr")),
                d.blocks().stream().map(Block::language).toList());
        // unsupported languages are tokenized with the document's kit, never dropped
        Block german = d.blocks().get(1);
        List<Token> tokens = d.tokens().stream().filter(t -> t.block() == german.index()).toList();
        assertEquals("Die", tokens.get(0).surface());
        assertEquals(26, tokens.size(), "counted by hand: 25 words and numbers and a period");
    }

    @Test
    void stopwordsDecideSupportedLanguagesWithoutTheModel() {
        String italian = "Il processo di destalinizzazione iniziò dopo la morte di Stalin nel 1953 e fu avviato da Krusciov "
                + "con il discorso segreto al XX congresso del partito.";
        LanguageGuess g = ID.identify(italian, Language.EN);
        assertEquals(Language.IT, g.language());
        assertEquals("stopwords", g.method());
        // a fourth language matches none of the stopword profiles: the model names it
        String spanish = "El proceso de desestalinización comenzó tras la muerte de Stalin en 1953 y fue impulsado por "
                + "Jruschov en su discurso secreto ante el XX Congreso del partido en febrero de 1956.";
        LanguageGuess es = ID.identify(spanish, Language.IT);
        assertEquals(Language.of("es"), es.language());
        assertEquals("model", es.method());
        Document it = org.parallax.core.Corpus.seeds().document("it-destalinizzazione");
        assertEquals("stopwords", ID.identify(it.paragraphs().get(0).text(), Language.IT).method());
    }

    @Test
    void germanIsNotTakenForDutchByItsStopwords() {
        // regression: "die", "der", "in" are Dutch stopwords too; with a 25 % share threshold this was nl
        String german = "Die Entstalinisierung war ein Prozess in der Sowjetunion, der nach dem Tod Stalins im Jahr 1953 begann.";
        assertEquals(Language.of("de"), ID.identify(german, Language.IT).language());
        assertEquals(Language.of("de"), ID.identify(german, Language.NL).language());
    }

    @Test
    void versesListingNamesKeepThePriorWhenTheModelHasNoOpinion() {
        // regression: genealogies of the New Testament (shared/data/bible-nt) were German, Galician, Javanese,
        // Luxembourgish (nl) or Estonian, Malagasy, Breton (en): the model's best probability was 0.016-0.027
        String nl = "En Aram gewon Aminádab, en Aminádab gewon Nahasson, en Nahasson gewon Salmon;";
        String en = "And Asa begat Josaphat; and Josaphat begat Joram; and Joram begat Ozias;";
        LanguageGuess g = ID.identify(nl, Language.NL);
        assertEquals(Language.NL, g.language());
        assertEquals("prior", g.method());
        assertTrue(g.confidence() < LanguageIdentifier.MODEL_FLOOR, g.toString());
        assertEquals(Language.EN, ID.identify(en, Language.EN).language());
        // without a prior the model's best guess stands, however weak
        assertEquals("model", ID.identify(nl).method());
        // a short sentence in a fourth language is above the floor: a prior does not force it
        String norwegian = "Hilsen til Peder og Ole fra Bergen og Oslo, som bodde i Norge i mange år.";
        assertEquals(Language.of("nb"), ID.identify(norwegian, Language.EN).language());
        assertEquals(Language.of("la"), ID.identify("Gallia est omnis divisa in partes tres, quarum unam incolunt Belgae, "
                + "aliam Aquitani.", Language.IT).language());
    }

    @Test
    void shortTextsFallBackToThePrior() {
        LanguageGuess g = ID.identify("Stalin died.", Language.NL);
        assertEquals(Language.NL, g.language());
        assertEquals("short", g.method());
        assertEquals(Language.UNKNOWN, ID.identify("Stalin died.").language());
        assertEquals(Language.UNKNOWN, ID.identify("").language());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Stalin и Хрущёв 1956 ☭ мир peace vrede pace 😀 斯大林 ستالين",
            "De-Stalinization (десталинизация, Destalinizatsiya) 去斯大林化 إزالة الستالينية",
            "😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀",
            "1953 1956 1961 1964 1985 1991 2019 — … ¿¡ «» “” ‘’",
            "\uD83D lone surrogates \uDE00 in a longer text of Latin letters",
    })
    void mixedScriptsDoNotThrow(String text) {
        LanguageGuess g = assertDoesNotThrow(() -> ID.identify(text));
        assertNotNull(g.language());
        assertDoesNotThrow(() -> ID.identify(text, Language.IT));
        assertDoesNotThrow(() -> Document.of("m", null, text));
        assertDoesNotThrow(() -> ID.identify(text.repeat(200)), "longer than MAX_CHARS");
    }

    /** The stopword profile as first written: three set lookups per word (the reference for the one-lookup version). */
    private static double[] referenceProfile(CharSequence text) {
        org.apache.lucene.analysis.CharArraySet[] sets = {org.parallax.core.text.LanguageKit.of(Language.IT).stopwords(),
                org.parallax.core.text.LanguageKit.of(Language.NL).stopwords(),
                org.parallax.core.text.LanguageKit.of(Language.EN).stopwords()};
        int words = 0;
        int[] hits = new int[3];
        char[] buf = new char[32];
        int i = 0;
        while (i < text.length() && words < LanguageIdentifier.STOPWORD_SAMPLE_WORDS) {
            if (words == 20) {
                boolean clear = false;
                for (int k = 0; k < 3; k++) {
                    boolean ok = hits[k] >= 2 * LanguageIdentifier.STOPWORD_SHARE * words;
                    for (int j = 0; j < 3; j++) if (j != k && hits[k] < 2 * LanguageIdentifier.STOPWORD_DOMINANCE * hits[j]) ok = false;
                    clear |= ok;
                }
                if (clear) break;
            }
            while (i < text.length() && !Character.isLetter(text.charAt(i))) i++;
            int len = 0;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                if (len < buf.length) buf[len] = Character.toLowerCase(text.charAt(i));
                len++;
                i++;
            }
            if (len == 0) break;
            words++;
            if (len > buf.length) continue;
            for (int k = 0; k < 3; k++) if (sets[k].contains(buf, 0, len)) hits[k]++;
        }
        if (words < LanguageIdentifier.STOPWORD_MIN_WORDS) return null;
        return new double[] {(double) hits[0] / words, (double) hits[1] / words, (double) hits[2] / words};
    }

    @Test
    void stopwordProfileMatchesThreeSetLookupsOnEverySeedParagraphAndLine() {
        int checked = 0;
        for (String id : TestSeeds.IDS) {
            Document d = TestSeeds.doc(id);
            List<String> samples = new java.util.ArrayList<>();
            for (Block b : d.blocks()) samples.add(d.text().substring(b.start(), Math.min(b.end(), b.start() + LanguageIdentifier.PARAGRAPH_CHARS)));
            samples.addAll(d.text().lines().toList());
            for (String s : samples) {
                double[] want = referenceProfile(s);
                double[] got = LanguageIdentifier.stopwordProfile(s);
                if (want == null) {
                    assertEquals(null, got, s);
                } else {
                    assertTrue(java.util.Arrays.equals(want, got), s);
                    checked++;
                }
            }
        }
        // a word in two lists counts for both ("in" is an Italian, Dutch and English stopword)
        String mixed = "in de in de in de in de in de in de in de in de";
        double[] p = LanguageIdentifier.stopwordProfile(mixed);
        assertTrue(p[0] > 0 && p[1] > 0 && p[2] > 0, java.util.Arrays.toString(p));
        assertTrue(java.util.Arrays.equals(referenceProfile(mixed), LanguageIdentifier.stopwordProfile(mixed)));
        assertTrue(checked > 150, "profiles compared: " + checked);
    }
}

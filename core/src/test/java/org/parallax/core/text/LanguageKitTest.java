package org.parallax.core.text;

import org.junit.jupiter.api.Test;
import org.parallax.core.Document;
import org.parallax.core.Language;
import org.parallax.core.Token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which resources the kit of a document's language has. */
class LanguageKitTest {

    @Test
    void supportedLanguagesHaveStopwordsStemsAndLemmas() {
        for (Language l : new Language[] {Language.IT, Language.NL, Language.EN}) {
            LanguageKit kit = LanguageKit.forTokens(l);
            assertEquals(l, kit.language());
            assertTrue(kit.hasStopwords(), l.code());
            assertTrue(kit.hasStemmer(), l.code());
            assertTrue(kit.hasDictionary(), l.code());
        }
    }

    @Test
    void otherLanguagesGetTheGenericKit() {
        for (String code : new String[] {"de", "fr", "ru", "und"}) {
            LanguageKit kit = LanguageKit.forTokens(Language.of(code));
            assertEquals(Language.UNKNOWN, kit.language(), code);
            assertFalse(kit.hasStopwords(), code);
            assertFalse(kit.hasStemmer(), code);
            assertFalse(kit.hasDictionary(), code);
        }
    }

    @Test
    void aGermanDocumentsStemAndLemmaAreItsNormAndNothingIsAStopword() {
        Document de = Document.of("de", Language.of("de"), "Die Denkmäler wurden entfernt.");
        for (Token t : de.tokens()) {
            assertEquals(t.norm(), t.stem(), t.toString());
            assertEquals(t.norm(), t.lemma(), t.toString());
            assertFalse(t.stopword(), t.toString());
        }
    }
}

package org.parallax.stats.framing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.AnalysisOptions;
import org.parallax.core.CorpusException;
import org.parallax.core.Document;
import org.parallax.core.DocumentAnalyzer;
import org.parallax.core.Language;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CueLexiconTest {
    static final List<Language> LANGUAGES = List.of(Language.IT, Language.NL, Language.EN);
    static final DocumentAnalyzer ANALYZER = DocumentAnalyzer.create(AnalysisOptions.defaults().withParagraphLanguages(false));

    static Document doc(Language lang, String text) { return ANALYZER.analyze("t", lang, text); }

    @Test
    void framesHaveTheTenFramesWithAtLeastFortyCuesPerLanguage() {
        CueLexicon f = CueLexicon.frames();
        assertEquals("frames", f.name());
        assertEquals(List.of("morality", "legality", "power_struggle", "human_cost", "economy", "culture", "international",
                "ideology", "memory", "reform"), f.categories());
        assertTrue(f.categories().size() >= 8);
        for (String c : f.categories()) {
            for (Language l : LANGUAGES) {
                int n = f.entries(c, l).size();
                assertTrue(n >= 40, c + "/" + l + " has only " + n + " cues");
            }
        }
        assertEquals(Set.copyOf(LANGUAGES), f.languages());
        System.out.println(f);
    }

    @Test
    void stanceHasHedgesBoostersAndEvaluationWithAtLeastFortyCuesPerLanguage() {
        CueLexicon s = CueLexicon.stance();
        assertEquals(List.of("hedge", "booster", "positive", "negative"), s.categories());
        for (String c : s.categories()) {
            for (Language l : LANGUAGES) {
                int n = s.entries(c, l).size();
                assertTrue(n >= 40, c + "/" + l + " has only " + n + " cues");
            }
        }
        System.out.println(s);
    }

    @Test
    void noCueIsGivenTwice() {
        for (CueLexicon lex : List.of(CueLexicon.frames(), CueLexicon.stance())) {
            Set<String> keys = new HashSet<>();
            for (CueEntry e : lex.entries()) assertTrue(keys.add(e.key()), "duplicate " + e + " in " + lex.name());
        }
    }

    /**
     * Every bundled cue, analysed as a text of its own language, is matched as itself and nothing else:
     * no cue is unmatchable, and none is shadowed by another cue with the same analysis (a second spelling
     * that lemmatizes or stems the same way would never be counted).
     */
    @Test
    void everyCueIsFoundAsItself() {
        for (CueLexicon lex : List.of(CueLexicon.frames(), CueLexicon.stance())) {
            List<String> bad = new ArrayList<>();
            for (CueEntry e : lex.entries()) {
                List<CueHit> hits = lex.hits(doc(e.language(), e.cue()));
                if (hits.size() != 1 || !hits.get(0).entry().equals(e)) {
                    bad.add(e + " -> " + hits.stream().map(h -> h.category() + ":" + h.entry().cue()).toList());
                }
            }
            assertEquals(List.of(), bad, lex.name());
        }
    }

    @Test
    void cuesMatchInflectedFormsMultiwordGapsAndRespectPos() {
        CueLexicon f = CueLexicon.frames();
        List<CueHit> hits = f.hits(doc(Language.EN, "They were deported and later rehabilitated. The cult of his personality grew."));
        assertEquals(List.of("deport", "rehabilitate", "cult of personality"), hits.stream().map(h -> h.entry().cue()).toList());
        assertEquals(List.of("human_cost", "legality", "ideology"), hits.stream().map(CueHit::category).toList());
        assertEquals("cult of his personality", hits.get(2).text());
        assertEquals(1, hits.get(2).sentence());
        // pos=noun: the verb "può" is not the noun "potere"
        List<CueHit> it = f.hits(doc(Language.IT, "Non può restare. La lotta per il potere continua e il potere resta."));
        assertEquals(List.of("lotta per il potere", "potere"), it.stream().map(h -> h.entry().cue()).toList());
        List<CueHit> nl = CueLexicon.stance().hits(doc(Language.NL, "Dit was misschien een wrede en tragische vergissing."));
        assertEquals(List.of("hedge", "negative", "negative", "negative"), nl.stream().map(CueHit::category).toList());
    }

    @Test
    void loadsAFileWithHeaderTagsAndNotes(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("mine.tsv");
        Files.writeString(p, "# my frames\n\nframe\tlanguage\tcue\ttags\tnote\n"
                + "war\ten\tbattle\tweight=2;pos=noun\tthe fight\n"
                + "war\tit\tbattaglia\n"
                + "peace\ten\tpeace treaty\t\ta note only\n", StandardCharsets.UTF_8);
        CueLexicon lex = CueLexicon.load(p);
        assertEquals("mine", lex.name());
        assertEquals(List.of("war", "peace"), lex.categories());
        CueEntry battle = lex.entries("war", Language.EN).get(0);
        assertEquals(2.0, battle.weight());
        assertEquals("noun", battle.pos());
        assertEquals("the fight", battle.note());
        assertEquals(4, battle.line());
        CueEntry treaty = lex.entries("peace").get(0);
        assertEquals(1.0, treaty.weight());
        assertNull(treaty.pos());
        assertEquals("a note only", treaty.note());
        assertEquals(3, lex.size());
        assertEquals(2, lex.toTable().size());
    }

    @Test
    void loaderErrorsNameTheFileAndLine(@TempDir Path dir) throws IOException {
        String head = "frame\tlanguage\tcue\n# comment\nwar\ten\tbattle\n";
        assertError(dir, head + "war\ten\n", ":4: expected 3 to 5 tab-separated columns");
        assertError(dir, head + "war\txx\tbattle\n", ":4: unknown language code 'xx'");
        assertError(dir, head + "War Frame\ten\tfight\n", ":4: category 'War Frame' must be lower_snake_case");
        assertError(dir, head + "war\ten\t  \n", ":4: empty cue");
        assertError(dir, head + "peace\ten\tBattle\n", ":4: cue 'Battle' (en) is already on line 3, in category 'war'");
        assertError(dir, head + "war\ten\tbattle\n", ":4: cue 'battle' (en) is already on line 3: a cue belongs");
        assertError(dir, head + "war\ten\tfight\tweight=0\n", ":4: weight 0 is not in (0, 100]");
        assertError(dir, head + "war\ten\tfight\tweight=x\n", ":4: weight 'x' is not a number");
        assertError(dir, head + "war\ten\tfight\tcolour=red\n", ":4: unknown tag 'colour'");
        assertError(dir, head + "war\ten\tfight\tpos=adj\n", ":4: pos 'adj' is not noun or verb");
        assertError(dir, head + "war\ten\tfight\tweight\n", ":4: malformed tag 'weight'");
        assertError(dir, head + "war\ten\tthe battle\n", ":4: cue 'the battle' begins or ends with the stopword 'the'");
        assertError(dir, head + "war\tit\tbattaglia di\n", ":4: cue 'battaglia di' begins or ends with the stopword 'di'");
        Path bad = dir.resolve("bytes.tsv");
        Files.write(bad, new byte[] {'w', 'a', 'r', '\t', 'e', 'n', '\t', (byte) 0xC3, (byte) 0x28, '\n'});
        CorpusException e = assertThrows(CorpusException.class, () -> CueLexicon.load(bad));
        assertTrue(e.getMessage().contains("bytes.tsv:1 (byte offset 7): invalid UTF-8 (bytes C3)"), e.getMessage());
        assertFalse(e.getMessage().contains("--lenient"), "a lexicon has no lenient mode: " + e.getMessage());
        CorpusException missing = assertThrows(CorpusException.class, () -> CueLexicon.load(dir.resolve("none.tsv")));
        assertTrue(missing.getMessage().contains("none.tsv"), missing.getMessage());
    }

    private static void assertError(Path dir, String content, String expected) throws IOException {
        Path p = dir.resolve("lex.tsv");
        Files.writeString(p, content, StandardCharsets.UTF_8);
        CorpusException e = assertThrows(CorpusException.class, () -> CueLexicon.load(p));
        assertTrue(e.getMessage().contains("lex.tsv" + expected), e.getMessage());
    }

    @Test
    void inMemoryLexiconsRejectRepeatedCues() {
        CueEntry a = new CueEntry("war", Language.EN, "battle");
        CueEntry b = new CueEntry("peace", Language.EN, "Battle");
        assertThrows(IllegalArgumentException.class, () -> CueLexicon.of("x", List.of(a, b)));
        assertEquals(2, CueLexicon.of("x", List.of(a, new CueEntry("peace", Language.IT, "battaglia"))).size());
        assertThrows(IllegalArgumentException.class, () -> new CueEntry("War", Language.EN, "battle"));
        assertThrows(IllegalArgumentException.class, () -> new CueEntry("war", Language.EN, "battle", -1, null, "", 0));
    }
}

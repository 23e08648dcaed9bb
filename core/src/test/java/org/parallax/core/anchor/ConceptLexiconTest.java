package org.parallax.core.anchor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.CorpusException;
import org.parallax.core.Language;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConceptLexiconTest {
    private static final ConceptLexicon STD = ConceptLexicon.standard();
    private static final List<Language> LANGS = List.of(Language.IT, Language.NL, Language.EN);

    @TempDir
    Path tmp;

    // ------------------------------------------------------------ the bundled lexicon

    @Test
    void standardHasAtLeast300ConceptsEachInAllThreeLanguages() {
        assertTrue(STD.size() >= 300, "concepts: " + STD.size());
        List<String> incomplete = new ArrayList<>();
        for (String c : STD.concepts()) {
            if (!STD.languages(c).containsAll(LANGS)) incomplete.add(c + " " + STD.languages(c));
        }
        assertEquals(List.of(), incomplete, "concepts without an entry in it, nl and en");
        assertEquals(Set.copyOf(LANGS), STD.languages());
    }

    @Test
    void standardIsLoadedOnceAndShared() {
        assertSame(STD, ConceptLexicon.standard());
        assertSame(STD.matcher(), ConceptLexicon.standard().matcher());
    }

    @Test
    void standardHasNoDuplicateRows() {
        Set<String> keys = new HashSet<>();
        for (ConceptEntry e : STD.entries()) assertTrue(keys.add(e.key()), "duplicate row " + e + " on line " + e.line());
    }

    @Test
    void noExpressionNamesTwoConceptsInOneLanguage() {
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (ConceptEntry e : STD.entries()) {
            String k = e.language() + "\t" + e.expression().toLowerCase(Locale.ROOT);
            String old = owner.putIfAbsent(k, e.concept());
            if (old != null && !old.equals(e.concept())) clashes.add(k + ": " + old + " / " + e.concept());
        }
        assertEquals(List.of(), clashes);
    }

    @Test
    void conceptIdsAreLowerSnakeCaseAndEveryConceptHasAClassAndAFrame() {
        for (String c : STD.concepts()) {
            assertTrue(c.matches("[a-z][a-z0-9]*(_[a-z0-9]+)*"), "concept id " + c);
            Map<String, String> t = STD.tags(c);
            assertTrue(ConceptLexicon.CLASSES.contains(t.get("class")), c + " class " + t.get("class"));
            assertTrue(t.containsKey("frame") && t.get("frame").matches("[a-z]+"), c + " frame " + t.get("frame"));
            if (t.containsKey("pos")) assertTrue(ConceptLexicon.POS_VALUES.contains(t.get("pos")), c + " pos");
        }
        // every class of the closed set is used
        Set<String> used = new HashSet<>();
        for (String c : STD.concepts()) used.add(STD.tags(c).get("class"));
        assertEquals(Set.copyOf(ConceptLexicon.CLASSES), used);
    }

    @Test
    void expressionsAreCleanAndLineNumbersPointIntoTheFile() throws IOException {
        List<String> lines;
        try (var in = ConceptLexicon.class.getResourceAsStream(ConceptLexicon.STANDARD_RESOURCE)) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        for (ConceptEntry e : STD.entries()) {
            assertEquals(e.expression().strip(), e.expression());
            assertFalse(e.expression().contains("  ") || e.expression().contains("\t"), e.toString());
            String line = lines.get(e.line() - 1);
            assertTrue(line.startsWith(e.concept() + "\t" + e.language() + "\t" + e.expression()), line);
        }
    }

    @Test
    void entriesByConceptAndLanguageAndTags() {
        List<String> cult = STD.entries("cult_of_personality").stream().map(e -> e.language() + ":" + e.expression()).toList();
        assertTrue(cult.containsAll(List.of("en:cult of personality", "en:personality cult", "it:culto della personalità",
                "nl:persoonsverheerlijking")), cult.toString());
        assertEquals("abstract", STD.tags("cult_of_personality").get("class"));
        assertEquals("event", STD.tags("secret_speech").get("class"));
        assertEquals("action", STD.tags("denounce").get("class"));
        // every entry carries its concept's tags
        for (ConceptEntry e : STD.entries("purge")) assertEquals(STD.tags("purge"), e.tags());
        assertEquals(List.of(), STD.entries("no_such_concept"));
        assertEquals(Map.of(), STD.tags("no_such_concept"));
        assertTrue(STD.entries(Language.NL).stream().allMatch(e -> e.language().equals(Language.NL)));
        assertEquals(List.of(), STD.entries(Language.of("de")));
        assertEquals(List.of("cult_of_personality"), STD.conceptsOf("Persoonsverheerlijking", Language.NL));
        assertEquals(List.of("denounce"), STD.conceptsOf("denunciare", Language.IT));
        assertEquals(List.of("denounce"), STD.conceptsOf("aanklagen", Language.NL));
    }

    @Test
    void coversTheDomainTheBriefAsksFor() {
        for (String c : List.of("leader", "dictator", "dissident", "prisoner", "victim", "historian", "poet", "general",
                "secretary", "successor", "party", "central_committee", "politburo", "secret_police", "government", "army",
                "court", "parliament", "trade_union", "church", "party_congress", "secret_speech", "death", "funeral",
                "succession", "power_struggle", "arrest", "execution", "trial", "purge", "terror", "repression",
                "deportation", "amnesty", "release", "rehabilitation", "uprising", "revolution", "invasion", "coup", "reform",
                "thaw", "liberalization", "censorship", "propaganda", "collectivization", "industrialization", "famine", "war",
                "cold_war", "destalinization", "labour_camp", "gulag", "prison", "monument", "statue", "portrait", "mausoleum",
                "body", "grave", "anthem", "city", "square", "cult_of_personality", "collective_leadership",
                "socialist_legality", "freedom", "legitimacy", "ideology", "memory", "legacy", "guilt", "crime", "fear",
                "truth", "denounce", "criticism", "remove", "rename", "demolish", "free", "condemn", "reveal", "decade",
                "century", "year", "million", "thousand", "soviet", "russian", "hungarian", "polish", "western", "communist")) {
            assertTrue(STD.contains(c), c);
        }
    }

    // ------------------------------------------------------------ loading files

    private Path write(String name, String content) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void loadsAFileWithCommentsHeaderTagsAndLineNumbers() throws IOException {
        Path p = write("mine.tsv", """
                # my concepts
                concept\tlanguage\texpression\ttags

                show_trial\ten\tshow trial\tclass=event;frame=repression
                show_trial\tit\tprocesso farsa
                show_trial\tnl\t  showproces \t
                samizdat\ten\tsamizdat\tclass=object;note=self_published
                samizdat\tru\tсамиздат
                """);
        ConceptLexicon lex = ConceptLexicon.load(p);
        assertEquals(List.of("show_trial", "samizdat"), List.copyOf(lex.concepts()));
        assertEquals(5, lex.entries().size());
        ConceptEntry nl = lex.entries(Language.NL).get(0);
        assertEquals("showproces", nl.expression());
        assertEquals(6, nl.line());
        assertEquals(Map.of("class", "event", "frame", "repression"), nl.tags());
        assertEquals("self_published", lex.tags("samizdat").get("note"));
        assertEquals(Language.of("ru"), lex.entries("samizdat").get(1).language());
    }

    @Test
    void theHeaderRowIsOptionalAndCrlfIsAccepted() throws IOException {
        Path p = write("crlf.tsv", "a\ten\talpha\r\na\tit\talfa\r\n");
        ConceptLexicon lex = ConceptLexicon.load(p);
        assertEquals(2, lex.entries("a").size());
        assertEquals(2, lex.entries("a").get(1).line());
    }

    private CorpusException loadError(String content) throws IOException {
        Path p = write("bad.tsv", content);
        return assertThrows(CorpusException.class, () -> ConceptLexicon.load(p));
    }

    private static void assertAt(CorpusException e, int line, String fragment) {
        assertTrue(e.getMessage().contains("bad.tsv:" + line + ":"), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
        assertEquals(line, e.line());
    }

    @Test
    void wrongColumnCountNamesFileAndLine() throws IOException {
        assertAt(loadError("concept\tlanguage\texpression\ttags\na\ten\talpha\nb\ten\n"), 3, "expected 3 or 4 tab-separated columns");
        assertAt(loadError("a\ten\talpha\tclass=event\textra\n"), 1, "found 5");
    }

    @Test
    void unknownLanguageCodeNamesFileAndLine() throws IOException {
        assertAt(loadError("# c\na\ten\talpha\na\txx\talfa\n"), 3, "unknown language code 'xx'");
        assertAt(loadError("a\tenglish\talpha\n"), 1, "unknown language code 'english'");
        assertAt(loadError("a\tund\talpha\n"), 1, "unknown language code 'und'");
    }

    @Test
    void emptyFieldsAreErrors() throws IOException {
        assertAt(loadError("a\ten\talpha\n\ten\tbeta\n"), 2, "empty concept id");
        assertAt(loadError("a\t\talpha\n"), 1, "empty language code");
        assertAt(loadError("a\ten\t  \n"), 1, "empty expression");
        assertAt(loadError("Cult Of\ten\tcult\n"), 1, "must be lower case");
    }

    @Test
    void malformedTagsAreErrors() throws IOException {
        assertAt(loadError("a\ten\talpha\tclass\n"), 1, "expected key=value");
        assertAt(loadError("a\ten\talpha\tclass=event;;frame=war\n"), 1, "empty tag");
        assertAt(loadError("a\ten\talpha\tClass=event\n"), 1, "key must be a lower-case word");
        assertAt(loadError("a\ten\talpha\tclass=\n"), 1, "value must be one word");
        assertAt(loadError("a\ten\talpha\tclass=happening\n"), 1, "unknown class 'happening'");
        assertAt(loadError("a\ten\talpha\tpos=adverb\n"), 1, "unknown pos 'adverb'");
        assertAt(loadError("a\ten\talpha\tframe=war;frame=power\n"), 1, "given twice");
        assertAt(loadError("a\ten\talpha\tclass=event\na\tit\talfa\tclass=process\n"), 2, "on line 1");
    }

    @Test
    void duplicateRowsAreErrors() throws IOException {
        assertAt(loadError("a\ten\talpha\nb\ten\tbeta\na\ten\tAlpha\n"), 3, "already on line 1");
    }

    @Test
    void invalidUtf8AndMissingFilesAreErrors() throws IOException {
        Path p = tmp.resolve("latin1.tsv");
        Files.write(p, "a\tit\tlibert\u00e0\n".getBytes(StandardCharsets.ISO_8859_1));
        CorpusException e = assertThrows(CorpusException.class, () -> ConceptLexicon.load(p));
        assertTrue(e.getMessage().contains("latin1.tsv:1 (byte offset 11): invalid UTF-8"), e.getMessage());
        CorpusException missing = assertThrows(CorpusException.class, () -> ConceptLexicon.load(tmp.resolve("none.tsv")));
        assertTrue(missing.getMessage().contains("none.tsv"), missing.getMessage());
    }

    // ------------------------------------------------------------ building and merging

    @Test
    void ofCollectsTagsAndRejectsDuplicatesAndConflicts() {
        ConceptLexicon lex = ConceptLexicon.of(List.of(
                new ConceptEntry("x", Language.EN, "ex", Map.of("class", "object"), 0),
                new ConceptEntry("x", Language.IT, "ics")));
        assertEquals(Map.of("class", "object"), lex.entries("x").get(1).tags());
        assertThrows(IllegalArgumentException.class, () -> ConceptLexicon.of(List.of(
                new ConceptEntry("x", Language.EN, "ex"), new ConceptEntry("x", Language.EN, "EX"))));
        assertThrows(IllegalArgumentException.class, () -> ConceptLexicon.of(List.of(
                new ConceptEntry("x", Language.EN, "ex", Map.of("class", "object"), 0),
                new ConceptEntry("x", Language.IT, "ics", Map.of("class", "event"), 0))));
        assertEquals(0, ConceptLexicon.empty().size());
    }

    @Test
    void mergeKeepsConceptsOfTheFirstLexiconAsTheyAre() {
        ConceptLexicon extra = ConceptLexicon.of(List.of(
                new ConceptEntry("samizdat", Language.EN, "samizdat", Map.of("class", "object"), 0),
                new ConceptEntry("samizdat", Language.IT, "samizdat"),
                new ConceptEntry("purge", Language.EN, "purge", Map.of("class", "process", "source", "mine"), 0),
                new ConceptEntry("purge", Language.NL, "partijzuivering")));
        ConceptLexicon merged = STD.merge(extra);
        assertEquals(STD.size() + 1, merged.size());
        assertEquals(STD.tags("purge"), merged.tags("purge"));
        // the duplicate row is kept once, the new variant is added after the curated rows
        List<ConceptEntry> purge = merged.entries("purge");
        assertEquals(STD.entries("purge"), purge.subList(0, STD.entries("purge").size()));
        assertEquals("partijzuivering", purge.get(purge.size() - 1).expression());
        assertEquals(STD.entries("purge").size() + 1, purge.size());
        assertEquals(Map.of("class", "object"), merged.tags("samizdat"));
        for (String c : STD.concepts()) {
            if (!c.equals("purge")) assertEquals(STD.entries(c), merged.entries(c), c);
        }
    }
}

package org.parallax.core.anchor;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.CorpusException;
import org.parallax.core.Language;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BilingualDictionaryTest {
    private static final Path FREEDICT = Path.of("/usr/share/dictd");

    @TempDir
    Path tmp;

    /** A test resource of this package as a file. */
    static Path resource(String name) {
        try {
            return Path.of(BilingualDictionaryTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static BilingualDictionary testDictd(String dictFile) {
        return BilingualDictionary.readDictd(resource("test-ita-eng.index"), resource(dictFile), Language.IT, Language.EN);
    }

    // ------------------------------------------------------------ dictd

    @Test
    void base64NumbersAsDictdWritesThem() {
        assertEquals(0, BilingualDictionary.decodeBase64("A"));
        assertEquals(1, BilingualDictionary.decodeBase64("B"));
        assertEquals(63, BilingualDictionary.decodeBase64("/"));
        assertEquals(64, BilingualDictionary.decodeBase64("BA"));
        assertEquals(2 * 4096 + 6 * 64 + 9, BilingualDictionary.decodeBase64("CGJ"));
        for (long v : new long[] {0, 1, 63, 64, 65, 4095, 4096, 979_691, 1L << 40}) {
            assertEquals(v, BilingualDictionary.decodeBase64(BilingualDictionary.encodeBase64(v)));
        }
        assertThrows(IllegalArgumentException.class, () -> BilingualDictionary.decodeBase64("A-B"));
        assertThrows(IllegalArgumentException.class, () -> BilingualDictionary.decodeBase64(""));
    }

    @Test
    void theTestIndexPointsAtItsEntries() throws IOException {
        // the offsets of the hand-made index, checked against the .dict independently of the reader
        byte[] dict = Files.readAllBytes(resource("test-ita-eng.dict"));
        List<String> lines = Files.readAllLines(resource("test-ita-eng.index"), StandardCharsets.UTF_8);
        long covered = 0;
        for (String line : lines) {
            String[] c = line.split("\t");
            int off = (int) BilingualDictionary.decodeBase64(c[1]);
            int len = (int) BilingualDictionary.decodeBase64(c[2]);
            String entry = new String(dict, off, len, StandardCharsets.UTF_8);
            if (!c[0].startsWith("00database")) assertTrue(entry.startsWith(c[0]), c[0] + " -> " + entry);
            covered += len;
        }
        assertEquals(dict.length, covered, "the entries cover the .dict file");
    }

    @Test
    void readsAFreeDictStyleDatabase() {
        BilingualDictionary d = testDictd("test-ita-eng.dict");
        assertEquals(Language.IT, d.source());
        assertEquals(Language.EN, d.target());
        assertEquals(7, d.size());
        // a multi-translation entry, numbered senses, commas and semicolons
        assertEquals(List.of("denounce", "report", "accuse", "charge"), d.translations("denunciare"));
        // pronunciation dropped, case-insensitive lookup
        assertEquals(List.of("prison", "jail"), d.translations("Carcere"));
        assertEquals(List.of("prison", "gaol"), d.translations("prigione"));
        // a bracketed note dropped, no pronunciation line
        assertEquals(List.of("speech", "address"), d.translations("discorso"));
        // a headword with two entries in the index collects both
        assertEquals(List.of("party", "faction", "side", "left", "departed"), d.translations("partito"));
        // a multiword headword
        assertEquals(List.of("personality cult"), d.translations("culto della personalità"));
        // the 00-database-* metadata entries are skipped
        assertEquals(List.of(), d.translations("00databaseinfo"));
        assertTrue(d.headwords().stream().noneMatch(h -> h.startsWith("00")), d.headwords().toString());
        assertEquals(List.of(), d.translations("nessuno"));
    }

    @Test
    void readsTheDictzipCompressedDatabaseTheSameWay() {
        BilingualDictionary plain = testDictd("test-ita-eng.dict");
        BilingualDictionary dz = testDictd("test-ita-eng.dict.dz");
        assertEquals(plain.headwords(), dz.headwords());
        for (String h : plain.headwords()) assertEquals(plain.translations(h), dz.translations(h), h);
    }

    @Test
    void parsesEntryTextsLikeFreeDict() {
        assertEquals(List.of("at", "to", "toward", "in", "inside"),
                BilingualDictionary.parseEntry("a /ˈaː/\n1. at, to, toward\n2. in, inside\n"));
        assertEquals(List.of("backward", "backwards"),
                BilingualDictionary.parseEntry("a /ˈaː/\n1. backward, (colloquial) backward\n2. backwards\n"));
        assertEquals(List.of("abbot"), BilingualDictionary.parseEntry("abate\n/abˈate/\n<n, masc>\nabbot\n"));
        assertEquals(List.of(), BilingualDictionary.parseEntry("solo headword\n"));
    }

    @Test
    void malformedIndexLinesNameTheIndexAndLine() throws IOException {
        Path dict = resource("test-ita-eng.dict");
        Path bad = tmp.resolve("bad.index");
        Files.writeString(bad, "carcere\tC4\tj\ndisgelo\tGG\n");
        CorpusException e = assertThrows(CorpusException.class,
                () -> BilingualDictionary.readDictd(bad, dict, Language.IT, Language.EN));
        assertTrue(e.getMessage().contains("bad.index:2:"), e.getMessage());
        Files.writeString(bad, "carcere\tC4\tj\ndisgelo\tG-G\tc\n");
        e = assertThrows(CorpusException.class, () -> BilingualDictionary.readDictd(bad, dict, Language.IT, Language.EN));
        assertTrue(e.getMessage().contains("bad.index:2:") && e.getMessage().contains("base64"), e.getMessage());
        Files.writeString(bad, "carcere\tC4\tj\nfuori\t//\tB\n");
        e = assertThrows(CorpusException.class, () -> BilingualDictionary.readDictd(bad, dict, Language.IT, Language.EN));
        assertTrue(e.getMessage().contains("bad.index:2:") && e.getMessage().contains("outside"), e.getMessage());
    }

    // ------------------------------------------------------------ TSV

    @Test
    void readsAPlainTsvDictionary() throws IOException {
        Path f = tmp.resolve("nl-en.tsv");
        Files.writeString(f, """
                # Dutch-English, a few words
                gevangenis\tprison\tjail

                toespraak\tspeech
                toespraak\taddress\tspeech
                Dooi\tthaw
                """);
        BilingualDictionary d = BilingualDictionary.readTsv(f, Language.NL, Language.EN);
        assertEquals(3, d.size());
        assertEquals(List.of("prison", "jail"), d.translations("gevangenis"));
        assertEquals(List.of("speech", "address"), d.translations("toespraak"));
        assertEquals(List.of("thaw"), d.translations("dooi"));
        assertEquals("nl-en.tsv", d.name());
    }

    @Test
    void tsvRowsWithoutATranslationNameTheFileAndLine() throws IOException {
        Path f = tmp.resolve("bad.tsv");
        Files.writeString(f, "# comment\ngevangenis\tprison\ndooi\n");
        CorpusException e = assertThrows(CorpusException.class, () -> BilingualDictionary.readTsv(f, Language.NL, Language.EN));
        assertTrue(e.getMessage().contains("bad.tsv:3:"), e.getMessage());
        Files.writeString(f, "\tprison\n");
        e = assertThrows(CorpusException.class, () -> BilingualDictionary.readTsv(f, Language.NL, Language.EN));
        assertTrue(e.getMessage().contains("bad.tsv:1:") && e.getMessage().contains("empty source word"), e.getMessage());
        Files.write(f, new byte[] {'d', 'o', 'o', 'i', '\t', 't', 'h', 'a', 'w', '\n', 'v', (byte) 0xE9, '\t', 'x', '\n'});
        e = assertThrows(CorpusException.class, () -> BilingualDictionary.readTsv(f, Language.NL, Language.EN));
        assertTrue(e.getMessage().contains("bad.tsv:2 (byte offset 11): invalid UTF-8"), e.getMessage());
    }

    // ------------------------------------------------------------ dictionary concepts

    static BilingualDictionary nldEng() {
        return BilingualDictionary.of(Language.NL, Language.EN, Map.of(
                "gevangenis", List.of("prison", "jail"),
                "dooi", List.of("thaw"),
                "aanklagen", List.of("to accuse", "to denounce"),
                "uitleg", List.of("explanation of the meaning of a word or phrase")));
    }

    @Test
    void dictionariesBecomeConceptsWithEnglishAsThePivot() {
        ConceptLexicon ita = ConceptLexicon.fromDictionary(testDictd("test-ita-eng.dict.dz"));
        ConceptLexicon nld = ConceptLexicon.fromDictionary(nldEng());
        ConceptLexicon both = ita.merge(nld);
        // it <-> nl through the English word
        assertEquals(Set.of(Language.EN, Language.IT, Language.NL), both.languages("dict:prison"));
        assertEquals(List.of("en:prison", "it:carcere", "it:prigione", "nl:gevangenis"),
                both.entries("dict:prison").stream().map(e -> e.language() + ":" + e.expression()).sorted().toList());
        assertEquals(Set.of(Language.EN, Language.IT, Language.NL), both.languages("dict:thaw"));
        assertEquals(Set.of(Language.EN, Language.IT, Language.NL), both.languages("dict:denounce"));
        assertEquals(Map.of("source", "dictionary"), both.tags("dict:prison"));
        assertTrue(both.entries("dict:prison").stream().allMatch(ConceptEntry::fromDictionary));
        // a leading "to" is dropped, long explanations are not concepts
        assertTrue(both.contains("dict:accuse"));
        assertFalse(both.concepts().stream().anyMatch(c -> c.contains("explanation")), both.concepts().toString());
        assertTrue(both.contains("dict:personality_cult"));
    }

    @Test
    void dictionaryConceptsLinkItalianAndDutchDocuments() {
        ConceptLexicon lex = ConceptLexicon.fromDictionary(testDictd("test-ita-eng.dict")).merge(ConceptLexicon.fromDictionary(nldEng()));
        ConceptMatcher m = lex.matcher();
        List<Anchor> it = m.match(ConceptMatcherTest.doc(Language.IT, "Molti furono liberati dalla prigione dopo il disgelo."));
        List<Anchor> nl = m.match(ConceptMatcherTest.doc(Language.NL, "Velen kwamen na de dooi uit de gevangenis."));
        assertEquals(List.of("dict:prison", "dict:thaw"), ConceptMatcherTest.values(it));
        assertEquals(List.of("dict:thaw", "dict:prison"), ConceptMatcherTest.values(nl));
        assertEquals(0.5 * 0.75, it.get(0).weight(), 1e-9);
    }

    @Test
    void mergingWithTheCuratedLexiconKeepsCuratedConceptsAsTheyAre() {
        ConceptLexicon std = ConceptLexicon.standard();
        ConceptLexicon merged = std.merge(ConceptLexicon.fromDictionary(testDictd("test-ita-eng.dict")))
                .merge(ConceptLexicon.fromDictionary(nldEng()));
        for (String c : std.concepts()) {
            assertEquals(std.entries(c), merged.entries(c), c);
            assertEquals(std.tags(c), merged.tags(c), c);
        }
        assertTrue(merged.size() > std.size());
        // where a curated and a dictionary entry match the same words, the curated concept wins
        List<String> it = ConceptMatcherTest.values(merged.matcher().match(
                ConceptMatcherTest.doc(Language.IT, "Uscirono dalla prigione durante il disgelo.")));
        assertEquals(List.of("prison", "thaw"), it);
    }

    // ------------------------------------------------------------ the real FreeDict packages, when installed

    @Test
    void readsTheInstalledFreeDictItalianAndDutchDictionaries() {
        Path itaIndex = FREEDICT.resolve("freedict-ita-eng.index");
        Path nldIndex = FREEDICT.resolve("freedict-nld-eng.index");
        Assumptions.assumeTrue(Files.isRegularFile(itaIndex) && Files.isRegularFile(nldIndex),
                "FreeDict not installed (apt-get install dict-freedict-ita-eng dict-freedict-nld-eng): test skipped");
        BilingualDictionary ita = BilingualDictionary.readDictd(itaIndex, FREEDICT.resolve("freedict-ita-eng.dict.dz"),
                Language.IT, Language.EN);
        BilingualDictionary nld = BilingualDictionary.readDictd(nldIndex, FREEDICT.resolve("freedict-nld-eng.dict.dz"),
                Language.NL, Language.EN);
        assertTrue(ita.size() > 1000, ita.toString());
        assertTrue(nld.size() > 10000, nld.toString());
        assertTrue(ita.translations("prigione").contains("prison"), ita.translations("prigione").toString());
        assertTrue(nld.translations("gevangenis").contains("prison"), nld.translations("gevangenis").toString());
        ConceptLexicon lex = ConceptLexicon.fromDictionary(ita).merge(ConceptLexicon.fromDictionary(nld));
        assertTrue(lex.languages("dict:prison").containsAll(List.of(Language.IT, Language.NL, Language.EN)));
    }

    // ------------------------------------------------------------ writing

    @Test
    void writeTsvRoundTripsThroughReadTsv() throws IOException {
        Map<String, List<String>> pairs = new java.util.LinkedHashMap<>();
        pairs.put("Prigione", List.of("prison", "jail"));
        pairs.put("colpo di stato", List.of("coup"));
        pairs.put("città", List.of("city", "town", "city"));
        BilingualDictionary d = BilingualDictionary.of("mine", Language.IT, Language.EN, pairs);
        assertEquals("mine", d.name());
        Path f = tmp.resolve("it-en.tsv");
        d.writeTsv(f);
        assertEquals(List.of("# mine: it -> en, 3 headwords", "prigione\tprison\tjail", "colpo di stato\tcoup", "città\tcity\ttown"),
                Files.readAllLines(f, StandardCharsets.UTF_8));
        BilingualDictionary back = BilingualDictionary.readTsv(f, Language.IT, Language.EN);
        assertEquals(List.copyOf(d.headwords()), List.copyOf(back.headwords()));
        for (String h : d.headwords()) assertEquals(d.translations(h), back.translations(h));
        // a headword the format would read as a comment is left out, and the header says so
        Map<String, List<String>> hash = new java.util.LinkedHashMap<>(pairs);
        hash.put("#tag", List.of("tag"));
        Path h = tmp.resolve("hash.tsv");
        BilingualDictionary.of("h", Language.IT, Language.EN, hash).writeTsv(h);
        List<String> rows = Files.readAllLines(h, StandardCharsets.UTF_8);
        assertEquals("# h: it -> en, 3 headwords (1 starting with '#' left out: the format reads them as comments)", rows.get(0));
        assertEquals(4, rows.size());
        CorpusException e = assertThrows(CorpusException.class, () -> d.writeTsv(tmp.resolve("no/such/dir/x.tsv")));
        assertTrue(e.getMessage().contains("x.tsv"), e.getMessage());
    }

    @Test
    void toStringIsASummaryAndTheFirstHeadwords() {
        Map<String, List<String>> pairs = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 10; i++) pairs.put("parola" + i, List.of("word" + i));
        String s = BilingualDictionary.of("ten", Language.IT, Language.EN, pairs).toString();
        List<String> lines = s.lines().toList();
        assertEquals("BilingualDictionary[ten, it->en, 10 headwords]", lines.get(0));
        assertEquals("  parola0  ->  word0", lines.get(1));
        assertEquals(10, lines.size(), s);
        assertEquals("  ... 2 more", lines.get(9));
    }
}

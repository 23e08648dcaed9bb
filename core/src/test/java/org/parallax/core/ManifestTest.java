package org.parallax.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManifestTest {
    private static final String HEADER = "id\tfile\tlanguage\ttitle\n";

    @TempDir
    Path dir;

    private Path manifest(String content) throws IOException {
        return Files.writeString(dir.resolve("corpus.tsv"), content);
    }

    private void text(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    /** Reads the manifest directly and through a corpus load: both must fail with the same located message. */
    private CorpusException failsAt(Path manifest, int line, String... fragments) {
        CorpusException e = assertThrows(CorpusException.class, () -> Manifest.read(manifest));
        String m = e.getMessage();
        assertTrue(m.contains("corpus.tsv:" + line + ":"), "file name and line " + line + " in: " + m);
        assertEquals(line, e.line(), m);
        assertEquals(manifest, e.file());
        for (String f : fragments) assertTrue(m.contains(f), "'" + f + "' in: " + m);
        CorpusException viaCorpus = assertThrows(CorpusException.class, () -> Corpus.load(dir));
        assertEquals(m, viaCorpus.getMessage());
        return e;
    }

    @Test
    void readsAValidManifest() throws IOException {
        text("a.txt", "Stalin died in 1953.");
        text("sub/b.txt", "Stalin morì nel 1953.");
        Path m = manifest("id\tfile\tlanguage\ttitle\tsource\tgenre\tdecade\n"
                + "# a comment line\n"
                + "a\ta.txt\ten\tA title\tsomewhere\tnews\t1950s\n"
                + "\n"
                + "b\tsub/b.txt\tITA\t\t\t\t1950s\n");
        Manifest man = Manifest.read(m);
        assertEquals(List.of("id", "file", "language", "title", "source", "genre", "decade"), man.columns());
        assertEquals(2, man.entries().size());
        ManifestEntry a = man.entries().get(0);
        assertEquals(3, a.line());
        assertEquals("a", a.id());
        assertEquals(Language.EN, a.language());
        assertEquals("A title", a.title());
        assertEquals("somewhere", a.source());
        assertEquals("news", a.genre());
        assertEquals("1950s", a.fields().get("decade"));
        ManifestEntry b = man.entries().get(1);
        assertEquals(5, b.line());
        assertEquals(Language.IT, b.language(), "three-letter codes are mapped to two letters");
        assertEquals("sub/b.txt", b.file());

        Corpus c = Corpus.load(dir);
        assertEquals(List.of("a", "b"), c.ids());
        assertEquals("A title", c.document("a").title());
        assertEquals("b", c.document("b").title(), "no title: the id");
        assertEquals("1950s", c.document("b").metadata("decade").orElseThrow());
        assertEquals(2, c.where("decade", "1950S").size());
    }

    @Test
    void unknownLanguageCode() throws IOException {
        text("a.txt", "x");
        text("b.txt", "y");
        Path m = manifest(HEADER + "a\ta.txt\ten\tA\nb\tb.txt\txx\tB\n");
        failsAt(m, 3, "unknown language code 'xx'", "'b'");
    }

    @Test
    void languageThatIsNotACode() throws IOException {
        text("a.txt", "x");
        Path m = manifest(HEADER + "a\ta.txt\tEnglish\tA\n");
        failsAt(m, 2, "unknown language code 'English'");
    }

    @Test
    void missingFile() throws IOException {
        text("a.txt", "x");
        Path m = manifest(HEADER + "a\ta.txt\ten\tA\n# commented\nb\tnot-there.txt\ten\tB\n");
        failsAt(m, 4, "not-there.txt", "not found");
    }

    @Test
    void duplicateId() throws IOException {
        text("a.txt", "x");
        text("b.txt", "y");
        Path m = manifest(HEADER + "same\ta.txt\ten\tA\nsame\tb.txt\ten\tB\n");
        failsAt(m, 3, "duplicate document id 'same'", "first on line 2");
    }

    @Test
    void pathEscapingTheFolder() throws IOException {
        // the file exists, outside the corpus folder: it must still be refused
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(dir.resolve("x.txt"), "outside");
        Path m = Files.writeString(corpus.resolve("corpus.tsv"), HEADER + "x\t../x.txt\ten\tX\n");
        CorpusException e = assertThrows(CorpusException.class, () -> Manifest.read(m));
        assertTrue(e.getMessage().contains("corpus.tsv:2:"), e.getMessage());
        assertTrue(e.getMessage().contains("escapes the corpus folder"), e.getMessage());
        assertEquals(2, e.line());
        assertThrows(CorpusException.class, () -> Corpus.load(corpus));

        Files.writeString(m, HEADER + "x\tsub/../../x.txt\ten\tX\n");
        CorpusException nested = assertThrows(CorpusException.class, () -> Manifest.read(m));
        assertTrue(nested.getMessage().contains("corpus.tsv:2:"), nested.getMessage());
        assertTrue(nested.getMessage().contains("escapes the corpus folder"), nested.getMessage());
    }

    @Test
    void absolutePath() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Path outside = Files.writeString(dir.resolve("x.txt"), "outside");
        Path inside = Files.writeString(corpus.resolve("y.txt"), "inside");
        for (Path abs : List.of(outside.toAbsolutePath(), inside.toAbsolutePath())) {
            Path m = Files.writeString(corpus.resolve("corpus.tsv"), HEADER + "y\ty.txt\ten\tY\nx\t" + abs + "\ten\tX\n");
            CorpusException e = assertThrows(CorpusException.class, () -> Manifest.read(m));
            assertTrue(e.getMessage().contains("corpus.tsv:3:"), e.getMessage());
            assertTrue(e.getMessage().contains("absolute path"), e.getMessage());
            assertEquals(3, e.line());
        }
    }

    @Test
    void missingRequiredColumn() throws IOException {
        text("a.txt", "x");
        Path m = manifest("id\tfile\ttitle\na\ta.txt\tA\n");
        failsAt(m, 1, "required column 'language'");
    }

    @Test
    void wrongColumnCount() throws IOException {
        text("a.txt", "x");
        text("b.txt", "y");
        Path fewer = manifest(HEADER + "a\ta.txt\ten\tA\nb\tb.txt\ten\n");
        failsAt(fewer, 3, "expected 4 tab-separated columns", "found 3");
        Path more = manifest(HEADER + "a\ta.txt\ten\tA\textra\n");
        failsAt(more, 2, "expected 4 tab-separated columns", "found 5");
    }

    @Test
    void spacesInsteadOfTabs() throws IOException {
        text("a.txt", "x");
        Path m = manifest(HEADER + "a a.txt en A\n");
        failsAt(m, 2, "expected 4 tab-separated columns", "found 1");
    }

    @Test
    void emptyManifest() throws IOException {
        Path m = manifest("");
        failsAt(m, 1, "empty manifest");
    }

    @Test
    void folderWithoutManifestDetectsLanguages() throws IOException {
        text("b-italiano.txt", "La destalinizzazione fu il processo di riforme politiche avviato in Unione Sovietica dopo la "
                + "morte di Stalin. Il nuovo segretario del partito denunciò i crimini del dittatore davanti al congresso. "
                + "Migliaia di prigionieri furono liberati dai campi di lavoro negli anni successivi.\n");
        text("a-nederlands.txt", "Met de destalinisatie wordt een periode in de geschiedenis van de Sovjet-Unie bedoeld. "
                + "De nieuwe partijleider hield een geheime toespraak over de misdaden van Stalin. "
                + "Duizenden gevangenen werden in de jaren daarna vrijgelaten uit de werkkampen.\n");
        text("c-english.txt", "De-Stalinization was a series of political reforms in the Soviet Union after the death of "
                + "Stalin. The new party leader gave a secret speech about the crimes of the dictator. "
                + "Thousands of prisoners were released from the labour camps in the following years.\n");
        text("notes.md", "not a text file of the corpus");
        Corpus c = Corpus.load(dir);
        assertEquals(List.of("a-nederlands", "b-italiano", "c-english"), c.ids(), "file name order, .txt only");
        assertEquals(Language.NL, c.document("a-nederlands").language());
        assertEquals(Language.IT, c.document("b-italiano").language());
        assertEquals(Language.EN, c.document("c-english").language());
        assertEquals("nl", c.document("a-nederlands").metadata("language").orElseThrow());
        assertEquals("a-nederlands.txt", c.document("a-nederlands").metadata("file").orElseThrow());
        assertEquals(3, c.document("b-italiano").sentences().size());
        assertEquals(1, c.where("language", "it").size());
    }

    @Test
    void folderWithNeitherManifestNorTexts() throws IOException {
        Files.writeString(dir.resolve("readme.md"), "nothing here");
        CorpusException e = assertThrows(CorpusException.class, () -> Corpus.load(dir));
        assertTrue(e.getMessage().contains("no corpus.tsv and no .txt files"), e.getMessage());
        CorpusException none = assertThrows(CorpusException.class, () -> Corpus.load(dir.resolve("nope")));
        assertTrue(none.getMessage().contains("nope"), none.getMessage());
    }
    @Test
    void aDuplicateOrNamelessColumnIsAnErrorOfTheHeader() throws IOException {
        text("a.txt", "Stalin died in 1953.");
        failsAt(manifest("id\tfile\tlanguage\tgenre\tGenre\na\ta.txt\ten\tx\ty\n"), 1,
                "duplicate column 'genre'", "columns 4 and 5");
        failsAt(manifest("id\tfile\tlanguage\t\ta\ta.txt\ten\tx\n"), 1, "column 4 has no name");
    }

    @Test
    void invalidUtf8IsLocatedAndTheLenientModeRepairsIt() throws IOException {
        text("a.txt", "Stalin died in 1953.");
        byte[] head = (HEADER + "a\ta.txt\ten\tA ").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 2);
        bytes[head.length] = (byte) 0xFF;
        bytes[head.length + 1] = '\n';
        Path m = Files.write(dir.resolve("corpus.tsv"), bytes);
        CorpusException e = assertThrows(CorpusException.class, () -> Manifest.read(m));
        assertTrue(e.getMessage().contains("corpus.tsv:2 (byte offset " + head.length + ")"), e.getMessage());
        assertEquals(2, e.line());
        Manifest lenient = Manifest.read(m, org.parallax.core.ingest.TextDecoder.lenient());
        assertEquals(1, lenient.replacements());
        assertEquals("A \uFFFD", lenient.entries().get(0).title());
        Corpus c = Corpus.loader().lenient(true).load(dir);
        assertEquals(List.of(m + ": 1 invalid UTF-8 sequence(s) replaced by U+FFFD"), c.repairs());
    }
    @Test
    void theCatalogGivesEveryDocumentsMetadataWithoutReadingTexts() throws IOException {
        text("a.txt", "Stalin died in 1953.");
        manifest("id\tfile\tlanguage\tgenre\na\ta.txt\ten\tnews\nb\tmissing-later.txt\tit\tessay\n");
        text("missing-later.txt", "Stalin morì nel 1953.");
        List<java.util.Map<String, String>> cat = Corpus.loader().catalog(dir);
        assertEquals(List.of("a", "b"), cat.stream().map(m -> m.get("id")).toList());
        assertEquals("essay", cat.get(1).get("genre"));
        assertEquals("it", cat.get(1).get("language"));
        assertEquals(5, Corpus.loader().seedCatalog().size());
    }

    @Test
    void aFileGivenAsTheCorpusIsNamedAsAFile() throws IOException {
        text("a.txt", "Stalin died in 1953.");
        CorpusException e = assertThrows(CorpusException.class, () -> Corpus.load(dir.resolve("a.txt")));
        assertTrue(e.getMessage().contains("a.txt: not a corpus folder but a file"), e.getMessage());
    }

    @Test
    void streamingSummariesOfTxtFilesFilterOnTheDetectedLanguage() throws IOException {
        text("en.txt", "Stalin died in 1953 and the party congress met three years later in Moscow.");
        text("it.txt", "Stalin morì nel 1953 e il congresso del partito si riunì tre anni dopo a Mosca.");
        List<DocumentSummary> it = Corpus.loader().summaries(dir, m -> "it".equals(m.get("language")));
        assertEquals(List.of("it"), it.stream().map(DocumentSummary::doc).toList());
        assertEquals(Corpus.load(dir).where("language", "it").summaries(), it);
    }
}

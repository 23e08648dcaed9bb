package org.parallax.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Document and Corpus API over the seeds. */
class CorpusTest {

    @Test
    void seedIdsAndLanguagesInManifestOrder() {
        Corpus c = TestSeeds.corpus();
        assertEquals(TestSeeds.IDS, c.ids());
        assertEquals(List.of(Language.IT, Language.NL, Language.EN, Language.EN, Language.EN),
                c.stream().map(Document::language).toList());
        assertEquals(new LinkedHashSet<>(List.of(Language.IT, Language.NL, Language.EN)), c.languages());
        assertEquals(List.of(Language.IT, Language.NL, Language.EN), List.copyOf(c.languages()), "order of first appearance");
        assertEquals(5, c.size());
        assertNull(c.root());
        assertEquals(List.of(), c.repairs());
    }

    @Test
    void loadingTheSeedFolderGivesTheSameCorpus() {
        Corpus folder = Corpus.load(TestSeeds.FOLDER);
        Corpus seeds = TestSeeds.corpus();
        assertEquals(seeds.ids(), folder.ids());
        assertEquals(TestSeeds.FOLDER, folder.root());
        for (String id : seeds.ids()) {
            Document a = seeds.document(id);
            Document b = folder.document(id);
            assertEquals(a.text(), b.text(), id);
            assertEquals(a.language(), b.language(), id);
            assertEquals(a.summary(), b.summary(), id);
            assertEquals(a.metadata(), b.metadata(), id);
            assertEquals(a.blocks(), b.blocks(), id);
            assertEquals(a.sentences(), b.sentences(), id);
            assertEquals(a.tokens(), b.tokens(), id);
            assertEquals(TestSeeds.FOLDER.toAbsolutePath().normalize().resolve(id + ".txt"), b.path());
        }
    }

    @Test
    void loadingIsTheSameOnOneThreadOrMany() {
        Corpus one = Corpus.loader().threads(1).load(TestSeeds.FOLDER);
        Corpus many = Corpus.loader().threads(5).load(TestSeeds.FOLDER);
        assertEquals(one.ids(), many.ids());
        for (String id : one.ids()) assertEquals(one.document(id).tokens(), many.document(id).tokens(), id);
    }

    @Test
    void whereSelectsByMetadata() {
        Corpus c = TestSeeds.corpus();
        Corpus en = c.where("language", "en");
        assertEquals(3, en.size());
        assertEquals(List.of("en-wikipedia", "en-essay", "en-encyclopedia"), en.ids());
        assertEquals(3, c.where(" Language ", " EN ").size(), "field and value are case-insensitive and trimmed");
        assertEquals(List.of("nl-destalinisatie", "en-wikipedia"), c.where("genre", "encyclopedia (wiki)").ids());
        assertEquals(List.of("en-essay"), c.where("id", "en-essay").ids());
        assertEquals(0, c.where("language", "de").size());
        assertEquals(List.of("it-destalinizzazione", "nl-destalinisatie"), c.without(d -> d.language().equals(Language.EN)).ids());
        assertEquals(List.of("en-essay"), c.filter(d -> d.id().endsWith("essay")).ids());
    }

    @Test
    void whereOnAFieldNoDocumentHasNamesTheFields() {
        Corpus c = TestSeeds.corpus();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.where("nofield", "x"));
        assertEquals("no field 'nofield' in the corpus; fields: id, language, file, title, source, genre", e.getMessage());
        assertEquals(List.of("id", "language", "file", "title", "source", "genre"), List.copyOf(c.fields()));
        // a known field with a value nothing has is a legal empty selection, and an empty corpus accepts anything
        Corpus none = c.where("genre", "poetry");
        assertEquals(0, none.size());
        assertEquals(0, none.where("nofield", "x").size());
        // documents in memory have id and language
        Corpus mem = Corpus.of(Document.of("a", Language.EN, "Stalin died."));
        assertEquals(List.of("id", "language"), List.copyOf(mem.fields()));
        assertEquals(List.of("a"), mem.where("ID", "a").ids());
        assertThrows(IllegalArgumentException.class, () -> mem.where("genre", "essay"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            it-destalinizzazione | it | La destalinizzazione                                 | seed 000_31c4ae000d5ce25e.txt | web article
            nl-destalinisatie    | nl | Destalinisatie                                       | seed 001_f990dfbaf6277d6d.txt | encyclopedia (wiki)
            en-wikipedia         | en | De-Stalinization                                     | seed 002_accb4fe34587978e.txt | encyclopedia (wiki)
            en-essay             | en | De-Stalinization (essay)                             | seed 003_419aa178f9f61d74.txt | essay
            en-encyclopedia      | en | De-Stalinization (Encyclopedia of Russian History)   | seed 004_1a0d7465ac86c708.txt | encyclopedia (print, web copy)
            """)
    void metadataFromTheManifest(String id, String language, String title, String source, String genre) {
        Document d = TestSeeds.doc(id);
        assertEquals(title, d.title());
        assertEquals(id, d.id());
        assertEquals(title, d.metadata("title").orElseThrow());
        assertEquals(source, d.metadata("source").orElseThrow());
        assertEquals(genre, d.metadata("genre").orElseThrow());
        assertEquals(language, d.metadata("language").orElseThrow());
        assertEquals(id + ".txt", d.metadata("file").orElseThrow());
        assertEquals(List.of("id", "file", "language", "title", "source", "genre"), List.copyOf(d.metadata().keySet()));
        assertTrue(d.metadata("nothing").isEmpty());
        assertFalse(d.bomStripped());
        assertEquals(0, d.replacements());
    }

    @Test
    void summaries() {
        Corpus c = TestSeeds.corpus();
        // paragraphs and boilerplate lines worked out from the files; sentences of it and nl counted by hand
        assertEquals(new DocumentSummary("it-destalinizzazione", Language.IT, 6, 16,
                c.document("it-destalinizzazione").contentTokens().size(), 0), c.document("it-destalinizzazione").summary());
        assertEquals(3, c.document("nl-destalinisatie").summary().paragraphs());
        assertEquals(15, c.document("nl-destalinisatie").summary().sentences());
        assertEquals(12, c.document("en-wikipedia").summary().boilerplateLines());
        assertEquals(1, c.document("en-essay").summary().boilerplateLines());
        assertEquals(24, c.document("en-encyclopedia").summary().boilerplateLines());
        assertEquals(c.summaries(), Corpus.loader().seedSummaries(m -> true));
        assertEquals(c.where("language", "en").summaries(), Corpus.loader().seedSummaries(m -> "en".equals(m.get("language"))));
        assertEquals(c.summaries(), Corpus.loader().summaries(TestSeeds.FOLDER, m -> true));
        assertEquals("doc\tlanguage\tparagraphs\tsentences\ttokens\tboilerplate_lines", DocumentSummary.TSV_HEADER);
        assertTrue(c.document("it-destalinizzazione").summary().toTsv().startsWith("it-destalinizzazione\tit\t6\t16\t"));
    }

    @Test
    void unknownIdNamesTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TestSeeds.corpus().document("ru-x"));
        assertTrue(e.getMessage().contains("ru-x"), e.getMessage());
        assertTrue(e.getMessage().contains("en-essay"), e.getMessage());
        assertTrue(TestSeeds.corpus().contains("en-essay"));
        assertFalse(TestSeeds.corpus().contains("ru-x"));
    }

    @Test
    void inMemoryCorpus() {
        Document a = Document.of("a", Language.EN, "Stalin died in 1953.");
        Document b = Document.of("b", null, "Stalin morì nel marzo del 1953 e Krusciov prese il potere poco dopo la sua morte.");
        Corpus c = Corpus.of(a, b);
        assertEquals(List.of("a", "b"), c.ids());
        assertEquals(Language.IT, c.document("b").language(), "detected");
        assertNull(a.path());
        assertEquals("a", a.title());
        assertEquals(List.of("a"), c.where("language", "en").ids());
        assertThrows(IllegalArgumentException.class, () -> Corpus.of(a, a));
        assertThrows(UnsupportedOperationException.class, () -> c.documents().add(a));
    }

    @Test
    void documentLinesAndSpans() {
        Document enc = TestSeeds.doc("en-encyclopedia");
        assertEquals("Skip to main content", enc.line(1));
        assertEquals("", enc.line(2));
        assertEquals("Graeme Gill", enc.line(30));
        Block gill = enc.blocks().stream().filter(b -> b.text().equals("Graeme Gill")).findFirst().orElseThrow();
        assertEquals(new org.parallax.core.ingest.LineIndex.LineRange(30, 30), enc.lines(gill.start(), gill.end()));
        assertEquals("Graeme Gill", enc.text(gill.start(), gill.end()));
        assertEquals(30, enc.lineOf(gill.start()));
        Document it = TestSeeds.doc("it-destalinizzazione");
        Sentence s3 = it.sentences().get(3);
        assertEquals(2, it.lines(s3.start(), s3.end()).first());
        assertEquals(it.tokens().subList(s3.firstToken(), s3.endToken()), it.tokens(s3));
    }

    @Test
    void nullsAndSpansOutsideTheTextAreRefusedWithAMessage() {
        assertEquals("text", assertThrows(NullPointerException.class, () -> Document.of("x", Language.EN, null)).getMessage());
        assertEquals("id", assertThrows(NullPointerException.class, () -> Document.of(null, Language.EN, "x")).getMessage());
        assertEquals("text", assertThrows(NullPointerException.class,
                () -> DocumentAnalyzer.create().summarize("x", Language.EN, null)).getMessage());
        Document d = Document.of("x", Language.EN, "Stalin died.\nKhrushchev rose."); // 29 chars, 2 lines
        assertEquals("begin 5, end 1, length 29",
                assertThrows(IndexOutOfBoundsException.class, () -> d.lines(5, 1)).getMessage());
        assertEquals("begin -1, end 5, length 29",
                assertThrows(IndexOutOfBoundsException.class, () -> d.lines(-1, 5)).getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> d.lines(0, 30));
        assertEquals(new org.parallax.core.ingest.LineIndex.LineRange(1, 2), d.lines(0, 29));
        assertEquals("line 3 outside 1-2", assertThrows(IndexOutOfBoundsException.class, () -> d.line(3)).getMessage());
        assertEquals("Khrushchev rose.", d.line(2));
    }

    @Test
    void analysisOptions() {
        String text = "I prigionieri furono liberati.\n\nDie Entstalinisierung war ein Prozess in der Sowjetunion, der nach "
                + "dem Tod Stalins im Jahr 1953 begann.";
        Document plain = DocumentAnalyzer.create(AnalysisOptions.defaults().withLemmas(false).withParagraphLanguages(false))
                .analyze("x", Language.IT, text);
        for (Token t : plain.tokens()) assertEquals(t.norm(), t.lemma(), "without lemmas the lemma is the norm: " + t);
        for (Block b : plain.blocks()) assertEquals(Language.IT, b.language());
        Document full = Document.of("x", Language.IT, text);
        assertEquals("liberare", full.tokens().get(3).lemma());
        assertEquals(Language.of("de"), full.blocks().get(1).language());
        assertEquals(full.tokens().size(), plain.tokens().size());
        assertEquals(new AnalysisOptions(true, true), AnalysisOptions.defaults());
    }

    @Test
    void toStringsAreReadable() {
        Corpus c = TestSeeds.corpus();
        String corpus = c.toString();
        assertTrue(corpus.startsWith("Corpus: 5 documents, [it, nl, en]"), corpus);
        for (String id : TestSeeds.IDS) assertTrue(corpus.contains(id), corpus);
        assertTrue(corpus.contains("boilerplate_lines"), corpus);
        assertEquals(7, corpus.lines().count(), "title, header and one row per document");

        Document it = c.document("it-destalinizzazione");
        String doc = it.toString();
        assertTrue(doc.startsWith("Document it-destalinizzazione (it) \"La destalinizzazione\": 6 lines, 6 paragraphs, 16 sentences"), doc);

        Token dell = it.tokens().stream().filter(t -> t.surface().equals("dell'")).findFirst().orElseThrow();
        String token = dell.toString();
        assertTrue(token.startsWith("dell'[" + dell.start() + "-" + dell.end() + "] word"), token);
        assertTrue(token.contains("stop"), token);

        String sentence = it.sentences().get(9).toString();
        assertEquals("s9 L4 L'inversione a U ha scioccato i presenti.", sentence);

        Block title = c.document("en-wikipedia").blocks().get(0);
        assertEquals("#0 HEADING(1) L1 en \"De-Stalinization\"", title.toString());
        Block see = c.document("en-wikipedia").blocks().get(31);
        assertEquals("#31 HEADING(2) L54 en [see-also] \"See also\"", see.toString());
        String para = it.blocks().get(0).toString();
        assertTrue(para.startsWith("#0 PARAGRAPH L1 it \"La destalinizzazione fu"), para);
        assertTrue(para.endsWith("...\""), "long texts are shortened: " + para);

        Section motivation = c.document("en-wikipedia").sections().get(4);
        assertEquals("§4     \"Motivation\" blocks 10-15", motivation.toString());
        assertFalse(Set.of("", " ").contains(c.document("en-essay").toString().strip()));
        assertEquals("it", Language.IT.toString());
        assertEquals("Italian", Language.IT.displayName());
    }

    @Test
    void manifestAndTokenTableSummariesAreOneLine() {
        Path file = TestSeeds.FOLDER.resolve("corpus.tsv");
        assertEquals("Manifest " + file + ": 5 entries (it-destalinizzazione, nl-destalinisatie, en-wikipedia, … 2 more); "
                + "columns id, file, language, title, source, genre", Manifest.read(file).toString());
        assertEquals("TokenTable: 590 tokens (526 words, 5 numbers, 59 punctuation or symbols), 16 sentences in 6 blocks; "
                + "layers surface, norm, stem, lemma, upos", TestSeeds.doc("it-destalinizzazione").tokenTable().toString());
        assertEquals("TokenTable: 1568 tokens (1347 words, 22 numbers, 199 punctuation or symbols; 451 in boilerplate), "
                + "89 sentences in 31 blocks; layers surface, norm, stem, lemma, upos",
                TestSeeds.doc("en-encyclopedia").tokenTable().toString());
        Document plain = DocumentAnalyzer.create(AnalysisOptions.defaults().withLemmas(false)).analyze("x", Language.EN, "Stalin died.");
        assertEquals("TokenTable: 3 tokens (2 words, 0 numbers, 1 punctuation or symbols), 1 sentence in 1 block; "
                + "layers surface, norm, stem, lemma (= norm: no lemmas)", plain.tokenTable().toString());
    }

    @ParameterizedTest
    @CsvSource({"it, it", "IT, it", "ita, it", "nld, nl", "dut, nl", "eng, en", "deu, de", "ger, de", "und, und", "' en ', en"})
    void languageCodes(String code, String expected) {
        assertEquals(expected, Language.of(code).code());
    }

    @Test
    void invalidLanguageCodes() {
        for (String bad : List.of("xx", "e", "english", "", "e1", "en-GB")) {
            assertThrows(IllegalArgumentException.class, () -> Language.of(bad), bad);
        }
        assertTrue(Language.IT.isSupported());
        assertFalse(Language.of("de").isSupported());
        assertTrue(Language.UNKNOWN.isUnknown());
    }

    @Test
    void layers() {
        assertEquals(Layer.LEMMA, Layer.parse(" Lemma "));
        assertEquals(Layer.NORM, Layer.parse("normalized"));
        assertEquals(Layer.SURFACE, Layer.parse("word"));
        assertThrows(IllegalArgumentException.class, () -> Layer.parse("pos"));
        Document wiki = TestSeeds.doc("en-wikipedia");
        TokenTable t = wiki.tokenTable();
        int i = wiki.tokens().stream().filter(x -> x.surface().equals("prisoners")).findFirst().orElseThrow().index();
        assertEquals("prisoners", t.layer(Layer.SURFACE, i, wiki.text()));
        assertEquals("prisoners", t.layer(Layer.NORM, i, wiki.text()));
        assertEquals("prison", t.layer(Layer.STEM, i, wiki.text()));
        assertEquals("prisoner", t.layer(Layer.LEMMA, i, wiki.text()));
    }

    @Test
    void javadocExamplesHold() {
        Token t = TestSeeds.doc("en-wikipedia").tokens().get(0);
        assertEquals("De-Stalinization", t.surface());
        assertEquals("de-stalinization", t.norm());
        assertEquals("de-stalin", t.stem());
        assertEquals(List.of("De", "Stalinization"), t.parts());

        Block b = TestSeeds.doc("en-wikipedia").blocks().get(0);
        assertEquals(BlockKind.HEADING, b.kind());
        assertEquals("De-Stalinization", b.text());
        assertEquals(1, b.firstLine());

        org.parallax.core.text.Lemmatizer lem = org.parallax.core.text.LanguageKit.of(Language.IT).newLemmatizer();
        assertEquals("[liberare/VER:part+past+p+m/VERB]", lem.analyses("liberati").toString());
        assertEquals("era", org.parallax.core.text.Lemmatizer.choose(lem.analyses("era"), "DET").lemma());
        assertEquals(Language.NL, org.parallax.core.lang.LanguageIdentifier.standard()
                .identify("Met de destalinisatie wordt een periode bedoeld").language());
        assertEquals(',', org.parallax.core.text.LanguageKit.of(Language.IT).decimalSeparator());
        assertEquals(org.parallax.core.text.LanguageKit.AbbreviationKind.GENERAL,
                org.parallax.core.text.LanguageKit.of(Language.IT).abbreviation("ecc"));
        assertEquals(Language.IT, Manifest.read(TestSeeds.FOLDER.resolve("corpus.tsv")).entries().get(0).language());

        org.parallax.core.ingest.LineIndex idx = org.parallax.core.ingest.LineIndex.of("one\r\ntwo\nthree");
        assertEquals(2, idx.lineOf(5));
        assertEquals(3, idx.lineCount());
        assertEquals(9, idx.lineStart(3), "one CR LF two LF: three starts at 9");
        Document it = TestSeeds.doc("it-destalinizzazione");
        assertEquals("line 2", it.lines(it.sentences().get(3).start(), it.sentences().get(3).end()).toString());
        assertEquals(3, TestSeeds.corpus().where("language", "en").size());
    }

    @Test
    void missingFolder() {
        CorpusException e = assertThrows(CorpusException.class, () -> Corpus.load(Path.of("no", "such", "folder")));
        assertTrue(e.getMessage().contains(Path.of("no", "such", "folder").toString()), e.getMessage());
    }

    // ---- warnings about the input

    @Test
    void htmlFileIsLoadedAsItIsWithAWarningNamingFileAndLine(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        String html = "\n<!DOCTYPE html><html><body>\n<p>Khrushchev denounced <b>Stalin</b> in 1956.</p>\n</body></html>\n";
        java.nio.file.Files.writeString(dir.resolve("page.txt"), html);
        java.nio.file.Files.writeString(dir.resolve("prose.txt"), "If a<b then Stalin < Khrushchev; x<y.\n");
        Corpus c = Corpus.load(dir);
        assertEquals(1, c.warnings().size(), c.warnings().toString());
        String w = c.warnings().get(0);
        assertTrue(w.startsWith(dir.resolve("page.txt").toAbsolutePath().normalize() + ": line 2: looks like HTML or XML markup, "
                + "not plain text (it starts with <!DOCTYPE html>; 9 tags, "), w);
        assertEquals(html, c.document("page").text(), "the text is analysed as it is");
        assertEquals("p", c.document("page").tokens().stream().filter(t -> t.line() == 3 && t.isWord()).findFirst().orElseThrow().surface(),
                "offsets and lines unchanged: the tag is a token");
        assertEquals(List.of(), c.filter(d -> d.id().equals("prose")).warnings(), "a subcorpus keeps its documents' warnings");
        assertEquals(c.warnings(), c.where("id", "page").warnings());
        List<String> streamed = new java.util.ArrayList<>();
        Corpus.loader().summaries(dir, m -> true, r -> { }, streamed::add);
        assertEquals(c.warnings(), streamed, "the streaming counts warn alike");
    }

    @Test
    void theSeedsGiveNoWarning() {
        assertEquals(List.of(), TestSeeds.corpus().warnings());
    }
}

package org.parallax.core.io;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.core.Corpus;
import org.parallax.core.CorpusException;
import org.parallax.core.Document;
import org.parallax.core.Language;
import org.parallax.core.Sentence;
import org.parallax.core.Token;
import org.parallax.core.text.Tokenizer;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConllUTest {
    private static Corpus seeds;

    @BeforeAll
    static void load() {
        seeds = Corpus.seeds();
    }

    private static String conllu(Document d) throws IOException {
        StringWriter w = new StringWriter();
        ConllU.write(d, w);
        return w.toString();
    }

    private static List<ConllU.Sentence> read(String s) throws IOException {
        return ConllU.read(new StringReader(s), Path.of("test.conllu"));
    }

    @Test
    void exactLinesForASmallDocument() throws IOException {
        Document d = Document.of("x", Language.EN, "Stalin's speech (1956) was secret.");
        List<String> expected = List.of(
                "# newdoc id = x",
                "# sent_id = x-1",
                "# text = Stalin's speech (1956) was secret.",
                "1\tStalin\tStalin\tPROPN\t_\t_\t_\t_\t_\tSpaceAfter=No|TokenRange=0:6|Norm=stalin|Stem=stalin|Type=word",
                "2\t's\t's\tPART\t_\t_\t_\t_\t_\tTokenRange=6:8|Norm='s|Stem='s|Type=word",
                "3\tspeech\tspeech\tNOUN\t_\t_\t_\t_\t_\tTokenRange=9:15|Norm=speech|Stem=speech|Type=word",
                "4\t(\t(\tPUNCT\t_\t_\t_\t_\t_\tSpaceAfter=No|TokenRange=16:17|Norm=(|Stem=(|Type=punct",
                "5\t1956\t1956\tNUM\t_\t_\t_\t_\t_\tSpaceAfter=No|TokenRange=17:21|Norm=1956|Stem=1956|Type=number",
                "6\t)\t)\tPUNCT\t_\t_\t_\t_\t_\tTokenRange=21:22|Norm=)|Stem=)|Type=punct",
                "7\twas\tbe\tVERB\t_\t_\t_\t_\t_\tTokenRange=23:26|Norm=was|Stem=was|Type=word",
                "8\tsecret\tsecret\tNOUN\t_\t_\t_\t_\t_\tSpaceAfter=No|TokenRange=27:33|Norm=secret|Stem=secret|Type=word",
                "9\t.\t.\tPUNCT\t_\t_\t_\t_\t_\tSpaceAfter=No|TokenRange=33:34|Norm=.|Stem=.|Type=punct",
                "");
        String out = conllu(d);
        assertTrue(out.endsWith("\n\n"), "blank line after the sentence");
        assertEquals(expected, List.of(out.split("\n", -1)).subList(0, expected.size()));
        assertEquals(expected.size() + 1, out.split("\n", -1).length);
    }

    @Test
    void spaceAfterNoOnlyWhereNoWhitespaceFollows() throws IOException {
        Document d = Document.of("x", Language.EN, "Stalin's speech (1956) was secret.\n");
        List<ConllU.Word> w = read(conllu(d)).get(0).words();
        List<Integer> noSpace = new ArrayList<>();
        for (ConllU.Word x : w) if (!x.spaceAfter()) noSpace.add(x.id());
        // the final period is followed by the line break this time
        assertEquals(List.of(1, 4, 5, 8), noSpace);
        assertEquals("Stalin's speech (1956) was secret.", read(conllu(d)).get(0).formsText());
    }

    @Test
    void lineBreaksInsideASentenceBecomeSpacesInText() throws IOException {
        Document d = Document.of("x", Language.EN, "It was\r\nsaid on\ntwo lines.");
        assertEquals(1, d.sentences().size());
        String out = conllu(d);
        assertTrue(out.contains("# text = It was said on two lines.\n"), out);
        ConllU.Sentence s = read(out).get(0);
        assertEquals("It was said on two lines.", s.text());
        assertEquals(s.text(), s.formsText());
        assertEquals(8, s.words().get(2).start()); // "said" after CRLF
    }

    @Test
    void miscValuesAreEscapedAndReadBack() throws IOException {
        Document d = Document.of("x", Language.EN, "Use a|b, c=d or C:\\dir now.");
        String out = conllu(d);
        assertTrue(out.contains("\t|\t|\tSYM\t_\t_\t_\t_\t_\tSpaceAfter=No|TokenRange=5:6|Norm=\\p|Stem=\\p|Type=symbol\n"), out);
        assertTrue(out.contains("|Norm=\\\\|Stem=\\\\|"), out);
        assertTrue(out.contains("|Norm==|Stem==|"), out); // '=' needs no escape: attributes split at the first '='
        List<ConllU.Word> words = read(out).get(0).words();
        List<String> norms = words.stream().map(ConllU.Word::norm).toList();
        assertTrue(norms.containsAll(List.of("|", "\\", "=")), norms.toString());
        for (ConllU.Word w : words) assertEquals(w.form(), d.text(w.start(), w.end()));
    }

    @Test
    void allEscapesAreUnderstood() throws IOException {
        String in = "1\ta\ta\t_\t_\t_\t_\t_\t_\tNorm=a\\pb\\\\c\\td\\se\\nf\\rg|Other=x=y|Flag\n\n";
        ConllU.Word w = read(in).get(0).words().get(0);
        assertEquals("a|b\\c\td e\nf\rg", w.norm());
        assertEquals("x=y", w.misc().get("Other"));
        assertEquals("", w.misc().get("Flag"));
        assertNull(w.upos());
        assertEquals(-1, w.start());
        assertTrue(w.spaceAfter());
        assertNull(w.type());
    }

    @Test
    void underscoreLemmaIsNullUnlessTheFormIsAnUnderscore() throws IOException {
        List<ConllU.Word> w = read("1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n2\t_\t_\tPUNCT\t_\t_\t_\t_\t_\t_\n").get(0).words();
        assertNull(w.get(0).lemma());
        assertEquals("_", w.get(1).lemma());
        assertEquals("PUNCT", w.get(1).upos());
    }

    @Test
    void boilerplateIsMarkedOrSkipped() throws IOException {
        Document d = Document.of("x", Language.EN, "Skip to main content\n\nStalin died in 1953. Khrushchev rose.\n");
        assertTrue(d.sentences().get(0).boilerplate(), "the navigation line is boilerplate");
        List<ConllU.Sentence> all = read(conllu(d));
        assertEquals(3, all.size());
        for (ConllU.Word w : all.get(0).words()) {
            assertTrue(w.boilerplate());
            assertEquals("Yes", w.misc().get("Boilerplate"));
        }
        for (ConllU.Word w : all.get(1).words()) assertFalse(w.misc().containsKey("Boilerplate"));

        StringWriter sw = new StringWriter();
        ConllU.write(d, sw, false);
        List<ConllU.Sentence> content = read(sw.toString());
        assertEquals(List.of("x-2", "x-3"), content.stream().map(ConllU.Sentence::id).toList());
        assertTrue(sw.toString().startsWith("# newdoc id = x\n# sent_id = x-2\n"), sw.toString());
        assertFalse(sw.toString().contains("Boilerplate"));
    }

    @Test
    void aDocumentWithNothingToWriteIsLeftOut() throws IOException {
        Document d = Document.of("x", Language.EN, "Skip to main content\n");
        StringWriter sw = new StringWriter();
        ConllU.write(d, sw, false);
        assertEquals("", sw.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"it-destalinizzazione", "nl-destalinisatie", "en-wikipedia", "en-essay", "en-encyclopedia"})
    void seedDocumentsRoundTrip(String id) throws IOException {
        Document d = seeds.document(id);
        List<ConllU.Sentence> back = read(conllu(d));
        assertEquals(d.sentences().size(), back.size());
        for (int k = 0; k < back.size(); k++) {
            Sentence s = d.sentences().get(k);
            ConllU.Sentence b = back.get(k);
            assertEquals(id, b.doc());
            assertEquals(id + "-" + (k + 1), b.id());
            assertEquals(s.text().replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '), b.text());
            assertEquals(collapseSpaces(b.text()), b.formsText(), "forms joined by SpaceAfter give the text");
            List<Token> tokens = d.tokens(s);
            assertEquals(tokens.size(), b.words().size());
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                ConllU.Word w = b.words().get(i);
                String where = id + " token " + t.index();
                assertEquals(i + 1, w.id(), where);
                assertEquals(t.surface(), w.form(), where);
                assertEquals(t.lemma(), w.lemma(), where);
                assertEquals(t.upos(), w.upos(), where);
                assertEquals(t.start(), w.start(), where);
                assertEquals(t.end(), w.end(), where);
                assertEquals(t.spaceAfter(), w.spaceAfter(), where);
                assertEquals(t.norm(), w.norm(), where);
                assertEquals(t.stem(), w.stem(), where);
                assertEquals(t.type(), w.type(), where);
                assertEquals(t.boilerplate(), w.boilerplate(), where);
            }
        }
    }

    @Test
    void seedCorpusRoundTripsThroughAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("seeds.conllu");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            ConllU.write(seeds, w);
        }
        List<ConllU.Sentence> back = ConllU.read(file);
        int sentences = 0;
        long tokens = 0;
        for (Document d : seeds) {
            sentences += d.sentences().size();
            tokens += d.tokenTable().size();
        }
        assertEquals(sentences, back.size());
        assertEquals(tokens, back.stream().mapToLong(s -> s.words().size()).sum());
        assertEquals(seeds.ids(), back.stream().map(ConllU.Sentence::doc).distinct().toList());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(seeds.size(), text.split("# newdoc id = ", -1).length - 1);
        assertTrue(text.contains("\tmorì\tmorire\t"), "UTF-8 survives");

        StringWriter content = new StringWriter();
        ConllU.write(seeds, content, false);
        long contentTokens = 0;
        for (Document d : seeds) contentTokens += d.contentTokens().size();
        assertEquals(contentTokens, read(content.toString()).stream().mapToLong(s -> s.words().size()).sum());
    }

    /** Whitespace runs (as the tokenizer sees whitespace) become one space. */
    private static String collapseSpaces(String s) {
        StringBuilder sb = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Tokenizer.isSpace(c)) {
                space = true;
            } else {
                if (space && sb.length() > 0) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------------------------------ errors

    private static String error(String input) {
        CorpusException e = assertThrows(CorpusException.class, () -> read(input));
        return e.getMessage();
    }

    @Test
    void wrongColumnCountNamesFileAndLine() {
        String m = error("# sent_id = a\n1\tx\tx\t_\t_\t_\t_\t_\t_\t_\n2\ty\ty\t_\t_\t_\t_\t_\t_\n");
        assertEquals("test.conllu:3: expected 10 tab-separated columns (ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC), found 9", m);
    }

    @Test
    void nonNumericIdNamesFileAndLine() {
        assertEquals("test.conllu:1: ID 'x' is not a positive integer", error("x\ta\ta\t_\t_\t_\t_\t_\t_\t_\n"));
        assertEquals("test.conllu:2: ID '1-2': multiword tokens and empty nodes are not supported",
                error("\n1-2\tdel\t_\t_\t_\t_\t_\t_\t_\t_\n"));
    }

    @Test
    void otherMalformedLines() {
        assertEquals("test.conllu:2: expected ID 2, found 3",
                error("1\ta\ta\t_\t_\t_\t_\t_\t_\t_\n3\tb\tb\t_\t_\t_\t_\t_\t_\t_\n"));
        assertEquals("test.conllu:1: column 3 is empty (use _ for no value)", error("1\ta\t\t_\t_\t_\t_\t_\t_\t_\n"));
        assertEquals("test.conllu:1: TokenRange must be START:END with 0 <= START <= END, found '5-6'",
                error("1\ta\ta\t_\t_\t_\t_\t_\t_\tTokenRange=5-6\n"));
        assertEquals("test.conllu:1: unknown Type 'noun' (word, number, punct, symbol)",
                error("1\ta\ta\t_\t_\t_\t_\t_\t_\tType=noun\n"));
        assertEquals("test.conllu:2: comment line inside a sentence (a blank line must end the sentence first)",
                error("1\ta\ta\t_\t_\t_\t_\t_\t_\t_\n# text = b\n"));
        assertEquals("test.conllu:2: sentence without word lines (comments only)", error("# sent_id = a\n\n"));
        assertTrue(error("1\ta\ta\t_\t_\t_\t_\t_\t_\tNorm=a\\q\n").startsWith("test.conllu:1: unknown escape '\\q'"));
    }

    @Test
    void errorsWithoutAFileNameSayInput() {
        CorpusException e = assertThrows(CorpusException.class,
                () -> ConllU.read(new StringReader("1\ta\n"), null));
        assertTrue(e.getMessage().startsWith("<input>:1: expected 10"), e.getMessage());
        assertEquals(1, e.line());
    }

    @Test
    void codePointRangeOnlyWhereItDiffersFromTokenRange() throws IOException {
        Document d = Document.of("x", Language.EN, "A 😀 smile and 𝔐 here.");
        StringWriter w = new StringWriter();
        ConllU.write(d, w);
        List<String> rows = w.toString().lines().filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertTrue(rows.get(0).endsWith("TokenRange=0:1|Norm=a|Stem=a|Type=word"), rows.get(0));
        String smile = rows.stream().filter(r -> r.contains("\tsmile\t")).findFirst().orElseThrow();
        assertTrue(smile.contains("TokenRange=5:10|CodePointRange=4:9|"), smile);
        String here = rows.stream().filter(r -> r.contains("\there\t")).findFirst().orElseThrow();
        assertTrue(here.contains("TokenRange=18:22|CodePointRange=16:20|"), here);
        // read back: the extra attribute is kept in MISC only, the offsets are TokenRange's
        ConllU.Sentence s = ConllU.read(new java.io.StringReader(w.toString()), Path.of("x.conllu")).get(0);
        assertEquals(5, s.words().stream().filter(x -> x.form().equals("smile")).findFirst().orElseThrow().start());
    }
}

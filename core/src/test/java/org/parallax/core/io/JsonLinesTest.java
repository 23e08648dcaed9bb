package org.parallax.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.Corpus;
import org.parallax.core.CorpusException;
import org.parallax.core.Document;
import org.parallax.core.Language;
import org.parallax.core.Token;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonLinesTest {
    private static Corpus seeds;

    @BeforeAll
    static void load() {
        seeds = Corpus.seeds();
    }

    private static String jsonl(Document d) throws IOException {
        StringWriter w = new StringWriter();
        JsonLines.write(d, w);
        return w.toString();
    }

    private static List<JsonLines.Row> read(String s) throws IOException {
        return JsonLines.read(new StringReader(s), Path.of("test.jsonl"));
    }

    @Test
    void oneObjectPerTokenWithEveryField() throws IOException {
        Document d = Document.of("x", Language.EN, "Stalin's speech (1956) was secret.");
        String[] lines = jsonl(d).split("\n", -1);
        assertEquals(d.tokens().size() + 1, lines.length);
        assertEquals("", lines[lines.length - 1], "every line ends with a newline");
        assertEquals("{\"doc\":\"x\",\"index\":0,\"sentence\":0,\"block\":0,\"line\":1,\"start\":0,\"end\":6,"
                + "\"cp_start\":0,\"cp_end\":6,\"surface\":\"Stalin\",\"norm\":\"stalin\",\"stem\":\"stalin\",\"lemma\":\"Stalin\",\"upos\":\"PROPN\","
                + "\"type\":\"word\",\"stopword\":false,\"space_after\":false,\"boilerplate\":false,\"value\":null}", lines[0]);
        assertEquals("{\"doc\":\"x\",\"index\":4,\"sentence\":0,\"block\":0,\"line\":1,\"start\":17,\"end\":21,"
                + "\"cp_start\":17,\"cp_end\":21,\"surface\":\"1956\",\"norm\":\"1956\",\"stem\":\"1956\",\"lemma\":\"1956\",\"upos\":\"NUM\","
                + "\"type\":\"number\",\"stopword\":false,\"space_after\":false,\"boilerplate\":false,\"value\":1956}", lines[4]);
    }

    @Test
    void valuesAreIntegersWhenIntegralAndNullForNonNumbers() throws IOException {
        Document d = Document.of("x", Language.EN, "It rose 35.8 percent to 1,920,635 in 1954–55.");
        ObjectMapper m = new ObjectMapper();
        List<String> values = new ArrayList<>();
        for (String line : jsonl(d).split("\n")) {
            JsonNode n = m.readTree(line);
            if (n.get("type").asText().equals("number")) values.add(n.get("value").toString());
            else assertTrue(n.get("value").isNull(), line);
        }
        assertEquals(List.of("35.8", "1920635", "1954"), values);
        for (JsonLines.Row r : read(jsonl(d))) assertEquals(d.tokens().get(r.token().index()), r.token());
    }

    @Test
    void quotesBackslashesAndNonAsciiRoundTrip() throws IOException {
        Document d = Document.of("q", Language.IT, "Disse \"basta\" a C:\\dir | x=y: è così.\n");
        String out = jsonl(d);
        assertTrue(out.contains("\"surface\":\"\\\"\""), out);
        assertTrue(out.contains("\"surface\":\"\\\\\""), out);
        assertTrue(out.contains("\"surface\":\"così\""), "non-ASCII is written as is");
        List<JsonLines.Row> back = read(out);
        assertEquals(d.tokens(), back.stream().map(JsonLines.Row::token).toList());
    }

    @Test
    void boilerplateIsMarkedOrSkipped() throws IOException {
        Document d = Document.of("x", Language.EN, "Skip to main content\n\nStalin died in 1953.\n");
        List<JsonLines.Row> all = read(jsonl(d));
        assertEquals(d.tokens().size(), all.size());
        assertTrue(all.get(0).token().boilerplate());
        assertFalse(all.get(all.size() - 1).token().boilerplate());

        StringWriter w = new StringWriter();
        JsonLines.write(d, w, false);
        List<JsonLines.Row> content = read(w.toString());
        assertEquals(d.contentTokens(), content.stream().map(JsonLines.Row::token).toList());
    }

    @Test
    void seedCorpusRoundTripsExactly(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("seeds.jsonl");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            JsonLines.write(seeds, w);
        }
        Iterator<JsonLines.Row> back = JsonLines.read(file).iterator();
        for (Document d : seeds) {
            for (Token t : d.tokens()) {
                assertTrue(back.hasNext(), "missing tokens of " + d.id());
                JsonLines.Row r = back.next();
                assertEquals(d.id(), r.doc());
                assertEquals(t, r.token(), "every field, offsets, line and value included");
            }
        }
        assertFalse(back.hasNext(), "no extra rows");
    }

    @Test
    void readerIgnoresBlankLinesUnknownFieldsAndFieldOrder() throws IOException {
        String line = "{\"extra\":[1,2],\"value\":null,\"boilerplate\":true,\"space_after\":false,\"stopword\":true,"
                + "\"type\":\"word\",\"upos\":null,\"lemma\":\"a\",\"stem\":\"a\",\"norm\":\"a\",\"surface\":\"A\",\"end\":1,"
                + "\"start\":0,\"line\":1,\"block\":0,\"sentence\":0,\"index\":0,\"doc\":\"d\"}";
        List<JsonLines.Row> rows = read("\n" + line + "\n\n");
        assertEquals(1, rows.size());
        assertEquals(new Token(0, "A", "a", "a", "a", null, org.parallax.core.TokenType.WORD, true, false, 0, 1, 0, 0, 1,
                true, Double.NaN), rows.get(0).token());
    }

    // ------------------------------------------------------------------------------------------ errors

    private static String error(String input) {
        return assertThrows(CorpusException.class, () -> read(input)).getMessage();
    }

    @Test
    void badJsonNamesFileAndLine() throws IOException {
        String good = jsonl(Document.of("x", Language.EN, "Hi."));
        String first = good.substring(0, good.indexOf('\n') + 1);
        String m = error(first + "{\"doc\": \"x\", \"index\": }\n");
        assertTrue(m.startsWith("test.jsonl:2: bad JSON at column 23: "), m);
        assertTrue(error(first + first.strip() + first).startsWith("test.jsonl:2: bad JSON"), "two objects on one line");
    }

    @Test
    void missingOrMistypedFieldsNameFileAndLine() throws IOException {
        String good = jsonl(Document.of("x", Language.EN, "Hi.")).lines().findFirst().orElseThrow();
        assertEquals("test.jsonl:1: missing field 'surface'", error(good.replace("\"surface\":\"Hi\",", "")));
        assertEquals("test.jsonl:1: field 'start' must be an integer, found \"0\"", error(good.replace("\"start\":0", "\"start\":\"0\"")));
        assertEquals("test.jsonl:1: field 'stopword' must be true or false, found 1", error(good.replace("\"stopword\":false", "\"stopword\":1")));
        assertEquals("test.jsonl:1: field 'type' must be word, number, punct or symbol, found 'noun'",
                error(good.replace("\"type\":\"word\"", "\"type\":\"noun\"")));
        assertEquals("test.jsonl:1: field 'doc' must be a string, found null", error(good.replace("\"doc\":\"x\"", "\"doc\":null")));
        assertEquals("test.jsonl:1: expected a JSON object", error("[1,2]\n"));
    }

    @Test
    void codePointOffsetsDifferOnlyAfterASupplementaryCharacter() throws IOException {
        // 😀 and 𝔐 are two chars each in Java, one code point each in Python
        String text = "Krusciov 😀 parlò nel 1956 di 𝔐 e Stalin.";
        Document d = Document.of("x", Language.IT, text);
        List<JsonLines.Row> rows = read(jsonl(d));
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        String[] lines = jsonl(d).split("\n");
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < lines.length; i++) {
            com.fasterxml.jackson.databind.JsonNode n = json.readTree(lines[i]);
            int cs = n.get("cp_start").asInt();
            int ce = n.get("cp_end").asInt();
            assertEquals(n.get("surface").asText(), new String(cps, cs, ce - cs), lines[i]);
            assertEquals(rows.get(i).token().surface(), text.substring(n.get("start").asInt(), n.get("end").asInt()));
        }
        com.fasterxml.jackson.databind.JsonNode parlo = json.readTree(lines[2]);
        assertEquals("parlò", parlo.get("surface").asText());
        assertEquals(12, parlo.get("start").asInt());
        assertEquals(11, parlo.get("cp_start").asInt());
        com.fasterxml.jackson.databind.JsonNode stalin = json.readTree(lines[lines.length - 2]);
        assertEquals("Stalin", stalin.get("surface").asText());
        assertEquals(stalin.get("start").asInt() - 2, stalin.get("cp_start").asInt());
    }
}

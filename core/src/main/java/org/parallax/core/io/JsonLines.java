package org.parallax.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import org.parallax.core.Corpus;
import org.parallax.core.CorpusException;
import org.parallax.core.Document;
import org.parallax.core.Token;
import org.parallax.core.TokenTable;
import org.parallax.core.TokenType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Token export to and import from <a href="https://jsonlines.org/">JSON Lines</a>: one JSON object per
 * token, one token per line, every line with the same fields in the same order. Only token lines are
 * written (no document or sentence lines, no discriminator): group by {@code doc} and {@code sentence}
 * to get documents and sentences back.
 *
 * <pre>{@code
 * try (Writer w = Files.newBufferedWriter(Path.of("seeds.jsonl"))) {
 *     JsonLines.write(Corpus.seeds(), w);
 * }
 * for (JsonLines.Row r : JsonLines.read(Path.of("seeds.jsonl"))) r.token().lemma();
 * }</pre>
 *
 * <p>A line (wrapped here):
 * <pre>{@code
 * {"doc":"x","index":4,"sentence":0,"block":0,"line":1,"start":17,"end":21,"cp_start":17,"cp_end":21,"surface":"1956",
 *  "norm":"1956","stem":"1956","lemma":"1956","upos":"NUM","type":"number","stopword":false,
 *  "space_after":false,"boilerplate":false,"value":1956}
 * }</pre>
 *
 * <p>Fields, all always present: {@code doc} (document id), {@code index} (0-based token index in the
 * document), {@code sentence} and {@code block} (0-based indexes in the document), {@code line}
 * (1-based line of the first character), {@code start} and {@code end} (offsets into the raw text in
 * Java {@code char}s, i.e. UTF-16 code units, as {@link Token#start()}), {@code cp_start} and {@code cp_end}
 * (the same offsets in Unicode code points, as Python's {@code str} indexes: they differ from {@code start}
 * and {@code end} only after a character outside the Basic Multilingual Plane, such as an emoji),
 * {@code surface}, {@code norm},
 * {@code stem}, {@code lemma}, {@code upos} (strings; {@code null} when the layer is absent),
 * {@code type} ({@code word}, {@code number}, {@code punct} or {@code symbol}), {@code stopword},
 * {@code space_after}, {@code boilerplate} (booleans), {@code value} (the numeric value of a number,
 * written as an integer when it is one; {@code null} for every other token). The reader accepts the
 * fields in any order, ignores unknown ones and treats a missing {@code value} as {@code null}; blank
 * lines are skipped.
 *
 * <p>Stateless; all methods are thread-safe. Writers are neither flushed nor closed.
 */
public final class JsonLines {
    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .rootValueSeparator((String) null)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
            .build();
    private static final ObjectReader TREES = new ObjectMapper(FACTORY).reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonLines() {}

    /**
     * A token read back with the id of its document.
     *
     * <pre>{@code
     * JsonLines.Row r = JsonLines.read(reader, Path.of("x.jsonl")).get(0);
     * r.doc(); r.token().surface(); r.token().spaceAfter();
     * }</pre>
     *
     * @param doc   the document id
     * @param token the token, every field as written
     */
    public record Row(String doc, Token token) {}

    // ------------------------------------------------------------------------------------------ writing

    /** Writes every token of a document, boilerplate included (marked). */
    public static void write(Document doc, Writer out) throws IOException {
        write(doc, out, true);
    }

    /** Writes the tokens of a document; without the tokens of boilerplate blocks when {@code includeBoilerplate} is false. */
    public static void write(Document doc, Writer out, boolean includeBoilerplate) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            writeTokens(doc, g, out, includeBoilerplate);
        }
    }

    /** Writes every token of every document of a corpus, in order, boilerplate included. */
    public static void write(Corpus corpus, Writer out) throws IOException {
        write(corpus, out, true);
    }

    /** Writes the tokens of every document of a corpus, in order; boilerplate only when {@code includeBoilerplate}. */
    public static void write(Corpus corpus, Writer out, boolean includeBoilerplate) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            for (Document d : corpus) writeTokens(d, g, out, includeBoilerplate);
        }
    }

    private static void writeTokens(Document doc, JsonGenerator g, Writer out, boolean includeBoilerplate)
            throws IOException {
        String text = doc.text();
        TokenTable t = doc.tokenTable();
        CodePointOffsets cp = new CodePointOffsets(text);
        for (int i = 0; i < t.size(); i++) {
            if (!includeBoilerplate && t.isBoilerplate(i)) continue;
            g.writeStartObject();
            g.writeStringField("doc", doc.id());
            g.writeNumberField("index", i);
            g.writeNumberField("sentence", t.sentence(i));
            g.writeNumberField("block", t.block(i));
            g.writeNumberField("line", doc.lineOf(t.start(i)));
            g.writeNumberField("start", t.start(i));
            g.writeNumberField("end", t.end(i));
            g.writeNumberField("cp_start", cp.of(t.start(i)));
            g.writeNumberField("cp_end", cp.of(t.end(i)));
            g.writeFieldName("surface");
            g.writeString(text.substring(t.start(i), t.end(i)));
            g.writeStringField("norm", t.norm(i));
            g.writeStringField("stem", t.stem(i));
            g.writeStringField("lemma", t.lemma(i));
            g.writeStringField("upos", t.upos(i));
            g.writeStringField("type", t.type(i).label());
            g.writeBooleanField("stopword", t.isStopword(i));
            g.writeBooleanField("space_after", t.spaceAfter(i));
            g.writeBooleanField("boilerplate", t.isBoilerplate(i));
            g.writeFieldName("value");
            writeValue(g, t.value(i));
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** A finite value as an integer when it is one (1956, not 1956.0), else as a double; null when not finite. */
    private static void writeValue(JsonGenerator g, double v) throws IOException {
        if (!Double.isFinite(v)) {
            g.writeNull();
        } else if (v == Math.rint(v) && Math.abs(v) < 1e15 && (v != 0 || 1 / v > 0)) {
            g.writeNumber((long) v);
        } else {
            g.writeNumber(v);
        }
    }

    // ------------------------------------------------------------------------------------------ reading

    /** Reads a UTF-8 JSON Lines file. */
    public static List<Row> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file);
        }
    }

    /**
     * Reads JSON Lines; {@code nameForErrors} names the input in error messages (null for {@code <input>}).
     *
     * @throws CorpusException for a line that is not a JSON object with the fields above, naming the file and 1-based line
     */
    public static List<Row> read(Reader in, Path nameForErrors) throws IOException {
        BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
        List<Row> out = new ArrayList<>();
        int lineNo = 0;
        String line;
        while ((line = r.readLine()) != null) {
            lineNo++;
            if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') line = line.substring(1);
            if (line.isBlank()) continue;
            JsonNode n;
            try {
                n = TREES.readTree(line);
            } catch (JsonProcessingException e) {
                String at = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
                throw CorpusException.atLine(nameForErrors, lineNo, "bad JSON" + at + ": " + e.getOriginalMessage());
            }
            if (n == null || !n.isObject()) throw CorpusException.atLine(nameForErrors, lineNo, "expected a JSON object");
            Fields f = new Fields(n, nameForErrors, lineNo);
            Token t = new Token(f.integer("index"), f.string("surface", false), f.string("norm", true),
                    f.string("stem", true), f.string("lemma", true), f.string("upos", true), f.type(),
                    f.bool("stopword"), f.bool("space_after"), f.integer("start"), f.integer("end"),
                    f.integer("sentence"), f.integer("block"), f.integer("line"), f.bool("boilerplate"), f.value());
            out.add(new Row(f.string("doc", false), t));
        }
        return Collections.unmodifiableList(out);
    }

    /** Typed access to the fields of one line, with errors naming the line. */
    private record Fields(JsonNode n, Path file, int line) {
        private JsonNode get(String name) {
            JsonNode v = n.get(name);
            if (v == null) throw CorpusException.atLine(file, line, "missing field '" + name + "'");
            return v;
        }

        String string(String name, boolean nullable) {
            JsonNode v = get(name);
            if (v.isNull() && nullable) return null;
            if (!v.isTextual()) throw wrong(name, nullable ? "a string or null" : "a string", v);
            return v.textValue();
        }

        int integer(String name) {
            JsonNode v = get(name);
            if (!v.isIntegralNumber() || !v.canConvertToInt()) throw wrong(name, "an integer", v);
            return v.intValue();
        }

        boolean bool(String name) {
            JsonNode v = get(name);
            if (!v.isBoolean()) throw wrong(name, "true or false", v);
            return v.booleanValue();
        }

        TokenType type() {
            String s = string("type", false);
            for (TokenType t : TokenType.values()) if (t.label().equals(s)) return t;
            throw CorpusException.atLine(file, line, "field 'type' must be word, number, punct or symbol, found '" + s + "'");
        }

        double value() {
            JsonNode v = n.get("value");
            if (v == null || v.isNull()) return Double.NaN;
            if (!v.isNumber()) throw wrong("value", "a number or null", v);
            return v.doubleValue();
        }

        private CorpusException wrong(String name, String expected, JsonNode v) {
            String shown = v.toString();
            if (shown.length() > 40) shown = shown.substring(0, 37) + "...";
            return CorpusException.atLine(file, line, "field '" + name + "' must be " + expected + ", found " + shown);
        }
    }
}

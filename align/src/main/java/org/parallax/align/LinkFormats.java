package org.parallax.align;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.parallax.core.table.Table;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes links as the links TSV (exactly the columns {@code source_doc, source_first_line,
 * source_last_line, target_doc, target_first_line, target_last_line, score, evidence}; lines are 1-based
 * lines of the original files, the format {@code score_links.py} and {@code parallax eval} read) or as
 * JSON (the same fields plus offsets, texts and the evidence as objects, each saying with
 * {@code source_from_heading} and {@code target_from_heading} whether a side's text is quoted from a section
 * heading rather than the passage's content; the TSV marks such a text {@code (heading)}). Output is deterministic:
 * links in the order given, scores with full precision.
 *
 * <pre>{@code
 * LinkFormats.writeTsv(alignment.links(), writer);
 * LinkFormats.writeJson(alignment.links(), writer);
 * }</pre>
 */
public final class LinkFormats {
    /** The columns of the links TSV. */
    public static final List<String> COLUMNS = List.of("source_doc", "source_first_line", "source_last_line",
            "target_doc", "target_first_line", "target_last_line", "score", "evidence");

    /** How many evidence items go into the TSV cell. */
    public static final int TSV_EVIDENCE = 8;

    private LinkFormats() {}

    /** The links as a {@link Table} with the TSV columns. */
    public static Table table(List<Link> links) {
        Table.Builder b = Table.builder(COLUMNS).name("links");
        for (Link l : links) {
            b.row(l.source().doc(), l.source().firstLine(), l.source().lastLine(), l.target().doc(),
                    l.target().firstLine(), l.target().lastLine(), l.score(), l.evidenceText(TSV_EVIDENCE));
        }
        return b.build();
    }

    /** Writes the links TSV. */
    public static void writeTsv(List<Link> links, Writer out) throws IOException {
        table(links).writeTsv(out);
    }

    /** Writes the links as a JSON array. */
    public static void writeJson(List<Link> links, Writer out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.useDefaultPrettyPrinter();
        g.writeStartArray();
        for (Link l : links) {
            g.writeStartObject();
            passage(g, "source", l.source());
            passage(g, "target", l.target());
            g.writeNumberField("score", l.score());
            g.writeArrayFieldStart("evidence");
            for (Evidence e : l.evidence()) {
                g.writeStartObject();
                g.writeStringField("type", e.type() == null ? "lexical" : e.type().label());
                g.writeStringField("value", e.value());
                g.writeStringField("source_text", e.sourceText());
                g.writeStringField("target_text", e.targetText());
                g.writeNumberField("weight", e.weight());
                g.writeBooleanField("source_from_heading", e.sourceFromHeading());
                g.writeBooleanField("target_from_heading", e.targetFromHeading());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.flush();
        out.write('\n');
    }

    private static void passage(JsonGenerator g, String name, Passage p) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("doc", p.doc());
        g.writeNumberField("first_line", p.firstLine());
        g.writeNumberField("last_line", p.lastLine());
        g.writeNumberField("start", p.start());
        g.writeNumberField("end", p.end());
        g.writeStringField("language", p.language().code());
        g.writeStringField("text", p.text());
        g.writeEndObject();
    }
}

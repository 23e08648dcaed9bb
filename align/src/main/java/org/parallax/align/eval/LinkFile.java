package org.parallax.align.eval;

import org.parallax.align.LinkFormats;
import org.parallax.core.CorpusException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A links TSV file as the evaluation reads it, exactly as {@code score_links.py} does: a header row
 * with at least the columns {@code source_doc, source_first_line, source_last_line, target_doc,
 * target_first_line, target_last_line, score} in any order (other columns, such as {@code evidence},
 * ignored; a column named twice counts with its last occurrence), UTF-8, Python's csv rules (a field
 * starting with {@code "} is quoted and may hold tabs and line breaks, blank lines are skipped),
 * Python's {@code int()} for lines and {@code float()} for scores ({@code nan} and {@code inf}
 * included). Like the script, a row whose two documents are the same is skipped before anything else of
 * it is read (so its numbers need not be valid: the script never looks at them; {@link #withinOneDocument()}
 * counts such rows). Empty spans (last line before the first) are kept and evaluated as the script
 * evaluates them: they cover no line. Where the script would stop with an exception,
 * this reader throws a {@link CorpusException} naming the file and the line; {@link #read} also refuses a
 * file without a header row or whose header lacks one of the seven columns, which the script accepts as
 * long as no row makes it read the missing column; {@link #readLikeScript} accepts those too, and warns of
 * them and of empty spans. Immutable.
 *
 * <pre>{@code
 * LinkFile links = LinkFile.read(Path.of("links.tsv"));   // as written by LinkFormats.writeTsv
 * links.rows().get(0).score();
 * links.line(0);                                          // the line of the first row in the file
 * }</pre>
 */
public final class LinkFile {
    /** The columns the evaluation reads: the links TSV columns without {@code evidence}. */
    public static final List<String> COLUMNS = List.copyOf(LinkFormats.COLUMNS.subList(0, 7));

    private final Path file;
    private final List<LinkRow> rows;
    private final int[] lines;
    private final int withinOneDocument;

    private LinkFile(Path file, List<LinkRow> rows, int[] lines, int withinOneDocument) {
        this.file = file;
        this.rows = List.copyOf(rows);
        this.lines = lines;
        this.withinOneDocument = withinOneDocument;
    }

    /** Reads a links TSV file; errors are {@link CorpusException}s naming the file and line. */
    public static LinkFile read(Path file) {
        return from(PythonTsv.read(file, "links"), file);
    }

    /** Parses links TSV text; {@code name} is the file named in error messages (may be null). */
    public static LinkFile parse(String text, Path name) {
        return from(PythonTsv.parse(text, name), name);
    }

    /**
     * Reads a links TSV file exactly as {@code score_links.py} reads it: a file without rows needs no header
     * and a header needs a column only when a row makes the script read it ({@code source_doc} and
     * {@code target_doc} for every row, the others for rows between two documents); a span whose last line
     * comes before its first is kept and covers no line. Each of these goes to {@code warnings}, naming the
     * file (and line). Where the script fails, this throws a {@link CorpusException} naming the file and line.
     *
     * <pre>{@code
     * LinkFile l = LinkFile.readLikeScript(Path.of("links.tsv"), w -> System.err.println("warning: " + w));
     * }</pre>
     */
    public static LinkFile readLikeScript(Path file, java.util.function.Consumer<String> warnings) {
        PythonTsv.Dict t = PythonTsv.read(file, "links");
        if (t.rows().isEmpty()) {
            warnings.accept(file + ": the links file has no rows: every score is 0");
            return new LinkFile(file, List.of(), new int[0], 0);
        }
        List<String> missing = new ArrayList<>();
        for (String c : COLUMNS) if (!t.hasColumn(c)) missing.add(c);
        if (!missing.isEmpty()) {
            // the script reads source_doc and target_doc in every row, and the others in rows between two documents
            PythonTsv.Record first = t.rows().get(0);
            boolean docs = t.hasColumn("source_doc") && t.hasColumn("target_doc");
            PythonTsv.Record needs = null;
            if (!docs) {
                needs = first;
            } else {
                for (PythonTsv.Record r : t.rows()) {
                    if (!Objects.equals(t.value(r, "source_doc"), t.value(r, "target_doc"))) {
                        needs = r;
                        break;
                    }
                }
            }
            if (needs != null) t.requireColumns(COLUMNS, "links");
            warnings.accept(file + ":" + t.header().line() + ": links header lacks " + String.join(", ", missing)
                    + ", which no row needs: every row links a document with itself");
        }
        LinkFile l = from(t, file, false);
        for (int i = 0; i < l.rows.size(); i++) {
            LinkRow r = l.rows.get(i);
            if (r.sourceFirstLine() > r.sourceLastLine() || r.targetFirstLine() > r.targetLastLine()) {
                warnings.accept(file + ":" + l.lines[i] + ": inverted span (" + r + ") covers no line; kept, as score_links.py "
                        + "keeps it: it counts as a link and can never be right");
            }
        }
        return l;
    }

    private static LinkFile from(PythonTsv.Dict t, Path file) {
        return from(t, file, true);
    }

    private static LinkFile from(PythonTsv.Dict t, Path file, boolean requireColumns) {
        if (requireColumns) t.requireColumns(COLUMNS, "links");
        List<LinkRow> rows = new ArrayList<>(t.rows().size());
        int[] lines = new int[t.rows().size()];
        int skipped = 0;
        for (PythonTsv.Record r : t.rows()) {
            // the script compares the documents before it reads any number: such a row is skipped whatever else it holds
            if (Objects.equals(t.value(r, "source_doc"), t.value(r, "target_doc"))) {
                skipped++;
                continue;
            }
            String s = t.required(r, "source_doc");
            int sf = integer(t, r, "source_first_line");
            int sl = integer(t, r, "source_last_line");
            String g = t.required(r, "target_doc");
            int tf = integer(t, r, "target_first_line");
            int tl = integer(t, r, "target_last_line");
            String sc = t.required(r, "score");
            Double score = PythonTsv.parseFloat(sc);
            if (score == null) throw CorpusException.atLine(file, r.line(), "score is not a number: '" + sc + "'");
            lines[rows.size()] = r.line();
            rows.add(new LinkRow(s, sf, sl, g, tf, tl, score));
        }
        return new LinkFile(file, rows, Arrays.copyOf(lines, rows.size()), skipped);
    }

    private static int integer(PythonTsv.Dict t, PythonTsv.Record r, String column) {
        String v = t.required(r, column);
        Integer n = PythonTsv.parseInt(v);
        if (n == null) {
            throw CorpusException.atLine(t.file(), r.line(), column + " is not "
                    + (PythonTsv.isLargeInt(v) ? "a line number in range" : "an integer") + ": '" + v + "'");
        }
        return n;
    }

    /** The file read, if any. */
    public Optional<Path> file() { return Optional.ofNullable(file); }

    /** The links between two documents, in file order. */
    public List<LinkRow> rows() { return rows; }

    /** How many rows were skipped as links inside one document. */
    public int withinOneDocument() { return withinOneDocument; }

    /** The 1-based line of the file on which a row (by index) starts. */
    public int line(int index) {
        if (index < 0 || index >= rows.size()) throw new IndexOutOfBoundsException(index);
        return lines[index];
    }

    /** The number of links between two documents. */
    public int size() { return rows.size(); }

    @Override
    public String toString() {
        return "LinkFile[" + (file == null ? "in memory" : file) + ": " + rows.size() + " links, " + withinOneDocument
                + " inside one document skipped]";
    }
}

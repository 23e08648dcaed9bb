package org.parallax.align.eval;

import org.parallax.core.CorpusException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An event annotation of a corpus, the gold standard of the evaluation: which lines of which documents
 * tell which event. Read from a UTF-8 TSV file with a header row and the columns {@code event, doc,
 * first_line, last_line} (lines 1-based and inclusive, in any column order, other columns ignored),
 * parsed as {@code score_links.py} parses it (Python's csv module: quoted fields, blank lines skipped;
 * Python's integer syntax). Unlike the script, {@link #read} refuses rows that cannot be meant: a missing
 * column or value, an empty event or document, a line number that is not an integer or below 1, a range
 * whose last line comes before its first; every error names the file and the line.
 * {@link #readLikeScript} accepts what the script accepts, with the script's result, and reports what is
 * dubious as warnings. Immutable.
 *
 * <pre>{@code
 * GoldAnnotation gold = GoldAnnotation.read(Path.of("seeds/seeds-events.tsv"));
 * gold.documents();                                  // [en-encyclopedia, en-essay, en-wikipedia, it-..., nl-...]
 * gold.lines("E04", "it-destalinizzazione");         // [4, 5]
 * gold.events("it-destalinizzazione", 5);            // [E04, E12]
 * gold.documents("E04");                             // the documents that tell event E04
 * }</pre>
 */
public final class GoldAnnotation {
    /** The columns the gold file must have. */
    public static final List<String> COLUMNS = List.of("event", "doc", "first_line", "last_line");

    /**
     * One row of the annotation: an event told on a range of lines of a document.
     *
     * <pre>{@code
     * GoldAnnotation.Entry e = new GoldAnnotation.Entry("E04", "it-destalinizzazione", 4, 5, 0);
     * e.covers(5); // true
     * }</pre>
     *
     * @param event     event id
     * @param doc       document id
     * @param firstLine first line (1-based, inclusive; {@link #readLikeScript} keeps a 0 or a negative line as
     *                  the script does)
     * @param lastLine  last line (inclusive, not before {@code firstLine})
     * @param line      the 1-based line of the row in the gold file, 0 for an entry made in memory
     */
    public record Entry(String event, String doc, int firstLine, int lastLine, int line) {
        /**
         * Checks the fields: IllegalArgumentException for a null id or a range whose last line comes before its
         * first (it would cover no line); {@link #read} also refuses empty ids and lines below 1.
         */
        public Entry {
            if (event == null) throw new IllegalArgumentException("no event");
            if (doc == null) throw new IllegalArgumentException("no doc");
            if (lastLine < firstLine) {
                throw new IllegalArgumentException("inverted line range: last_line " + lastLine + " comes before first_line " + firstLine);
            }
        }

        /** Whether the entry covers a line. */
        public boolean covers(int l) { return l >= firstLine && l <= lastLine; }
    }

    private final Path file;
    private final List<Entry> entries;
    /** event -> doc -> lines. */
    private final Map<String, Map<String, NavigableSet<Integer>>> lines;
    /** doc -> line -> events. */
    private final Map<String, NavigableMap<Integer, Set<String>>> events;

    private GoldAnnotation(Path file, List<Entry> entries) {
        this.file = file;
        this.entries = List.copyOf(entries);
        Map<String, Map<String, NavigableSet<Integer>>> byEvent = new TreeMap<>();
        Map<String, NavigableMap<Integer, Set<String>>> byDoc = new TreeMap<>();
        for (Entry e : this.entries) {
            NavigableSet<Integer> set = byEvent.computeIfAbsent(e.event(), k -> new TreeMap<>()).computeIfAbsent(e.doc(), k -> new TreeSet<>());
            NavigableMap<Integer, Set<String>> docLines = byDoc.computeIfAbsent(e.doc(), k -> new TreeMap<>());
            for (int l = e.firstLine(); l <= e.lastLine(); l++) {
                set.add(l);
                docLines.computeIfAbsent(l, k -> new TreeSet<>()).add(e.event());
                if (l == Integer.MAX_VALUE) break;
            }
        }
        for (Map.Entry<String, Map<String, NavigableSet<Integer>>> ev : byEvent.entrySet()) {
            ev.getValue().replaceAll((d, s) -> Collections.unmodifiableNavigableSet(s));
            ev.setValue(Collections.unmodifiableMap(ev.getValue()));
        }
        for (Map.Entry<String, NavigableMap<Integer, Set<String>>> d : byDoc.entrySet()) {
            d.getValue().replaceAll((l, s) -> Collections.unmodifiableSet(s));
            d.setValue(Collections.unmodifiableNavigableMap(d.getValue()));
        }
        this.lines = Collections.unmodifiableMap(byEvent);
        this.events = Collections.unmodifiableMap(byDoc);
    }

    /** Reads a gold file (UTF-8 TSV); errors are {@link CorpusException}s naming the file and line. */
    public static GoldAnnotation read(Path file) {
        return from(PythonTsv.read(file, "gold"), file);
    }

    /** Parses gold TSV text; {@code name} is the file named in error messages (may be null). */
    public static GoldAnnotation parse(String text, Path name) {
        return from(PythonTsv.parse(text, name), name);
    }

    /** An annotation made in memory (the entries are checked by their constructor). */
    public static GoldAnnotation of(List<Entry> entries) {
        return new GoldAnnotation(null, entries);
    }

    /**
     * Reads a gold file exactly as {@code score_links.py} reads it: a row whose last line comes before its
     * first covers no line and is left out (the script's empty {@code range}), empty ids and lines below 1
     * are kept as written, a file without rows needs no header; each of these goes to {@code warnings} naming
     * the file and line. Where the script fails (a missing column or value in a row, a line number that is
     * not an integer, invalid UTF-8) this throws a {@link CorpusException} naming the file and line.
     *
     * <pre>{@code
     * GoldAnnotation g = GoldAnnotation.readLikeScript(Path.of("gold.tsv"), w -> System.err.println("warning: " + w));
     * }</pre>
     */
    public static GoldAnnotation readLikeScript(Path file, java.util.function.Consumer<String> warnings) {
        PythonTsv.Dict t = PythonTsv.read(file, "gold");
        if (t.rows().isEmpty()) {
            warnings.accept(file + ": the gold file has no rows: there is nothing to find");
            return new GoldAnnotation(file, List.of());
        }
        return from(t, file, warnings);
    }

    private static GoldAnnotation from(PythonTsv.Dict t, Path file) {
        return from(t, file, null);
    }

    /**
     * The entries of a gold table. Strict ({@code warnings} null): every dubious row is a {@link CorpusException}
     * naming the file and line. Like the script (with {@code warnings}): an inverted range is left out, empty ids
     * and lines below 1 are kept, each said to {@code warnings}.
     */
    private static GoldAnnotation from(PythonTsv.Dict t, Path file, java.util.function.Consumer<String> warnings) {
        t.requireColumns(COLUMNS, "gold");
        List<Entry> out = new ArrayList<>();
        for (PythonTsv.Record r : t.rows()) {
            String event = t.required(r, "event");
            String doc = t.required(r, "doc");
            int first;
            int last;
            if (warnings == null) {
                // every value present before the first complaint about one
                String f = t.required(r, "first_line");
                String l = t.required(r, "last_line");
                if (event.isBlank()) throw CorpusException.atLine(file, r.line(), "empty event");
                if (doc.isBlank()) throw CorpusException.atLine(file, r.line(), "empty doc");
                first = lineNumber(file, r, "first_line", f);
                last = lineNumber(file, r, "last_line", l);
            } else {
                // the script's order: first_line is read (and must be a number) before last_line is looked up
                first = lineNumber(file, r, "first_line", t.required(r, "first_line"));
                last = lineNumber(file, r, "last_line", t.required(r, "last_line"));
            }
            if (warnings == null) {
                String problem = problem(event, doc, first, last);
                if (problem != null) throw CorpusException.atLine(file, r.line(), problem);
            } else {
                if (last < first) {
                    warnings.accept(file + ":" + r.line() + ": inverted line range " + first + "-" + last
                            + " covers no line; left out, as score_links.py reads it");
                    continue;
                }
                if (event.isBlank() || doc.isBlank()) {
                    warnings.accept(file + ":" + r.line() + ": empty " + (event.isBlank() ? "event" : "doc") + "; kept as written");
                }
                if (first < 1) {
                    warnings.accept(file + ":" + r.line() + ": line " + first + " (lines are 1-based); kept as written");
                }
            }
            out.add(new Entry(event, doc, first, last, r.line()));
        }
        return new GoldAnnotation(file, out);
    }

    private static int lineNumber(Path file, PythonTsv.Record r, String column, String value) {
        if (value.isBlank()) throw CorpusException.atLine(file, r.line(), "empty " + column);
        Integer n = PythonTsv.parseInt(value);
        if (n == null) {
            throw CorpusException.atLine(file, r.line(), column + " is not " + (PythonTsv.isLargeInt(value) ? "a line number" : "an integer")
                    + ": '" + value + "'");
        }
        return n;
    }

    private static String problem(String event, String doc, int first, int last) {
        if (event == null || event.isBlank()) return "empty event";
        if (doc == null || doc.isBlank()) return "empty doc";
        if (first < 1) return "first_line must be 1 or more (lines are 1-based), got " + first;
        if (last < first) return "inverted line range: last_line " + last + " comes before first_line " + first;
        return null;
    }

    /** The file read, if the annotation comes from one. */
    public Optional<Path> file() { return Optional.ofNullable(file); }

    /** The rows, in file order. */
    public List<Entry> entries() { return entries; }

    /** The event ids, sorted. */
    public SortedSet<String> events() { return Collections.unmodifiableSortedSet(new TreeSet<>(lines.keySet())); }

    /** The documents with at least one annotated line, sorted. */
    public SortedSet<String> documents() { return Collections.unmodifiableSortedSet(new TreeSet<>(events.keySet())); }

    /** The documents that tell an event, sorted (empty for an unknown event). */
    public SortedSet<String> documents(String event) {
        Map<String, NavigableSet<Integer>> m = lines.get(event);
        return m == null ? Collections.emptySortedSet() : Collections.unmodifiableSortedSet(new TreeSet<>(m.keySet()));
    }

    /** The lines of a document that tell an event (empty when none). */
    public NavigableSet<Integer> lines(String event, String doc) {
        Map<String, NavigableSet<Integer>> m = lines.get(event);
        NavigableSet<Integer> s = m == null ? null : m.get(doc);
        return s == null ? Collections.emptyNavigableSet() : s;
    }

    /** The events told on a line of a document (empty when none). */
    public Set<String> events(String doc, int line) {
        NavigableMap<Integer, Set<String>> m = events.get(doc);
        Set<String> s = m == null ? null : m.get(line);
        return s == null ? Set.of() : s;
    }

    /** The annotated lines of a document with their events, by line (empty for an unknown document). */
    public NavigableMap<Integer, Set<String>> lineEvents(String doc) {
        NavigableMap<Integer, Set<String>> m = events.get(doc);
        return m == null ? Collections.emptyNavigableMap() : m;
    }

    /** The number of rows. */
    public int size() { return entries.size(); }

    @Override
    public String toString() {
        return "GoldAnnotation[" + (file == null ? "in memory" : file) + ": " + entries.size() + " rows, "
                + lines.size() + " events, " + events.size() + " documents]";
    }
}

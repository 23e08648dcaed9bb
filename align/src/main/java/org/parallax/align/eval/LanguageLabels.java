package org.parallax.align.eval;

import org.parallax.core.CorpusException;
import org.parallax.core.Language;
import org.parallax.core.Manifest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The language label of each document, by which the evaluation keys its rows ({@code en-it}): read from a
 * manifest exactly as {@code score_links.py} reads it, {@code lang[r['id']] = r['language']} over the rows of
 * a tab-separated file. The values are kept as written (not checked against ISO 639, not lower-cased, not
 * stripped); a document listed twice takes its last row's language; only the columns {@code id} and
 * {@code language} are read ({@code file} and the others may be missing); a document the manifest does not list
 * is {@code ?}. What the script accepts but is probably a mistake is reported to a warning consumer: an id
 * listed twice, a language Parallax does not know as an ISO 639 code, an id or language with white space
 * around it. Where the script fails, this fails too, naming the file and line: a header without {@code id} or
 * {@code language} when the file has rows, invalid UTF-8; a row too short to have a language fails when a
 * link or gold pair needs that document's label (the script's {@code sorted} fails on {@code None} there).
 *
 * <pre>{@code
 * LanguageLabels l = LanguageLabels.read(Path.of("corpus.tsv"), w -> System.err.println("warning: " + w));
 * l.label("it-destalinizzazione");   // "it"
 * l.label("unlisted");               // "?"
 * LanguageLabels m = LanguageLabels.of(Map.of("a", Language.IT));   // from languages in memory
 * }</pre>
 */
public final class LanguageLabels {
    private final Path file;
    private final Map<String, String> labels;
    private final Map<String, Integer> lines;

    private LanguageLabels(Path file, Map<String, String> labels, Map<String, Integer> lines) {
        this.file = file;
        this.labels = labels;
        this.lines = lines;
    }

    /** The labels of languages in memory (their codes); null or empty: every document is {@code ?}. */
    public static LanguageLabels of(Map<String, Language> languages) {
        Map<String, String> m = new LinkedHashMap<>();
        if (languages != null) languages.forEach((doc, l) -> m.put(doc, l == null ? EvaluationResult.UNKNOWN_LANGUAGE : l.code()));
        return new LanguageLabels(null, Collections.unmodifiableMap(m), Map.of());
    }

    /**
     * Reads a manifest ({@code corpus.tsv}, or a corpus folder holding one) as {@code score_links.py} does;
     * dubious input goes to {@code warnings}, one message per problem, each naming the file and line.
     *
     * @throws CorpusException naming the file and line where the script fails
     */
    public static LanguageLabels read(Path manifest, Consumer<String> warnings) {
        Path file = Files.isDirectory(manifest) ? manifest.resolve(Manifest.FILE_NAME) : manifest;
        PythonTsv.Dict t = PythonTsv.read(file, "manifest");
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        if (t.rows().isEmpty()) return new LanguageLabels(file, labels, lines);
        PythonTsv.Record first = t.rows().get(0);
        for (String column : new String[] {"id", "language"}) {
            if (!t.hasColumn(column)) {
                throw CorpusException.atLine(file, t.header().line(), "manifest header lacks the column " + column
                        + " (found: " + String.join(", ", t.header().fields()) + "), which score_links.py reads on line "
                        + first.line());
            }
        }
        for (PythonTsv.Record r : t.rows()) {
            String id = t.value(r, "id");
            String language = t.value(r, "language");
            if (id == null) {
                warnings.accept(file + ":" + r.line() + ": the row has no id; ignored, as score_links.py ignores it");
                continue;
            }
            Integer before = lines.get(id);
            if (before != null) {
                warnings.accept(file + ":" + r.line() + ": document '" + id + "' is listed again (first on line " + before
                        + "); its language is now '" + language + "' (was '" + labels.get(id) + "'), as score_links.py reads it");
            }
            if (!id.equals(id.strip())) {
                warnings.accept(file + ":" + r.line() + ": the id '" + id + "' has white space around it; kept as written");
            }
            if (language != null && !isKnownCode(language)) {
                warnings.accept(file + ":" + r.line() + ": '" + language + "' (document '" + id + "') is not an ISO 639 code "
                        + "Parallax knows; the rows of its pairs are keyed by it as written");
            } else if (language != null && !language.equals(language.strip().toLowerCase(java.util.Locale.ROOT))) {
                warnings.accept(file + ":" + r.line() + ": the language '" + language + "' (document '" + id
                        + "') is not written as a lower-case code; the rows of its pairs are keyed by it as written");
            }
            labels.put(id, language);
            lines.put(id, r.line());
        }
        return new LanguageLabels(file, Collections.unmodifiableMap(labels), Collections.unmodifiableMap(lines));
    }

    private static boolean isKnownCode(String s) {
        try {
            Language.of(s);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The label of a document: its language as the manifest writes it, or {@code ?} when it is not listed.
     *
     * @throws CorpusException naming the manifest's line when the document's row has no language value
     */
    public String label(String doc) {
        if (!labels.containsKey(doc)) return EvaluationResult.UNKNOWN_LANGUAGE;
        String l = labels.get(doc);
        if (l == null) {
            throw CorpusException.atLine(file, lines.get(doc), "no language for document '" + doc
                    + "': the row is shorter than the header (score_links.py fails on it too)");
        }
        return l;
    }

    /** The documents listed, with their labels (null for a row without a language value), in file order. */
    public Map<String, String> labels() { return labels; }

    @Override
    public String toString() {
        return "LanguageLabels[" + (file == null ? "in memory" : file) + ": " + labels.size() + " documents]";
    }
}

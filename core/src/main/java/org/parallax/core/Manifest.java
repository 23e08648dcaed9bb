package org.parallax.core;

import org.parallax.core.ingest.DecodedText;
import org.parallax.core.ingest.TextDecoder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A corpus manifest: a UTF-8 TSV file ({@code corpus.tsv}) with a header row and one row per document.
 * Required columns: {@code id}, {@code file}, {@code language}; known optional ones: {@code title},
 * {@code source}, {@code genre}; any other column is kept as metadata. Rows are validated: unknown
 * language codes, duplicate ids, missing files and paths leaving the corpus folder are errors naming the
 * manifest line.
 *
 * <pre>{@code
 * Manifest m = Manifest.read(Path.of("seeds/corpus.tsv"));
 * m.entries().get(0).language(); // it
 * }</pre>
 */
public final class Manifest {
    /** The file name looked for in a corpus folder. */
    public static final String FILE_NAME = "corpus.tsv";

    private final Path file;
    private final List<String> columns;
    private final List<ManifestEntry> entries;
    private final int replacements;

    private Manifest(Path file, List<String> columns, List<ManifestEntry> entries, int replacements) {
        this.file = file;
        this.columns = List.copyOf(columns);
        this.entries = List.copyOf(entries);
        this.replacements = replacements;
    }

    /**
     * Reads and validates a manifest file (files are checked relative to its folder).
     *
     * @throws CorpusException naming the file and the line (and, for bytes that are not UTF-8, the byte offset)
     */
    public static Manifest read(Path file) { return read(file, TextDecoder.strict()); }

    /**
     * Reads and validates a manifest file with a decoder: with {@link TextDecoder#lenient()} invalid UTF-8
     * is replaced by U+FFFD and counted in {@link #replacements()} instead of failing (a replaced character
     * in an id or a file name then fails the row's own checks, naming the line).
     */
    public static Manifest read(Path file, TextDecoder decoder) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw CorpusException.inFile(file, "cannot read manifest: " + e.getMessage(), e);
        }
        Manifest m = parse(bytes, file, decoder);
        Path root = file.toAbsolutePath().getParent();
        for (ManifestEntry e : m.entries) {
            Path p = m.resolve(root, e);
            if (!Files.isRegularFile(p)) {
                throw CorpusException.atLine(file, e.line(), "document '" + e.id() + "': file '" + e.file() + "' not found");
            }
        }
        return m;
    }

    /** Parses a manifest from a stream (no file checks); {@code name} is used in error messages. */
    public static Manifest read(InputStream in, Path name) {
        try {
            return parse(in.readAllBytes(), name, TextDecoder.strict());
        } catch (IOException e) {
            throw CorpusException.inFile(name, "cannot read manifest: " + e.getMessage(), e);
        }
    }

    private static Manifest parse(byte[] bytes, Path file, TextDecoder decoder) {
        DecodedText decoded = decoder.decode(bytes, file);
        String content = decoded.text();
        List<String> lines;
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(content))) {
            lines = r.lines().toList();
        } catch (IOException e) {
            throw CorpusException.inFile(file, e.getMessage(), e);
        }
        if (lines.isEmpty() || lines.get(0).isBlank()) throw CorpusException.atLine(file, 1, "empty manifest: expected a header row");
        List<String> header = new ArrayList<>();
        for (String h : lines.get(0).split("\t", -1)) {
            String column = h.strip().toLowerCase(Locale.ROOT);
            if (column.isEmpty()) {
                throw CorpusException.atLine(file, 1, "manifest column " + (header.size() + 1) + " has no name");
            }
            if (header.contains(column)) {
                throw CorpusException.atLine(file, 1, "duplicate column '" + column + "' in the manifest header (columns "
                        + (header.indexOf(column) + 1) + " and " + (header.size() + 1) + ")");
            }
            header.add(column);
        }
        for (String req : List.of("id", "file", "language")) {
            if (!header.contains(req)) {
                throw CorpusException.atLine(file, 1, "manifest header lacks the required column '" + req
                        + "' (found: " + String.join(", ", header) + ")");
            }
        }
        List<ManifestEntry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            int no = i + 1;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cells = line.split("\t", -1);
            if (cells.length != header.size()) {
                throw CorpusException.atLine(file, no, "expected " + header.size() + " tab-separated columns ("
                        + String.join(", ", header) + "), found " + cells.length);
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) fields.put(header.get(c), cells[c].strip());
            String id = fields.get("id");
            if (id.isEmpty()) throw CorpusException.atLine(file, no, "empty document id");
            if (!id.matches("[\\p{L}\\p{N}._-]+")) {
                throw CorpusException.atLine(file, no, "document id '" + id + "' may only contain letters, digits, '.', '_' and '-'");
            }
            Integer prev = seen.putIfAbsent(id, no);
            if (prev != null) throw CorpusException.atLine(file, no, "duplicate document id '" + id + "' (first on line " + prev + ")");
            String f = fields.get("file");
            if (f.isEmpty()) throw CorpusException.atLine(file, no, "document '" + id + "': empty file name");
            checkInside(file, no, id, f);
            Language lang;
            try {
                lang = Language.of(fields.get("language"));
            } catch (IllegalArgumentException e) {
                throw CorpusException.atLine(file, no, "document '" + id + "': unknown language code '" + fields.get("language")
                        + "' (use an ISO 639-1 code such as it, nl, en)");
            }
            entries.add(new ManifestEntry(no, id, f, lang, fields.getOrDefault("title", ""), fields.getOrDefault("source", ""),
                    fields.getOrDefault("genre", ""), fields));
        }
        return new Manifest(file, header, entries, decoded.replacements());
    }

    private static void checkInside(Path manifest, int no, String id, String f) {
        Path p = Path.of(f);
        if (p.isAbsolute() || f.startsWith("/") || f.startsWith("\\") || f.matches("^[A-Za-z]:.*")) {
            throw CorpusException.atLine(manifest, no, "document '" + id + "': file '" + f + "' is an absolute path; "
                    + "files must be inside the corpus folder");
        }
        Path norm = p.normalize();
        if (norm.startsWith("..") || Arrays.asList(f.split("[/\\\\]")).contains("..") && norm.toString().startsWith("..")) {
            throw CorpusException.atLine(manifest, no, "document '" + id + "': file '" + f + "' escapes the corpus folder");
        }
    }

    /** The file of an entry, resolved against the corpus folder (guaranteed to stay inside it). */
    public Path resolve(Path root, ManifestEntry e) {
        Path r = root.toAbsolutePath().normalize();
        Path p = r.resolve(e.file()).normalize();
        if (!p.startsWith(r)) {
            throw CorpusException.atLine(file, e.line(), "document '" + e.id() + "': file '" + e.file() + "' escapes the corpus folder");
        }
        return p;
    }

    /** The manifest file. */
    public Path file() { return file; }

    /** Header columns (lower case), in file order. */
    public List<String> columns() { return columns; }

    /** The rows. */
    public List<ManifestEntry> entries() { return entries; }

    /** How many invalid UTF-8 sequences were replaced when reading (lenient decoding only; else 0). */
    public int replacements() { return replacements; }

    /** The ids shown by {@link #toString()}. */
    private static final int PREVIEW = 3;

    /**
     * One line: the file, the columns, the number of entries and the first ids ({@code Manifest
     * seeds/corpus.tsv: 5 entries (it-destalinizzazione, nl-destalinisatie, en-wikipedia, … 2 more); columns
     * id, file, language, title, source, genre}).
     */
    @Override
    public String toString() {
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < Math.min(PREVIEW, entries.size()); i++) ids.append(i > 0 ? ", " : "").append(entries.get(i).id());
        if (entries.size() > PREVIEW) ids.append(", … ").append(entries.size() - PREVIEW).append(" more");
        return "Manifest " + file + ": " + entries.size() + (entries.size() == 1 ? " entry" : " entries")
                + (entries.isEmpty() ? "" : " (" + ids + ")") + "; columns " + String.join(", ", columns)
                + (replacements > 0 ? "; " + replacements + " invalid UTF-8 sequence(s) replaced" : "");
    }
}

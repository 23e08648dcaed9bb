package org.parallax.core.anchor;

import org.parallax.core.CorpusException;
import org.parallax.core.Language;
import org.parallax.core.ingest.TextDecoder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * A user-supplied bilingual dictionary, from a plain TSV file or from a dictd database such as the
 * FreeDict packages ({@code dict-freedict-ita-eng}, {@code dict-freedict-nld-eng}), to widen the
 * coverage of the concept lexicon with {@link ConceptLexicon#fromDictionary(BilingualDictionary)}.
 * Headwords are looked up case-insensitively.
 *
 * <pre>{@code
 * BilingualDictionary ita = BilingualDictionary.readDictd(
 *         Path.of("/usr/share/dictd/freedict-ita-eng.index"),
 *         Path.of("/usr/share/dictd/freedict-ita-eng.dict.dz"), Language.IT, Language.EN);
 * ita.translations("prigione");            // [jail, gaol, prison]
 * BilingualDictionary mine = BilingualDictionary.readTsv(Path.of("nl-en.tsv"), Language.NL, Language.EN);
 * ConceptLexicon lex = ConceptLexicon.standard()
 *         .merge(ConceptLexicon.fromDictionary(ita))
 *         .merge(ConceptLexicon.fromDictionary(mine));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class BilingualDictionary {
    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final Pattern NUMBERING = Pattern.compile("^\\s*\\d+\\s*[.)]\\s*");
    private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*]|<[^<>]*>|\\{[^{}]*}");
    private static final Pattern PRONUNCIATION = Pattern.compile("/[^/]+/");

    private final String name;
    private final Language source;
    private final Language target;
    private final Map<String, List<String>> translations;

    private BilingualDictionary(String name, Language source, Language target, Map<String, List<String>> translations) {
        this.name = name;
        this.source = Objects.requireNonNull(source, "source");
        this.target = Objects.requireNonNull(target, "target");
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : translations.entrySet()) m.put(e.getKey(), List.copyOf(e.getValue()));
        this.translations = Collections.unmodifiableMap(m);
    }

    /**
     * A dictionary from pairs in memory: headword to translations (empty translations and duplicates
     * are dropped).
     */
    public static BilingualDictionary of(Language source, Language target, Map<String, List<String>> pairs) {
        return of("<memory>", source, target, pairs);
    }

    /**
     * A named dictionary from pairs in memory, headwords and translations in the map's order (empty
     * translations and duplicates are dropped).
     *
     * <pre>{@code
     * BilingualDictionary d = BilingualDictionary.of("mine", Language.IT, Language.EN,
     *         Map.of("prigione", List.of("prison", "jail")));
     * }</pre>
     */
    public static BilingualDictionary of(String name, Language source, Language target, Map<String, List<String>> pairs) {
        Builder b = new Builder();
        pairs.forEach((k, v) -> v.forEach(tr -> b.add(k, tr)));
        return new BilingualDictionary(Objects.requireNonNull(name, "name"), source, target, b.map);
    }

    /**
     * Writes the dictionary in the TSV form {@link #readTsv} reads: a comment line naming it and its
     * languages, then {@code headword<TAB>translation[<TAB>translation ...]} per headword, in order.
     * Headwords starting with {@code #} cannot be written (the format reads them as comments): they are
     * left out and counted in the comment line.
     *
     * <pre>{@code
     * try (Writer w = Files.newBufferedWriter(Path.of("it-en.tsv"))) { dictionary.writeTsv(w); }
     * }</pre>
     */
    public void writeTsv(Writer out) throws IOException {
        // a headword starting with '#' would read back as a comment: left out, and said so in the header
        long hidden = translations.keySet().stream().filter(h -> h.startsWith("#")).count();
        out.write("# " + name.replace('\n', ' ').replace('\r', ' ') + ": " + source.code() + " -> " + target.code()
                + ", " + (size() - hidden) + " headwords"
                + (hidden > 0 ? " (" + hidden + " starting with '#' left out: the format reads them as comments)" : "") + "\n");
        for (Map.Entry<String, List<String>> e : translations.entrySet()) {
            if (e.getKey().startsWith("#")) continue;
            out.write(e.getKey());
            for (String t : e.getValue()) {
                out.write('\t');
                out.write(t);
            }
            out.write('\n');
        }
    }

    /** Writes the dictionary to a UTF-8 file in the form {@link #readTsv} reads (see {@link #writeTsv(Writer)}). */
    public void writeTsv(Path file) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeTsv(w);
        } catch (IOException e) {
            throw CorpusException.inFile(file, "cannot write dictionary: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a plain TSV dictionary: {@code source_word<TAB>target_word[<TAB>target_word ...]}, one
     * headword per line (a headword on several lines collects all their translations); UTF-8, blank
     * lines and lines starting with {@code #} ignored.
     *
     * @throws CorpusException naming the file and line of a row without a translation or with an empty
     *                         headword, or when the file cannot be read
     */
    public static BilingualDictionary readTsv(Path file, Language source, Language target) {
        String text = decode(read(file), file);
        String[] lines = text.split("\r\n|\r|\n", -1);
        Builder b = new Builder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
            String[] cells = line.split("\t", -1);
            String head = ConceptEntry.collapse(cells[0]);
            if (head.isEmpty()) throw CorpusException.atLine(file, i + 1, "empty source word");
            int added = 0;
            for (int c = 1; c < cells.length; c++) {
                if (cells[c].isBlank()) continue;
                b.add(head, cells[c]);
                added++;
            }
            if (added == 0) {
                throw CorpusException.atLine(file, i + 1, "expected source_word<TAB>target_word, found no translation for '"
                        + head + "'");
            }
        }
        return new BilingualDictionary(file.getFileName().toString(), source, target, b.map);
    }

    /**
     * Reads a dictd database: the {@code .index} file (lines {@code headword<TAB>offset<TAB>length},
     * offset and length in dictd's base64 digits {@code A-Za-z0-9+/}, most significant first) and the
     * {@code .dict} file, plain or compressed with gzip or dictzip ({@code .dict.dz}). Each entry is
     * parsed as FreeDict writes it: a headword line (with an optional pronunciation {@code /.../}),
     * then translations, often numbered {@code 1.} {@code 2.} and separated by commas or semicolons;
     * bracketed notes are dropped. The metadata entries {@code 00-database-*} ({@code 00databaseinfo}
     * ...) are skipped.
     *
     * @throws CorpusException naming the index file and line of a malformed index line or of an entry
     *                         outside the {@code .dict} data, or a file that cannot be read
     */
    public static BilingualDictionary readDictd(Path index, Path dict, Language source, Language target) {
        byte[] data = read(dict);
        if (data.length >= 2 && (data[0] & 0xff) == 0x1f && (data[1] & 0xff) == 0x8b) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(data), 1 << 16)) {
                data = in.readAllBytes();
            } catch (IOException e) {
                throw CorpusException.inFile(dict, "cannot decompress: " + e.getMessage(), e);
            }
        }
        String idx = decode(read(index), index);
        String[] lines = idx.split("\r\n|\r|\n", -1);
        Builder b = new Builder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) continue;
            String[] cells = line.split("\t", -1);
            if (cells.length != 3) {
                throw CorpusException.atLine(index, i + 1, "expected headword<TAB>offset<TAB>length, found " + cells.length
                        + " column(s)");
            }
            String head = ConceptEntry.collapse(cells[0]);
            long offset;
            long length;
            try {
                offset = decodeBase64(cells[1]);
                length = decodeBase64(cells[2]);
            } catch (IllegalArgumentException e) {
                throw CorpusException.atLine(index, i + 1, e.getMessage());
            }
            if (offset + length > data.length) {
                throw CorpusException.atLine(index, i + 1, "entry '" + head + "' at offset " + offset + " length " + length
                        + " lies outside " + dict.getFileName() + " (" + data.length + " bytes)");
            }
            if (head.isEmpty() || isMetadata(head)) continue;
            String entry = new String(data, (int) offset, (int) length, StandardCharsets.UTF_8);
            for (String tr : parseEntry(entry)) b.add(head, tr);
        }
        return new BilingualDictionary(index.getFileName().toString(), source, target, b.map);
    }

    /** Whether a dictd headword is one of the database's metadata entries ({@code 00-database-info} ...). */
    static boolean isMetadata(String head) {
        String h = head.toLowerCase(Locale.ROOT);
        return h.startsWith("00database") || h.startsWith("00-database");
    }

    /**
     * Decodes a dictd base64 number ({@code A}=0 ... {@code /}=63, most significant digit first):
     * {@code "B"} is 1, {@code "BA"} is 64.
     *
     * @throws IllegalArgumentException on an empty string or a character outside the alphabet
     */
    public static long decodeBase64(String digits) {
        if (digits.isEmpty()) throw new IllegalArgumentException("empty base64 number");
        if (digits.length() > 10) throw new IllegalArgumentException("base64 number too long: '" + digits + "'");
        long v = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = BASE64.indexOf(digits.charAt(i));
            if (d < 0) throw new IllegalArgumentException("'" + digits + "' is not a dictd base64 number (A-Za-z0-9+/)");
            v = v * 64 + d;
        }
        return v;
    }

    /** Encodes a number in dictd's base64 ({@code 0} is {@code "A"}). */
    public static String encodeBase64(long value) {
        if (value < 0) throw new IllegalArgumentException("negative: " + value);
        if (value == 0) return "A";
        StringBuilder sb = new StringBuilder();
        for (long v = value; v > 0; v /= 64) sb.append(BASE64.charAt((int) (v % 64)));
        return sb.reverse().toString();
    }

    /**
     * The translations of a FreeDict entry text: the first line is the headword (with its
     * pronunciation), the other lines give the translations.
     */
    static List<String> parseEntry(String entry) {
        String[] lines = entry.split("\r\n|\r|\n");
        List<String> out = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty() || PRONUNCIATION.matcher(l).matches()) continue;
            String lower = l.toLowerCase(Locale.ROOT);
            if (lower.startsWith("note") || lower.startsWith("see ") || lower.startsWith("see:") || lower.startsWith("synonym")
                    || lower.startsWith("example") || lower.startsWith("usage") || lower.startsWith("\"")
                    || lower.startsWith("\u201C") || lower.startsWith("-") || lower.startsWith("\u2014")) {
                continue;
            }
            l = NUMBERING.matcher(l).replaceFirst("");
            String prev;
            do {
                prev = l;
                l = BRACKETED.matcher(l).replaceAll(" ");
            } while (!l.equals(prev));
            for (String part : l.split("[,;]")) {
                String p = ConceptEntry.collapse(part);
                if (!p.isEmpty() && !out.contains(p)) out.add(p);
            }
        }
        return out;
    }

    /** The name of the file the dictionary was read from. */
    public String name() { return name; }

    /** The language of the headwords. */
    public Language source() { return source; }

    /** The language of the translations. */
    public Language target() { return target; }

    /** The translations of a headword (case-insensitive), in dictionary order; empty when unknown. */
    public List<String> translations(String word) {
        return translations.getOrDefault(ConceptEntry.collapse(word).toLowerCase(Locale.ROOT), List.of());
    }

    /** The headwords (in lower case), in file order. */
    public Set<String> headwords() { return translations.keySet(); }

    /** Number of headwords. */
    public int size() { return translations.size(); }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("BilingualDictionary[" + name + ", " + source + "->" + target + ", " + size()
                + " headwords]");
        int shown = 0;
        for (Map.Entry<String, List<String>> e : translations.entrySet()) {
            if (shown++ == PREVIEW) {
                sb.append("\n  ... ").append(size() - PREVIEW).append(" more");
                break;
            }
            sb.append("\n  ").append(e.getKey()).append("  ->  ").append(String.join(", ", e.getValue()));
        }
        return sb.toString();
    }

    /** Headwords shown by {@link #toString()}. */
    private static final int PREVIEW = 8;

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw CorpusException.inFile(file, "cannot read dictionary: " + e.getMessage(), e);
        }
    }

    private static String decode(byte[] bytes, Path file) {
        return TextDecoder.strictText(bytes, file);
    }

    /** Collects headword to translations, lower-cased headwords, distinct translations. */
    private static final class Builder {
        final Map<String, List<String>> map = new LinkedHashMap<>();

        boolean add(String head, String translation) {
            String h = ConceptEntry.collapse(head).toLowerCase(Locale.ROOT);
            String t = ConceptEntry.collapse(translation);
            if (h.isEmpty() || t.isEmpty()) return false;
            List<String> l = map.computeIfAbsent(h, k -> new ArrayList<>());
            if (l.contains(t)) return false;
            l.add(t);
            return true;
        }
    }
}

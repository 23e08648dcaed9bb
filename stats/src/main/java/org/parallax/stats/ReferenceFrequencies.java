package org.parallax.stats;

import org.parallax.core.CorpusException;
import org.parallax.core.ingest.TextDecoder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A reference frequency list for {@link Keyness}: term frequencies and the token total of a reference
 * corpus that is not at hand (e.g. the BNC, or a list made with another tool). Immutable.
 *
 * <p>The file format is UTF-8 TSV, one {@code term<TAB>frequency} per line, and one line
 * {@code #total<TAB>N} giving the reference corpus size in tokens (required: a list may leave terms out,
 * so the total cannot be inferred). Empty lines and other lines starting with {@code #} are ignored; a
 * first line {@code term<TAB>frequency} is taken as a header. The terms are kept as written here;
 * {@link Keyness} normalizes them the way the layer being counted normalizes the corpus's terms (on the
 * default norm layer {@code The} and {@code the} are one term, their frequencies added up; see
 * {@link ReferenceTerms} for the stem and lemma layers, where the list should hold stems or lemmas).
 *
 * <pre>
 * #total	1000000
 * stalin	120
 * cult	45
 * </pre>
 *
 * <pre>{@code
 * Path file = Files.writeString(Files.createTempFile("reference", ".tsv"), "#total\t1000000\nstalin\t120\ncult\t45\n");
 * ReferenceFrequencies ref = ReferenceFrequencies.read(file);   // e.g. Path.of("bnc-lemmas.tsv")
 * ref.total(); ref.frequency("stalin");                        // 1000000, 120
 * ReferenceFrequencies mem = ReferenceFrequencies.of(Map.of("stalin", 120L), 1_000_000, "memory");
 * }</pre>
 *
 * <p>Errors name the file and the 1-based line ({@link CorpusException}): a line without exactly two
 * fields, a frequency that is not a non-negative integer, a term listed twice, a missing or repeated
 * {@code #total}, frequencies adding up to more than the total.
 */
public final class ReferenceFrequencies {
    /** The name of the total row. */
    public static final String TOTAL = "#total";

    private final Map<String, Long> frequencies;
    private final long total;
    private final String source;

    private ReferenceFrequencies(Map<String, Long> frequencies, long total, String source) {
        this.frequencies = Collections.unmodifiableMap(new LinkedHashMap<>(frequencies));
        this.total = total;
        this.source = source;
    }

    /**
     * A list in memory.
     *
     * @throws IllegalArgumentException for a negative frequency or frequencies adding up to more than the total
     */
    public static ReferenceFrequencies of(Map<String, Long> frequencies, long total, String source) {
        long sum = 0;
        for (Map.Entry<String, Long> e : frequencies.entrySet()) {
            Objects.requireNonNull(e.getKey(), "term");
            if (e.getValue() == null || e.getValue() < 0) throw new IllegalArgumentException("bad frequency for '" + e.getKey() + "': " + e.getValue());
            sum += e.getValue();
        }
        if (sum > total) throw new IllegalArgumentException("the frequencies add up to " + sum + ", more than the total " + total);
        return new ReferenceFrequencies(frequencies, total, Objects.requireNonNull(source));
    }

    /** Reads a TSV frequency list (format above). @throws CorpusException naming the file and line */
    public static ReferenceFrequencies read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw CorpusException.inFile(file, "no such file");
        } catch (IOException e) {
            throw CorpusException.inFile(file, "cannot read: " + e.getMessage(), e);
        }
        String text = TextDecoder.strictText(bytes, file);
        List<String> lines = text.lines().toList();
        Map<String, Long> freq = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        long total = -1;
        int totalLine = -1;
        long sum = 0;
        boolean seenData = false;
        for (int i = 0; i < lines.size(); i++) {
            int line = i + 1;
            String l = lines.get(i);
            if (l.endsWith("\r")) l = l.substring(0, l.length() - 1);
            if (l.isBlank()) continue;
            String[] f = l.split("\t", -1);
            if (f[0].equals(TOTAL)) {
                if (f.length != 2) throw CorpusException.atLine(file, line, "expected '" + TOTAL + "<TAB>N', got " + f.length + " fields");
                if (total >= 0) throw CorpusException.atLine(file, line, TOTAL + " given twice (first on line " + totalLine + ")");
                total = parseCount(file, line, f[1], "total");
                if (total == 0) throw CorpusException.atLine(file, line, "the total must be positive");
                totalLine = line;
                continue;
            }
            if (f[0].startsWith("#")) continue;
            if (!seenData && f.length == 2 && f[0].equalsIgnoreCase("term") && f[1].toLowerCase(java.util.Locale.ROOT).startsWith("freq")) {
                seenData = true;
                continue;
            }
            seenData = true;
            if (f.length != 2) throw CorpusException.atLine(file, line, "expected 'term<TAB>frequency', got " + f.length + " field" + (f.length == 1 ? "" : "s"));
            String term = f[0].strip();
            if (term.isEmpty()) throw CorpusException.atLine(file, line, "empty term");
            long v = parseCount(file, line, f[1], "frequency");
            Integer before = lineOf.putIfAbsent(term, line);
            if (before != null) throw CorpusException.atLine(file, line, "term '" + term + "' listed twice (first on line " + before + ")");
            freq.put(term, v);
            sum += v;
        }
        if (total < 0) throw CorpusException.inFile(file, "no '" + TOTAL + "<TAB>N' line giving the reference corpus size in tokens");
        if (sum > total) throw CorpusException.atLine(file, totalLine, "the frequencies add up to " + sum + ", more than the total " + total);
        Path name = file.getFileName();
        return new ReferenceFrequencies(freq, total, name == null ? file.toString() : name.toString());
    }

    private static long parseCount(Path file, int line, String s, String what) {
        String t = s.strip();
        try {
            long v = Long.parseLong(t);
            if (v < 0) throw CorpusException.atLine(file, line, "negative " + what + " '" + t + "'");
            return v;
        } catch (NumberFormatException e) {
            throw CorpusException.atLine(file, line, "the " + what + " '" + t + "' is not a whole number");
        }
    }

    /** The frequencies by term, in file order. */
    public Map<String, Long> frequencies() { return frequencies; }

    /** A term's frequency, 0 when it is not listed. */
    public long frequency(String term) { return frequencies.getOrDefault(term, 0L); }

    /** The reference corpus size in tokens. */
    public long total() { return total; }

    /** Where the list comes from (the file name). */
    public String source() { return source; }

    @Override
    public String toString() {
        return "ReferenceFrequencies " + source + ": " + frequencies.size() + " terms, " + total + " tokens";
    }
}

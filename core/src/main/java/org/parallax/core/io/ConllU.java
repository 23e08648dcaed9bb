package org.parallax.core.io;

import org.parallax.core.Corpus;
import org.parallax.core.CorpusException;
import org.parallax.core.Document;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Token export to and import from <a href="https://universaldependencies.org/format.html">CoNLL-U</a>,
 * the Universal Dependencies format: one line per token with ten tab-separated columns, comment lines
 * before each sentence, a blank line after it.
 *
 * <pre>{@code
 * try (Writer w = Files.newBufferedWriter(Path.of("seeds.conllu"))) {
 *     ConllU.write(Corpus.seeds(), w);
 * }
 * List<ConllU.Sentence> back = ConllU.read(Path.of("seeds.conllu"));
 * back.get(0).words().get(0).lemma();
 * }</pre>
 *
 * <h2>What is written</h2>
 * <ul>
 *   <li>{@code # newdoc id = DOC} before the first sentence of each document (a document with no
 *       sentence to write is left out entirely);</li>
 *   <li>{@code # sent_id = DOC-N}, N the 1-based position of the sentence in its document (stable
 *       when boilerplate is skipped: the numbers then have gaps);</li>
 *   <li>{@code # text = ...}: the sentence exactly as in the raw text, except that each line break
 *       (LF, CR, CRLF, VT, FF, U+001C&ndash;U+001E, NEL, U+2028, U+2029) becomes one space;</li>
 *   <li>one line per token: ID (1-based in the sentence), FORM = surface, LEMMA = lemma (the stem if
 *       there is no lemma, {@code _} if neither), UPOS = the POS guess or {@code _}, XPOS, FEATS, HEAD,
 *       DEPREL and DEPS = {@code _}, and MISC;</li>
 *   <li>a blank line after each sentence.</li>
 * </ul>
 *
 * <h2>MISC</h2>
 * Attributes {@code Key=Value} joined by {@code |}, in this order:
 * {@code SpaceAfter=No} (only when no whitespace follows the token),
 * {@code TokenRange=START:END} (always; offsets into the document's raw text in Java {@code char}s,
 * i.e. UTF-16 code units, exactly {@link org.parallax.core.Token#start()} and
 * {@link org.parallax.core.Token#end()}), {@code CodePointRange=START:END} (the same offsets in Unicode
 * code points, as Python's {@code str} indexes; only where they differ from {@code TokenRange}, i.e. after a
 * character outside the Basic Multilingual Plane such as an emoji), {@code Norm=...}, {@code Stem=...} (when not null),
 * {@code Type=word|number|punct|symbol} (always), {@code Boilerplate=Yes} (only for tokens in a
 * boilerplate block). Example: {@code SpaceAfter=No|TokenRange=0:6|Norm=stalin|Stem=stalin|Type=word}.
 *
 * <p>Escaping of MISC values follows the convention UD documents for {@code SpacesAfter}:
 * {@code \\} for a backslash, {@code \p} for {@code |}, {@code \t}, {@code \n} and {@code \r} for tab,
 * line feed and carriage return (the reader also accepts {@code \s} for a space). Nothing else is
 * escaped: an attribute is split at its <em>first</em> {@code =}, so {@code Norm==} is the norm
 * {@code "="}, as in other UD tools. FORM and LEMMA are written verbatim (the tokenizer never puts a
 * tab or a line break in a token; the writer refuses one with an {@link IllegalArgumentException}).
 *
 * <h2>Reading</h2>
 * {@link #read(Reader, Path)} reads this layout back: the ten columns must all be there and not
 * empty, IDs must be 1, 2, 3 ... in each sentence; multiword-token ranges ({@code 1-2}) and empty
 * nodes ({@code 1.1}) are not supported. The XPOS, FEATS, HEAD, DEPREL and DEPS columns are checked
 * for presence only. LEMMA and UPOS {@code _} read as null (LEMMA {@code _} of the FORM {@code _} is
 * the underscore itself, as in UD). Problems raise a {@link CorpusException} naming the file and line.
 *
 * <p>Stateless; all methods are thread-safe. Writers are neither flushed nor closed.
 */
public final class ConllU {
    private static final int COLUMNS = 10;

    private ConllU() {}

    /**
     * A sentence read back from CoNLL-U.
     *
     * <pre>{@code
     * ConllU.Sentence s = ConllU.read(reader, Path.of("x.conllu")).get(0);
     * s.doc(); s.id(); s.text(); s.formsText(); s.words().size();
     * }</pre>
     *
     * @param doc   the id of the latest {@code # newdoc id = ...} comment, or null before any
     * @param id    the {@code # sent_id}, or null when there is none
     * @param text  the {@code # text}, or null when there is none
     * @param line  1-based line of the sentence's first line (comment or word) in the input
     * @param words the word lines, in order
     */
    public record Sentence(String doc, String id, String text, int line, List<Word> words) {
        /** Copies the word list. */
        public Sentence {
            words = List.copyOf(words);
        }

        /** The FORMs joined as {@code SpaceAfter} says: one space after each token without {@code SpaceAfter=No}, none after the last. */
        public String formsText() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < words.size(); i++) {
                Word w = words.get(i);
                sb.append(w.form());
                if (w.spaceAfter() && i < words.size() - 1) sb.append(' ');
            }
            return sb.toString();
        }
    }

    /**
     * A word line read back from CoNLL-U, with the MISC attributes Parallax writes already parsed.
     *
     * <pre>{@code
     * ConllU.Word w = sentence.words().get(0);
     * w.form(); w.lemma(); w.start(); w.spaceAfter(); w.misc().get("Norm");
     * }</pre>
     *
     * @param id          the 1-based ID
     * @param form        FORM
     * @param lemma       LEMMA, or null for {@code _}
     * @param upos        UPOS, or null for {@code _}
     * @param spaceAfter  false when MISC has {@code SpaceAfter=No}
     * @param start       start offset from {@code TokenRange}, or -1 when there is none
     * @param end         end offset from {@code TokenRange}, or -1 when there is none
     * @param norm        {@code Norm}, or null
     * @param stem        {@code Stem}, or null
     * @param type        {@code Type}, or null
     * @param boilerplate whether MISC has {@code Boilerplate=Yes}
     * @param misc        every MISC attribute, unescaped, in the order of the line
     */
    public record Word(int id, String form, String lemma, String upos, boolean spaceAfter, int start, int end,
                       String norm, String stem, TokenType type, boolean boilerplate, Map<String, String> misc) {
        /** Makes the MISC map unmodifiable (order kept). */
        public Word {
            misc = Collections.unmodifiableMap(new LinkedHashMap<>(misc));
        }
    }

    // ------------------------------------------------------------------------------------------ writing

    /** Writes every sentence of a document, boilerplate included (marked in MISC). */
    public static void write(Document doc, Writer out) throws IOException {
        write(doc, out, true);
    }

    /** Writes a document; without the sentences of boilerplate blocks when {@code includeBoilerplate} is false. */
    public static void write(Document doc, Writer out, boolean includeBoilerplate) throws IOException {
        StringBuilder sb = new StringBuilder(4096);
        String text = doc.text();
        TokenTable t = doc.tokenTable();
        CodePointOffsets cp = new CodePointOffsets(text);
        boolean first = true;
        for (org.parallax.core.Sentence s : doc.sentences()) {
            if (s.boilerplate() && !includeBoilerplate) continue;
            sb.setLength(0);
            if (first) {
                sb.append("# newdoc id = ").append(doc.id()).append('\n');
                first = false;
            }
            sb.append("# sent_id = ").append(doc.id()).append('-').append(s.index() + 1).append('\n');
            sb.append("# text = ");
            appendOneLine(sb, text, s.start(), s.end());
            sb.append('\n');
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                sb.append(i - s.firstToken() + 1).append('\t');
                appendField(sb, text, t.start(i), t.end(i), "FORM", doc, i);
                sb.append('\t');
                String lemma = t.lemma(i) != null ? t.lemma(i) : t.stem(i);
                if (lemma == null || lemma.isEmpty()) sb.append('_');
                else appendField(sb, lemma, 0, lemma.length(), "LEMMA", doc, i);
                sb.append('\t').append(t.upos(i) == null || t.upos(i).isEmpty() ? "_" : t.upos(i));
                sb.append("\t_\t_\t_\t_\t_\t");
                appendMisc(sb, t, i, cp);
                sb.append('\n');
            }
            sb.append('\n');
            out.append(sb);
        }
    }

    /** Writes every document of a corpus, in order, boilerplate included. */
    public static void write(Corpus corpus, Writer out) throws IOException {
        write(corpus, out, true);
    }

    /** Writes every document of a corpus, in order; boilerplate sentences only when {@code includeBoilerplate}. */
    public static void write(Corpus corpus, Writer out, boolean includeBoilerplate) throws IOException {
        for (Document d : corpus) write(d, out, includeBoilerplate);
    }

    private static void appendMisc(StringBuilder sb, TokenTable t, int i, CodePointOffsets cp) {
        if (!t.spaceAfter(i)) sb.append("SpaceAfter=No|");
        sb.append("TokenRange=").append(t.start(i)).append(':').append(t.end(i));
        if (!cp.identity()) {
            int s = cp.of(t.start(i));
            int e = cp.of(t.end(i));
            if (s != t.start(i) || e != t.end(i)) sb.append("|CodePointRange=").append(s).append(':').append(e);
        }
        if (t.norm(i) != null) appendEscaped(sb.append("|Norm="), t.norm(i));
        if (t.stem(i) != null) appendEscaped(sb.append("|Stem="), t.stem(i));
        sb.append("|Type=").append(t.type(i).label());
        if (t.isBoilerplate(i)) sb.append("|Boilerplate=Yes");
    }

    /** Appends a FORM or LEMMA, refusing characters a CoNLL-U line cannot hold. */
    private static void appendField(StringBuilder sb, String s, int from, int to, String column, Document doc, int token) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c == '\t' || c == '\n' || c == '\r') {
                throw new IllegalArgumentException(doc.id() + ": token " + token + " has a tab or line break in its "
                        + column + ", which CoNLL-U cannot hold");
            }
        }
        sb.append(s, from, to);
    }

    /** Appends a MISC value with {@code \\ \p \t \n \r} escapes. */
    static void appendEscaped(StringBuilder sb, String v) {
        for (int k = 0; k < v.length(); k++) {
            char c = v.charAt(k);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '|' -> sb.append("\\p");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
    }

    /** Appends {@code text[from, to)} with each line break (CRLF counted once) replaced by one space. */
    private static void appendOneLine(StringBuilder sb, String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (isLineBreak(c)) {
                if (c == '\r' && k + 1 < to && text.charAt(k + 1) == '\n') k++;
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || (c >= '\u001C' && c <= '\u001E')
                || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    // ------------------------------------------------------------------------------------------ reading

    /** Reads a UTF-8 CoNLL-U file. */
    public static List<Sentence> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file);
        }
    }

    /**
     * Reads CoNLL-U; {@code nameForErrors} names the input in error messages (null for {@code <input>}).
     *
     * @throws CorpusException for malformed input, naming the file and 1-based line
     */
    public static List<Sentence> read(Reader in, Path nameForErrors) throws IOException {
        BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
        List<Sentence> out = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        String doc = null;
        String sentId = null;
        String text = null;
        int sentLine = 0;   // first line of the pending sentence, 0 when none is pending
        int lineNo = 0;
        String line;
        while ((line = r.readLine()) != null) {
            lineNo++;
            if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') line = line.substring(1);
            if (line.isBlank()) {
                if (sentLine == 0) continue;
                if (words.isEmpty()) throw CorpusException.atLine(nameForErrors, lineNo, "sentence without word lines (comments only)");
                out.add(new Sentence(doc, sentId, text, sentLine, words));
                words.clear();
                sentId = null;
                text = null;
                sentLine = 0;
                continue;
            }
            if (sentLine == 0) sentLine = lineNo;
            if (line.charAt(0) == '#') {
                if (!words.isEmpty()) {
                    throw CorpusException.atLine(nameForErrors, lineNo, "comment line inside a sentence (a blank line must end the sentence first)");
                }
                String v;
                if ((v = commentValue(line, "newdoc")) != null) {
                    doc = v.startsWith("id") ? afterEquals(v) : null;
                } else if ((v = commentValue(line, "sent_id")) != null) {
                    sentId = afterEquals(v);
                } else if ((v = commentValue(line, "text")) != null) {
                    text = afterEquals(v);
                }
                continue;
            }
            words.add(parseWord(line, words.size() + 1, nameForErrors, lineNo));
        }
        if (sentLine != 0) {
            if (words.isEmpty()) throw CorpusException.atLine(nameForErrors, lineNo, "sentence without word lines (comments only) at the end of the input");
            out.add(new Sentence(doc, sentId, text, sentLine, words));
        }
        return Collections.unmodifiableList(out);
    }

    /** For {@code # key...}: the rest after the key (may start with {@code =} or {@code id =}), else null. */
    private static String commentValue(String line, String key) {
        int k = 1;
        while (k < line.length() && line.charAt(k) == ' ') k++;
        if (!line.startsWith(key, k)) return null;
        int after = k + key.length();
        if (after < line.length() && line.charAt(after) != ' ' && line.charAt(after) != '=') return null;
        return line.substring(after).strip();
    }

    /** The value after the first {@code =}, one leading and any trailing spaces removed. */
    private static String afterEquals(String s) {
        int eq = s.indexOf('=');
        if (eq < 0) return s.strip();
        int from = eq + 1;
        if (from < s.length() && s.charAt(from) == ' ') from++;
        return s.substring(from);
    }

    private static Word parseWord(String line, int expectedId, Path file, int lineNo) {
        String[] f = new String[COLUMNS];
        int n = 0;
        int from = 0;
        while (true) {
            int tab = line.indexOf('\t', from);
            String field = tab < 0 ? line.substring(from) : line.substring(from, tab);
            if (n < COLUMNS) f[n] = field;
            n++;
            if (tab < 0) break;
            from = tab + 1;
        }
        if (n != COLUMNS) {
            throw CorpusException.atLine(file, lineNo, "expected 10 tab-separated columns (ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC), found " + n);
        }
        for (int c = 0; c < COLUMNS; c++) {
            if (f[c].isEmpty()) throw CorpusException.atLine(file, lineNo, "column " + (c + 1) + " is empty (use _ for no value)");
        }
        int id = parseId(f[0], file, lineNo);
        if (id != expectedId) throw CorpusException.atLine(file, lineNo, "expected ID " + expectedId + ", found " + id);
        String form = f[1];
        String lemma = f[2].equals("_") && !form.equals("_") ? null : f[2];
        String upos = f[3].equals("_") ? null : f[3];

        Map<String, String> misc = new LinkedHashMap<>();
        boolean spaceAfter = true;
        boolean boilerplate = false;
        int start = -1;
        int end = -1;
        String norm = null;
        String stem = null;
        TokenType type = null;
        if (!f[9].equals("_")) {
            int p = 0;
            String m = f[9];
            while (p <= m.length()) {
                int bar = m.indexOf('|', p);
                if (bar < 0) bar = m.length();
                if (bar > p) {
                    int eq = m.indexOf('=', p);
                    String key;
                    String value;
                    if (eq < 0 || eq > bar) {
                        key = m.substring(p, bar);
                        value = "";
                    } else {
                        key = m.substring(p, eq);
                        value = unescape(m, eq + 1, bar, file, lineNo);
                    }
                    misc.put(key, value);
                    switch (key) {
                        case "SpaceAfter" -> spaceAfter = !value.equals("No");
                        case "TokenRange" -> {
                            int colon = value.indexOf(':');
                            start = colon < 0 ? -1 : parseOffset(value, 0, colon);
                            end = colon < 0 ? -1 : parseOffset(value, colon + 1, value.length());
                            if (start < 0 || end < start) {
                                throw CorpusException.atLine(file, lineNo, "TokenRange must be START:END with 0 <= START <= END, found '" + value + "'");
                            }
                        }
                        case "Norm" -> norm = value;
                        case "Stem" -> stem = value;
                        case "Type" -> type = parseType(value, file, lineNo);
                        case "Boilerplate" -> boilerplate = value.equals("Yes");
                        default -> { /* kept in misc only */ }
                    }
                }
                p = bar + 1;
            }
        }
        return new Word(id, form, lemma, upos, spaceAfter, start, end, norm, stem, type, boilerplate, misc);
    }

    private static int parseId(String s, Path file, int lineNo) {
        if (s.indexOf('-') > 0 || s.indexOf('.') > 0) {
            throw CorpusException.atLine(file, lineNo, "ID '" + s + "': multiword tokens and empty nodes are not supported");
        }
        int v = parseOffset(s, 0, s.length());
        if (v < 1) throw CorpusException.atLine(file, lineNo, "ID '" + s + "' is not a positive integer");
        return v;
    }

    /** A non-negative decimal integer in {@code s[from, to)}, or -1. */
    private static int parseOffset(String s, int from, int to) {
        if (from >= to || to - from > 9) return -1;
        int v = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static TokenType parseType(String v, Path file, int lineNo) {
        for (TokenType t : TokenType.values()) if (t.label().equals(v)) return t;
        throw CorpusException.atLine(file, lineNo, "unknown Type '" + v + "' (word, number, punct, symbol)");
    }

    private static String unescape(String m, int from, int to, Path file, int lineNo) {
        int bs = m.indexOf('\\', from);
        if (bs < 0 || bs >= to) return m.substring(from, to);
        StringBuilder sb = new StringBuilder(to - from);
        for (int k = from; k < to; k++) {
            char c = m.charAt(k);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (k + 1 >= to) throw CorpusException.atLine(file, lineNo, "MISC value ends with a lone backslash");
            char e = m.charAt(++k);
            switch (e) {
                case '\\' -> sb.append('\\');
                case 'p' -> sb.append('|');
                case 't' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 's' -> sb.append(' ');
                default -> throw CorpusException.atLine(file, lineNo, "unknown escape '\\" + e + "' in MISC (known: \\\\ \\p \\t \\n \\r \\s)");
            }
        }
        return sb.toString();
    }
}

package org.parallax.align.parallel;

import org.parallax.core.Language;

import java.io.IOException;
import java.io.Writer;
import java.util.function.Consumer;

/**
 * Writes a parallel alignment as a TMX 1.4b translation memory: a header ({@code creationtool="Parallax"},
 * {@code segtype="sentence"}, {@code srclang} the source language, {@code adminlang="en"},
 * {@code datatype="plaintext"}, {@code o-tmf="Parallax"}), then one {@code <tu>} per bead, in order, with a
 * {@code <tuv xml:lang="...">} holding a {@code <seg>} for each non-empty side (a 1-0 or 0-1 bead has one
 * {@code <tuv>}). A bead with more than one unit on a side is marked {@code segtype="block"}. Each
 * {@code <tu>} has {@code tuid} (the 1-based bead number) and the properties {@code x-bead} (the bead type,
 * e.g. {@code 2-1}) and {@code x-lines} (the line ranges of the two sides, {@code it:12-13 en:12}).
 * The text of a side is its units' texts, each stripped, joined by one space, with every line break inside
 * a unit ({@code \r\n}, {@code \r} or {@code \n}: a sentence that wraps) folded to one space, XML-escaped.
 * Characters XML 1.0 does not allow (control characters other than tab, U+FFFE, U+FFFF, unpaired surrogates)
 * are dropped; {@link #write(ParallelAlignment, Writer, Consumer)} reports how many and where the first one
 * was. The output is deterministic (no dates) and declares the DTD as {@code <!DOCTYPE tmx SYSTEM "tmx14.dtd">}.
 *
 * <pre>{@code
 * try (Writer w = Files.newBufferedWriter(Path.of("it-en.tmx"))) {
 *     TmxWriter.write(alignment, w, System.err::println);
 *     // TMX: dropped 2 characters that XML 1.0 does not allow, the first U+0001 in tu 4 (it-doc line 4)
 * }
 * }</pre>
 */
public final class TmxWriter {
    /** The tool version written in the header. */
    public static final String VERSION = "0.1.0";

    private TmxWriter() {}

    /** Writes the alignment as TMX 1.4b, dropping the characters XML does not allow without a word. */
    public static void write(ParallelAlignment a, Writer out) throws IOException {
        write(a, out, message -> {});
    }

    /**
     * Writes the alignment as TMX 1.4b; when characters XML 1.0 does not allow were dropped, gives
     * {@code warning} one message with their number and the first one's code point, {@code tu}, document and line.
     */
    public static void write(ParallelAlignment a, Writer out, Consumer<String> warning) throws IOException {
        Dropped dropped = new Dropped();
        String src = tag(a.sourceLanguage());
        String tgt = tag(a.targetLanguage());
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n");
        out.write("<tmx version=\"1.4\">\n");
        out.write("  <header creationtool=\"Parallax\" creationtoolversion=\"" + VERSION + "\" segtype=\"sentence\""
                + " o-tmf=\"Parallax\" adminlang=\"en\" srclang=\"" + attr(src) + "\" datatype=\"plaintext\"/>\n");
        out.write("  <body>\n");
        for (int index = 0; index < a.beads().size(); index++) {
            Bead b = a.beads().get(index);
            int k = index + 1;
            boolean block = b.sourceSize() > 1 || b.targetSize() > 1;
            out.write("    <tu tuid=\"" + k + "\"" + (block ? " segtype=\"block\"" : "") + ">\n");
            out.write("      <prop type=\"x-bead\">" + b.type() + "</prop>\n");
            out.write("      <prop type=\"x-lines\">" + text(lines(a, index)) + "</prop>\n");
            if (b.sourceSize() > 0) tuv(out, src, seg(a, true, b.sourceStart(), b.sourceEnd(), k, dropped));
            if (b.targetSize() > 0) tuv(out, tgt, seg(a, false, b.targetStart(), b.targetEnd(), k, dropped));
            out.write("    </tu>\n");
        }
        out.write("  </body>\n");
        out.write("</tmx>\n");
        out.flush();
        if (dropped.count > 0) {
            warning.accept("TMX: dropped " + dropped.count + " character" + (dropped.count == 1 ? "" : "s")
                    + " that XML 1.0 does not allow, the first " + dropped.first);
        }
    }

    /** The characters dropped so far, and where the first one was. */
    private static final class Dropped {
        int count;
        String first;
    }

    private static void tuv(Writer out, String lang, String seg) throws IOException {
        out.write("      <tuv xml:lang=\"" + attr(lang) + "\"><seg>" + seg + "</seg></tuv>\n");
    }

    /**
     * The escaped seg text of units {@code [from, to)}: each unit stripped, line breaks inside it folded to a
     * space, joined by one space; characters XML does not allow are dropped and counted.
     */
    private static String seg(ParallelAlignment a, boolean source, int from, int to, int tu, Dropped dropped) {
        StringBuilder sb = new StringBuilder();
        for (int u = from; u < to; u++) {
            String r = source ? a.sourceText(u, u + 1) : a.targetText(u, u + 1);
            int x = 0, y = r.length();
            while (x < y && Character.isWhitespace(r.charAt(x))) x++;
            while (y > x && Character.isWhitespace(r.charAt(y - 1))) y--;
            if (x == y) continue;
            if (sb.length() > 0) sb.append(' ');
            // the line of each character: the unit's first line plus the breaks before it (a segment is one line)
            Units units = a.units(source);
            int line = units.firstLine[u], last = units.lastLine[u];
            for (int i = 0; i < x; i++) if (isBreak(r, i)) line++;
            for (int i = x; i < y; i++) {
                char c = r.charAt(i);
                if (c == '\r' || c == '\n') {
                    if (isBreak(r, i)) {
                        sb.append(' ');
                        line++;
                    }
                    continue;
                }
                switch (c) {
                    case '&' -> sb.append("&amp;");
                    case '<' -> sb.append("&lt;");
                    case '>' -> sb.append("&gt;");
                    default -> {
                        if (allowed(r, i)) {
                            sb.append(c);
                        } else {
                            if (dropped.count++ == 0) {
                                dropped.first = String.format(java.util.Locale.ROOT, "U+%04X in tu %d (%s line %d)",
                                        (int) c, tu, units.doc, Math.min(line, last));
                            }
                        }
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Whether position {@code i} ends a line: a {@code \n}, or a {@code \r} not followed by {@code \n}. */
    private static boolean isBreak(String s, int i) {
        char c = s.charAt(i);
        return c == '\n' || c == '\r' && (i + 1 == s.length() || s.charAt(i + 1) != '\n');
    }

    private static String lines(ParallelAlignment a, int index) {
        StringBuilder sb = new StringBuilder();
        Bead b = a.beads().get(index);
        if (b.sourceSize() > 0) sb.append(a.sourcePassage(index).label());
        if (b.targetSize() > 0) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(a.targetPassage(index).label());
        }
        return sb.toString();
    }

    /** The xml:lang of a language ({@code und} for an unknown one). */
    private static String tag(Language l) { return l.code(); }

    /** Escapes element content: {@code & < >}; drops characters not allowed in XML 1.0. */
    static String text(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                default -> {
                    if (allowed(s, i)) sb.append(c);
                }
            }
        }
        return sb.toString();
    }

    /** Escapes an attribute value (also {@code "}). */
    static String attr(String s) { return text(s).replace("\"", "&quot;"); }

    private static boolean allowed(String s, int i) {
        char c = s.charAt(i);
        if (c == '\t' || c == '\n' || c == '\r') return true;
        if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) return false;
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        return true;
    }
}

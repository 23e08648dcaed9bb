package org.parallax.align.parallel;

import org.parallax.core.Language;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes a parallel alignment as a TMX 1.4b translation memory: a header ({@code creationtool="Parallax"},
 * {@code segtype="sentence"}, {@code srclang} the source language, {@code adminlang="en"},
 * {@code datatype="plaintext"}, {@code o-tmf="Parallax"}), then one {@code <tu>} per bead, in order, with a
 * {@code <tuv xml:lang="...">} holding a {@code <seg>} for each non-empty side (a 1-0 or 0-1 bead has one
 * {@code <tuv>}). A bead with more than one unit on a side is marked {@code segtype="block"}. Each
 * {@code <tu>} has {@code tuid} (the 1-based bead number) and the properties {@code x-bead} (the bead type,
 * e.g. {@code 2-1}) and {@code x-lines} (the line ranges of the two sides, {@code it:12-13 en:12}).
 * The text of a side is its units' texts, each stripped, joined by one space, XML-escaped; characters XML
 * 1.0 does not allow are dropped. The output is deterministic (no dates) and declares the DTD as
 * {@code <!DOCTYPE tmx SYSTEM "tmx14.dtd">}.
 *
 * <pre>{@code
 * try (Writer w = Files.newBufferedWriter(Path.of("it-en.tmx"))) {
 *     TmxWriter.write(alignment, w);
 * }
 * }</pre>
 */
public final class TmxWriter {
    /** The tool version written in the header. */
    public static final String VERSION = "0.1.0";

    private TmxWriter() {}

    /** Writes the alignment as TMX 1.4b. */
    public static void write(ParallelAlignment a, Writer out) throws IOException {
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
            if (b.sourceSize() > 0) tuv(out, src, join(a, true, b.sourceStart(), b.sourceEnd()));
            if (b.targetSize() > 0) tuv(out, tgt, join(a, false, b.targetStart(), b.targetEnd()));
            out.write("    </tu>\n");
        }
        out.write("  </body>\n");
        out.write("</tmx>\n");
        out.flush();
    }

    private static void tuv(Writer out, String lang, String text) throws IOException {
        out.write("      <tuv xml:lang=\"" + attr(lang) + "\"><seg>" + text(text) + "</seg></tuv>\n");
    }

    private static String join(ParallelAlignment a, boolean source, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int u = from; u < to; u++) {
            String t = (source ? a.sourceText(u, u + 1) : a.targetText(u, u + 1)).strip();
            if (sb.length() > 0 && !t.isEmpty()) sb.append(' ');
            sb.append(t);
        }
        return sb.toString();
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

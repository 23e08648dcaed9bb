package org.parallax.align.parallel;

import org.parallax.align.Passage;
import org.parallax.core.Document;
import org.parallax.core.Language;
import org.parallax.core.Sentence;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The units of one side of an alignment: offsets, lines and text of each unit, and passages over runs
 * of units. Either over a {@link Document} or over a list of segments (whose offsets are those of the
 * segments joined by line breaks, and whose lines are the 1-based positions in the list). Blank units
 * (nothing but white space, {@link #isBlank}) are left out on both paths; the others keep their original
 * lines and offsets.
 */
final class Units {
    final String doc;
    final Language language;
    final int n;
    final int[] start;
    final int[] end;
    final int[] firstLine;
    final int[] lastLine;
    private final Document document;
    private final List<String> segments;
    /** For segments: the index in {@link #segments} of each unit. */
    private final int[] segment;

    private Units(String doc, Language language, int[] start, int[] end, int[] firstLine, int[] lastLine,
                  Document document, List<String> segments, int[] segment) {
        this.doc = doc;
        this.language = language;
        this.n = start.length;
        this.start = start;
        this.end = end;
        this.firstLine = firstLine;
        this.lastLine = lastLine;
        this.document = document;
        this.segments = segments;
        this.segment = segment;
    }

    /**
     * Whether {@code text[from, to)} holds nothing but white space: characters that are
     * {@link Character#isWhitespace} (tab, line breaks, U+3000 ...) or {@link Character#isSpaceChar}
     * (also the no-break spaces U+00A0, U+2007, U+202F).
     */
    static boolean isBlank(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isSpace(text.charAt(i))) return false;
        }
        return true;
    }

    /** White space in either of Java's senses ({@link Character#isWhitespace} or {@link Character#isSpaceChar}). */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The units of a document: its content sentences, or its lines, leaving out blank ones. */
    static Units of(Document d, Unit unit) {
        String text = d.text();
        if (unit == Unit.SENTENCE) {
            List<Sentence> ss = d.contentSentences();
            int k = 0;
            int[] s = new int[ss.size()], e = new int[ss.size()], f = new int[ss.size()], l = new int[ss.size()];
            for (Sentence x : ss) {
                if (isBlank(text, x.start(), x.end())) continue;
                s[k] = x.start();
                e[k] = x.end();
                f[k] = x.firstLine();
                l[k] = x.lastLine();
                k++;
            }
            return new Units(d.id(), d.language(), Arrays.copyOf(s, k), Arrays.copyOf(e, k), Arrays.copyOf(f, k),
                    Arrays.copyOf(l, k), d, null, null);
        }
        int lines = text.isEmpty() ? 0 : d.lineCount();
        int k = 0;
        int[] s = new int[lines], e = new int[lines], f = new int[lines];
        for (int line = 1; line <= lines; line++) {
            int a = d.lineIndex().lineStart(line);
            int b = d.lineIndex().lineEnd(line);
            if (isBlank(text, a, b)) continue;
            s[k] = a;
            e[k] = b;
            f[k] = line;
            k++;
        }
        int[] fs = Arrays.copyOf(f, k);
        return new Units(d.id(), d.language(), Arrays.copyOf(s, k), Arrays.copyOf(e, k), fs, fs.clone(), d, null, null);
    }

    /** The units of a list of segments: the segments that are not blank, with their positions as lines. */
    static Units of(String doc, Language language, List<String> segments) {
        int all = segments.size();
        int[] s = new int[all], e = new int[all], f = new int[all], idx = new int[all];
        int offset = 0;
        int k = 0;
        for (int i = 0; i < all; i++) {
            final int index = i;
            String x = Objects.requireNonNull(segments.get(i), () -> doc + " segment " + index + " is null");
            if (!isBlank(x, 0, x.length())) {
                s[k] = offset;
                e[k] = offset + x.length();
                f[k] = i + 1;
                idx[k] = i;
                k++;
            }
            offset += x.length() + 1;
        }
        int[] fs = Arrays.copyOf(f, k);
        return new Units(doc, language, Arrays.copyOf(s, k), Arrays.copyOf(e, k), fs, fs.clone(), null, segments,
                Arrays.copyOf(idx, k));
    }

    /** The document, or null for segments. */
    Document document() { return document; }

    /** The text of unit {@code i}. */
    String text(int i) {
        return document != null ? document.text(start[i], end[i]) : segments.get(segment[i]);
    }

    /**
     * The text of units {@code [from, to)} as in the raw text, from the first unit's start to the last one's
     * end (segments joined by line breaks, blank ones between them included).
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= from <= to <= n}
     */
    String text(int from, int to) {
        Objects.checkFromToIndex(from, to, n);
        if (from == to) return "";
        if (document != null) return document.text(start[from], end[to - 1]);
        if (to - from == 1) return segments.get(segment[from]);
        return String.join("\n", segments.subList(segment[from], segment[to - 1] + 1));
    }

    /** The passage over units {@code [from, to)} (non-empty). */
    Passage passage(int index, int from, int to) {
        return new Passage(index, doc, language, firstLine[from], lastLine[to - 1], start[from], end[to - 1],
                text(from, to));
    }
}

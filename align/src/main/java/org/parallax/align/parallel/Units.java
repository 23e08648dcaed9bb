package org.parallax.align.parallel;

import org.parallax.align.Passage;
import org.parallax.core.Document;
import org.parallax.core.Language;
import org.parallax.core.Sentence;

import java.util.List;
import java.util.Objects;

/**
 * The units of one side of an alignment: offsets, lines and text of each unit, and passages over runs
 * of units. Either over a {@link Document} or over a list of segments (whose offsets are those of the
 * segments joined by line breaks, and whose lines are the 1-based positions in the list).
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

    private Units(String doc, Language language, int[] start, int[] end, int[] firstLine, int[] lastLine,
                  Document document, List<String> segments) {
        this.doc = doc;
        this.language = language;
        this.n = start.length;
        this.start = start;
        this.end = end;
        this.firstLine = firstLine;
        this.lastLine = lastLine;
        this.document = document;
        this.segments = segments;
    }

    /** The units of a document. */
    static Units of(Document d, Unit unit) {
        if (unit == Unit.SENTENCE) {
            List<Sentence> ss = d.contentSentences();
            int k = ss.size();
            int[] s = new int[k], e = new int[k], f = new int[k], l = new int[k];
            for (int i = 0; i < k; i++) {
                Sentence x = ss.get(i);
                s[i] = x.start();
                e[i] = x.end();
                f[i] = x.firstLine();
                l[i] = x.lastLine();
            }
            return new Units(d.id(), d.language(), s, e, f, l, d, null);
        }
        int lines = d.text().isEmpty() ? 0 : d.lineCount();
        int k = 0;
        int[] s = new int[lines], e = new int[lines], f = new int[lines];
        String text = d.text();
        for (int line = 1; line <= lines; line++) {
            int a = d.lineIndex().lineStart(line);
            int b = d.lineIndex().lineEnd(line);
            int x = a;
            while (x < b && Character.isWhitespace(text.charAt(x))) x++;
            if (x == b) continue;
            s[k] = a;
            e[k] = b;
            f[k] = line;
            k++;
        }
        int[] fs = java.util.Arrays.copyOf(f, k);
        return new Units(d.id(), d.language(), java.util.Arrays.copyOf(s, k), java.util.Arrays.copyOf(e, k), fs,
                fs.clone(), d, null);
    }

    /** The units of a list of segments. */
    static Units of(String doc, Language language, List<String> segments) {
        int k = segments.size();
        int[] s = new int[k], e = new int[k], f = new int[k];
        int offset = 0;
        for (int i = 0; i < k; i++) {
            final int index = i;
            String x = Objects.requireNonNull(segments.get(i), () -> doc + " segment " + index + " is null");
            s[i] = offset;
            e[i] = offset + x.length();
            f[i] = i + 1;
            offset = e[i] + 1;
        }
        return new Units(doc, language, s, e, f, f.clone(), null, segments);
    }

    /** The document, or null for segments. */
    Document document() { return document; }

    /** The segments, or null for a document. */
    List<String> segments() { return segments; }

    /** The text of unit {@code i}. */
    String text(int i) {
        return document != null ? document.text(start[i], end[i]) : segments.get(i);
    }

    /** The text of units {@code [from, to)} as in the raw text (segments joined by line breaks). */
    String text(int from, int to) {
        if (from >= to) return "";
        if (document != null) return document.text(start[from], end[to - 1]);
        if (to - from == 1) return segments.get(from);
        return String.join("\n", segments.subList(from, to));
    }

    /** The passage over units {@code [from, to)} (non-empty). */
    Passage passage(int index, int from, int to) {
        return new Passage(index, doc, language, firstLine[from], lastLine[to - 1], start[from], end[to - 1],
                text(from, to));
    }
}

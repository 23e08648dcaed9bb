package org.parallax.core.ingest;

import java.util.Arrays;

/**
 * Maps character offsets of a text to 1-based lines of the original file. Line breaks are LF, CRLF
 * and a lone CR, so offsets keep pointing at the right line whatever convention the file used.
 *
 * <pre>{@code
 * LineIndex idx = LineIndex.of("one\r\ntwo\nthree");
 * idx.lineOf(5);          // 2
 * idx.lineCount();        // 3
 * idx.lineStart(3);       // 9
 * }</pre>
 */
public final class LineIndex {
    private final int[] starts;      // start offset of each line
    private final int[] contentEnds; // end offset of each line without its line break
    private final int length;

    private LineIndex(int[] starts, int[] contentEnds, int length) {
        this.starts = starts;
        this.contentEnds = contentEnds;
        this.length = length;
    }

    /** Builds the index in one pass over the text. */
    public static LineIndex of(CharSequence text) {
        int n = text.length();
        int[] s = new int[16];
        int[] e = new int[16];
        int count = 0;
        int lineStart = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (count == s.length) { s = Arrays.copyOf(s, count * 2); e = Arrays.copyOf(e, count * 2); }
                s[count] = lineStart;
                e[count] = i;
                count++;
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
                lineStart = i + 1;
            }
        }
        if (lineStart < n || count == 0 || lineStart == n) {
            // the last line (possibly empty when the text ends with a line break: not counted then)
            if (lineStart < n || count == 0) {
                if (count == s.length) { s = Arrays.copyOf(s, count + 1); e = Arrays.copyOf(e, count + 1); }
                s[count] = lineStart;
                e[count] = n;
                count++;
            }
        }
        return new LineIndex(Arrays.copyOf(s, count), Arrays.copyOf(e, count), n);
    }

    /** Number of lines (a final line break does not start a new, empty line; an empty text has one line). */
    public int lineCount() { return starts.length; }

    /** 1-based line containing the character at {@code offset} (offsets past the end map to the last line). */
    public int lineOf(int offset) {
        if (offset <= 0) return 1;
        int i = Arrays.binarySearch(starts, offset);
        if (i >= 0) return i + 1;
        return -i - 1; // insertion point - 1 is the line index (0-based), +1 for 1-based
    }

    /**
     * 1-based first and last line of the span {@code [start, end)}; an empty span maps to the line of {@code start}.
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= start <= end <= }{@link #textLength()}, with the
     *                                   message {@link String#substring(int, int)} gives
     */
    public LineRange lines(int start, int end) {
        if (start < 0 || start > end || end > length) {
            throw new IndexOutOfBoundsException("begin " + start + ", end " + end + ", length " + length);
        }
        int first = lineOf(start);
        int last = end > start ? lineOf(end - 1) : first;
        return new LineRange(first, last);
    }

    /** Start offset of a 1-based line. @throws IndexOutOfBoundsException unless {@code 1 <= line <= lineCount()} */
    public int lineStart(int line) { return starts[check(line)]; }

    /** End offset of a 1-based line, excluding its line break. @throws IndexOutOfBoundsException as {@link #lineStart} */
    public int lineEnd(int line) { return contentEnds[check(line)]; }

    private int check(int line) {
        if (line < 1 || line > starts.length) {
            throw new IndexOutOfBoundsException("line " + line + " outside 1-" + starts.length);
        }
        return line - 1;
    }

    /** Length of the indexed text. */
    public int textLength() { return length; }

    /** A 1-based, inclusive range of lines. */
    public record LineRange(int first, int last) {
        /** Whether the range contains a line. */
        public boolean contains(int line) { return line >= first && line <= last; }

        @Override
        public String toString() { return first == last ? "line " + first : "lines " + first + "-" + last; }
    }
}

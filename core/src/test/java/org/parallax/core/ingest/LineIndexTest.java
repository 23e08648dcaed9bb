package org.parallax.core.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.core.TestSeeds;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineIndexTest {

    @Test
    void lf() {
        String t = "one\ntwo\nthree";
        LineIndex idx = LineIndex.of(t);
        assertEquals(3, idx.lineCount());
        assertEquals(0, idx.lineStart(1));
        assertEquals(3, idx.lineEnd(1));
        assertEquals(4, idx.lineStart(2));
        assertEquals(7, idx.lineEnd(2));
        assertEquals(8, idx.lineStart(3));
        assertEquals(13, idx.lineEnd(3));
        assertEquals(1, idx.lineOf(0));
        assertEquals(1, idx.lineOf(2));
        assertEquals(1, idx.lineOf(3), "the LF belongs to the line it ends");
        assertEquals(2, idx.lineOf(4));
        assertEquals(2, idx.lineOf(7));
        assertEquals(3, idx.lineOf(8));
        assertEquals(3, idx.lineOf(12));
        assertEquals(13, idx.textLength());
    }

    @Test
    void crlf() {
        // the example of the Javadoc
        String t = "one\r\ntwo\r\nthree";
        LineIndex idx = LineIndex.of(t);
        assertEquals(3, idx.lineCount());
        assertEquals(0, idx.lineStart(1));
        assertEquals(3, idx.lineEnd(1), "line end excludes the CR");
        assertEquals(5, idx.lineStart(2));
        assertEquals(8, idx.lineEnd(2));
        assertEquals(10, idx.lineStart(3));
        assertEquals(15, idx.lineEnd(3));
        assertEquals(1, idx.lineOf(3), "CR of CRLF");
        assertEquals(1, idx.lineOf(4), "LF of CRLF: still the first line");
        assertEquals(2, idx.lineOf(5));
        assertEquals(2, idx.lineOf(9));
        assertEquals(3, idx.lineOf(10));
    }

    @Test
    void loneCr() {
        String t = "a\rbb\rccc";
        LineIndex idx = LineIndex.of(t);
        assertEquals(3, idx.lineCount());
        assertEquals(2, idx.lineStart(2));
        assertEquals(4, idx.lineEnd(2));
        assertEquals(5, idx.lineStart(3));
        assertEquals(1, idx.lineOf(1));
        assertEquals(2, idx.lineOf(2));
        assertEquals(2, idx.lineOf(4));
        assertEquals(3, idx.lineOf(5));
    }

    @Test
    void mixedBreaksAndEmptyLines() {
        // "a" CRLF, "" CR, "b" LF, "" LF  -> lines: a | (empty) | b | (empty)
        String t = "a\r\n\rb\n\n";
        LineIndex idx = LineIndex.of(t);
        assertEquals(4, idx.lineCount());
        assertEquals(0, idx.lineStart(1));
        assertEquals(1, idx.lineEnd(1));
        assertEquals(3, idx.lineStart(2));
        assertEquals(3, idx.lineEnd(2));
        assertEquals(4, idx.lineStart(3));
        assertEquals(5, idx.lineEnd(3));
        assertEquals(6, idx.lineStart(4));
        assertEquals(6, idx.lineEnd(4));
        assertEquals(List.of(1, 1, 1, 2, 3, 3, 4), List.of(idx.lineOf(0), idx.lineOf(1), idx.lineOf(2), idx.lineOf(3),
                idx.lineOf(4), idx.lineOf(5), idx.lineOf(6)));
    }

    @Test
    void finalLineBreakDoesNotStartALine() {
        assertEquals(1, LineIndex.of("abc\n").lineCount());
        assertEquals(1, LineIndex.of("abc\r\n").lineCount());
        assertEquals(1, LineIndex.of("abc\r").lineCount());
        assertEquals(2, LineIndex.of("abc\n\n").lineCount());
        // offsets at or past the end map to the last line
        assertEquals(1, LineIndex.of("abc\n").lineOf(4));
        assertEquals(1, LineIndex.of("abc\n").lineOf(100));
    }

    @Test
    void noFinalLineBreak() {
        LineIndex idx = LineIndex.of("x\ny");
        assertEquals(2, idx.lineCount());
        assertEquals(2, idx.lineStart(2));
        assertEquals(3, idx.lineEnd(2));
        assertEquals(2, idx.lineOf(2));
        assertEquals(2, idx.lineOf(3), "the end offset maps to the last line");
    }

    @Test
    void emptyText() {
        LineIndex idx = LineIndex.of("");
        assertEquals(1, idx.lineCount());
        assertEquals(0, idx.lineStart(1));
        assertEquals(0, idx.lineEnd(1));
        assertEquals(1, idx.lineOf(0));
        assertEquals(new LineIndex.LineRange(1, 1), idx.lines(0, 0));
    }

    @Test
    void onlyLineBreaks() {
        assertEquals(1, LineIndex.of("\n").lineCount());
        assertEquals(2, LineIndex.of("\n\n").lineCount());
        assertEquals(2, LineIndex.of("\r\r\n").lineCount());
        assertEquals(2, LineIndex.of("\r\n\r\n").lineCount());
        assertEquals(2, LineIndex.of("\n\r").lineCount(), "LF then CR are two breaks, not one");
    }

    @Test
    void spansAndLinesOutsideTheTextAreRefused() {
        LineIndex idx = LineIndex.of("one\ntwo\nthree"); // 13 chars, 3 lines
        assertEquals("begin 5, end 1, length 13",
                assertThrows(IndexOutOfBoundsException.class, () -> idx.lines(5, 1)).getMessage());
        assertEquals("begin -1, end 5, length 13",
                assertThrows(IndexOutOfBoundsException.class, () -> idx.lines(-1, 5)).getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> idx.lines(0, 14));
        assertEquals(new LineIndex.LineRange(3, 3), idx.lines(13, 13), "the empty span at the end is legal");
        assertEquals("line 0 outside 1-3", assertThrows(IndexOutOfBoundsException.class, () -> idx.lineStart(0)).getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> idx.lineEnd(4));
        assertEquals(8, idx.lineStart(3));
    }

    @Test
    void lineRanges() {
        String t = "ab\ncd\r\nef\rgh";
        LineIndex idx = LineIndex.of(t);
        assertEquals(new LineIndex.LineRange(1, 1), idx.lines(0, 2));
        assertEquals(new LineIndex.LineRange(1, 1), idx.lines(0, 3), "a span ending with its LF stays on line 1");
        assertEquals(new LineIndex.LineRange(1, 2), idx.lines(1, 5));
        assertEquals(new LineIndex.LineRange(2, 4), idx.lines(3, t.length()));
        assertEquals(new LineIndex.LineRange(3, 3), idx.lines(7, 7), "empty span: the line of its start");
        assertTrue(idx.lines(3, 12).contains(3));
        assertFalse(idx.lines(3, 12).contains(1));
        assertEquals("lines 2-4", idx.lines(3, t.length()).toString());
        assertEquals("line 1", idx.lines(0, 1).toString());
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 2L, 3L, 42L, 20240229L})
    void lineOfEqualsNaiveCountOnRandomTexts(long seed) {
        Random r = new Random(seed);
        String[] breaks = {"\n", "\r\n", "\r"};
        for (int iter = 0; iter < 400; iter++) {
            StringBuilder sb = new StringBuilder();
            int parts = r.nextInt(12);
            for (int p = 0; p < parts; p++) {
                int len = r.nextInt(4); // empty lines too
                for (int k = 0; k < len; k++) sb.append((char) ('a' + r.nextInt(26)));
                if (r.nextInt(5) > 0) sb.append(breaks[r.nextInt(breaks.length)]);
            }
            String t = sb.toString();
            LineIndex idx = LineIndex.of(t);
            String what = "seed " + seed + " iteration " + iter + ": " + t.replace("\r", "\\r").replace("\n", "\\n");

            // line count: as many lines as String.lines() finds (which also treats LF, CRLF, CR alike and
            // does not count a final line break), and one for the empty text
            int expectedLines = t.isEmpty() ? 1 : (int) t.lines().count();
            assertEquals(expectedLines, idx.lineCount(), what);

            for (int o = 0; o < t.length(); o++) {
                assertEquals(TestSeeds.naiveLine(t, o), idx.lineOf(o), what + " offset " + o);
            }
            assertEquals(Math.min(TestSeeds.naiveLine(t, t.length()), idx.lineCount()), idx.lineOf(t.length()), what);

            // every line's content is the text between its start and end, without breaks
            List<String> lines = t.lines().toList();
            for (int l = 1; l <= idx.lineCount(); l++) {
                String content = t.substring(idx.lineStart(l), idx.lineEnd(l));
                assertEquals(t.isEmpty() ? "" : lines.get(l - 1), content, what + " line " + l);
                if (idx.lineStart(l) < t.length()) assertEquals(l, idx.lineOf(idx.lineStart(l)), what + " start of line " + l);
            }
        }
    }
}

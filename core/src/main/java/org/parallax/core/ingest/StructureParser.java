package org.parallax.core.ingest;

import org.parallax.core.BlockKind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Finds the structure of a plain-text document in one pass over its lines: headings (wiki
 * {@code = … =} levels, Markdown {@code #}, a short first line as the title, and short lines without
 * terminal punctuation between paragraphs, as in essays), list items (bullets, numbers) and paragraphs
 * (one per line, or several lines joined when the text is hard-wrapped mid-sentence).
 *
 * <p>Memory is proportional to the number of blocks, never to the length of a line: a 100 MB line is
 * one paragraph found in one linear scan.
 *
 * <pre>{@code
 * List<BlockDraft> blocks = StructureParser.standard().parse(text, LineIndex.of(text));
 * }</pre>
 */
public final class StructureParser {
    /** Longest line (in characters) that may be read as a heading. */
    public static final int MAX_HEADING_CHARS = 80;
    /** Most words a plain heading may have. */
    public static final int MAX_HEADING_WORDS = 12;

    private final BoilerplateDetector boilerplate;

    private StructureParser(BoilerplateDetector boilerplate) {
        this.boilerplate = boilerplate;
    }

    /** The standard parser (consults the standard boilerplate patterns so that "Skip to main content" is never a heading). */
    public static StructureParser standard() {
        return new StructureParser(BoilerplateDetector.standard());
    }

    /** A parser consulting the given boilerplate patterns. */
    public static StructureParser using(BoilerplateDetector boilerplate) {
        return new StructureParser(boilerplate);
    }

    private enum Kind { BLANK, WIKI, MARKDOWN, BULLET, NUMBER, TEXT }

    /** Parses the text into blocks. */
    public List<BlockDraft> parse(CharSequence text, LineIndex lines) {
        return parse(text, lines, null);
    }

    /**
     * Parses the text into blocks; {@code title} (may be null) is the document's title from its
     * metadata: a first line that repeats it is the title heading.
     */
    public List<BlockDraft> parse(CharSequence text, LineIndex lines, String title) {
        int n = lines.lineCount();
        Kind[] kinds = new Kind[n];
        int[] cs = new int[n]; // content start
        int[] ce = new int[n]; // content end
        int[] level = new int[n];
        for (int l = 0; l < n; l++) classify(text, lines.lineStart(l + 1), lines.lineEnd(l + 1), l, kinds, cs, ce, level);

        List<BlockDraft> out = new ArrayList<>();
        int l = 0;
        int firstText = -1;
        for (int k = 0; k < n; k++) if (kinds[k] != Kind.BLANK) { firstText = k; break; }
        while (l < n) {
            Kind k = kinds[l];
            switch (k) {
                case BLANK -> l++;
                case WIKI, MARKDOWN -> {
                    out.add(new BlockDraft(BlockKind.HEADING, level[l], cs[l], ce[l], l + 1, l + 1,
                            k == Kind.WIKI ? "wiki" : "markdown"));
                    l++;
                }
                case BULLET, NUMBER -> {
                    out.add(new BlockDraft(BlockKind.LIST_ITEM, 0, cs[l], ce[l], l + 1, l + 1,
                            k == Kind.BULLET ? "bullet" : "number"));
                    l++;
                }
                case TEXT -> {
                    int first = l;
                    int last = l;
                    while (last + 1 < n && kinds[last + 1] == Kind.TEXT && joins(text, cs[last], ce[last], cs[last + 1], ce[last + 1])) {
                        last++;
                    }
                    BlockKind bk = BlockKind.PARAGRAPH;
                    int lev = 0;
                    String markup = "text";
                    if (first == last) {
                        int next = nextNonBlank(kinds, last + 1);
                        int prev = prevNonBlank(kinds, first - 1);
                        if (first == firstText && isTitleLine(text, cs[l], ce[l], next, kinds, cs, ce, title)) {
                            bk = BlockKind.HEADING;
                            lev = 1;
                            markup = "title";
                        } else if (isPlainHeading(text, cs[l], ce[l], prev, next, kinds, cs, ce)) {
                            bk = BlockKind.HEADING;
                            lev = 2;
                            markup = "plain";
                        }
                    }
                    out.add(new BlockDraft(bk, lev, cs[first], ce[last], first + 1, last + 1, markup));
                    l = last + 1;
                }
                default -> throw new IllegalStateException(k.toString());
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static int nextNonBlank(Kind[] kinds, int from) {
        for (int i = from; i < kinds.length; i++) if (kinds[i] != Kind.BLANK) return i;
        return -1;
    }

    private static int prevNonBlank(Kind[] kinds, int from) {
        for (int i = from; i >= 0; i--) if (kinds[i] != Kind.BLANK) return i;
        return -1;
    }

    private void classify(CharSequence t, int ls, int le, int l, Kind[] kinds, int[] cs, int[] ce, int[] level) {
        int s = ls;
        int e = le;
        while (s < e && isBlankChar(t.charAt(s))) s++;
        while (e > s && isBlankChar(t.charAt(e - 1))) e--;
        cs[l] = s;
        ce[l] = e;
        if (s == e) { kinds[l] = Kind.BLANK; return; }
        char c = t.charAt(s);
        if (c == '=' && e - s <= 400) {
            int a = s;
            while (a < e && t.charAt(a) == '=') a++;
            int b = e;
            while (b > a && t.charAt(b - 1) == '=') b--;
            int open = a - s;
            int close = e - b;
            if (open == close && open <= 6 && b > a) {
                int is = a;
                int ie = b;
                while (is < ie && isBlankChar(t.charAt(is))) is++;
                while (ie > is && isBlankChar(t.charAt(ie - 1))) ie--;
                if (ie > is) {
                    kinds[l] = Kind.WIKI; cs[l] = is; ce[l] = ie; level[l] = open;
                    return;
                }
            }
        }
        if (c == '#') {
            int a = s;
            while (a < e && t.charAt(a) == '#') a++;
            if (a - s <= 6 && a < e && t.charAt(a) == ' ') {
                int is = a;
                while (is < e && isBlankChar(t.charAt(is))) is++;
                int ie = e;
                while (ie > is && t.charAt(ie - 1) == '#') ie--;
                while (ie > is && isBlankChar(t.charAt(ie - 1))) ie--;
                if (ie > is) {
                    kinds[l] = Kind.MARKDOWN; cs[l] = is; ce[l] = ie; level[l] = a - s;
                    return;
                }
            }
        }
        if (isBullet(c) && s + 1 < e && isBlankChar(t.charAt(s + 1))) {
            int is = s + 1;
            while (is < e && isBlankChar(t.charAt(is))) is++;
            if (is < e) {
                kinds[l] = Kind.BULLET; cs[l] = is;
                return;
            }
        }
        // numbered items: "1. ", "12) ", "a) "
        int d = s;
        while (d < e && d - s < 3 && Character.isDigit(t.charAt(d))) d++;
        boolean numbered = d > s && d + 1 < e && (t.charAt(d) == '.' || t.charAt(d) == ')') && isBlankChar(t.charAt(d + 1));
        boolean lettered = !numbered && s + 2 < e && Character.isLowerCase(c) && t.charAt(s + 1) == ')' && isBlankChar(t.charAt(s + 2));
        if (numbered || lettered) {
            int is = numbered ? d + 2 : s + 3;
            while (is < e && isBlankChar(t.charAt(is))) is++;
            if (is < e) {
                kinds[l] = Kind.NUMBER; cs[l] = is;
                return;
            }
        }
        kinds[l] = Kind.TEXT;
    }

    /** Whether a text line continues the paragraph of the line before it (hard-wrapped text). */
    private static boolean joins(CharSequence t, int ps, int pe, int s, int e) {
        if (endsSentence(t, ps, pe)) return false;
        char first = t.charAt(s);
        if (Character.isLowerCase(first)) return true;
        // a long line that stops mid-sentence continues on the next line
        if (pe - ps >= 60) return true;
        // so does a sentence of more than three words cut after a lower-case word or a comma before a line
        // that starts with a digit ("... si aprì il 25 febbraio" / "1956 con Krusciov ...")
        char last = t.charAt(pe - 1);
        return Character.isDigit(first) && (Character.isLowerCase(last) || last == ',') && words(t, ps, pe) > 3;
    }

    private boolean isTitleLine(CharSequence t, int s, int e, int next, Kind[] kinds, int[] cs, int[] ce, String title) {
        if (e - s > MAX_HEADING_CHARS || words(t, s, e) > 8) return false;
        if (!Character.isUpperCase(t.charAt(s)) && !Character.isDigit(t.charAt(s))) return false;
        String line = t.subSequence(s, e).toString();
        if (boilerplate.isBoilerplateLine(line)) return false;
        if (next < 0 || kinds[next] != Kind.TEXT) return false;
        // the title from the metadata, or a one-word sentence ("Destalinisatie.") before running text
        boolean repeatsTitle = title != null && !title.isBlank() && key(line).equals(key(title));
        char last = t.charAt(e - 1);
        boolean oneWordSentence = last == '.' && countChar(t, s, e - 1, '.') == 0 && words(t, s, e) == 1;
        return (repeatsTitle || oneWordSentence) && isRunningText(t, cs[next], ce[next], e - s);
    }

    private static String key(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    private boolean isPlainHeading(CharSequence t, int s, int e, int prev, int next, Kind[] kinds, int[] cs, int[] ce) {
        if (e - s > MAX_HEADING_CHARS || words(t, s, e) > MAX_HEADING_WORDS) return false;
        char first = t.charAt(s);
        if (!Character.isUpperCase(first) && !Character.isDigit(first)) return false;
        if (isTerminalOrSeparator(t.charAt(e - 1))) return false;
        if (next < 0 || kinds[next] != Kind.TEXT) return false;
        if (!isRunningText(t, cs[next], ce[next], e - s)) return false;
        // headings stand between paragraphs: the line before is absent, a heading, or ends a sentence
        if (prev >= 0 && kinds[prev] == Kind.TEXT && !endsSentence(t, cs[prev], ce[prev])) return false;
        return !boilerplate.isBoilerplateLine(t.subSequence(s, e).toString());
    }

    /** Running text: clearly longer than the candidate heading and ending a sentence (or long). */
    private static boolean isRunningText(CharSequence t, int s, int e, int headingLength) {
        int len = e - s;
        return len > Math.max(2 * headingLength, 40) && (endsSentence(t, s, e) || len >= 200);
    }

    private static boolean endsSentence(CharSequence t, int s, int e) {
        int i = e - 1;
        while (i >= s && isCloser(t.charAt(i))) i--;
        if (i < s) return false;
        char c = t.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == '\u00BB' || c == ')' || c == ']';
    }

    private static boolean isTerminalOrSeparator(char c) {
        return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == ',' || c == '\u2026';
    }

    private static int words(CharSequence t, int s, int e) {
        int w = 0;
        boolean in = false;
        for (int i = s; i < e; i++) {
            boolean sp = isBlankChar(t.charAt(i));
            if (!sp && !in) w++;
            in = !sp;
        }
        return w;
    }

    private static int countChar(CharSequence t, int s, int e, char c) {
        int k = 0;
        for (int i = s; i < e; i++) if (t.charAt(i) == c) k++;
        return k;
    }

    private static boolean isBullet(char c) {
        return c == '-' || c == '*' || c == '\u2022' || c == '\u2023' || c == '\u25E6' || c == '\u25AA' || c == '\u25CF'
                || c == '\u00B7' || c == '\u2013' || c == '\u2014' || c == '+';
    }

    private static boolean isBlankChar(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B' || c == '\uFEFF'
                || c == '\f' || c == '\u000B' || (c > 0x7F && Character.isWhitespace(c));
    }
}

package org.parallax.core.ingest;

import java.util.Locale;
import java.util.Optional;

/**
 * Tells whether a text read as plain text is in fact HTML or XML markup, whose tags would be analysed as
 * words ({@code p}, {@code html}, {@code body} topping the frequency list). Parallax reads plain text and
 * never strips markup (offsets point into the file as it is); the loader only warns
 * ({@link org.parallax.core.Corpus#warnings()}).
 *
 * <p>A text is markup when
 * <ol>
 *   <li>its first characters other than white space open a markup document: {@code <!DOCTYPE},
 *       {@code <html} or {@code <?xml} (in any case); or</li>
 *   <li>it holds at least {@value #MIN_TAGS} tags and at least one tag for every {@value #WORDS_PER_TAG}
 *       words (runs of non-space characters): a page of {@code <p>…</p>} paragraphs or a text with a
 *       {@code <br>} on every line is, prose that mentions a tag or two, or writes {@code a<b} or
 *       {@code x < y}, is not.</li>
 * </ol>
 * A tag is {@code <name>}, {@code </name>}, {@code <name/>} or {@code <name attributes…>} on one line, with a
 * name of ASCII letters, digits, {@code -}, {@code _}, {@code :} starting with a letter, or a comment
 * {@code <!-- … -->}, a declaration {@code <!…>} or a processing instruction {@code <?…?>}.
 *
 * <pre>{@code
 * MarkupDetector.detect("<!DOCTYPE html><html><body><p>Hi</p></body></html>");
 *     // Optional[Markup[firstTag=0, tags=7, words=1, declared=true]]
 * MarkupDetector.detect("If a<b and b<c then a<c.");   // Optional.empty
 * }</pre>
 */
public final class MarkupDetector {
    /** The fewest tags for a text that does not start with a markup declaration to count as markup. */
    public static final int MIN_TAGS = 5;
    /** At most this many words per tag in a text that counts as markup. */
    public static final int WORDS_PER_TAG = 100;
    /** Longest tag looked at, in characters (a longer {@code <…>} is not counted). */
    private static final int MAX_TAG = 2000;

    private MarkupDetector() {}

    /**
     * What was found in a text that looks like markup.
     *
     * @param firstTag offset of its first tag (of the declaration when {@code declared})
     * @param tags     number of tags
     * @param words    number of runs of non-space characters outside tags
     * @param declared whether the text starts with {@code <!DOCTYPE}, {@code <html} or {@code <?xml}
     */
    public record Markup(int firstTag, int tags, int words, boolean declared) {
        /**
         * The warning for a file: where the first tag is, why the text counts as markup and what to do.
         * {@code page.txt: line 1: looks like HTML or XML markup, not plain text (it starts with <!DOCTYPE html>;
         * 23 tags, 61 words): its tags are analysed as words; convert it to plain text first}
         *
         * @param file  the file's name as it should appear
         * @param text  the text the markup was found in
         * @param lines its line index
         */
        public String warning(String file, CharSequence text, LineIndex lines) {
            int end = tagEnd(text, firstTag);
            String tag = end > 0 ? text.subSequence(firstTag, Math.min(end, firstTag + 40)).toString() : "<";
            if (end > firstTag + 40) tag += "…";
            String why = (declared ? "it starts with " : "the first tag is ") + tag + "; " + tags + (tags == 1 ? " tag, " : " tags, ")
                    + words + (words == 1 ? " word" : " words") + " outside tags";
            return file + ": line " + lines.lineOf(firstTag) + ": looks like HTML or XML markup, not plain text (" + why
                    + "): its tags are analysed as words; convert it to plain text first (e.g. pandoc -t plain, lynx -dump)";
        }
    }

    /** The markup found in a text, or empty when it reads as plain text (see the class comment). */
    public static Optional<Markup> detect(CharSequence text) {
        int n = text.length();
        int firstTag = -1;
        int tags = 0;
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            if (c == '<') {
                int end = tagEnd(text, i);
                if (end > 0) {
                    if (firstTag < 0) firstTag = i;
                    tags++;
                    inWord = false;
                    i = end;
                    continue;
                }
            }
            boolean space = Character.isWhitespace(c);
            if (!space && !inWord) words++;
            inWord = !space;
            i++;
        }
        boolean declared = declared(text);
        if (declared || (tags >= MIN_TAGS && (long) tags * WORDS_PER_TAG >= words)) {
            return Optional.of(new Markup(declared ? start(text) : firstTag, tags, words, declared));
        }
        return Optional.empty();
    }

    /** The end (exclusive) of the tag that starts at {@code i} (a {@code '<'}), or -1 when none does. */
    static int tagEnd(CharSequence s, int i) {
        int n = s.length();
        int limit = Math.min(n, i + MAX_TAG);
        if (startsWith(s, i, "<!--")) {
            for (int k = i + 4; k + 2 < limit; k++) {
                if (s.charAt(k) == '-' && s.charAt(k + 1) == '-' && s.charAt(k + 2) == '>') return k + 3;
            }
            return -1;
        }
        int k = i + 1;
        if (k >= n) return -1;
        char c = s.charAt(k);
        if (c == '!' || c == '?') {
            if (k + 1 >= n || !isAsciiLetter(s.charAt(k + 1))) return -1;
            return closeOnLine(s, k + 1, limit);
        }
        if (c == '/') k++;
        if (k >= n || !isAsciiLetter(s.charAt(k))) return -1;
        k++;
        while (k < n && isNameChar(s.charAt(k))) k++;
        if (k >= n) return -1;
        c = s.charAt(k);
        if (c == '>') return k + 1;
        if (c == '/') return k + 1 < n && s.charAt(k + 1) == '>' ? k + 2 : -1;
        if (c != ' ' && c != '\t') return -1;
        return closeOnLine(s, k, limit);
    }

    /** The position after the first {@code '>'} from {@code k} on the same line, with no {@code '<'} before it; -1 if none. */
    private static int closeOnLine(CharSequence s, int k, int limit) {
        for (; k < limit; k++) {
            char c = s.charAt(k);
            if (c == '>') return k + 1;
            if (c == '<' || c == '\n' || c == '\r') return -1;
        }
        return -1;
    }

    private static boolean declared(CharSequence s) {
        int i = start(s);
        String head = s.subSequence(i, Math.min(s.length(), i + 9)).toString().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype") || head.startsWith("<?xml") || head.startsWith("<html")
                && (head.length() == 5 || head.charAt(5) == '>' || Character.isWhitespace(head.charAt(5)));
    }

    /** The offset of the first character other than white space or a byte-order mark. */
    private static int start(CharSequence s) {
        int i = 0;
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\uFEFF')) i++;
        return i;
    }

    private static boolean startsWith(CharSequence s, int i, String prefix) {
        if (i + prefix.length() > s.length()) return false;
        for (int k = 0; k < prefix.length(); k++) if (s.charAt(i + k) != prefix.charAt(k)) return false;
        return true;
    }

    private static boolean isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

    private static boolean isNameChar(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == ':';
    }
}

package org.parallax.align;

import org.parallax.core.Language;

/**
 * A stretch of a document that the aligner links: a paragraph, a sentence, a window of sentences, a
 * line of the file, or a bead of a parallel alignment. Lines are 1-based lines of the original file,
 * offsets are character offsets into the document's raw text.
 *
 * <pre>{@code
 * Passage p = links.get(0).source();
 * p.doc(); p.firstLine(); p.lastLine(); p.text();
 * }</pre>
 *
 * @param index     position of the passage among the aligner's passages (0-based)
 * @param doc       document id
 * @param language  language of the passage
 * @param firstLine first line (1-based, inclusive)
 * @param lastLine  last line (inclusive)
 * @param start     offset of the first character of the passage's text, on {@code firstLine}
 * @param end       offset after its last character (the character before it is on {@code lastLine})
 * @param text      the passage's text: the raw text from {@code start} to {@code end}, so exactly the lines
 *                  {@code firstLine}–{@code lastLine} (a paragraph passage with the blank lines and headings
 *                  before it, heading markup included)
 */
public record Passage(int index, String doc, Language language, int firstLine, int lastLine, int start, int end,
                      String text) {

    /** Whether the passage covers a line. */
    public boolean covers(int line) { return line >= firstLine && line <= lastLine; }

    /** "doc:first-last". */
    public String label() {
        return doc + ":" + (firstLine == lastLine ? String.valueOf(firstLine) : firstLine + "-" + lastLine);
    }

    /** The first characters of the text, on one line. */
    public String preview(int max) {
        String t = text.replace('\n', ' ').replace('\r', ' ').strip();
        return t.length() <= max ? t : t.substring(0, Math.max(1, max - 1)) + "…";
    }

    @Override
    public String toString() { return label() + " \"" + preview(60) + "\""; }
}

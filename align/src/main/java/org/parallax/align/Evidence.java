package org.parallax.align;

import org.parallax.core.anchor.AnchorType;

/**
 * Why two passages are linked: one anchor they share, with its text on both sides and its contribution
 * to the score.
 *
 * <pre>{@code
 * for (Evidence e : link.evidence()) System.out.println(e); // time 1956-02-25 "il 25 febbraio 1956" ~ "25 February 1956"
 * }</pre>
 *
 * @param type       anchor type ({@code null} for lexical evidence such as a shared stem or a length match)
 * @param value      the shared value (TIMEX3 value, cluster or concept id, stem ...)
 * @param sourceText the text of the anchor in the source passage
 * @param targetText the text of the anchor in the target passage
 * @param weight     its contribution to the score
 * @param sourceFromHeading whether the source text is quoted from a heading of the source passage's section
 *                   (or of an enclosing one) rather than from the passage's own content: heading anchors are
 *                   features of the passages under them, and such a heading may lie outside the passage
 * @param targetFromHeading the same for the target text
 */
public record Evidence(AnchorType type, String value, String sourceText, String targetText, double weight,
                       boolean sourceFromHeading, boolean targetFromHeading) {
    /** Evidence quoted from the passages' own content on both sides. */
    public Evidence(AnchorType type, String value, String sourceText, String targetText, double weight) {
        this(type, value, sourceText, targetText, weight, false, false);
    }

    /** The marker of a text quoted from a heading in the TSV evidence column and in {@link #toString()}. */
    public static final String HEADING = "(heading) ";

    /** The label used in TSV output: "type:value". */
    public String key() { return (type == null ? "lexical" : type.label()) + ":" + value; }

    /**
     * Compact text for the TSV evidence column: {@code type:value "source" ~ "target"}, each line break of the
     * two texts ({@code \r\n}, {@code \r} or {@code \n}: an anchor across a wrapped line) folded to a space; a
     * text quoted from a heading is preceded by {@code (heading)}: {@code concept:x (heading) "Title" ~ "text"}.
     */
    public String compact() {
        return key() + " " + quotes();
    }

    private String quotes() {
        return (sourceFromHeading ? HEADING : "") + "\"" + oneLine(sourceText) + "\" ~ "
                + (targetFromHeading ? HEADING : "") + "\"" + oneLine(targetText) + "\"";
    }

    /** {@code type value "source" ~ "target"} on one line (line breaks folded to a space). */
    @Override
    public String toString() { return String.format("%-8s %-26s %s", type == null ? "lexical" : type.label(), value, quotes()); }

    /** The text with every line break ({@code \r\n}, {@code \r}, {@code \n}) replaced by one space. */
    static String oneLine(String text) {
        if (text.indexOf('\r') < 0) return text.replace('\n', ' ');
        return text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
    }
}

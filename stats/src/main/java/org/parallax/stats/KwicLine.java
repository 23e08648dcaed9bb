package org.parallax.stats;

import java.util.Objects;

/**
 * One hit of a {@link Concordance}: where the node is, the node exactly as written, and its left and
 * right context.
 *
 * <pre>{@code
 * Corpus seeds = Corpus.seeds();
 * KwicLine l = Concordance.search(seeds, ConcordanceQuery.word("Krusciov")).lines().get(0);
 * l.doc();    // "it-destalinizzazione"
 * l.line();   // 1
 * l.node();   // "Krusciov"
 * l.left();   // "il processo iniziato da Nikita " (5 words, with the space before the node)
 * l.right();  // ", in seguito alla morte dell'" (5 words: "dell'" is a token)
 * seeds.document(l.doc()).text().substring(l.start(), l.end()).equals(l.node()); // always true
 * }</pre>
 *
 * <p>With a token context, {@code left} and {@code right} are the raw text between token offsets,
 * spacing, punctuation and line breaks exactly as written, so {@code left + node + right} is a
 * substring of the document; with a character context, whitespace runs are shown as one space.
 *
 * @param doc        document id
 * @param line       1-based line of the node's first character
 * @param sentence   0-based index of the node's sentence in {@link org.parallax.core.Document#sentences()}
 * @param start      offset of the node's first character in the raw text
 * @param end        offset after the node's last character
 * @param left       context to the left of the node
 * @param node       the node exactly as in the raw text
 * @param right      context to the right of the node
 * @param firstToken index of the node's first token in the document's token table
 * @param endToken   index after the node's last token
 */
public record KwicLine(String doc, int line, int sentence, int start, int end, String left, String node, String right,
                       int firstToken, int endToken) {
    /** Validates. */
    public KwicLine {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(right, "right");
        if (start > end || firstToken >= endToken) throw new IllegalArgumentException("empty node");
    }

    /** Number of tokens in the node (gaps included). */
    public int tokens() { return endToken - firstToken; }

    /** {@code doc:line  left[node]right} on one line, whitespace runs shown as one space. */
    @Override
    public String toString() {
        return doc + ":" + line + "  " + Concordance.display(left) + "[" + Concordance.display(node) + "]"
                + Concordance.display(right);
    }
}

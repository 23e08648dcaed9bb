package org.parallax.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A token with every layer a corpus tool needs and exact offsets: {@code text.substring(start, end)}
 * is always {@link #surface()}.
 *
 * <pre>{@code
 * Token t = Corpus.seeds().document("en-wikipedia").tokens().get(0); // the title
 * t.surface();  // "De-Stalinization"
 * t.norm();     // "de-stalinization"
 * t.stem();     // "de-stalin"
 * t.parts();    // [De, Stalinization]
 * }</pre>
 *
 * @param index      0-based position among the document's tokens
 * @param surface    the text as written
 * @param norm       normalized form: NFKC, case-folded, typographic quotes, apostrophes and dashes unified
 * @param stem       Snowball stem of the language (the norm for non-words and unsupported languages)
 * @param lemma      dictionary lemma where known (a stopword's in lower case), otherwise the norm (the surface for
 *                   an unknown capitalized word, unless the document writes it in lower case and the capital
 *                   only starts a sentence or a title-case heading)
 * @param upos       Universal POS tag guessed from the morphological dictionary, or {@code null}
 * @param type       word, number, punctuation or symbol
 * @param stopword   whether the norm is on the language's stopword list
 * @param spaceAfter whether whitespace follows the token
 * @param start      offset of the first character in the raw text
 * @param end        offset after the last character
 * @param sentence   index of the sentence
 * @param block      index of the block
 * @param line       1-based line of the token's first character
 * @param boilerplate whether the token is in a boilerplate block
 * @param value      numeric value of a number token (a range's first number), NaN otherwise
 */
public record Token(int index, String surface, String norm, String stem, String lemma, String upos,
                    TokenType type, boolean stopword, boolean spaceAfter, int start, int end,
                    int sentence, int block, int line, boolean boilerplate, double value) {

    /** Whether this is a word. */
    public boolean isWord() { return type == TokenType.WORD; }

    /** Whether this is a number. */
    public boolean isNumber() { return type == TokenType.NUMBER; }

    /**
     * The parts of a hyphenated or dashed token ({@code Marxism-Leninism} &rarr; {@code [Marxism, Leninism]},
     * {@code 1954–55} &rarr; {@code [1954, 55]}); a one-element list for other tokens. Unmodifiable.
     */
    public List<String> parts() { return parts(surface); }

    /** Splits a surface form at internal hyphens and dashes (an unmodifiable list). */
    public static List<String> parts(String surface) {
        List<String> out = new ArrayList<>(2);
        int from = 0;
        for (int i = 1; i < surface.length() - 1; i++) {
            if (isJoiner(surface.charAt(i))) {
                if (i > from) out.add(surface.substring(from, i));
                from = i + 1;
            }
        }
        out.add(surface.substring(from));
        return Collections.unmodifiableList(out);
    }

    /** Characters that join the parts of a compound token: hyphen-minus, hyphens and dashes. */
    public static boolean isJoiner(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014';
    }

    @Override
    public String toString() {
        return String.format("%s[%d-%d] %s norm=%s stem=%s lemma=%s%s", surface, start, end, type.label(), norm, stem,
                lemma, stopword ? " stop" : "");
    }
}

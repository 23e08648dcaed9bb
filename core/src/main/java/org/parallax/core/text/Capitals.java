package org.parallax.core.text;

/**
 * Words and lines written in capitals. A word is <em>written in capitals</em> when it has two or more
 * letters and every letter is an upper-case letter ({@code KGB}, {@code CAT}, {@code DE-STALINIZATION},
 * {@code COVID-19}; not {@code A}, {@code I}, {@code Stalin}, {@code 3D}, nor a word of letters without case).
 * A line is <em>written in capitals</em> (shouted) when it has letters and none of them is lower case; such
 * a line says nothing about which of its words are names, so {@link TextAnalyzer} reads its words in
 * lower case when it is a heading or holds two or more words ({@link #isShoutedLine}).
 *
 * <pre>{@code
 * Capitals.isWrittenInCapitals("KGB", 0, 3);           // true
 * Capitals.isWrittenInCapitals("Stalin", 0, 6);        // false
 * Capitals.isShoutedLine("THE CAT RETURNS", 0, 15, false); // true: two or more words, no lower case
 * Capitals.isShoutedLine("NATO", 0, 4, false);         // false: one word, not a heading
 * Capitals.isShoutedLine("NATO", 0, 4, true);          // true: a heading
 * }</pre>
 */
public final class Capitals {
    private Capitals() {}

    /** Whether {@code s[from, to)} is a word written in capitals: two or more letters, all upper case. */
    public static boolean isWrittenInCapitals(CharSequence s, int from, int to) {
        int letters = 0;
        for (int i = from; i < to; ) {
            int cp = Character.codePointAt(s, i);
            if (Character.isLetter(cp)) {
                if (!Character.isUpperCase(cp)) return false;
                letters++;
            }
            i += Character.charCount(cp);
        }
        return letters >= 2;
    }

    /** As {@link #isWrittenInCapitals(CharSequence, int, int)} on the whole string. */
    public static boolean isWrittenInCapitals(CharSequence s) { return isWrittenInCapitals(s, 0, s.length()); }

    /**
     * Whether {@code s[from, to)}, one line (or the part of a line inside a block), is shouted: it has no
     * lower-case letter, at least one upper-case letter, and is a heading ({@code heading}) or holds two or
     * more words (runs of non-space characters with a letter). A line of one word in capitals that is not a
     * heading is more likely an acronym ({@code NATO}) than a shouted word.
     */
    public static boolean isShoutedLine(CharSequence s, int from, int to, boolean heading) {
        int words = 0;
        boolean inWord = false;
        boolean wordHasLetter = false;
        boolean upper = false;
        for (int i = from; i < to; ) {
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            if (Character.isLowerCase(cp)) return false;
            if (Character.isWhitespace(cp)) {
                if (inWord && wordHasLetter) words++;
                inWord = false;
                wordHasLetter = false;
                continue;
            }
            inWord = true;
            if (Character.isLetter(cp)) {
                wordHasLetter = true;
                if (Character.isUpperCase(cp)) upper = true;
            }
        }
        if (inWord && wordHasLetter) words++;
        return upper && (heading || words >= 2);
    }
}

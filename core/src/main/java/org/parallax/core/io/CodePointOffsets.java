package org.parallax.core.io;

/**
 * Converts offsets in Java {@code char}s (UTF-16 code units, as every offset of the library is) into
 * offsets in Unicode code points (as Python's {@code str}, spaCy and most tools outside the JVM count),
 * for offsets visited in ascending order: each call costs only the characters since the previous one.
 * The two differ only after a character outside the Basic Multilingual Plane (an emoji, 𝔐, some CJK
 * ideographs), which takes two {@code char}s but is one code point.
 *
 * <pre>{@code
 * CodePointOffsets cp = new CodePointOffsets("a😀b");
 * cp.of(3); // 2: "b" is the third code point
 * }</pre>
 *
 * <p>Not thread-safe (one per pass over a text).
 */
final class CodePointOffsets {
    private final String text;
    private final boolean bmpOnly;
    private int charAt;
    private int cpAt;

    CodePointOffsets(String text) {
        this.text = text;
        boolean bmp = true;
        for (int i = 0; i < text.length() && bmp; i++) bmp = !Character.isSurrogate(text.charAt(i));
        this.bmpOnly = bmp;
    }

    /** Whether every offset is the same in both units (no supplementary character in the text). */
    boolean identity() { return bmpOnly; }

    /** The code point offset of a char offset (ascending calls are linear overall; a step back restarts). */
    int of(int charOffset) {
        if (bmpOnly) return charOffset;
        if (charOffset < charAt) {
            charAt = 0;
            cpAt = 0;
        }
        cpAt += text.codePointCount(charAt, charOffset);
        charAt = charOffset;
        return cpAt;
    }
}

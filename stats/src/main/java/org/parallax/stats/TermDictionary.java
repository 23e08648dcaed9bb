package org.parallax.stats;

import java.util.Arrays;

/**
 * Interns terms (strings) to dense int ids with an open-addressing hash table over primitive arrays:
 * the vocabulary of counting code, so that frequency tables are {@code int[]}/{@code long[]} indexed by
 * id instead of maps of boxed integers.
 *
 * <pre>{@code
 * TermDictionary d = new TermDictionary();
 * int id = d.add("stalin");   // 0
 * d.id("stalin");             // 0
 * d.term(0);                  // "stalin"
 * d.id("lenin");              // -1
 * }</pre>
 *
 * <p>Not thread-safe while terms are added; safe to read from several threads afterwards.
 */
public final class TermDictionary {
    private String[] terms = new String[64];
    private int[] table = new int[128]; // id + 1, 0 = empty
    private int size;

    /** An empty dictionary. */
    public TermDictionary() {}

    /** Number of terms. */
    public int size() { return size; }

    /** The size and the first terms, e.g. {@code TermDictionary: 3 terms [stalin, died, in]}. */
    @Override
    public String toString() {
        int shown = Math.min(size, 10);
        return "TermDictionary: " + size + (size == 1 ? " term " : " terms ") + "[" + String.join(", ", Arrays.asList(terms).subList(0, shown))
                + (size > shown ? ", ..." : "") + "]";
    }

    /** The term of an id. */
    public String term(int id) {
        if (id < 0 || id >= size) throw new IndexOutOfBoundsException(id);
        return terms[id];
    }

    /** The id of a term, or -1. */
    public int id(String term) {
        int mask = table.length - 1;
        int h = mix(term.hashCode()) & mask;
        while (true) {
            int v = table[h];
            if (v == 0) return -1;
            if (terms[v - 1].equals(term)) return v - 1;
            h = (h + 1) & mask;
        }
    }

    /** The id of a term, adding it if new. */
    public int add(String term) {
        if (size * 2 >= table.length) grow();
        int mask = table.length - 1;
        int h = mix(term.hashCode()) & mask;
        while (true) {
            int v = table[h];
            if (v == 0) {
                if (size == terms.length) terms = Arrays.copyOf(terms, size * 2);
                terms[size] = term;
                table[h] = ++size;
                return size - 1;
            }
            if (terms[v - 1].equals(term)) return v - 1;
            h = (h + 1) & mask;
        }
    }

    /**
     * The id of the term {@code text[start, end)}, adding it if new: the same id as
     * {@code add(text.subSequence(start, end).toString())}, but no string is created when the term is
     * already known (a streaming counter of surface forms interns every token this way).
     */
    public int add(CharSequence text, int start, int end) {
        if (start < 0 || end > text.length() || start > end) {
            throw new IndexOutOfBoundsException("[" + start + ", " + end + ") of " + text.length());
        }
        if (size * 2 >= table.length) grow();
        int mask = table.length - 1;
        int h = mix(hash(text, start, end)) & mask;
        while (true) {
            int v = table[h];
            if (v == 0) {
                if (size == terms.length) terms = Arrays.copyOf(terms, size * 2);
                terms[size] = text.subSequence(start, end).toString();
                table[h] = ++size;
                return size - 1;
            }
            if (regionEquals(terms[v - 1], text, start, end)) return v - 1;
            h = (h + 1) & mask;
        }
    }

    /** {@link String#hashCode()} of {@code text[start, end)}. */
    private static int hash(CharSequence text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) h = 31 * h + text.charAt(i);
        return h;
    }

    private static boolean regionEquals(String term, CharSequence text, int start, int end) {
        int n = end - start;
        if (term.length() != n) return false;
        if (text instanceof String s) return term.regionMatches(0, s, start, n);
        for (int i = 0; i < n; i++) if (term.charAt(i) != text.charAt(start + i)) return false;
        return true;
    }

    private void grow() {
        int[] t = new int[table.length * 2];
        int mask = t.length - 1;
        for (int id = 0; id < size; id++) {
            int h = mix(terms[id].hashCode()) & mask;
            while (t[h] != 0) h = (h + 1) & mask;
            t[h] = id + 1;
        }
        table = t;
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h;
    }
}

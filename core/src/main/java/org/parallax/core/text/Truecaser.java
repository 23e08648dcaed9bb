package org.parallax.core.text;

import org.parallax.core.TokenType;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Document-level truecasing, as taggers do: a capital at the start of a sentence or in a title-case
 * heading is no evidence of a proper noun. A word read as a name only because of its capital
 * ({@link TextAnalyzer#NAME_BY_CAPITAL}: unknown to the dictionary, or known only as a name) in such a place
 * ({@link TextAnalyzer#CASE_NEUTRAL}) takes the reading (lemma and UPOS) of the same word (same normalized
 * form) written in lower case elsewhere in the document: a sentence-initial {@code Even} (a name in the
 * English dictionary) takes the adverb {@code even} of the document's {@code even}. Without a lower-case
 * occurrence it stays a name ({@code Khrushchev}). A capital in mid-sentence is evidence and is left alone.
 * A word written in capitals and read as written ({@link TextAnalyzer#ALL_CAPS}, an acronym or name by its
 * capitals) is a candidate wherever it stands: {@code THE CAT} in a document that also writes {@code cat}
 * takes the reading of {@code cat}; {@code KGB}, never written {@code kgb}, stays.
 *
 * <p>Two passes: {@link #observe} every token of the document's content, then {@link #reading} for each
 * candidate ({@link #isCandidate}). When the lower-case occurrences have several readings, the most frequent
 * wins, ties to the first seen.
 *
 * <pre>{@code
 * Truecaser tc = new Truecaser();
 * tc.observe(TokenType.WORD, 'e', "even", "even", "ADV");
 * tc.reading("even");         // even//ADV
 * tc.reading("khrushchev");   // null
 * }</pre>
 *
 * <p>Not thread-safe; one per document.
 */
public final class Truecaser {
    private final Map<String, Map<Lemmatizer.Analysis, int[]>> lowerCase = new HashMap<>();

    /** The flags cleared on a token that takes the reading of its lower-case occurrences. */
    public static final int CLEARED = TextAnalyzer.NAME_BY_CAPITAL | TextAnalyzer.ALL_CAPS;

    /**
     * Whether a token with these flags takes the reading of its lower-case occurrences when the document has
     * any: a name by its capital alone in a place where a capital says nothing, or a word written in capitals
     * read as written.
     */
    public static boolean isCandidate(int flags) {
        return (flags & TextAnalyzer.NAME_BY_CAPITAL) != 0 && (flags & TextAnalyzer.CASE_NEUTRAL) != 0
                || (flags & TextAnalyzer.ALL_CAPS) != 0;
    }

    /**
     * Records a token as evidence: a word whose first character is a lower-case letter gives its reading to
     * its normalized form; other tokens are ignored.
     *
     * @param type  the token's type
     * @param first the first character of its surface
     * @param norm  its normalized form
     * @param lemma its lemma
     * @param upos  its UPOS (may be null)
     */
    public void observe(TokenType type, char first, String norm, String lemma, String upos) {
        if (type != TokenType.WORD || !Character.isLowerCase(first)) return;
        lowerCase.computeIfAbsent(norm, k -> new LinkedHashMap<>(2))
                .computeIfAbsent(new Lemmatizer.Analysis(lemma, "", upos), k -> new int[1])[0]++;
    }

    /** Whether no lower-case word has been observed. */
    public boolean isEmpty() { return lowerCase.isEmpty(); }

    /**
     * The reading of the lower-case occurrences of a normalized form (lemma and UPOS; the tag is empty), or
     * {@code null} when it was never seen in lower case.
     */
    public Lemmatizer.Analysis reading(String norm) {
        Map<Lemmatizer.Analysis, int[]> readings = lowerCase.get(norm);
        if (readings == null) return null;
        Lemmatizer.Analysis best = null;
        int count = 0;
        for (Map.Entry<Lemmatizer.Analysis, int[]> e : readings.entrySet()) {
            if (e.getValue()[0] > count) {
                best = e.getKey();
                count = e.getValue()[0];
            }
        }
        return best;
    }
}

package org.parallax.stats;

import org.parallax.core.Layer;
import org.parallax.core.text.Normalizer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The frequencies of a {@link ReferenceFrequencies reference list} on the terms of a layer, as
 * {@link Keyness} compares them with a target's: each listed term is normalized the way the layer
 * normalizes the corpus's terms, and the frequencies of terms that become one are added up.
 *
 * <ul>
 * <li>{@code surface}: as written (the surface layer is case-sensitive).</li>
 * <li>{@code norm}: {@link Normalizer#normalize} (NFKC, case folding, apostrophes, quotes and dashes
 *     unified), which is how a token's norm is made from its surface: {@code The} and {@code the} are
 *     one term.</li>
 * <li>{@code stem}, {@code lemma}: the list is taken to hold stems or lemmas (as {@code parallax freq
 *     --layer stem} writes them), matched without regard to case, apostrophes or dashes: a term goes to
 *     the target's term with the same {@link Normalizer#normalize normalized} form (the most frequent one
 *     if several, so {@code stalin} finds the lemma {@code Stalin}), else it stays in its normalized form.
 *     A list is not stemmed or lemmatized again: Snowball stems are not stable under stemming
 *     ({@code agre} becomes {@code agr}) nor lemmas under lemmatization (Dutch {@code zijn} becomes
 *     {@code hij}).</li>
 * </ul>
 *
 * <p>Terms are not cut into tokens: a list that holds {@code Stalin's} as one word has no term for the
 * two tokens {@code Stalin 's} of an English text (such terms show up in {@link ReferenceCoverage}).
 *
 * <pre>{@code
 * long[] fr = ReferenceTerms.onLayer(ref, Layer.NORM, dict, targetFrequencies);   // indexed by term id
 * }</pre>
 */
final class ReferenceTerms {
    private ReferenceTerms() {}

    /**
     * The reference frequency of every term id of {@code dict} (which holds the target's terms, with the
     * frequencies {@code ft}), adding to {@code dict} the listed terms the target lacks.
     */
    static long[] onLayer(ReferenceFrequencies reference, Layer layer, TermDictionary dict, long[] ft) {
        Map<String, Integer> byKey = layer == Layer.STEM || layer == Layer.LEMMA ? targetTermsByKey(dict, ft) : Map.of();
        long[] fr = new long[Math.max(16, dict.size())];
        for (Map.Entry<String, Long> e : reference.frequencies().entrySet()) {
            int id = switch (layer) {
                case SURFACE -> dict.add(e.getKey());
                case NORM -> dict.add(Normalizer.normalize(e.getKey()));
                case STEM, LEMMA -> {
                    String key = Normalizer.normalize(e.getKey());
                    Integer target = byKey.get(key);
                    yield target != null ? target : dict.add(key);
                }
            };
            if (id >= fr.length) fr = Arrays.copyOf(fr, Math.max(id + 1, 2 * fr.length));
            fr[id] += e.getValue();
        }
        return fr;
    }

    /** The target's terms by normalized form: the most frequent term of each form (the first on a tie). */
    private static Map<String, Integer> targetTermsByKey(TermDictionary dict, long[] ft) {
        Map<String, Integer> byKey = new HashMap<>();
        for (int id = 0; id < dict.size(); id++) {
            if (id >= ft.length || ft[id] == 0) continue;
            byKey.merge(Normalizer.normalize(dict.term(id)), id, (a, b) -> ft[b] > ft[a] ? b : a);
        }
        return byKey;
    }
}

package org.parallax.stats;

import org.parallax.core.Layer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How well a {@link ReferenceFrequencies reference list} fits the target it is compared with, on the
 * terms of the layer (after the normalization of {@link Keyness#compare(org.parallax.core.Corpus,
 * ReferenceFrequencies)}): the share of the target's tokens whose term the list gives a frequency, and
 * how many of the list's most frequent terms occur in the target. A list of another language or layer,
 * or one whose terms are written differently, shows as low shares, and {@link #warnings()} says so.
 *
 * <pre>{@code
 * Corpus en = Corpus.seeds().where("language", "en");
 * FrequencyList rest = FrequencyList.of(en.without(d -> d.id().equals("en-essay")));   // a list from the rest
 * Map<String, Long> counts = new HashMap<>();
 * for (FrequencyList.Row row : rest.rows()) counts.put(row.term(), row.freq());
 * KeynessResult r = Keyness.defaults().compare(en.where("id", "en-essay"),
 *         ReferenceFrequencies.of(counts, rest.tokens(), "rest"));   // or ReferenceFrequencies.read(Path.of("bnc.tsv"))
 * ReferenceCoverage cov = r.referenceCoverage().orElseThrow();
 * cov.listedTokenShare();   // 0.663...: two thirds of the essay's tokens have a term in the list
 * cov.warnings();           // []: nothing looks wrong (a list of another language would be named here)
 * }</pre>
 *
 * @param source           the list's name (its file name)
 * @param layer            the layer compared
 * @param targetTokens     the target's counted tokens ({@code c})
 * @param listedTokens     those whose term has a frequency above 0 in the list
 * @param targetTerms      the target's distinct terms
 * @param listTerms        the list's distinct terms with a frequency above 0, after normalization
 * @param topTerms         how many of the list's most frequent terms are judged: {@value #TOP}, or
 *                         fewer when the list or the target has fewer terms
 * @param topTermsInTarget how many of those occur in the target
 */
public record ReferenceCoverage(String source, Layer layer, long targetTokens, long listedTokens, int targetTerms,
                                int listTerms, int topTerms, int topTermsInTarget) {
    /** A share below this gives a warning. */
    public static final double WARN_BELOW = 0.5;
    /** How many of the list's most frequent terms are looked for in the target. */
    public static final int TOP = 100;

    /** The share of the target's tokens whose term the list gives a frequency (NaN for an empty target). */
    public double listedTokenShare() { return targetTokens == 0 ? Double.NaN : (double) listedTokens / targetTokens; }

    /** The share of the list's {@link #topTerms()} most frequent terms that occur in the target (NaN when none). */
    public double topTermShareInTarget() { return topTerms == 0 ? Double.NaN : (double) topTermsInTarget / topTerms; }

    /**
     * What looks wrong, one sentence each: fewer than half ({@value #WARN_BELOW}) of the target's tokens
     * have a term in the list; fewer than half of the list's most frequent terms occur in the target
     * (the most frequent terms of a list of the target's language and layer are its function words, which
     * any text has; a list's rarer terms are absent from a small target anyway, so they are not judged).
     * Empty when the list fits.
     */
    public List<String> warnings() {
        List<String> out = new ArrayList<>(2);
        double tokens = listedTokenShare();
        if (tokens < WARN_BELOW) {
            out.add(String.format(Locale.ROOT, "only %.1f%% of the target's %d tokens (layer %s) have a term in %s: is it a "
                    + "list of this language and layer? (fine if it is partial on purpose)", 100 * tokens, targetTokens,
                    layer.label(), source));
        }
        if (topTermShareInTarget() < WARN_BELOW) {
            out.add(String.format(Locale.ROOT, "%d of the %d most frequent terms of %s occur nowhere in the target (layer %s): "
                    + "is it a list of this language and layer?", topTerms - topTermsInTarget, topTerms, source, layer.label()));
        }
        return List.copyOf(out);
    }

    /** Measures a list's frequencies {@code fr} against the target's {@code ft}, both indexed by term id. */
    static ReferenceCoverage of(String source, Layer layer, long[] ft, long[] fr) {
        long c = 0;
        long listed = 0;
        int targetTerms = 0;
        List<Integer> ids = new ArrayList<>();
        for (int id = 0; id < Math.max(ft.length, fr.length); id++) {
            long a = id < ft.length ? ft[id] : 0;
            long b = id < fr.length ? fr[id] : 0;
            c += a;
            if (a > 0) targetTerms++;
            if (b > 0) {
                listed += a;
                ids.add(id);
            }
        }
        ids.sort((x, y) -> fr[x] != fr[y] ? Long.compare(fr[y], fr[x]) : Integer.compare(x, y));
        int top = Math.min(TOP, Math.min(ids.size(), targetTerms));
        int inTarget = 0;
        for (int i = 0; i < top; i++) {
            int id = ids.get(i);
            if (id < ft.length && ft[id] > 0) inTarget++;
        }
        return new ReferenceCoverage(source, layer, c, listed, targetTerms, ids.size(), top, inTarget);
    }
}

package org.parallax.stats;

import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.Layer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keyness: the terms whose relative frequency in a target corpus differs from a reference, with every
 * measure of {@link KeynessMeasures} per term. The reference is another subcorpus, the rest of the corpus
 * around one document, or a {@link ReferenceFrequencies user-supplied frequency list}. An immutable
 * configuration: each {@code with}-style method returns a copy.
 *
 * <pre>{@code
 * Corpus en = Corpus.seeds().where("language", "en");
 * KeynessResult r = Keyness.defaults().documentVsRest(en, "en-essay");
 * r.positive().head(10);                       // the essay's keywords, by G2
 * r.negative().sortedBy(KeynessMeasure.LOG_RATIO);
 * Keyness.defaults().layer(Layer.LEMMA).compare(en.where("genre", "essay"), en.where("genre", "encyclopedia (wiki)"));
 * // against a frequency list (ReferenceFrequencies.read(Path.of("reference.tsv")) reads one from a file)
 * Keyness.defaults().compare(en, ReferenceFrequencies.of(Map.of("the", 60000L, "stalin", 120L), 1_000_000, "memory"));
 * }</pre>
 *
 * <p><b>Counts.</b> {@code a} and {@code b} are the frequencies of a term among the tokens counted by the
 * {@link TokenSelection} (by default words and numbers of the normalized layer, no punctuation, no
 * boilerplate) in the target and the reference; {@code c} and {@code d} the numbers of those tokens. Every
 * term present in either corpus (or in the list) with {@code a >= minTarget} and {@code b >= minReference}
 * is tested, in both directions: positive keywords ({@code a/c > b/d}) and negative ones. The Bonferroni
 * and Benjamini&ndash;Hochberg corrections of the G2 p-values are over exactly these tested terms.
 *
 * @param selection     the tokens counted and their layer
 * @param minTarget     test only terms with a target frequency {@code a} at least this
 * @param minReference  test only terms with a reference frequency {@code b} at least this
 * @param simpleMathsK  the constant k of simple maths (positive; 1 by default)
 * @param sortBy        the order of the results (strongest first; see {@link KeynessMeasure})
 */
public record Keyness(TokenSelection selection, long minTarget, long minReference, double simpleMathsK, KeynessMeasure sortBy) {
    private static final Keyness DEFAULTS = new Keyness(TokenSelection.defaults(), 0, 0, 1.0, KeynessMeasure.G2);

    /** Validates. */
    public Keyness {
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(sortBy, "sortBy");
        if (!(simpleMathsK > 0) || Double.isInfinite(simpleMathsK)) throw new IllegalArgumentException("simple maths needs k > 0, got " + simpleMathsK);
        if (minTarget < 0) throw new IllegalArgumentException("minTarget must be 0 or more, got " + minTarget);
        if (minReference < 0) throw new IllegalArgumentException("minReference must be 0 or more, got " + minReference);
    }

    /** Default tokens, every term tested, k = 1, sorted by G2. */
    public static Keyness defaults() { return DEFAULTS; }

    /** A copy counting other tokens. */
    public Keyness selection(TokenSelection s) { return new Keyness(s, minTarget, minReference, simpleMathsK, sortBy); }

    /** A copy on another layer. */
    public Keyness layer(Layer l) { return selection(selection.layer(l)); }

    /** A copy testing only terms with {@code a >= m} ({@code m} 0 or more). */
    public Keyness minTarget(long m) { return new Keyness(selection, m, minReference, simpleMathsK, sortBy); }

    /** A copy testing only terms with {@code b >= m} ({@code m} 0 or more). */
    public Keyness minReference(long m) { return new Keyness(selection, minTarget, m, simpleMathsK, sortBy); }

    /** A copy with another k for simple maths. */
    public Keyness simpleMathsK(double k) { return new Keyness(selection, minTarget, minReference, k, sortBy); }

    /** A copy sorting by another measure. */
    public Keyness sortBy(KeynessMeasure m) { return new Keyness(selection, minTarget, minReference, simpleMathsK, m); }

    /**
     * A target subcorpus against a reference subcorpus.
     *
     * @throws IllegalArgumentException if either has no document or they share documents
     */
    public KeynessResult compare(Corpus target, Corpus reference) {
        requireDocuments(target, "target");
        requireDocuments(reference, "reference");
        Set<String> t = new HashSet<>(target.ids());
        List<String> shared = reference.ids().stream().filter(t::contains).toList();
        if (!shared.isEmpty()) {
            throw new IllegalArgumentException("the target and the reference share documents: " + String.join(", ", shared));
        }
        TermDictionary dict = new TermDictionary();
        long[] ft = count(target, dict);
        long[] fr = count(reference, dict);
        return result(dict, ft, fr, sum(ft), sum(fr), label(target), label(reference));
    }

    /**
     * One document against the rest of the corpus.
     *
     * @throws IllegalArgumentException if the corpus has no such document, or no other
     */
    public KeynessResult documentVsRest(Corpus corpus, String docId) {
        corpus.document(docId); // names the known ids when missing
        return compare(corpus.filter(d -> d.id().equals(docId)), corpus.without(d -> d.id().equals(docId)));
    }

    /**
     * A target corpus against a reference frequency list. The list's terms are normalized the way the
     * layer normalizes the corpus's terms, and the frequencies of terms that become one are added up
     * ({@code The} and {@code the} are one term on the norm layer; see {@link ReferenceTerms} for the
     * stem and lemma layers); how well the list fits the target is in
     * {@link KeynessResult#referenceCoverage()}.
     *
     * @throws IllegalArgumentException if the target has no document
     */
    public KeynessResult compare(Corpus target, ReferenceFrequencies reference) {
        requireDocuments(target, "target");
        TermDictionary dict = new TermDictionary();
        long[] ft = count(target, dict);
        long[] fr = ReferenceTerms.onLayer(reference, selection.layer(), dict, ft);
        ReferenceCoverage coverage = ReferenceCoverage.of(reference.source(), selection.layer(), ft, fr);
        return result(dict, ft, fr, sum(ft), reference.total(), label(target), reference.source() + " (frequency list)")
                .withCoverage(coverage);
    }

    private static void requireDocuments(Corpus c, String what) {
        if (c.size() == 0) throw new IllegalArgumentException("the " + what + " corpus has no document");
    }

    private long[] count(Corpus corpus, TermDictionary dict) {
        long[] f = new long[Math.max(16, dict.size())];
        for (Document d : corpus) {
            for (int t : DocumentTerms.of(d, selection, dict).terms()) {
                if (t >= f.length) f = Arrays.copyOf(f, Math.max(t + 1, 2 * f.length));
                f[t]++;
            }
        }
        return f;
    }

    private static long sum(long[] f) {
        long s = 0;
        for (long v : f) s += v;
        return s;
    }

    private static String label(Corpus c) {
        List<String> ids = c.ids();
        if (ids.size() <= 3) return String.join(", ", ids);
        return ids.stream().limit(3).collect(Collectors.joining(", ")) + " and " + (ids.size() - 3) + " more";
    }

    private KeynessResult result(TermDictionary dict, long[] ft, long[] fr, long c, long d, String targetLabel, String referenceLabel) {
        List<Keyword> rows = new ArrayList<>();
        for (int id = 0; id < dict.size(); id++) {
            long a = id < ft.length ? ft[id] : 0;
            long b = id < fr.length ? fr[id] : 0;
            if (a + b == 0 || a < minTarget || b < minReference) continue;
            rows.add(Keyword.of(dict.term(id), a, b, c, d, simpleMathsK));
        }
        double[] p = rows.stream().mapToDouble(Keyword::g2P).toArray();
        double[] bonferroni = KeynessMeasures.bonferroni(p);
        double[] bh = KeynessMeasures.benjaminiHochberg(p);
        for (int i = 0; i < rows.size(); i++) rows.set(i, rows.get(i).withCorrected(bonferroni[i], bh[i]));
        return new KeynessResult(this, targetLabel, referenceLabel, c, d, rows.size(), KeynessResult.sort(rows, sortBy));
    }

    @Override
    public String toString() {
        return "Keyness: " + selection + ", a >= " + minTarget + ", b >= " + minReference + ", simple maths k = "
                + simpleMathsK + ", by " + sortBy.label();
    }
}

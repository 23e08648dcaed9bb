package org.parallax.stats.salience;

/**
 * The TF-IDF weight of a term in a document, with its parts (see {@link TfIdf} for the formulas).
 *
 * <pre>{@code
 * TfIdfScore s = TfIdf.defaults().compute(Corpus.seeds()).top("nl-destalinisatie", 1).get(0);
 * s.term(); s.freq(); s.df();   // "sovjet-unie", 5, 1
 * s.tf(); s.idf(); s.score();   // 0.0357 (5/140), 1.6094 (ln 5), 0.0575
 * }</pre>
 *
 * @param doc    document id
 * @param term   the term (a value of the counted layer)
 * @param freq   raw count of the term in the document, f(t, d)
 * @param df     number of documents of the collection that contain the term
 * @param tf     the term-frequency factor of the chosen {@link TfIdf.Tf} variant
 * @param idf    the inverse-document-frequency factor of the chosen {@link TfIdf.Idf} variant
 * @param score  tf &times; idf, divided by the document's L2 norm when {@link TfIdf.Norm#L2} is chosen
 */
public record TfIdfScore(String doc, String term, int freq, int df, double tf, double idf, double score)
        implements SalienceRow {
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s %s score=%.4f freq=%d df=%d tf=%.4f idf=%.4f", doc, term, score, freq, df, tf, idf);
    }
}

package org.parallax.stats.salience;

/**
 * One row of a salience result: a term (or key phrase) of a document with its score, the value the
 * rows of a document are ranked by. Implemented by {@link TfIdfScore}, {@link KeyPhrase} and
 * {@link CValueTerm}.
 *
 * <pre>{@code
 * SalienceResult<?> result = TfIdf.defaults().compute(Corpus.seeds());
 * for (SalienceRow r : result.top("en-essay", 3)) System.out.println(r.term() + " " + r.score());
 * // reform 0.0142..., ideological 0.0120..., repression 0.0112...
 * }</pre>
 */
public interface SalienceRow {
    /** The document id. */
    String doc();

    /** The term as shown: a layer value (TF-IDF) or the most frequent surface form (phrases). */
    String term();

    /** The ranking score (higher is more salient). */
    double score();

    /** The term's identity in the counted layer (a phrase's layer values joined by spaces); {@link #term()} by default. */
    default String key() { return term(); }
}

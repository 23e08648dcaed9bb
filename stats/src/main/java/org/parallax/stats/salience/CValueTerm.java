package org.parallax.stats.salience;

/**
 * A multiword term candidate of a document with its C-value and NC-value (see {@link CValue}).
 *
 * <pre>{@code
 * CValueTerm c = CValue.defaults().extract(Corpus.seeds().document("en-essay")).get(0);
 * c.term();        // "cult of personality": the most frequent surface form
 * c.key();         // "cult of personality": the layer values
 * c.freq(); c.nestedIn(); c.nestedFreq(); c.cvalue(); c.ncvalue();   // 5, 0, 0.0, 7.9248, 6.3470
 * }</pre>
 *
 * @param doc        document id
 * @param term       the candidate's most frequent surface form in the document (whitespace runs as one space)
 * @param key        the candidate in the counted layer: its words' values joined by spaces
 * @param length     |a|, the number of words
 * @param freq       f(a), the number of occurrences matching the linguistic filter, nested ones included
 * @param nestedIn   |T_a|, the number of longer candidate terms that contain the candidate (0: not nested)
 * @param nestedFreq the subtracted frequency before division by |T_a|: the sum of f(b) over T_a
 *                   ({@link CValue.Nesting#EQUATION}) or t(a) ({@link CValue.Nesting#ALGORITHM})
 * @param cvalue     the C-value
 * @param ncvalue    the NC-value: 0.8 C-value + 0.2 &times; the weighted context-word count
 */
public record CValueTerm(String doc, String term, String key, int length, int freq, int nestedIn, double nestedFreq,
                         double cvalue, double ncvalue) implements SalienceRow {
    /** The C-value. */
    @Override
    public double score() { return cvalue; }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s %s cvalue=%.4f freq=%d nested_in=%d", doc, term, cvalue, freq, nestedIn);
    }
}

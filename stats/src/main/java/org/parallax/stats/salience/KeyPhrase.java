package org.parallax.stats.salience;

/**
 * A key word or key phrase of a document found by {@link TextRank} or {@link Rake}. (A row of a keyness
 * result, a term over-used in a target corpus, is a {@link org.parallax.stats.Keyword}.)
 *
 * <pre>{@code
 * Document doc = Corpus.seeds().document("it-destalinizzazione");
 * KeyPhrase k = TextRank.defaults().extract(doc).get(0);
 * k.term();    // "Stalin": the most frequent surface form
 * k.key();     // "stalin": the layer values
 * k.score();   // 7.7291: from the words' scores (one word here)
 * TextRank.defaults().extract(doc).get(4).term();   // "Nikita Krusciov": a phrase of two keywords
 * }</pre>
 *
 * @param doc    document id
 * @param term   the phrase's most frequent surface form in the document (whitespace runs as one space)
 * @param key    the phrase in the counted layer: its words' layer values joined by spaces
 * @param score  the phrase score from its words' scores: TextRank the mean (or sum) of their PageRank scores, RAKE the sum of their deg/freq
 * @param freq   how often the phrase occurs as a candidate in the document
 * @param length number of words
 */
public record KeyPhrase(String doc, String term, String key, double score, int freq, int length) implements SalienceRow {
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s %s score=%.4f freq=%d", doc, term, score, freq);
    }
}

package org.parallax.stats.salience;

import java.util.List;
import java.util.Map;

/**
 * TF-IDF weights of every term of every document, ranked per document by score (ties: higher raw
 * count, then term in string order). Table columns: {@code doc, rank, term, score, freq, df, tf, idf}.
 *
 * <pre>{@code
 * TfIdfResult r = TfIdf.defaults().compute(Corpus.seeds());
 * r.top("it-destalinizzazione", 10);
 * r.find("en-essay", "stalinism").idf();   // 1.6094: ln(5/1), only the essay has the term
 * r.toTable(20).toTsv();
 * }</pre>
 *
 * <p>Immutable.
 */
public final class TfIdfResult extends SalienceResult<TfIdfScore> {
    private final TfIdf settings;
    private final int documents;

    TfIdfResult(TfIdf settings, int documents, Map<String, List<TfIdfScore>> rows) {
        super(rows);
        this.settings = settings;
        this.documents = documents;
    }

    /** The settings that produced the result. */
    public TfIdf settings() { return settings; }

    /** N: the number of documents of the collection the document frequencies were counted in. */
    public int collectionSize() { return documents; }

    @Override
    public String method() { return "tfidf"; }

    @Override
    public String description() { return "TF-IDF over " + documents + " documents: " + settings; }

    @Override
    protected List<String> extraColumns() { return List.of("freq", "df", "tf", "idf"); }

    @Override
    protected List<Object> extraCells(TfIdfScore r) { return List.of(r.freq(), r.df(), r.tf(), r.idf()); }
}

package org.parallax.stats.salience;

import java.util.List;
import java.util.Map;

/**
 * The key phrases of each document by {@link TextRank} or {@link Rake}, ranked by score (ties: higher
 * frequency, then key in string order). Table columns: {@code doc, rank, term, score, freq, length, key}.
 *
 * <pre>{@code
 * KeywordResult r = TextRank.defaults().extract(Corpus.seeds());
 * r.top("it-destalinizzazione", 3);   // Stalin, Krusciov, Russia
 * r.toTable(10).toTsv();
 * }</pre>
 *
 * <p>Immutable.
 */
public final class KeywordResult extends SalienceResult<KeyPhrase> {
    private final String method;
    private final String description;

    KeywordResult(String method, String description, Map<String, List<KeyPhrase>> rows) {
        super(rows);
        this.method = method;
        this.description = description;
    }

    @Override
    public String method() { return method; }

    @Override
    public String description() { return description; }

    @Override
    protected List<String> extraColumns() { return List.of("freq", "length", "key"); }

    @Override
    protected List<Object> extraCells(KeyPhrase r) { return List.of(r.freq(), r.length(), r.key()); }
}

package org.parallax.stats.salience;

import java.util.List;
import java.util.Map;

/**
 * Multiword terms of each document with their C-values, ranked by C-value (ties: higher frequency, then
 * key in string order). Table columns:
 * {@code doc, rank, term, score, freq, length, nested_in, nested_freq, ncvalue, key} (score = C-value).
 *
 * <pre>{@code
 * CValueResult r = CValue.defaults().extract(Corpus.seeds());
 * r.find("en-essay", "cult of personality").cvalue();   // 7.9248: log2 3 · 5
 * r.toTable(10).toTsv();
 * }</pre>
 *
 * <p>Immutable.
 */
public final class CValueResult extends SalienceResult<CValueTerm> {
    private final CValue settings;

    CValueResult(CValue settings, Map<String, List<CValueTerm>> rows) {
        super(rows);
        this.settings = settings;
    }

    /** The settings that produced the result. */
    public CValue settings() { return settings; }

    @Override
    public String method() { return "cvalue"; }

    @Override
    public String description() { return "C-value: " + settings; }

    @Override
    protected List<String> extraColumns() { return List.of("freq", "length", "nested_in", "nested_freq", "ncvalue", "key"); }

    @Override
    protected List<Object> extraCells(CValueTerm r) {
        return List.of(r.freq(), r.length(), r.nestedIn(), r.nestedFreq(), r.ncvalue(), r.key());
    }
}

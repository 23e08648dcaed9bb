package org.parallax.stats.salience;

import org.parallax.core.table.Table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The ranked rows of a salience method for each document of a corpus, best first: the common shape of
 * {@link TfIdfResult}, {@link KeywordResult} and {@link CValueResult}. Tables have the columns
 * {@code doc, rank, term, score} followed by the method's own columns.
 *
 * <pre>{@code
 * SalienceResult<?> r = TfIdf.defaults().compute(Corpus.seeds());
 * r.top("it-destalinizzazione", 10);
 * r.toTable(10).toTsv();     // the 10 best rows of every document
 * System.out.println(r);      // a preview
 * }</pre>
 *
 * <p>Immutable.
 *
 * @param <R> the row type
 */
public abstract sealed class SalienceResult<R extends SalienceRow> permits TfIdfResult, KeywordResult, CValueResult {
    private final Map<String, List<R>> byDoc;

    /** Rows per document (in document order), each list already ranked. */
    SalienceResult(Map<String, List<R>> byDoc) {
        Map<String, List<R>> m = new LinkedHashMap<>();
        byDoc.forEach((k, v) -> m.put(k, List.copyOf(v)));
        this.byDoc = Collections.unmodifiableMap(m);
    }

    /** The method's name, e.g. {@code tfidf}. */
    public abstract String method();

    /** A one-line statement of the method and its parameters. */
    public abstract String description();

    /** The method's own columns, after {@code doc, rank, term, score}. */
    protected abstract List<String> extraColumns();

    /** The values of the method's own columns for a row. */
    protected abstract List<Object> extraCells(R row);

    /** The document ids, in corpus order (documents without rows included). */
    public List<String> documents() { return List.copyOf(byDoc.keySet()); }

    /**
     * The ranked rows of a document (empty when it has no term).
     *
     * @throws IllegalArgumentException when the result has no document with this id (the message lists the ids)
     */
    public List<R> rows(String doc) {
        Objects.requireNonNull(doc, "doc");
        List<R> rows = byDoc.get(doc);
        if (rows == null) {
            throw new IllegalArgumentException("no document '" + doc + "' in the " + method() + " result; ids: "
                    + String.join(", ", byDoc.keySet()));
        }
        return rows;
    }

    /** All rows, document by document (unmodifiable). */
    public List<R> rows() {
        List<R> out = new ArrayList<>();
        for (List<R> l : byDoc.values()) out.addAll(l);
        return List.copyOf(out);
    }

    /**
     * The {@code n} best rows of a document (all when fewer).
     *
     * @throws IllegalArgumentException when {@code n} is negative or the result has no such document
     */
    public List<R> top(String doc, int n) {
        if (n < 0) throw new IllegalArgumentException("negative limit " + n);
        List<R> l = rows(doc);
        return l.subList(0, Math.min(n, l.size()));
    }

    /**
     * The row of a term in a document, by {@link SalienceRow#key()} or {@link SalienceRow#term()}, or null when
     * the document has no such term.
     *
     * @throws IllegalArgumentException when the result has no such document (the message lists the ids)
     */
    public R find(String doc, String term) {
        for (R r : rows(doc)) if (r.key().equals(term)) return r;
        for (R r : rows(doc)) if (r.term().equals(term)) return r;
        return null;
    }

    /**
     * The rank (1-based) of a term in a document as {@link #find} finds it, or 0 when the document has no such term.
     *
     * @throws IllegalArgumentException when the result has no such document (the message lists the ids)
     */
    public int rank(String doc, String term) {
        R r = find(doc, term);
        return r == null ? 0 : rows(doc).indexOf(r) + 1;
    }

    /** All rows as a table. */
    public Table toTable() { return toTable(0); }

    /**
     * The best {@code limit} rows of each document as a table ({@code limit} 0: all rows).
     *
     * @throws IllegalArgumentException when {@code limit} is negative
     */
    public Table toTable(int limit) {
        if (limit < 0) throw new IllegalArgumentException("negative limit " + limit);
        List<String> cols = new ArrayList<>(List.of("doc", "rank", "term", "score"));
        cols.addAll(extraColumns());
        Table.Builder b = Table.builder(cols).name(method());
        for (Map.Entry<String, List<R>> e : byDoc.entrySet()) {
            List<R> l = e.getValue();
            int n = limit == 0 ? l.size() : Math.min(limit, l.size());
            for (int i = 0; i < n; i++) {
                R r = l.get(i);
                List<Object> cells = new ArrayList<>(List.of(r.doc(), i + 1, r.term(), r.score()));
                cells.addAll(extraCells(r));
                b.row(cells);
            }
        }
        return b.build();
    }

    /** The description and the 10 best rows of each document, aligned. */
    @Override
    public String toString() {
        return description() + System.lineSeparator() + toTable(10).preview(10 * Math.max(1, byDoc.size()));
    }
}

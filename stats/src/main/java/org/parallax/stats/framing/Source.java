package org.parallax.stats.framing;

import org.parallax.align.EventCluster;
import org.parallax.align.Passage;
import org.parallax.core.Corpus;
import org.parallax.core.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a profile describes: a named set of stretches of text &mdash; a whole document, a group of
 * documents (a language, a genre, any manifest field), or a list of passages such as those of an
 * {@link EventCluster}. The statistics of {@link CueProfiler} are computed over the sentences of these
 * stretches (a sentence cut by a stretch's boundary counts with the tokens inside the stretch only).
 *
 * <p>Segments of one document that overlap or touch are merged, so that no token counts twice; the
 * documents keep the order in which they were first given, and a document's segments are sorted by
 * offset.
 *
 * <pre>{@code
 * Corpus c = Corpus.seeds();
 * Source essay = Source.of(c.document("en-essay"));                  // "en-essay"
 * Source english = Source.of("english", c.where("language", "en"));  // three documents
 * List<Source> genres = Source.groupBy(c, "genre");                  // "genre=web article", "genre=encyclopedia (wiki)" ...
 * ComparableAlignment alignment = Aligner.comparable().build().align(c);
 * Source cluster = Source.cluster(c, alignment.clusters().get(0));   // the passages of an event cluster
 * Source span = Source.of("lines", List.of(new Source.Segment(c.document("en-essay"), 0, 500)));
 * }</pre>
 *
 * @param name     a name for tables and printouts
 * @param segments the stretches of text, merged and ordered as said above; unmodifiable
 */
public record Source(String name, List<Segment> segments) {

    /**
     * A stretch {@code [start, end)} of a document's raw text (character offsets).
     *
     * <pre>{@code
     * Document doc = Corpus.seeds().document("en-essay");
     * Sentence s = doc.sentences().get(3);
     * Source.Segment seg = new Source.Segment(doc, s.start(), s.end());   // one sentence: en-essay[516-793)
     * Source.Segment all = Source.Segment.of(doc);                        // the whole document: en-essay[0-18022)
     * }</pre>
     *
     * @param document the document
     * @param start    offset of the first character
     * @param end      offset after the last character
     */
    public record Segment(Document document, int start, int end) {
        /** Validates the offsets. */
        public Segment {
            Objects.requireNonNull(document, "document");
            if (start < 0 || end < start || end > document.text().length()) {
                throw new IllegalArgumentException("segment [" + start + ", " + end + ") is outside document '" + document.id()
                        + "' of " + document.text().length() + " characters");
            }
        }

        /** The whole document. */
        public static Segment of(Document d) { return new Segment(d, 0, d.text().length()); }

        @Override
        public String toString() { return document.id() + "[" + start + "-" + end + ")"; }
    }

    /** Validates the name and merges the segments. */
    public Source {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) throw new IllegalArgumentException("empty source name");
        segments = merge(Objects.requireNonNull(segments, "segments"));
    }

    private static List<Segment> merge(List<Segment> in) {
        // documents by identity, in order of first appearance
        List<Document> docs = new ArrayList<>();
        Map<Document, List<Segment>> groups = new IdentityHashMap<>();
        for (Segment s : in) {
            Objects.requireNonNull(s, "segment");
            groups.computeIfAbsent(s.document(), k -> {
                docs.add(k);
                return new ArrayList<>();
            }).add(s);
        }
        List<Segment> out = new ArrayList<>();
        for (Document d : docs) {
            List<Segment> list = groups.get(d);
            list.sort(Comparator.comparingInt(Segment::start).thenComparingInt(Segment::end));
            Segment cur = null;
            for (Segment s : list) {
                if (cur != null && s.start() <= cur.end()) {
                    cur = new Segment(d, cur.start(), Math.max(cur.end(), s.end()));
                } else {
                    if (cur != null) out.add(cur);
                    cur = s;
                }
            }
            out.add(cur);
        }
        return List.copyOf(out);
    }

    /** A whole document, named by its id. */
    public static Source of(Document d) { return new Source(d.id(), List.of(Segment.of(d))); }

    /** Whole documents under one name. */
    public static Source of(String name, Iterable<Document> documents) {
        List<Segment> segs = new ArrayList<>();
        for (Document d : documents) segs.add(Segment.of(d));
        return new Source(name, segs);
    }

    /** Segments under one name. */
    public static Source of(String name, Collection<Segment> segments) { return new Source(name, List.copyOf(segments)); }

    /** One source per document of a corpus, in corpus order. */
    public static List<Source> documents(Corpus corpus) {
        return corpus.stream().map(Source::of).toList();
    }

    /**
     * One source per value of a metadata field ({@code language}, {@code genre}, {@code source} or any
     * manifest column), named {@code field=value}, in order of first appearance; documents without a value
     * for the field form the group {@code field=(none)}. Values are compared case-insensitively; the field
     * name is case-insensitive too. {@code doc} (or {@code document}) gives one source per document, as
     * {@link #documents(Corpus)}.
     *
     * <pre>{@code
     * Source.groupBy(Corpus.seeds(), "language");   // language=it, language=nl, language=en
     * Source.groupBy(Corpus.seeds(), "nofield");    // IllegalArgumentException: ... fields: id, language, file ...
     * }</pre>
     *
     * @throws IllegalArgumentException when no document of the corpus has the field (the message lists
     *                                  the fields there are, see {@link #fields(Corpus)})
     */
    public static List<Source> groupBy(Corpus corpus, String field) {
        Objects.requireNonNull(corpus, "corpus");
        String f = field(corpus, field);
        if (f.equals("doc")) return documents(corpus);
        Map<String, List<Document>> groups = new LinkedHashMap<>();
        Map<String, String> shown = new LinkedHashMap<>();
        for (Document d : corpus) {
            String v = d.metadata(f).map(String::strip).orElse("(none)");
            String key = v.toLowerCase(Locale.ROOT);
            shown.putIfAbsent(key, v);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
        }
        List<Source> out = new ArrayList<>();
        for (Map.Entry<String, List<Document>> g : groups.entrySet()) out.add(of(f + "=" + shown.get(g.getKey()), g.getValue()));
        return List.copyOf(out);
    }

    /**
     * The metadata fields the documents of a corpus can be grouped by: {@code id} and {@code language},
     * which every document has, then every other field some document has (the manifest's columns), in
     * order of first appearance.
     *
     * <pre>{@code
     * Source.fields(Corpus.seeds());   // [id, language, file, title, source, genre]
     * }</pre>
     */
    public static Set<String> fields(Corpus corpus) { return corpus.fields(); }

    /**
     * A grouping field, stripped and lower-cased: {@code doc} for {@code doc} and {@code document} (one source
     * per document), else a field some document of the corpus has.
     *
     * @throws IllegalArgumentException naming the field and listing those there are
     */
    static String field(Corpus corpus, String field) {
        Objects.requireNonNull(field, "field");
        String f = field.strip().toLowerCase(Locale.ROOT);
        if (f.isEmpty()) throw new IllegalArgumentException("empty grouping field");
        if (f.equals("doc") || f.equals("document")) return "doc";
        Set<String> known = fields(corpus);
        if (!known.contains(f)) {
            throw new IllegalArgumentException("no document of the corpus has a field '" + field.strip() + "'; fields: "
                    + String.join(", ", known) + " (or doc: one source per document)");
        }
        return f;
    }

    /**
     * Passages (of an alignment, a concordance ...) under one name: each passage's character span
     * {@code [start, end)} of its document, looked up by id in the corpus.
     *
     * @throws IllegalArgumentException when a passage's document is not in the corpus
     */
    public static Source passages(String name, Corpus corpus, Collection<Passage> passages) {
        List<Segment> segs = new ArrayList<>();
        for (Passage p : passages) segs.add(new Segment(corpus.document(p.doc()), p.start(), p.end()));
        return new Source(name, segs);
    }

    /** The passages of an event cluster, named {@code cluster <id>: <label>}. */
    public static Source cluster(Corpus corpus, EventCluster cluster) {
        return passages("cluster " + cluster.id() + ": " + cluster.label(), corpus, cluster.passages());
    }

    /** The ids of the documents, in order, once each. */
    public List<String> documents() {
        return segments.stream().map(s -> s.document().id()).distinct().toList();
    }

    /** Total characters covered. */
    public long characters() {
        long n = 0;
        for (Segment s : segments) n += s.end() - s.start();
        return n;
    }

    @Override
    public String toString() {
        return "Source " + name + ": " + segments.size() + " segment(s) of " + documents().size() + " document(s) "
                + documents() + ", " + characters() + " characters";
    }
}

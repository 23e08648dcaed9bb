package org.parallax.core.anchor;

import org.parallax.core.Block;
import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.Sentence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The anchors of a corpus, per document in document order (boilerplate included and flagged), with
 * the entity clusters and cognate classes they refer to, and {@link AnchorSet}s for any span.
 *
 * <pre>{@code
 * CorpusAnchors a = AnchorExtractor.standard().extract(Corpus.seeds());
 * a.anchors("nl-destalinisatie");                      // content anchors of a document
 * a.forSentence(doc, doc.sentences().get(2));          // an AnchorSet
 * a.entities().label("khrushchev");                    // "Nikita Khrushchev"
 * System.out.println(a);                               // anchors per document and type
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CorpusAnchors {
    private final Corpus corpus;
    private final Map<String, List<Anchor>> byDoc;
    private final EntityClusters entities;
    private final CognateIndex cognates;
    private final ConceptLexicon lexicon;

    CorpusAnchors(Corpus corpus, Map<String, List<Anchor>> byDoc, EntityClusters entities, CognateIndex cognates,
                  ConceptLexicon lexicon) {
        this.corpus = corpus;
        this.byDoc = Collections.unmodifiableMap(byDoc);
        this.entities = entities;
        this.cognates = cognates;
        this.lexicon = lexicon;
    }

    /** The corpus. */
    public Corpus corpus() { return corpus; }

    /** Entity clusters (null when entities were not extracted). */
    public EntityClusters entities() { return entities; }

    /** Cognate classes (null when cognates were not extracted). */
    public CognateIndex cognates() { return cognates; }

    /** The concept lexicon used. */
    public ConceptLexicon lexicon() { return lexicon; }

    /** The anchors of a document outside boilerplate, in document order. */
    public List<Anchor> anchors(String doc) { return anchors(doc, false); }

    /** The anchors of a document, with or without those in boilerplate. */
    public List<Anchor> anchors(String doc, boolean includeBoilerplate) {
        List<Anchor> all = byDoc.get(doc);
        if (all == null) throw new IllegalArgumentException("no document '" + doc + "'; ids: " + String.join(", ", byDoc.keySet()));
        if (includeBoilerplate) return all;
        return all.stream().filter(a -> !a.boilerplate()).toList();
    }

    /**
     * The anchors (boilerplate included) lying inside the span {@code [start, end)} of a document.
     *
     * @throws IllegalArgumentException when the document is not this corpus's own (no document has its id,
     *                                  or the one that has is another text: a document of another corpus)
     * @throws IndexOutOfBoundsException unless {@code 0 <= start <= end <= } the text's length
     */
    public AnchorSet forSpan(Document doc, int start, int end) {
        own(doc);
        int length = doc.text().length();
        if (start < 0 || start > end || end > length) {
            throw new IndexOutOfBoundsException("span [" + start + ", " + end + ") of document '" + doc.id()
                    + "': begin " + start + ", end " + end + ", length " + length);
        }
        List<Anchor> all = byDoc.get(doc.id());
        int lo = lowerBound(all, start);
        List<Anchor> out = new ArrayList<>();
        for (int i = lo; i < all.size(); i++) {
            Anchor a = all.get(i);
            if (a.start() >= end) break;
            if (a.end() <= end) out.add(a);
        }
        return new AnchorSet(doc.id(), start, end, out);
    }

    /** The anchors of a block of the document. @throws IllegalArgumentException for a block of another document */
    public AnchorSet forBlock(Document doc, Block block) {
        own(doc);
        int i = block.index();
        if (i < 0 || i >= doc.blocks().size() || !doc.blocks().get(i).equals(block)) {
            throw new IllegalArgumentException("block #" + i + " is not a block of document '" + doc.id() + "'");
        }
        return forSpan(doc, block.start(), block.end());
    }

    /** The anchors of a sentence of the document. @throws IllegalArgumentException for a sentence of another document */
    public AnchorSet forSentence(Document doc, Sentence s) {
        own(doc);
        int i = s.index();
        if (i < 0 || i >= doc.sentences().size() || !doc.sentences().get(i).equals(s)) {
            throw new IllegalArgumentException("sentence #" + i + " is not a sentence of document '" + doc.id() + "'");
        }
        return forSpan(doc, s.start(), s.end());
    }

    /** Checks that a document is the corpus's own: the same instance, or one with the same id and text. */
    private void own(Document doc) {
        Objects.requireNonNull(doc, "doc");
        if (!byDoc.containsKey(doc.id())) {
            throw new IllegalArgumentException("no document '" + doc.id() + "' in the corpus of these anchors; ids: "
                    + String.join(", ", byDoc.keySet()));
        }
        Document mine = corpus.document(doc.id());
        if (mine != doc && !mine.text().equals(doc.text())) {
            throw new IllegalArgumentException("document '" + doc.id() + "' is not the one of the corpus of these anchors"
                    + " (same id, another text: a document of another corpus?)");
        }
    }

    private static int lowerBound(List<Anchor> list, int start) {
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).start() < start) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Number of content anchors per type for a document. */
    public Map<AnchorType, Integer> countsByType(String doc) {
        Map<AnchorType, Integer> m = new EnumMap<>(AnchorType.class);
        for (AnchorType t : AnchorType.values()) m.put(t, 0);
        for (Anchor a : anchors(doc)) m.merge(a.type(), 1, Integer::sum);
        return Collections.unmodifiableMap(m);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Anchors (outside boilerplate)\n");
        int w = 3;
        for (String id : byDoc.keySet()) w = Math.max(w, id.length());
        StringBuilder fmt = new StringBuilder("%-" + w + "s");
        List<Object> head = new ArrayList<>(List.of("doc"));
        for (AnchorType t : AnchorType.values()) {
            fmt.append("  %8s");
            head.add(t.label());
        }
        fmt.append("%n");
        sb.append(String.format(fmt.toString(), head.toArray()));
        for (String id : byDoc.keySet()) {
            List<Object> row = new ArrayList<>(List.of(id));
            row.addAll(countsByType(id).values());
            sb.append(String.format(fmt.toString(), row.toArray()));
        }
        return sb.toString();
    }
}

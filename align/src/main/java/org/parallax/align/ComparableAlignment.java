package org.parallax.align;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * The result of a comparable alignment: the passages, the links with their scores and evidence, and the
 * event clusters.
 *
 * <pre>{@code
 * ComparableAlignment a = Aligner.comparable().build().align(Corpus.seeds());
 * a.links().size();
 * a.links("it-destalinizzazione", "en-essay");
 * a.writeTsv(writer);                // the links TSV that parallax eval and score_links.py read
 * System.out.println(a);             // summary and the strongest events
 * }</pre>
 *
 * <p>Immutable.
 */
public final class ComparableAlignment {
    private final ComparableAligner.Settings settings;
    private final PassageIndex index;
    private final List<Link> links;
    private final List<EventCluster> clusters;

    ComparableAlignment(ComparableAligner.Settings settings, PassageIndex index, List<Link> links, List<EventCluster> clusters) {
        this.settings = settings;
        this.index = index;
        this.links = List.copyOf(links);
        this.clusters = List.copyOf(clusters);
    }

    /** The settings used. */
    public ComparableAligner.Settings settings() { return settings; }

    /** The passage index (features, scores). */
    public PassageIndex index() { return index; }

    /** All passages. */
    public List<Passage> passages() { return index.passages(); }

    /** All links, by source passage then target passage. */
    public List<Link> links() { return links; }

    /**
     * The links between two documents (in either direction).
     *
     * @throws IllegalArgumentException when a document is not among the aligned ones (naming those)
     */
    public List<Link> links(String doc1, String doc2) {
        for (String d : new String[] {doc1, doc2}) {
            boolean known = false;
            for (int i = 0; i < index.documents() && !known; i++) known = index.documentId(i).equals(d);
            if (!known) {
                java.util.List<String> ids = new java.util.ArrayList<>();
                for (int i = 0; i < index.documents(); i++) ids.add(index.documentId(i));
                throw new IllegalArgumentException("no document '" + d + "' in this alignment; ids: " + String.join(", ", ids));
            }
        }
        return links.stream().filter(l -> l.source().doc().equals(doc1) && l.target().doc().equals(doc2)
                || l.source().doc().equals(doc2) && l.target().doc().equals(doc1)).toList();
    }

    /** The event clusters, strongest first. */
    public List<EventCluster> clusters() { return clusters; }

    /** Writes the links TSV. */
    public void writeTsv(Writer out) throws IOException { LinkFormats.writeTsv(links, out); }

    /** Writes the links as JSON. */
    public void writeJson(Writer out) throws IOException { LinkFormats.writeJson(links, out); }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Comparable alignment (%s): %d passages in %d documents, %d links, %d event clusters%n",
                settings.granularity().label(), index.size(), index.documents(), links.size(), clusters.size()));
        int shown = 0;
        for (EventCluster c : clusters) {
            if (shown++ == 8) {
                sb.append(String.format("  ... %d more%n", clusters.size() - 8));
                break;
            }
            sb.append(String.format(Locale.ROOT, "  event %-3d %-60s %s%n", c.id(), c.label(), String.join(", ", c.documents())));
        }
        return sb.toString();
    }
}

package org.parallax.align;

import org.parallax.core.anchor.Anchor;
import org.parallax.core.anchor.AnchorType;
import org.parallax.core.anchor.CorpusAnchors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A cross-document event: a connected component of the links that are mutually best between their
 * documents (and at least {@link ComparableAligner.Settings#clusterThreshold()} strong), with the anchors
 * its passages share and a label made of the strongest of them
 * ({@code 1956-02-25 · congress #20 · Khrushchev · cult of personality}).
 *
 * <p>A component with two passages of one document is a chain that may run through several events (A1–B1,
 * B1–C1, C1–A2): its links weaker than the component's median link are dropped and what remains is split
 * again, until every component has at most one passage per document or all its links are equally strong
 * (scores equal up to a relative 1e-9 count as equal). A component without such a repetition is kept
 * whole, however weak its links: every passage with a mutually best partner is in a cluster, unless it
 * was dropped from a chain (an event told in two passages of one document is split, the weaker side
 * left out or made its own cluster).
 *
 * <pre>{@code
 * EventCluster c = alignment.clusters().get(0);
 * c.label(); c.passages(); c.sharedAnchors();
 * System.out.println(c);   // synopsis: the passages side by side, shared anchors [marked]
 * }</pre>
 *
 * <p>Immutable.
 */
public final class EventCluster {
    /** Anchors shown in a label. */
    public static final int LABEL_ANCHORS = 4;

    private final int id;
    private final String label;
    private final List<Passage> passages;
    private final List<SharedAnchor> shared;
    private final double score;
    private final CorpusAnchors anchors;     // for marking the shared anchors in the synopsis (lazily)
    private final Set<String> sharedKeys;

    /**
     * An anchor shared by passages of at least two documents of a cluster.
     *
     * @param type      anchor type
     * @param value     normalized value
     * @param display   how it reads in a label ("congress #20", "Nikita Khrushchev")
     * @param documents number of documents of the cluster in which it occurs
     * @param weight    its strength (IDF × type weight × documents)
     */
    public record SharedAnchor(AnchorType type, String value, String display, int documents, double weight) {
        @Override
        public String toString() { return type.label() + ":" + value + " (" + documents + " docs)"; }
    }

    private EventCluster(int id, String label, List<Passage> passages, List<SharedAnchor> shared, double score,
                         CorpusAnchors anchors) {
        this.id = id;
        this.label = label;
        this.passages = List.copyOf(passages);
        this.shared = List.copyOf(shared);
        this.score = score;
        this.anchors = anchors;
        Set<String> keys = new java.util.HashSet<>();
        for (SharedAnchor a : shared) keys.add(a.type().label() + ":" + a.value());
        this.sharedKeys = Collections.unmodifiableSet(keys);
    }

    /** The cluster's number (clusters are numbered by descending strength, from 1). */
    public int id() { return id; }

    /** The label: the strongest shared anchors joined by " · ". */
    public String label() { return label; }

    /** The passages, by document (corpus order) and position. */
    public List<Passage> passages() { return passages; }

    /** Document ids of the passages, in corpus order, without repetition. */
    public List<String> documents() {
        Set<String> s = new LinkedHashSet<>();
        for (Passage p : passages) s.add(p.doc());
        return List.copyOf(s);
    }

    /** The anchors shared across documents, strongest first. */
    public List<SharedAnchor> sharedAnchors() { return shared; }

    /** The sum of the scores of the links that built the cluster. */
    public double score() { return score; }

    /** A passage's text with the cluster's shared anchors in [brackets]. */
    public String markedText(Passage p) { return mark(p, anchors, sharedKeys); }

    /** Builds the clusters of an alignment. */
    static List<EventCluster> build(PassageIndex idx, List<Link> links, CorpusAnchors anchors, ComparableAligner.Settings s) {
        int n = idx.size();
        // best link per (passage, other document), by score then partner index
        Map<Long, Link> best = new HashMap<>();
        for (Link l : links) {
            consider(best, l.source().index(), idx.documentOf(l.target().index()), l);
            consider(best, l.target().index(), idx.documentOf(l.source().index()), l);
        }
        // mutually best links at or above the threshold; each connected component is an event
        List<Link> mutual = new ArrayList<>();
        for (Link l : links) {
            int a = l.source().index();
            int b = l.target().index();
            if (best.get(((long) a << 32) | idx.documentOf(b)) == l && best.get(((long) b << 32) | idx.documentOf(a)) == l
                    && !below(l.score(), s.clusterThreshold())) mutual.add(l);
        }
        List<List<Link>> components = new ArrayList<>();
        split(idx, mutual, components);
        List<EventCluster> out = new ArrayList<>();
        for (List<Link> comp : components) {
            java.util.TreeSet<Integer> g = new java.util.TreeSet<>();
            double sc = 0;
            for (Link l : comp) {
                g.add(l.source().index());
                g.add(l.target().index());
                sc += l.score();
            }
            out.add(make(idx, anchors, s, new ArrayList<>(g), sc));
        }
        out.sort((x, y) -> {
            int c = Double.compare(y.score, x.score);
            return c != 0 ? c : Integer.compare(x.passages.get(0).index(), y.passages.get(0).index());
        });
        List<EventCluster> numbered = new ArrayList<>(out.size());
        for (int i = 0; i < out.size(); i++) {
            EventCluster c = out.get(i);
            numbered.add(new EventCluster(i + 1, c.label, c.passages, c.shared, c.score, c.anchors));
        }
        return Collections.unmodifiableList(numbered);
    }

    /**
     * Adds the connected components of {@code links} to {@code out}. A component that holds two passages of
     * one document is a chain that may run through several events: its links weaker than its median link
     * are dropped and the rest split again, until every component has at most one passage per document or
     * all its links are equally strong (then it stays whole).
     */
    private static void split(PassageIndex idx, List<Link> links, List<List<Link>> out) {
        Map<Integer, Integer> parent = new HashMap<>();
        for (Link l : links) {
            int ra = find(parent, l.source().index());
            int rb = find(parent, l.target().index());
            if (ra != rb) parent.put(Math.max(ra, rb), Math.min(ra, rb));
        }
        Map<Integer, List<Link>> byRoot = new TreeMap<>();
        for (Link l : links) byRoot.computeIfAbsent(find(parent, l.source().index()), k -> new ArrayList<>()).add(l);
        for (List<Link> comp : byRoot.values()) {
            Set<Integer> passages = new java.util.HashSet<>();
            Set<Integer> docs = new java.util.HashSet<>();
            boolean chained = false;
            for (Link l : comp) {
                for (int p : new int[] {l.source().index(), l.target().index()}) {
                    if (passages.add(p) && !docs.add(idx.documentOf(p))) chained = true;
                }
            }
            if (!chained) {
                out.add(comp);
                continue;
            }
            double[] scores = comp.stream().mapToDouble(Link::score).sorted().toArray();
            double median = scores[(scores.length - 1) / 2];
            List<Link> strong = new ArrayList<>();
            for (Link l : comp) if (!below(l.score(), median)) strong.add(l);
            if (strong.size() == comp.size()) out.add(comp);
            else split(idx, strong, out);
        }
    }

    private static int find(Map<Integer, Integer> parent, int x) {
        Integer p;
        while ((p = parent.get(x)) != null) {
            Integer gp = parent.get(p);
            if (gp != null) parent.put(x, gp); // path halving
            x = p;
        }
        return x;
    }

    /** Relative tolerance of score comparisons: scores equal up to rounding (symmetric pairs) count as equal. */
    static final double TOLERANCE = 1e-9;

    /** Whether {@code score} is below {@code threshold} by more than a rounding error. */
    static boolean below(double score, double threshold) {
        return score < threshold - TOLERANCE * Math.max(Math.abs(score), Math.abs(threshold));
    }

    private static void consider(Map<Long, Link> best, int passage, int doc, Link l) {
        long key = ((long) passage << 32) | doc;
        Link cur = best.get(key);
        if (cur == null || l.score() > cur.score()) best.put(key, l);
    }

    private static EventCluster make(PassageIndex idx, CorpusAnchors anchors, ComparableAligner.Settings s, List<Integer> g,
                                     double score) {
        // features present in passages of at least two documents (one pass over the passages' features)
        Map<Integer, Set<Integer>> docsOf = new HashMap<>();
        for (int p : g) {
            for (int f : idx.featuresOf(p)) docsOf.computeIfAbsent(f, k -> new java.util.HashSet<>()).add(idx.documentOf(p));
        }
        docsOf.values().removeIf(d -> d.size() < 2);
        List<SharedAnchor> shared = new ArrayList<>();
        for (Map.Entry<Integer, Set<Integer>> e : docsOf.entrySet()) {
            int f = e.getKey();
            AnchorType t = idx.type(f);
            if (t == null) continue; // lexical stems are evidence, not labels
            double w = idx.idf(f) * s.typeWeight(t) * e.getValue().size();
            shared.add(new SharedAnchor(t, idx.value(f), display(t, idx.value(f), anchors), e.getValue().size(), w));
        }
        shared.sort((x, y) -> {
            int c = Double.compare(y.weight(), x.weight());
            return c != 0 ? c : (x.type().label() + x.value()).compareTo(y.type().label() + y.value());
        });
        // one label entry per display text; a coarser time value adds nothing next to its finer one
        List<String> parts = new ArrayList<>();
        for (SharedAnchor a : shared) {
            if (parts.size() == LABEL_ANCHORS) break;
            if (a.type() == AnchorType.COGNATE && shared.size() > LABEL_ANCHORS) continue;
            boolean covered = false;
            for (String p : parts) if (p.equalsIgnoreCase(a.display()) || (a.type() == AnchorType.TIME && p.startsWith(a.value()))) covered = true;
            if (!covered) parts.add(a.display());
        }
        List<Passage> ps = new ArrayList<>();
        for (int p : g) ps.add(idx.passage(p));
        return new EventCluster(0, parts.isEmpty() ? "(no shared anchor)" : String.join(" · ", parts), ps, shared, score, anchors);
    }

    /** How an anchor reads in a label. */
    static String display(AnchorType t, String value, CorpusAnchors anchors) {
        switch (t) {
            case ORDINAL -> {
                int h = value.indexOf('#');
                return h > 0 ? value.substring(0, h).replace('_', ' ') + " #" + value.substring(h + 1) : value;
            }
            case ENTITY -> {
                if (anchors != null && anchors.entities() != null) {
                    try {
                        String l = anchors.entities().label(value);
                        if (l != null && !l.isBlank()) return l;
                    } catch (RuntimeException ignored) {
                        // an id unknown to the clusters: fall back to the id
                    }
                }
                return value.isEmpty() ? value : Character.toUpperCase(value.charAt(0)) + value.substring(1);
            }
            case CONCEPT, COGNATE -> {
                return value.replace('_', ' ');
            }
            default -> {
                return value;
            }
        }
    }

    /** The passage text with the anchors whose key is in {@code keys} in [brackets]. */
    private static String mark(Passage p, CorpusAnchors anchors, Set<String> keys) {
        if (anchors == null) return p.text();
        org.parallax.core.Document d;
        try {
            d = anchors.corpus().document(p.doc());
        } catch (IllegalArgumentException e) {
            return p.text();
        }
        List<Anchor> list = anchors.forSpan(d, p.start(), p.end()).anchors();
        StringBuilder sb = new StringBuilder();
        int pos = p.start();
        String text = d.text();
        for (Anchor a : list) {
            if (!keys.contains(a.key()) || a.start() < pos) continue;
            sb.append(text, pos, a.start()).append('[').append(text, a.start(), a.end()).append(']');
            pos = a.end();
        }
        sb.append(text, pos, p.end());
        return sb.toString();
    }

    /** The synopsis: the passages side by side, one column per document, shared anchors in [brackets]. */
    @Override
    public String toString() { return synopsis(36, 14); }

    /** The synopsis with a column width and at most {@code rows} text rows per column. */
    public String synopsis(int width, int rows) {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Map<String, Integer> perDoc = new HashMap<>();
        for (Passage p : passages) {
            List<String> col = columns.computeIfAbsent(p.doc(), k -> new ArrayList<>());
            if (perDoc.merge(p.doc(), 1, Integer::sum) > 3 || col.size() > rows) continue;
            col.add("-- " + p.label().substring(p.doc().length() + 1) + " --");
            col.addAll(wrap(markedText(p), width));
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Event %d: %s  (%d passages in %d documents, score %.3f)%n", id, label,
                passages.size(), columns.size(), score));
        List<String> docs = new ArrayList<>(columns.keySet());
        StringBuilder head = new StringBuilder();
        for (String d : docs) head.append(pad(d.length() > width ? d.substring(0, width) : d, width)).append(" | ");
        sb.append(head.toString().stripTrailing()).append(System.lineSeparator());
        int max = 0;
        for (List<String> c : columns.values()) max = Math.max(max, c.size());
        int shown = Math.min(max, rows);
        for (int r = 0; r < shown; r++) {
            StringBuilder line = new StringBuilder();
            for (String d : docs) {
                List<String> c = columns.get(d);
                String cell = r < c.size() ? c.get(r) : "";
                if (r == shown - 1 && c.size() > shown) cell = "…";
                line.append(pad(cell, width)).append(" | ");
            }
            sb.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return sb.toString();
    }

    private static String pad(String s, int w) {
        return s.length() >= w ? s.substring(0, w) : s + " ".repeat(w - s.length());
    }

    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        String t = text.replace('\n', ' ').replace('\r', ' ').strip();
        for (String word : t.split("\\s+")) {
            if (word.isEmpty()) continue;
            if (out.isEmpty() || out.get(out.size() - 1).length() + 1 + word.length() > width) {
                while (word.length() > width) {
                    out.add(word.substring(0, width));
                    word = word.substring(width);
                }
                out.add(word);
            } else {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + word);
            }
        }
        return out;
    }

    /** Passage indexes (for tests). */
    int[] passageIndexes() { return Arrays.stream(passages.toArray(new Passage[0])).mapToInt(Passage::index).toArray(); }
}

package org.parallax.align.eval;

import org.parallax.align.Link;
import org.parallax.core.CorpusException;
import org.parallax.core.Language;
import org.parallax.core.Manifest;
import org.parallax.core.ManifestEntry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The built-in evaluation of passage links against an event annotation: the measures of
 * {@code score_links.py}, computed exactly as the script computes them, per language pair.
 *
 * <ul>
 * <li><b>precision</b>: share of the links (links inside one document left out) whose source span and
 *     target span share an event (some line of each tells it);</li>
 * <li><b>recall</b>: share of the gold pairs (an event and two documents that tell it) joined by a
 *     link, in either direction, whose spans overlap the event's lines in both documents;</li>
 * <li><b>P@1</b>: for every annotated line of a document and every other annotated document that tells
 *     one of its events, the best-scoring link from a span covering the line into that document (links
 *     taken in both directions; among equal scores the first in file order wins, each link offering its
 *     forward and its reverse reading in turn; a NaN score is never beaten once chosen and never chosen
 *     over an earlier link) must land on a line telling one of those events;</li>
 * <li><b>strict F1</b> (with {@code strict}): gold beads are the connected groups of lines of two
 *     documents joined by shared events (a verse merged with its neighbour gives a 2-1 bead); a link
 *     counts when its two spans are exactly one bead; F1 of that precision and recall.</li>
 * </ul>
 *
 * <p>Rows are keyed by the sorted pair of the documents' languages ({@code en-it}), {@code ?} for a
 * document without a language; the {@code all} row comes first. Counts are exact, so the ratios are the
 * script's to the last bit. Stateless and thread-safe.
 *
 * <pre>{@code
 * GoldAnnotation gold = GoldAnnotation.read(Path.of("seeds/seeds-events.tsv"));
 * LinkFile links = LinkFile.read(Path.of("links.tsv"));
 * Map<String, Language> langs = Evaluation.readLanguages(Path.of("seeds/corpus.tsv"));
 * EvaluationResult r = Evaluation.evaluate(gold, links, langs, false);
 * System.out.print(r.toScriptTsv(false));
 *
 * // or straight from an aligner's links, in memory
 * EvaluationResult r2 = Evaluation.evaluateLinks(gold, alignment.links(), langs, true);
 * }</pre>
 */
public final class Evaluation {
    private Evaluation() {}

    /** Evaluates a links file, the script's way; {@code languages} may be null or empty (all {@code ?}). */
    public static EvaluationResult evaluate(GoldAnnotation gold, LinkFile links, Map<String, Language> languages, boolean strict) {
        return evaluate(gold, links.rows(), languages, strict);
    }

    /** Evaluates an aligner's links (each as {@link LinkRow#of(Link)}), in their order. */
    public static EvaluationResult evaluateLinks(GoldAnnotation gold, List<Link> links, Map<String, Language> languages,
                                                 boolean strict) {
        List<LinkRow> rows = new ArrayList<>(links.size());
        for (Link l : links) rows.add(LinkRow.of(l));
        return evaluate(gold, rows, languages, strict);
    }

    /** Reads the three files and evaluates; {@code manifest} may be null. */
    public static EvaluationResult evaluate(Path gold, Path links, Path manifest, boolean strict) {
        return evaluate(GoldAnnotation.read(gold), LinkFile.read(links), manifest == null ? Map.of() : readLanguages(manifest), strict);
    }

    /** The language of every document of a manifest. */
    public static Map<String, Language> languages(Manifest manifest) {
        Map<String, Language> m = new LinkedHashMap<>();
        for (ManifestEntry e : manifest.entries()) m.put(e.id(), e.language());
        return Collections.unmodifiableMap(m);
    }

    /**
     * The languages of a manifest file ({@code corpus.tsv}, or a corpus folder holding one), read with
     * the manifest's rules but without checking that its documents' files exist: the evaluation needs
     * only ids and languages.
     */
    public static Map<String, Language> readLanguages(Path manifest) {
        Path file = Files.isDirectory(manifest) ? manifest.resolve(Manifest.FILE_NAME) : manifest;
        try (InputStream in = Files.newInputStream(file)) {
            return languages(Manifest.read(in, file));
        } catch (IOException e) {
            throw CorpusException.inFile(file, "cannot read manifest: " + e.getMessage(), e);
        }
    }

    /**
     * Evaluates links, in their order (the order decides ties of P@1), against the gold annotation.
     *
     * @param gold      the event annotation
     * @param links     the links; links inside one document are ignored
     * @param languages document id to language; null or missing ids give {@code ?}
     * @param strict    whether to compute the strict (bead) measure
     */
    public static EvaluationResult evaluate(GoldAnnotation gold, List<LinkRow> links, Map<String, Language> languages,
                                            boolean strict) {
        return evaluateLabelled(gold, links, LanguageLabels.of(languages), strict);
    }

    /**
     * Evaluates links with the documents' language labels as a manifest gives them to {@code score_links.py}
     * ({@link LanguageLabels#read}: any string, kept as written); rows are keyed and sorted by those labels
     * exactly as the script keys and sorts them (by code point).
     *
     * <pre>{@code
     * LanguageLabels labels = LanguageLabels.read(Path.of("corpus.tsv"), System.err::println);
     * Evaluation.evaluateLabelled(GoldAnnotation.readLikeScript(gold, System.err::println),
     *         LinkFile.readLikeScript(links, System.err::println).rows(), labels, true);
     * }</pre>
     */
    public static EvaluationResult evaluateLabelled(GoldAnnotation gold, List<LinkRow> links, LanguageLabels labels,
                                                    boolean strict) {
        return new Run(gold, links, labels == null ? LanguageLabels.of(null) : labels).result(strict);
    }

    /** Python's order of strings: by code point (Java's {@code compareTo} orders by UTF-16 unit). */
    static int compareCodePoints(String a, String b) {
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i), y = b.codePointAt(j);
            if (x != y) return Integer.compare(x, y);
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static final int LINKS = 0;
    private static final int CORRECT = 1;
    private static final int GOLD = 2;
    private static final int FOUND = 3;
    private static final int P1_N = 4;
    private static final int P1_HIT = 5;
    private static final int BEADS = 6;
    private static final int STRICT_OK = 7;

    /** An unordered pair of documents, a &lt; b. */
    private record DocPair(String a, String b) {
        static DocPair of(String x, String y) { return compareCodePoints(x, y) < 0 ? new DocPair(x, y) : new DocPair(y, x); }
    }

    /** An ordered pair of documents. */
    private record Directed(String from, String to) {}

    /** One reading of a link from one of its documents: the span there, the span in the other, the score. */
    private record Reading(int first, int last, int otherFirst, int otherLast, double score) {}

    /** A bead whose line sets are contiguous (only those can equal a link's spans), a before b. */
    private record Bead(String a, int aFirst, int aLast, String b, int bFirst, int bLast) {}

    /** One evaluation. */
    private static final class Run {
        final GoldAnnotation gold;
        final List<LinkRow> links = new ArrayList<>();
        final LanguageLabels labels;
        final Map<String, long[]> stats = new HashMap<>();

        Run(GoldAnnotation gold, List<LinkRow> all, LanguageLabels labels) {
            this.gold = gold;
            this.labels = labels;
            for (LinkRow l : all) if (!l.withinOneDocument()) links.add(l);
            stats.put(EvaluationResult.ALL, new long[8]);
        }

        String pairKey(String d1, String d2) {
            String l1 = labels.label(d1);
            String l2 = labels.label(d2);
            return compareCodePoints(l1, l2) <= 0 ? l1 + "-" + l2 : l2 + "-" + l1;
        }

        void add(String key, int counter) {
            stats.computeIfAbsent(key, k -> new long[8])[counter]++;
            stats.get(EvaluationResult.ALL)[counter]++;
        }

        EvaluationResult result(boolean strict) {
            precision();
            recall();
            pAt1();
            if (strict) strict();
            List<String> keys = new ArrayList<>(stats.keySet());
            keys.sort(Evaluation::compareCodePoints);
            keys.remove(EvaluationResult.ALL);
            keys.add(0, EvaluationResult.ALL);
            List<EvaluationResult.Counts> counts = new ArrayList<>();
            for (String k : keys) {
                long[] s = stats.get(k);
                counts.add(new EvaluationResult.Counts(k, s[LINKS], s[CORRECT], s[GOLD], s[FOUND], s[P1_N], s[P1_HIT],
                        s[BEADS], s[STRICT_OK]));
            }
            return new EvaluationResult(strict, counts);
        }

        /** The events told on the lines of a span. */
        Set<String> eventsOf(String doc, int first, int last) {
            if (first > last) return Set.of();
            NavigableMap<Integer, Set<String>> m = gold.lineEvents(doc);
            if (m.isEmpty()) return Set.of();
            Set<String> out = new HashSet<>();
            for (Set<String> e : m.subMap(first, true, last, true).values()) out.addAll(e);
            return out;
        }

        void precision() {
            for (LinkRow l : links) {
                String k = pairKey(l.sourceDoc(), l.targetDoc());
                add(k, LINKS);
                Set<String> s = eventsOf(l.sourceDoc(), l.sourceFirstLine(), l.sourceLastLine());
                if (s.isEmpty()) continue;
                for (String e : eventsOf(l.targetDoc(), l.targetFirstLine(), l.targetLastLine())) {
                    if (s.contains(e)) {
                        add(k, CORRECT);
                        break;
                    }
                }
            }
        }

        void recall() {
            Map<DocPair, List<LinkRow>> byPair = new HashMap<>();
            for (LinkRow l : links) byPair.computeIfAbsent(DocPair.of(l.sourceDoc(), l.targetDoc()), k -> new ArrayList<>()).add(l);
            for (String e : gold.events()) {
                List<String> ds = new ArrayList<>(gold.documents(e));
                ds.sort(Evaluation::compareCodePoints); // as Python sorts them
                for (int i = 0; i < ds.size(); i++) {
                    for (int j = i + 1; j < ds.size(); j++) {
                        String d1 = ds.get(i);
                        String d2 = ds.get(j);
                        String k = pairKey(d1, d2);
                        add(k, GOLD);
                        NavigableSet<Integer> g1 = gold.lines(e, d1);
                        NavigableSet<Integer> g2 = gold.lines(e, d2);
                        for (LinkRow l : byPair.getOrDefault(DocPair.of(d1, d2), List.of())) {
                            boolean forward = l.sourceDoc().equals(d1) && l.targetDoc().equals(d2)
                                    && meets(l.sourceFirstLine(), l.sourceLastLine(), g1) && meets(l.targetFirstLine(), l.targetLastLine(), g2);
                            boolean backward = l.sourceDoc().equals(d2) && l.targetDoc().equals(d1)
                                    && meets(l.sourceFirstLine(), l.sourceLastLine(), g2) && meets(l.targetFirstLine(), l.targetLastLine(), g1);
                            if (forward || backward) {
                                add(k, FOUND);
                                break;
                            }
                        }
                    }
                }
            }
        }

        void pAt1() {
            // every link read from both ends, in file order: forward reading, then reverse reading
            Map<Directed, List<Reading>> byDocpair = new HashMap<>();
            for (LinkRow l : links) {
                byDocpair.computeIfAbsent(new Directed(l.sourceDoc(), l.targetDoc()), k -> new ArrayList<>())
                        .add(new Reading(l.sourceFirstLine(), l.sourceLastLine(), l.targetFirstLine(), l.targetLastLine(), l.score()));
                byDocpair.computeIfAbsent(new Directed(l.targetDoc(), l.sourceDoc()), k -> new ArrayList<>())
                        .add(new Reading(l.targetFirstLine(), l.targetLastLine(), l.sourceFirstLine(), l.sourceLastLine(), l.score()));
            }
            SortedSet<String> allDocs = gold.documents();
            for (String d1 : allDocs) {
                NavigableMap<Integer, Set<String>> lineEvents = gold.lineEvents(d1);
                for (String d2 : allDocs) {
                    if (d2.equals(d1)) continue;
                    // the best reading for every annotated line of d1, readings taken in order: the same choice as
                    // scanning them per line (`if l in sa and (best is None or sc > best[1])`), in one pass
                    Map<Integer, Reading> best = new HashMap<>();
                    for (Reading r : byDocpair.getOrDefault(new Directed(d1, d2), List.of())) {
                        if (r.first() > r.last()) continue;
                        for (Integer line : lineEvents.subMap(r.first(), true, r.last(), true).keySet()) {
                            Reading b = best.get(line);
                            if (b == null || r.score() > b.score()) best.put(line, r); // NaN compares false, as in Python
                        }
                    }
                    String k = pairKey(d1, d2);
                    for (Map.Entry<Integer, Set<String>> le : lineEvents.entrySet()) {
                        NavigableSet<Integer> targets = new TreeSet<>();
                        for (String e : le.getValue()) targets.addAll(gold.lines(e, d2));
                        if (targets.isEmpty()) continue;
                        add(k, P1_N);
                        Reading b = best.get(le.getKey());
                        if (b != null && meets(b.otherFirst(), b.otherLast(), targets)) add(k, P1_HIT);
                    }
                }
            }
        }

        void strict() {
            // line pairs sharing an event, per pair of documents (a < b)
            Map<DocPair, List<int[]>> pairsByDocs = new LinkedHashMap<>();
            for (String e : gold.events()) {
                List<String> ds = new ArrayList<>(gold.documents(e));
                ds.sort(Evaluation::compareCodePoints); // as Python sorts them
                for (int i = 0; i < ds.size(); i++) {
                    for (int j = i + 1; j < ds.size(); j++) {
                        List<int[]> prs = pairsByDocs.computeIfAbsent(new DocPair(ds.get(i), ds.get(j)), k -> new ArrayList<>());
                        for (int l1 : gold.lines(e, ds.get(i))) for (int l2 : gold.lines(e, ds.get(j))) prs.add(new int[] {l1, l2});
                    }
                }
            }
            Set<Bead> beads = new HashSet<>();
            for (Map.Entry<DocPair, List<int[]>> pe : pairsByDocs.entrySet()) {
                DocPair dp = pe.getKey();
                String k = pairKey(dp.a(), dp.b());
                for (NavigableSet<Integer>[] comp : components(pe.getValue())) {
                    add(k, BEADS);
                    NavigableSet<Integer> x = comp[0];
                    NavigableSet<Integer> y = comp[1];
                    if (contiguous(x) && contiguous(y)) beads.add(new Bead(dp.a(), x.first(), x.last(), dp.b(), y.first(), y.last()));
                }
            }
            for (LinkRow l : links) {
                if (l.sourceFirstLine() > l.sourceLastLine() || l.targetFirstLine() > l.targetLastLine()) continue; // empty spans
                Bead key = compareCodePoints(l.sourceDoc(), l.targetDoc()) < 0
                        ? new Bead(l.sourceDoc(), l.sourceFirstLine(), l.sourceLastLine(), l.targetDoc(), l.targetFirstLine(), l.targetLastLine())
                        : new Bead(l.targetDoc(), l.targetFirstLine(), l.targetLastLine(), l.sourceDoc(), l.sourceFirstLine(), l.sourceLastLine());
                if (beads.contains(key)) add(pairKey(l.sourceDoc(), l.targetDoc()), STRICT_OK);
            }
        }
    }

    /** The connected components of a bipartite graph given by its edges (line of a, line of b). */
    @SuppressWarnings("unchecked")
    private static List<NavigableSet<Integer>[]> components(List<int[]> edges) {
        Map<Integer, List<Integer>> adjA = new HashMap<>();
        Map<Integer, List<Integer>> adjB = new HashMap<>();
        for (int[] e : edges) {
            adjA.computeIfAbsent(e[0], k -> new ArrayList<>()).add(e[1]);
            adjB.computeIfAbsent(e[1], k -> new ArrayList<>()).add(e[0]);
        }
        Set<Integer> seenA = new HashSet<>();
        Set<Integer> seenB = new HashSet<>();
        List<NavigableSet<Integer>[]> out = new ArrayList<>();
        for (int[] e : edges) {
            if (seenA.contains(e[0])) continue;
            NavigableSet<Integer> xs = new TreeSet<>();
            NavigableSet<Integer> ys = new TreeSet<>();
            Deque<int[]> todo = new ArrayDeque<>(); // {side, line}
            todo.push(new int[] {0, e[0]});
            seenA.add(e[0]);
            while (!todo.isEmpty()) {
                int[] n = todo.pop();
                if (n[0] == 0) {
                    xs.add(n[1]);
                    for (int b : adjA.get(n[1])) if (seenB.add(b)) todo.push(new int[] {1, b});
                } else {
                    ys.add(n[1]);
                    for (int a : adjB.get(n[1])) if (seenA.add(a)) todo.push(new int[] {0, a});
                }
            }
            out.add(new NavigableSet[] {xs, ys});
        }
        return out;
    }

    private static boolean contiguous(NavigableSet<Integer> s) {
        return !s.isEmpty() && (long) s.last() - s.first() + 1 == s.size();
    }

    /** Whether the span first..last (empty when last &lt; first) holds a line of the set. */
    private static boolean meets(int first, int last, NavigableSet<Integer> lines) {
        if (first > last) return false;
        Integer c = lines.ceiling(first);
        return c != null && c <= last;
    }
}

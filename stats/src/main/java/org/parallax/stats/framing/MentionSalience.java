package org.parallax.stats.framing;

import org.parallax.core.Block;
import org.parallax.core.Document;
import org.parallax.core.TokenTable;
import org.parallax.core.anchor.Anchor;
import org.parallax.core.anchor.AnchorType;
import org.parallax.core.anchor.CorpusAnchors;
import org.parallax.core.table.Table;
import org.parallax.stats.Dispersion;
import org.parallax.stats.KeynessMeasures;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How much each source foregrounds each concept (of the multilingual lexicon) or each actor (an entity
 * cluster across languages), comparable across languages because both are language-independent ids.
 *
 * <p>Per source and id: mentions; share of the source's mentions of that kind; keyness against the other
 * sources (log-likelihood G2 and log ratio over a = mentions in the source, b = in the others, c and d the
 * totals of that kind); dispersion over the source's paragraphs (Gries' DP, 0 = even, 1 = concentrated,
 * over token-sized paragraphs); and the position of the first mention (0 = first character, 1 = last;
 * the earliest over the source's documents). A source is a document, a group of documents or the
 * passages of an event cluster ({@link Source}).
 *
 * <pre>{@code
 * Corpus corpus = Corpus.seeds();
 * CorpusAnchors anchors = AnchorExtractor.standard().extract(corpus);
 * MentionSalience s = MentionSalience.of(anchors, Source.documents(corpus), MentionSalience.Kind.ACTOR, 2);
 * s.top("en-essay", 5);    // stalin (27 mentions, share 0.38), khrushchev (8) ...
 * System.out.println(s);   // one row per source and actor
 * }</pre>
 *
 * <p>Immutable.
 */
public final class MentionSalience {
    /**
     * What is counted.
     *
     * <pre>{@code
     * Corpus c = Corpus.seeds();
     * MentionSalience.of(AnchorExtractor.standard().extract(c), Source.documents(c), MentionSalience.Kind.CONCEPT, 2).
     *         top("en-essay", 2);   // destalinization (30 mentions), soviet (27)
     * }</pre>
     */
    public enum Kind {
        /** Concepts of the lexicon (anchors of type concept). */
        CONCEPT,
        /** Actors: entity clusters (anchors of type entity). */
        ACTOR;

        AnchorType type() { return this == CONCEPT ? AnchorType.CONCEPT : AnchorType.ENTITY; }
    }

    /**
     * One id in one source.
     *
     * <pre>{@code
     * Corpus c = Corpus.seeds();
     * MentionSalience s = MentionSalience.of(AnchorExtractor.standard().extract(c), Source.documents(c),
     *         MentionSalience.Kind.ACTOR, 2);
     * MentionSalience.Row r = s.row("en-essay", "stalin").orElseThrow();
     * r.mentions(); r.share();   // 27, 0.38: of the essay's actor mentions
     * r.g2();                    // 4.96: over-used against the other documents
     * }</pre>
     *
     * @param source        source name
     * @param kind          concept or actor
     * @param id            concept id or entity cluster id
     * @param label         readable label
     * @param mentions      mentions in the source
     * @param share         share of the source's mentions of this kind
     * @param g2            log-likelihood against the other sources (signed: negative when under-used)
     * @param logRatio      log2 of the relative frequencies (source / others; zero counts as 0.5)
     * @param dp            Gries' DP over the source's paragraphs (NaN with a single paragraph)
     * @param firstMention  relative position of the first mention in [0, 1]
     */
    public record Row(String source, Kind kind, String id, String label, int mentions, double share, double g2,
                      double logRatio, double dp, double firstMention) {}

    private final Kind kind;
    private final List<String> sources;
    private final List<Row> rows;
    private final Map<String, Map<String, Integer>> mentions;

    private MentionSalience(Kind kind, List<String> sources, List<Row> rows, Map<String, Map<String, Integer>> mentions) {
        this.kind = kind;
        this.sources = List.copyOf(sources);
        this.rows = Collections.unmodifiableList(rows);
        this.mentions = mentions;
    }

    /** Salience of the ids with at least {@code minMentions} mentions in a source, for each source. */
    public static MentionSalience of(CorpusAnchors anchors, List<Source> sources, Kind kind, int minMentions) {
        AnchorType type = kind.type();
        // per source: id -> mentions, first position, per-paragraph counts
        List<Map<String, int[]>> counts = new ArrayList<>();
        List<Map<String, Double>> first = new ArrayList<>();
        List<Map<String, long[]>> perPara = new ArrayList<>();
        List<long[]> paraSizes = new ArrayList<>();
        long[] totals = new long[sources.size()];
        for (int s = 0; s < sources.size(); s++) {
            Source src = sources.get(s);
            Map<String, int[]> c = new TreeMap<>();
            Map<String, Double> f = new HashMap<>();
            Map<String, long[]> pp = new HashMap<>();
            List<long[]> paras = new ArrayList<>(); // {doc index, block index, size}
            List<Document> docsOfParas = new ArrayList<>();
            List<int[]> paraSpans = new ArrayList<>();
            for (Source.Segment seg : src.segments()) {
                Document d = seg.document();
                TokenTable t = d.tokenTable();
                int[] blockSize = new int[d.blocks().size()];
                for (int i = 0; i < t.size(); i++) {
                    if (t.start(i) >= seg.start() && t.end(i) <= seg.end() && (t.isWord(i) || t.isNumber(i))) blockSize[t.block(i)]++;
                }
                for (Block b : d.blocks()) {
                    if (b.isBoilerplate() || b.end() <= seg.start() || b.start() >= seg.end()) continue;
                    int size = blockSize[b.index()];
                    if (size == 0) continue;
                    paras.add(new long[] {size});
                    docsOfParas.add(d);
                    paraSpans.add(new int[] {Math.max(b.start(), seg.start()), Math.min(b.end(), seg.end())});
                }
            }
            long[] sizes = new long[paras.size()];
            for (int i = 0; i < sizes.length; i++) sizes[i] = paras.get(i)[0];
            for (Source.Segment seg : src.segments()) {
                Document d = seg.document();
                double len = Math.max(1, seg.end() - seg.start());
                for (Anchor a : anchors.forSpan(d, seg.start(), seg.end()).anchors()) {
                    if (a.type() != type || a.boilerplate()) continue;
                    c.computeIfAbsent(a.value(), k -> new int[1])[0]++;
                    totals[s]++;
                    double pos = (a.start() - seg.start()) / len;
                    f.merge(a.value(), pos, Math::min);
                    long[] row = pp.computeIfAbsent(a.value(), k -> new long[sizes.length]);
                    for (int i = 0; i < sizes.length; i++) {
                        if (docsOfParas.get(i) == d && a.start() >= paraSpans.get(i)[0] && a.start() < paraSpans.get(i)[1]) {
                            row[i]++;
                            break;
                        }
                    }
                }
            }
            counts.add(c);
            first.add(f);
            perPara.add(pp);
            paraSizes.add(sizes);
        }
        long all = 0;
        for (long t : totals) all += t;
        Map<String, Integer> overall = new HashMap<>();
        for (Map<String, int[]> c : counts) for (Map.Entry<String, int[]> e : c.entrySet()) overall.merge(e.getKey(), e.getValue()[0], Integer::sum);
        List<Row> rows = new ArrayList<>();
        for (int s = 0; s < sources.size(); s++) {
            for (Map.Entry<String, int[]> e : counts.get(s).entrySet()) {
                int m = e.getValue()[0];
                if (m < minMentions) continue;
                long a = m;
                long c = totals[s];
                long b = overall.get(e.getKey()) - m;
                long d = all - totals[s];
                double g2 = d > 0 ? KeynessMeasures.g2(a, b, c, d) : Double.NaN;
                if (d > 0 && a * (double) d < b * (double) c) g2 = -g2;
                double lr = d > 0 ? KeynessMeasures.logRatio(a, b, c, d) : Double.NaN;
                long[] sizes = paraSizes.get(s);
                long[] freqs = perPara.get(s).get(e.getKey());
                double dp = sizes.length < 2 ? Double.NaN : Dispersion.dp(sizes, freqs);
                rows.add(new Row(sources.get(s).name(), kind, e.getKey(), label(kind, e.getKey(), anchors), m,
                        c == 0 ? 0 : (double) m / c, g2, lr, dp, first.get(s).get(e.getKey())));
            }
        }
        rows.sort(Comparator.comparing(Row::source, Comparator.comparingInt(n -> indexOf(sources, n)))
                .thenComparing(Comparator.comparingInt(Row::mentions).reversed()).thenComparing(Row::id));
        // every id's mentions per source, before the minMentions filter of the rows
        Map<String, Map<String, Integer>> mentions = new LinkedHashMap<>();
        for (int s = 0; s < sources.size(); s++) {
            Map<String, Integer> m = mentions.computeIfAbsent(sources.get(s).name(), k -> new TreeMap<>());
            for (Map.Entry<String, int[]> e : counts.get(s).entrySet()) m.merge(e.getKey(), e.getValue()[0], Integer::sum);
        }
        mentions.replaceAll((k, v) -> Collections.unmodifiableMap(v));
        return new MentionSalience(kind, sources.stream().map(Source::name).distinct().toList(), rows,
                Collections.unmodifiableMap(mentions));
    }

    private static int indexOf(List<Source> sources, String name) {
        for (int i = 0; i < sources.size(); i++) if (sources.get(i).name().equals(name)) return i;
        return Integer.MAX_VALUE;
    }

    private static String label(Kind kind, String id, CorpusAnchors anchors) {
        if (kind == Kind.ACTOR && anchors.entities() != null) {
            try {
                String l = anchors.entities().label(id);
                if (l != null && !l.isBlank()) return l;
            } catch (RuntimeException ignored) {
                // not a known cluster: fall back to the id
            }
        }
        return id.replace('_', ' ');
    }

    /** Concept or actor. */
    public Kind kind() { return kind; }

    /** All rows: by source, then mentions descending. */
    public List<Row> rows() { return rows; }

    /** The names of the sources, in the order given (sources without rows included). */
    public List<String> sources() { return sources; }

    /**
     * The rows of one source (empty when it mentions nothing often enough).
     *
     * @throws IllegalArgumentException when there is no source of that name (the message lists the sources)
     */
    public List<Row> forSource(String source) {
        checkSource(source);
        return rows.stream().filter(r -> r.source().equals(source)).toList();
    }

    private void checkSource(String source) {
        Objects.requireNonNull(source, "source");
        if (!sources.contains(source)) {
            throw new IllegalArgumentException("no source '" + source + "'; sources: " + String.join(", ", sources));
        }
    }

    /**
     * The {@code n} most mentioned ids of a source (all when fewer).
     *
     * @throws IllegalArgumentException when {@code n} is negative or there is no source of that name
     */
    public List<Row> top(String source, int n) {
        if (n < 0) throw new IllegalArgumentException("negative limit " + n);
        List<Row> r = forSource(source);
        return r.subList(0, Math.min(n, r.size()));
    }

    /**
     * One row, if the source mentions the id often enough.
     *
     * @throws IllegalArgumentException when there is no source of that name (the message lists the sources)
     */
    public java.util.Optional<Row> row(String source, String id) {
        checkSource(source);
        return rows.stream().filter(r -> r.source().equals(source) && r.id().equals(id)).findFirst();
    }

    /**
     * Every id a source mentions with its number of mentions, including the ids mentioned fewer than
     * {@code minMentions} times, which have no row: the counts to compare sources on (log-odds, maps).
     * Unmodifiable, sorted by id.
     *
     * <pre>{@code
     * Corpus c = Corpus.seeds();
     * MentionSalience s = MentionSalience.of(AnchorExtractor.standard().extract(c), Source.documents(c),
     *         MentionSalience.Kind.CONCEPT, 2);
     * s.mentions("it-destalinizzazione").get("attack");   // 3
     * s.mentions("en-wikipedia").get("attack");           // 1, although a source needs 2 mentions for a row
     * }</pre>
     *
     * @throws IllegalArgumentException when there is no source of that name (the message lists the sources)
     */
    public Map<String, Integer> mentions(String source) {
        checkSource(source);
        return mentions.getOrDefault(source, Map.of());
    }

    /** The rows as a table. */
    public Table toTable() {
        Table.Builder t = Table.builder("source", "kind", "id", "label", "mentions", "share", "g2", "log_ratio", "dp",
                "first_mention").name(kind.name().toLowerCase(Locale.ROOT) + "_salience");
        for (Row r : rows) {
            t.row(r.source(), r.kind().name().toLowerCase(Locale.ROOT), r.id(), r.label(), r.mentions(), r.share(), r.g2(),
                    r.logRatio(), r.dp(), r.firstMention());
        }
        return t.build();
    }

    @Override
    public String toString() { return toTable().toString(); }

    /**
     * Counts per source (rows) and id (columns) for a map of sources: the ids mentioned at least {@code min} times
     * in all, counted over every mention (as {@link #mentions(String)}, not only the rows). Sources without such
     * an id are left out. Unmodifiable, inner maps too.
     */
    public Map<String, Map<String, Integer>> countsBySource(int min) {
        Map<String, Integer> total = new HashMap<>();
        for (Map<String, Integer> m : mentions.values()) for (Map.Entry<String, Integer> e : m.entrySet()) total.merge(e.getKey(), e.getValue(), Integer::sum);
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Integer>> m : mentions.entrySet()) {
            for (Map.Entry<String, Integer> e : m.getValue().entrySet()) {
                if (total.get(e.getKey()) < min) continue;
                out.computeIfAbsent(m.getKey(), k -> new TreeMap<>()).put(e.getKey(), e.getValue());
            }
        }
        out.replaceAll((k, v) -> Collections.unmodifiableMap(v));
        return Collections.unmodifiableMap(out);
    }
}

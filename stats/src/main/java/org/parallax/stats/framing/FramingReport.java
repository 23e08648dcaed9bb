package org.parallax.stats.framing;

import org.parallax.align.Aligner;
import org.parallax.align.ComparableAlignment;
import org.parallax.align.EventCluster;
import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.Language;
import org.parallax.core.Layer;
import org.parallax.core.TokenTable;
import org.parallax.core.anchor.AnchorExtractor;
import org.parallax.core.anchor.CorpusAnchors;
import org.parallax.core.table.Table;
import org.parallax.stats.TokenSelection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How differently the sources of a corpus frame what they tell: every framing analysis in one object,
 * for the sources of the corpus (its documents, or groups of them by language, genre or any manifest
 * field) and for the event clusters of its comparable alignment. Each analysis is a {@link Table}:
 *
 * <ul>
 * <li>{@code concept_salience}, {@code actor_salience}: mentions, share, keyness, dispersion, first
 * mention of each concept and actor per source ({@link MentionSalience});</li>
 * <li>{@code log_odds_concepts}: each source against the rest on concept ids, across languages, over every
 * mention (the concepts shown need {@link #LOG_ODDS_MIN_MENTIONS} on the side they characterize);
 * {@code log_odds_lemmas}: each document against the other documents of its language on lemmas
 * ({@link LogOdds}, Monroe et al. 2008);</li>
 * <li>{@code frame_profiles}, {@code frame_differences}: frame rates with bootstrap intervals and the
 * significance of differences between sources ({@link CueProfiler});</li>
 * <li>{@code agency}, {@code agency_evidence}: agent, patient and passive roles of the key actors with the
 * sentences as evidence ({@link AgencyAnalyzer});</li>
 * <li>{@code stance_profiles}: hedges, boosters, positive and negative evaluation;</li>
 * <li>{@code factual_divergences}: dates and numbers that sources give differently for the same fact
 * ({@link FactualDivergence});</li>
 * <li>{@code source_map_sources}, {@code source_map_categories}, {@code source_dendrogram}: correspondence
 * analysis and hierarchical clustering of sources × frames ({@link SourceMap});</li>
 * <li>{@code cluster_concepts}, {@code cluster_stance}: concept salience and stance of each event
 * cluster.</li>
 * </ul>
 *
 * <pre>{@code
 * FramingReport r = FramingReport.of(Corpus.seeds(), "doc");
 * r.table("frame_profiles");
 * r.tables().keySet();       // every analysis by name
 * System.out.println(r);     // the head of each table
 * }</pre>
 *
 * <p>Immutable.
 */
public final class FramingReport {
    /** Top terms per source and direction in the log-odds tables. */
    public static final int LOG_ODDS_TOP = 15;
    /**
     * Mentions a concept needs on the side it characterizes (the source for {@code over}, the rest for
     * {@code under}) to be shown in {@code log_odds_concepts}, as for a row of {@code concept_salience}. It
     * selects the rows shown only: the counts and totals are every mention.
     */
    public static final int LOG_ODDS_MIN_MENTIONS = 2;
    /** Mentions a concept needs in a source for a row of {@code concept_salience} and {@code cluster_concepts}. */
    public static final int SALIENCE_MIN_MENTIONS = 2;

    private final String by;
    private final List<String> sources;
    private final Map<String, Table> tables;

    private FramingReport(String by, List<String> sources, Map<String, Table> tables) {
        this.by = by;
        this.sources = List.copyOf(sources);
        this.tables = Collections.unmodifiableMap(tables);
    }

    /**
     * The report of a corpus with sources grouped by a manifest field ({@code doc} = one source per document).
     *
     * @throws IllegalArgumentException when no document of the corpus has the field (the message lists those
     *                                  there are, see {@link Source#fields(Corpus)})
     */
    public static FramingReport of(Corpus corpus, String by) {
        groupField(corpus, by);
        CorpusAnchors anchors = AnchorExtractor.standard().extract(corpus);
        return of(corpus, anchors, Aligner.comparable().build().align(corpus, anchors), by);
    }

    /**
     * The report with anchors and alignment already computed.
     *
     * @throws IllegalArgumentException when no document of the corpus has the field {@code by}
     */
    public static FramingReport of(Corpus corpus, CorpusAnchors anchors, ComparableAlignment alignment, String by) {
        String field = groupField(corpus, by);
        List<Source> sources = field.equals("id") ? Source.documents(corpus) : Source.groupBy(corpus, field);
        Map<String, Table> t = new LinkedHashMap<>();
        MentionSalience concepts = MentionSalience.of(anchors, sources, MentionSalience.Kind.CONCEPT, SALIENCE_MIN_MENTIONS);
        MentionSalience actors = MentionSalience.of(anchors, sources, MentionSalience.Kind.ACTOR, 1);
        put(t, concepts.toTable());
        put(t, actors.toTable());
        put(t, conceptLogOdds(concepts));
        put(t, lemmaLogOdds(corpus));
        CueProfiler frames = CueProfiler.frames();
        List<CueProfile> frameProfiles = frames.profiles(sources);
        put(t, CueProfile.table(frameProfiles).named("frame_profiles"));
        put(t, frameDifferences(frames, sources));
        CueProfiler stance = CueProfiler.stance();
        put(t, CueProfile.table(stance.profiles(sources)).named("stance_profiles"));
        AgencyAnalyzer.Builder ab = AgencyAnalyzer.builder();
        if (!field.equals("id")) ab.groupBy(field);
        AgencyResult agency = ab.build().analyze(anchors);
        put(t, agency.toTable().named("agency"));
        put(t, agency.evidenceTable().named("agency_evidence"));
        put(t, FactualDivergence.table(FactualDivergence.find(anchors)));
        SourceMap map = frameMap(frameProfiles, sources);
        if (map != null) {
            put(t, map.rowCoordinates());
            put(t, map.columnCoordinates());
            put(t, map.dendrogram());
        }
        List<Source> clusters = new ArrayList<>();
        for (EventCluster c : alignment.clusters()) clusters.add(Source.cluster(corpus, c));
        if (!clusters.isEmpty()) {
            put(t, MentionSalience.of(anchors, clusters, MentionSalience.Kind.CONCEPT, SALIENCE_MIN_MENTIONS).toTable().named("cluster_concepts"));
            put(t, CueProfile.table(stance.profiles(clusters)).named("cluster_stance"));
        }
        List<String> names = new ArrayList<>();
        for (Source s : sources) names.add(s.name());
        return new FramingReport(field.equals("id") ? "doc" : field, names, t);
    }

    /** {@code id} for one source per document (null, blank, {@code doc}, {@code document}), else a field some document has. */
    private static String groupField(Corpus corpus, String by) {
        if (by == null || by.isBlank()) return "id";
        String f = Source.field(corpus, by);
        return f.equals("doc") ? "id" : f;
    }

    private static void put(Map<String, Table> t, Table table) { t.put(table.name(), table); }

    /**
     * Each source against the rest on concept ids: the most distinctive concepts in both directions. The counts
     * are every mention of each concept ({@link MentionSalience#mentions(String)}), not only the concepts a
     * source mentions often enough for a salience row, so n_a, n_b and α_0 are the sources' true totals.
     */
    private static Table conceptLogOdds(MentionSalience concepts) {
        Table.Builder out = Table.builder("source", "direction", "term", "a", "b", "delta", "z").name("log_odds_concepts");
        List<String> names = concepts.sources();
        for (String name : names) {
            Map<String, Integer> a = concepts.mentions(name);
            Map<String, Integer> rest = new TreeMap<>();
            for (String other : names) {
                if (other.equals(name)) continue;
                for (Map.Entry<String, Integer> c : concepts.mentions(other).entrySet()) rest.merge(c.getKey(), c.getValue(), Integer::sum);
            }
            addLogOdds(out, name, a, rest, LOG_ODDS_MIN_MENTIONS);
        }
        return out.build();
    }

    /** Each document against the other documents of its language, on lemmas (stopwords out). */
    private static Table lemmaLogOdds(Corpus corpus) {
        Table.Builder out = Table.builder("source", "direction", "term", "a", "b", "delta", "z").name("log_odds_lemmas");
        TokenSelection sel = TokenSelection.defaults().layer(Layer.LEMMA).withoutStopwords().numbers(false);
        Map<Language, List<Document>> byLanguage = new LinkedHashMap<>();
        for (Document d : corpus) byLanguage.computeIfAbsent(d.language(), k -> new ArrayList<>()).add(d);
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (Document d : corpus) {
            Map<String, Integer> c = new TreeMap<>();
            TokenTable t = d.tokenTable();
            for (int i = 0; i < t.size(); i++) {
                String term = sel.term(t, i, d.text());
                if (term != null) c.merge(term, 1, Integer::sum);
            }
            counts.put(d.id(), c);
        }
        for (List<Document> docs : byLanguage.values()) {
            if (docs.size() < 2) continue;
            for (Document d : docs) {
                Map<String, Integer> rest = new TreeMap<>();
                for (Document o : docs) {
                    if (o == d) continue;
                    for (Map.Entry<String, Integer> e : counts.get(o.id()).entrySet()) rest.merge(e.getKey(), e.getValue(), Integer::sum);
                }
                addLogOdds(out, d.id(), counts.get(d.id()), rest, 1);
            }
        }
        return out.build();
    }

    /**
     * Adds the top terms of both directions; the prior is the pooled frequency, as large as the data. Every
     * term counts in the totals; a term is shown only with at least {@code minShown} occurrences on the side
     * it characterizes (a for over, b for under).
     */
    private static void addLogOdds(Table.Builder out, String source, Map<String, Integer> a, Map<String, Integer> b, int minShown) {
        if (a.isEmpty() || b.isEmpty()) return;
        double total = 0;
        for (int v : a.values()) total += v;
        for (int v : b.values()) total += v;
        List<LogOdds.Row> rows = LogOdds.of(a, b, total).byZ();
        for (int i = 0, n = 0; i < rows.size() && n < LOG_ODDS_TOP; i++) {
            LogOdds.Row r = rows.get(i);
            if (r.z() <= 0) break;
            if (r.a() < minShown) continue;
            out.row(source, "over", r.term(), r.a(), r.b(), r.delta(), r.z());
            n++;
        }
        for (int i = rows.size() - 1, n = 0; i >= 0 && n < LOG_ODDS_TOP; i--) {
            LogOdds.Row r = rows.get(i);
            if (r.z() >= 0) break;
            if (r.b() < minShown) continue;
            out.row(source, "under", r.term(), r.a(), r.b(), r.delta(), r.z());
            n++;
        }
    }

    /** Frame rate differences of every pair of sources (up to eight sources), with permutation p-values. */
    private static Table frameDifferences(CueProfiler frames, List<Source> sources) {
        Table.Builder out = Table.builder("source_a", "source_b", "frame", "rate_a", "rate_b", "difference", "low", "high", "p",
                "p_holm").name("frame_differences");
        int n = Math.min(8, sources.size());
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                CueComparison c = frames.compare(sources.get(i), sources.get(j));
                for (CueComparison.Row r : c.rows()) {
                    out.row(sources.get(i).name(), sources.get(j).name(), r.category(), r.rateA(), r.rateB(), r.difference(),
                            r.low(), r.high(), r.p(), r.pHolm());
                }
            }
        }
        return out.build();
    }

    /** Correspondence analysis of sources × frames (hit counts), or null when there is too little to map. */
    private static SourceMap frameMap(List<CueProfile> profiles, List<Source> sources) {
        TreeSet<String> frames = new TreeSet<>();
        for (CueProfile p : profiles) for (CueProfile.Row r : p.rows()) frames.add(r.category());
        List<String> cats = new ArrayList<>(frames);
        double[][] counts = new double[profiles.size()][cats.size()];
        for (int i = 0; i < profiles.size(); i++) {
            for (CueProfile.Row r : profiles.get(i).rows()) counts[i][cats.indexOf(r.category())] = r.hits();
        }
        List<String> names = new ArrayList<>();
        for (Source s : sources) names.add(s.name());
        try {
            return SourceMap.of(names, cats, counts);
        } catch (IllegalArgumentException e) {
            return null; // fewer than two sources or frames with counts
        }
    }

    /** How the sources were grouped ({@code doc}, {@code language}, {@code genre} ...). */
    public String by() { return by; }

    /** The sources' names. */
    public List<String> sources() { return sources; }

    /** Every table by name, in report order. */
    public Map<String, Table> tables() { return tables; }

    /** One table by name. */
    public Table table(String name) {
        Table t = tables.get(name);
        if (t == null) throw new IllegalArgumentException("no table '" + name + "'; tables: " + String.join(", ", tables.keySet()));
        return t;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Framing report: %d sources by %s (%s)%n", sources.size(), by, String.join(", ", sources)));
        for (Map.Entry<String, Table> e : tables.entrySet()) {
            sb.append(System.lineSeparator()).append(e.getValue().preview(5));
        }
        return sb.toString();
    }
}

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

    /** Every table of a report, in report order: always all of them, empty when the corpus gives nothing for one. */
    public static final List<String> TABLES = List.of("concept_salience", "actor_salience", "log_odds_concepts", "log_odds_lemmas",
            "frame_profiles", "frame_differences", "stance_profiles", "agency", "agency_evidence", "factual_divergences",
            "source_map_sources", "source_map_categories", "source_dendrogram", "cluster_concepts", "cluster_stance");

    /** Why a table is empty when the reason is in what it compares, whatever the numbers (see {@link #note}). */
    private static final Map<String, String> EMPTY = Map.of(
            "concept_salience", "no source mentions a concept of the lexicon " + SALIENCE_MIN_MENTIONS + " times or more.",
            "actor_salience", "no source mentions an actor (an entity of the corpus).",
            "agency", "no key actor is the agent, patient, passive subject or passive agent of a clause.",
            "agency_evidence", "no key actor is the agent, patient, passive subject or passive agent of a clause.",
            "factual_divergences", "no two sentences of different documents give a different date or number for the same fact.");

    private final String by;
    private final List<String> sources;
    private final Map<String, Table> tables;
    private final Map<String, String> notes;

    private FramingReport(String by, List<String> sources, Map<String, Table> tables, Map<String, String> notes) {
        this.by = by;
        this.sources = List.copyOf(sources);
        this.tables = Collections.unmodifiableMap(tables);
        this.notes = Collections.unmodifiableMap(notes);
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
        Map<String, String> notes = new LinkedHashMap<>();
        SourceMap map = frameMap(frameProfiles, sources);
        if (map != null) {
            put(t, map.rowCoordinates());
            put(t, map.columnCoordinates());
            put(t, map.dendrogram());
        } else {
            String why = noMapNote(frameProfiles);
            for (Table e : SourceMap.emptyTables()) {
                put(t, e);
                notes.put(e.name(), why);
            }
        }
        List<Source> clusters = new ArrayList<>();
        for (EventCluster c : alignment.clusters()) clusters.add(Source.cluster(corpus, c));
        put(t, MentionSalience.of(anchors, clusters, MentionSalience.Kind.CONCEPT, SALIENCE_MIN_MENTIONS).toTable().named("cluster_concepts"));
        put(t, CueProfile.table(stance.profiles(clusters)).named("cluster_stance"));
        if (clusters.isEmpty()) {
            String why = "No event cluster: the documents share too few anchors (or the corpus has a single document).";
            notes.put("cluster_concepts", why);
            notes.put("cluster_stance", why);
        }
        List<String> names = new ArrayList<>();
        for (Source s : sources) names.add(s.name());
        for (String name : TABLES) {
            if (t.get(name).size() > 0 || notes.containsKey(name)) continue;
            notes.put(name, emptyNote(name, names.size(), concepts, corpus));
        }
        return new FramingReport(field.equals("id") ? "doc" : field, names, t, notes);
    }

    /** Why the map is missing: how many sources and frames have counts. */
    private static String noMapNote(List<CueProfile> profiles) {
        TreeSet<String> frames = new TreeSet<>();
        int counted = 0;
        for (CueProfile p : profiles) {
            boolean any = false;
            for (CueProfile.Row r : p.rows()) {
                if (r.hits() > 0) {
                    any = true;
                    frames.add(r.category());
                }
            }
            if (any) counted++;
        }
        return String.format(Locale.ROOT, "No map: it needs at least two sources and two frames with cue counts "
                + "(this corpus gives %d source%s with counts, using %d frame%s).", counted, counted == 1 ? "" : "s", frames.size(),
                frames.size() == 1 ? "" : "s");
    }

    /** Why a table other than the map and the clusters' is empty. */
    private static String emptyNote(String table, int sources, MentionSalience concepts, Corpus corpus) {
        String one = String.format(Locale.ROOT, " (this corpus gives %d source%s).", sources, sources == 1 ? "" : "s");
        switch (table) {
            case "log_odds_concepts":
                int mentioning = 0;
                for (String s : concepts.sources()) if (!concepts.mentions(s).isEmpty()) mentioning++;
                if (mentioning < 2) {
                    return String.format(Locale.ROOT, "No log-odds: each source is compared with the rest, which needs at least two "
                            + "sources mentioning concepts (this corpus gives %d).", mentioning);
                }
                return "No concept is mentioned " + LOG_ODDS_MIN_MENTIONS + " times or more on the side it characterizes.";
            case "log_odds_lemmas":
                Map<Language, Integer> perLanguage = new HashMap<>();
                for (Document d : corpus) perLanguage.merge(d.language(), 1, Integer::sum);
                if (perLanguage.values().stream().allMatch(n -> n < 2)) {
                    return "No log-odds: lemmas are compared between documents of one language, and no language has two "
                            + "documents (compare across languages in log_odds_concepts).";
                }
                return "No lemma distinguishes a document from the other documents of its language (or the documents have no "
                        + "lemma besides stopwords and numbers).";
            case "frame_differences":
                return sources < 2 ? "No differences: they compare pairs of sources" + one : "No frame has cues in these sources.";
            default:
                String why = EMPTY.get(table);
                return why != null ? "No rows: " + why : "No rows: the corpus gives nothing for this table" + one;
        }
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

    /** Every table by name, in report order: all of {@link #TABLES}. */
    public Map<String, Table> tables() { return tables; }

    /**
     * Why a table has no rows, when it has none: e.g. {@code source_map_sources} of a one-document corpus, "No
     * map: it needs at least two sources and two frames with cue counts (this corpus gives 1 source with
     * counts, using 4 frames)."; empty for a table with rows.
     *
     * @throws IllegalArgumentException for a name that is not a table (the message lists the tables)
     */
    public java.util.Optional<String> note(String name) {
        table(name);
        return java.util.Optional.ofNullable(notes.get(name));
    }

    /** One table by name (every name of {@link #TABLES}; a table may have no rows, see {@link #note}). */
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

package org.parallax.report;

import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.Language;
import org.parallax.core.Layer;
import org.parallax.core.table.Table;
import org.parallax.stats.AssociationMeasure;
import org.parallax.stats.Collocate;
import org.parallax.stats.CollocationResult;
import org.parallax.stats.Collocations;
import org.parallax.stats.FrequencyList;
import org.parallax.stats.Keyness;
import org.parallax.stats.KeynessResult;
import org.parallax.stats.Keyword;
import org.parallax.stats.TokenSelection;
import org.parallax.stats.framing.FramingReport;
import org.parallax.report.chart.BarChart;
import org.parallax.report.chart.GroupedBarChart;
import org.parallax.report.chart.IntervalChart;
import org.parallax.report.sections.AnchorsSection;
import org.parallax.report.sections.CorpusOverviewSection;
import org.parallax.report.sections.DocumentsSection;
import org.parallax.report.sections.EvaluationSection;
import org.parallax.report.sections.GroupedRankingSection;
import org.parallax.report.sections.LinksSection;
import org.parallax.report.sections.SourceMapSection;
import org.parallax.report.sections.SynopsisSection;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The sections of {@code parallax report}, in page order, and ready-made section shapes. The page is:
 * {@link #corpus()} (overview, documents, anchors), {@link #statistics()} (frequencies, keywords,
 * collocations), {@link #alignment()} (synopsis of the events, links, evaluation), {@link #framing()}
 * (salience, log-odds, frames, stance, agency, divergences, framing of each event) and
 * {@link #mapOfSources()}.
 *
 * <p><b>Adding a section.</b> Every analysis returns a {@link Table}; it becomes a section with one line
 * in the list it belongs to, using a shape:
 * <ul>
 * <li>{@link #ranking}: a bar chart of the first rows and the table (frequency, collocations, salience;
 *     negative values are drawn left of zero); {@link GroupedRankingSection} draws one per group;</li>
 * <li>{@link #grouped}: grouped bars from a long table (a measure per item and source: agency);</li>
 * <li>{@link #intervals}: bars with confidence-interval whiskers, coloured by source (frame profiles);</li>
 * <li>{@link #sourceMap}: a labelled scatter plot of x/y coordinates and the dendrogram of a merge table
 *     (Smile's {@code HierarchicalClustering} tree and heights, leaves = rows of the points table).</li>
 * </ul>
 *
 * <pre>{@code
 * List<ReportSection> mine = new ArrayList<>(StandardSections.all());
 * mine.add(new GroupedRankingSection("tfidf", "TF-IDF", "The most salient terms of each document.",
 *         ctx -> TfIdf.defaults().compute(ctx.corpus()).toTable(15), "doc", "term", "score", 15));
 * mine.add(StandardSections.intervals("stance", "Stance", null, StandardSections.framingTable("stance_profiles"),
 *         "category", "rate_per_1000", "low", "high", "source"));
 * ReportBuilder.of(Corpus.seeds()).sections(mine).write(Path.of("report"));
 * }</pre>
 */
public final class StandardSections {
    /** Bars drawn by {@link #ranking} (the table shows {@link TableView#DEFAULT_ROWS} rows, the files all). */
    public static final int RANKING_BARS = 30;

    /** Lemmas without stopwords, numbers, punctuation or boilerplate: the terms of the statistics sections. */
    public static final TokenSelection CONTENT_LEMMAS = TokenSelection.defaults().layer(Layer.LEMMA).withoutStopwords().numbers(false);
    /** Positive keywords shown per document. */
    public static final int KEYWORDS_PER_DOC = 15;
    /** Minimum frequency of a keyword in its document. */
    public static final int KEYWORD_MIN_FREQ = 3;
    /** Collocation window (words each side, within a sentence). */
    public static final int COLLOCATION_WINDOW = 4;
    /** Minimum co-occurrence (and node frequency) of a collocation. */
    public static final int COLLOCATION_MIN = 3;
    /** Concepts and actors drawn in the salience charts. */
    public static final int SALIENCE_BARS = 12;

    private StandardSections() {}

    /** Every section of the report, in page order. */
    public static List<ReportSection> all() {
        List<ReportSection> s = new ArrayList<>();
        s.addAll(corpus());
        s.addAll(statistics());
        s.addAll(alignment());
        s.addAll(framing());
        s.addAll(mapOfSources());
        return s;
    }

    /** The corpus: overview, per-document summaries, anchors. */
    public static List<ReportSection> corpus() {
        return List.of(new CorpusOverviewSection(), new DocumentsSection(), new AnchorsSection());
    }

    /**
     * The statistics: word frequencies with dispersion, each document's keywords against the other
     * documents of its language, and the strongest collocations. Add a section with one
     * {@link #ranking} line.
     */
    public static List<ReportSection> statistics() {
        List<ReportSection> s = new ArrayList<>();
        s.add(ranking("frequency", "Word frequencies",
                "Lemmas of the whole corpus without stopwords, numbers or boilerplate, by frequency, with their range "
                        + "(documents), Gries' DP (0 = spread evenly over the documents in proportion to their size, "
                        + "1 = all in one) and Juilland's D. The CSV has every lemma; on the command line: parallax freq "
                        + "CORPUS --layer lemma --no-stopwords --no-numbers.",
                StandardSections::frequencyTable, "term", "freq"));
        s.add(new GroupedRankingSection("keywords", "Keywords",
                "Each document against the other documents of its language (log-likelihood G2, lemmas without "
                        + "stopwords or numbers, at least " + KEYWORD_MIN_FREQ + " occurrences, the " + KEYWORDS_PER_DOC + " strongest "
                        + "positive keywords; p adjusted by Benjamini-Hochberg over all terms tested; on the command line: "
                        + "parallax keyness CORPUS --where language=LANG --doc-vs-rest DOC --layer lemma --no-stopwords "
                        + "--no-numbers --min-freq " + KEYWORD_MIN_FREQ + " --limit " + KEYWORDS_PER_DOC + "). A document alone in "
                        + "its language has no same-language reference: compare it across languages in the concept "
                        + "log-odds of the framing sections.",
                StandardSections::keywordTable, "doc", "term", "g2", KEYWORDS_PER_DOC));
        s.add(ranking("collocations", "Collocations",
                "Lemma pairs co-occurring within " + COLLOCATION_WINDOW + " words in the same sentence at least "
                        + COLLOCATION_MIN + " times (lemmas without stopwords or numbers), by logDice (14 = always together; "
                        + "Rychly 2008); each unordered pair once, a lemma with itself left out (repetition, not collocation), "
                        + "with MI, t-score and G2 (nan when the window counts a pair more often than one of its terms "
                        + "occurs, which leaves the 2x2 table with a negative cell). The row of a pair is the collocate's row of "
                        + "parallax collocations CORPUS NODE --layer lemma --no-stopwords --no-numbers --window "
                        + COLLOCATION_WINDOW + "," + COLLOCATION_WINDOW + " --min-freq " + COLLOCATION_MIN + ".",
                StandardSections::collocationTable, "pair", "log_dice"));
        return s;
    }

    /** The comparable alignment: synopsis of the events, links, evaluation (when there is a gold annotation). */
    public static List<ReportSection> alignment() {
        return List.of(new SynopsisSection(), new LinksSection(), new EvaluationSection());
    }

    /**
     * The framing comparisons of {@link FramingReport} with one source per document: concept and actor
     * salience, log-odds, frame and stance profiles with 95% bootstrap intervals, agency, factual
     * divergences, and the event clusters' concepts and stance. Add a section with one {@link #intervals},
     * {@link #grouped} or {@link #ranking} line over {@link #framingTable}.
     */
    public static List<ReportSection> framing() {
        List<ReportSection> s = new ArrayList<>();
        s.add(TableSection.builder("salience", "Concept and actor salience")
                .description("How much each source talks about each concept and actor (cross-lingual ids from the concept "
                        + "lexicon and the entity clusters): mentions, share of the source's mentions, G2 and log ratio "
                        + "against the other sources, dispersion (DP) and the relative position of the first mention.")
                .table(framingTable("concept_salience"))
                .chart(t -> GroupedBarChart.ofLong(topByTotal(t, "label", "mentions", SALIENCE_BARS), "label", "source", "share")
                        .title("Share of mentions: the " + SALIENCE_BARS + " most mentioned concepts").axisTitle("share"))
                .table(framingTable("actor_salience"))
                .chart(t -> GroupedBarChart.ofLong(topByTotal(t, "label", "mentions", SALIENCE_BARS), "label", "source", "share")
                        .title("Share of actor mentions").axisTitle("share"))
                .build());
        s.add(new GroupedRankingSection("log-odds-concepts", "Distinctive concepts (log-odds)",
                "Each source against all the others on concept ids, across languages: z-scores of the log-odds ratio with "
                        + "an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008); right of zero = over-represented "
                        + "in the source, left = under-represented. |z| > 1.96 is the usual threshold. Every mention counts; "
                        + "shown are the concepts mentioned at least " + FramingReport.LOG_ODDS_MIN_MENTIONS + " times on the side "
                        + "they characterize (parallax framing CORPUS --table log_odds_concepts).",
                framingTable("log_odds_concepts"), "source", "term", "z", 2 * FramingReport.LOG_ODDS_TOP));
        s.add(new GroupedRankingSection("log-odds-lemmas", "Distinctive words within a language (log-odds)",
                "Each document against the other documents of its language on lemmas (stopwords out), same measure.",
                framingTable("log_odds_lemmas"), "source", "term", "z", 2 * FramingReport.LOG_ODDS_TOP));
        s.add(TableSection.builder("frames", "Frame profiles")
                .description("Frame cues (frames.tsv: conflict, reform, morality, victims, ...) per 1,000 tokens of each "
                        + "source, with 95% intervals from a sentence bootstrap; then every pair of sources compared by a "
                        + "permutation test (p and Holm-adjusted p).")
                .table(framingTable("frame_profiles"))
                .chart(t -> IntervalChart.of(t, "category", "rate_per_1000", "low", "high").colorBy("source")
                        .title("Frames per 1,000 tokens (95% bootstrap intervals)"))
                .table(framingTable("frame_differences"))
                .build());
        s.add(TableSection.builder("stance", "Stance")
                .description("Hedges, boosters, positive and negative evaluation per 1,000 tokens, 95% bootstrap intervals.")
                .table(framingTable("stance_profiles"))
                .chart(t -> IntervalChart.of(t, "category", "rate_per_1000", "low", "high").colorBy("source")
                        .title("Stance per 1,000 tokens (95% bootstrap intervals)"))
                .build());
        s.add(TableSection.builder("agency", "Agency")
                .description("Who acts and who is acted upon: the key actors as agents, patients, passive subjects and "
                        + "passive agents of clauses (rules over the part-of-speech tags), per source, with every clause as "
                        + "evidence linked to its source line.")
                .table(framingTable("agency"))
                .chart(t -> GroupedBarChart.ofLong(t, "label", "source", "agentive_share").title("Agentive share of the roles")
                        .axisTitle("agentive share"))
                .table(framingTable("agency_evidence"), TableView.defaults().caption("Evidence").sourceLink("line", "doc"))
                .build());
        s.add(TableSection.builder("divergences", "Factual divergences")
                .description("Dates and numbers that two sources give differently for what the anchors say is the same fact "
                        + "(sentences sharing concepts and entities). Each is a lead for a historian to check, not a verdict.")
                .table(framingTable("factual_divergences"),
                        TableView.defaults().sourceLink("line1", "doc1").sourceLink("line2", "doc2"))
                .build());
        s.add(TableSection.builder("cluster-framing", "Framing of each event")
                .description("The concepts and the stance of each event cluster of the alignment (all its passages, every "
                        + "language together).")
                .table(framingTable("cluster_concepts"))
                .table(framingTable("cluster_stance"))
                .build());
        return s;
    }

    /**
     * The map of sources: correspondence analysis of sources × frame counts (a scatter plot, sources close
     * together frame alike) and the hierarchical clustering of the same profiles (dendrogram).
     */
    public static List<ReportSection> mapOfSources() {
        List<ReportSection> s = new ArrayList<>();
        s.add(new SourceMapSection("map", "Map of sources",
                "Correspondence analysis of the sources' frame counts, first two dimensions "
                        + "(SourceMap in the API gives the share of inertia of each): sources close together use the frames in similar proportions; "
                        + "the dendrogram clusters the same profiles (average linkage over chi-square distances).",
                framingTable("source_map_sources"), "x", "y", "source", framingTable("source_dendrogram"), "a", "b", "height")
                .emptyNote(framingNote("source_map_sources")));
        return s;
    }

    /**
     * A table of the context's {@link FramingReport} (one source per document, computed once per report and
     * shared between sections): one of {@link FramingReport#TABLES}, with no rows when the corpus gives too
     * little for it (e.g. no map with one source; {@link #framingNote} says why).
     *
     * @throws IllegalArgumentException (when applied) for a name that is not a framing table
     */
    public static Function<ReportContext, Table> framingTable(String name) {
        return ctx -> framing(ctx).table(name);
    }

    /**
     * Why a table of the context's {@link FramingReport} has no rows ({@link FramingReport#note}), or null when
     * it has rows.
     */
    public static Function<ReportContext, String> framingNote(String name) {
        return ctx -> framing(ctx).note(name).orElse(null);
    }

    private static FramingReport framing(ReportContext ctx) {
        return ctx.shared("framing", () -> FramingReport.of(ctx.corpus(), ctx.anchors(), ctx.alignment(), "doc"));
    }

    static Table frequencyTable(ReportContext ctx) {
        return FrequencyList.of(ctx.corpus(), CONTENT_LEMMAS).toTable().named("frequency");
    }

    static Table keywordTable(ReportContext ctx) {
        Corpus corpus = ctx.corpus();
        Table.Builder out = Table.builder("doc", "reference", "term", "target_freq", "reference_freq", "g2", "g2_p_bh",
                "log_ratio").name("keywords");
        Keyness k = Keyness.defaults().selection(CONTENT_LEMMAS).minTarget(KEYWORD_MIN_FREQ);
        for (Language l : corpus.languages()) {
            Corpus same = corpus.where("language", l.code());
            if (same.size() < 2) continue;
            for (Document d : same) {
                KeynessResult r = k.documentVsRest(same, d.id()).positive().head(KEYWORDS_PER_DOC);
                for (Keyword w : r.keywords()) {
                    out.row(d.id(), r.reference(), w.term(), w.targetFreq(), w.referenceFreq(), w.g2(), w.g2PBh(), w.logRatio());
                }
            }
        }
        return out.build();
    }

    static Table collocationTable(ReportContext ctx) {
        CollocationResult r = Collocations.defaults().selection(CONTENT_LEMMAS).window(COLLOCATION_WINDOW, COLLOCATION_WINDOW)
                .minCooccurrence(COLLOCATION_MIN).sortBy(AssociationMeasure.LOG_DICE).allPairs(ctx.corpus(), COLLOCATION_MIN);
        Table.Builder out = Table.builder("pair", "node", "collocate", "o11", "f1", "f2", "log_dice", "mi", "t_score", "g2")
                .name("collocations");
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Collocate c : r.rows()) {
            String a = c.node().compareTo(c.collocate()) <= 0 ? c.node() : c.collocate();
            String b = a.equals(c.node()) ? c.collocate() : c.node();
            if (a.equals(b) || !seen.add(a + "\u0000" + b)) continue;
            out.row(c.node() + " · " + c.collocate(), c.node(), c.collocate(), c.o11(), c.f1(), c.f2(), c.logDice(), c.mi(),
                    c.tScore(), c.g2());
        }
        return out.build();
    }

    /** The rows of a long table whose label is among the {@code n} labels with the largest total of {@code value}. */
    static Table topByTotal(Table t, String label, String value, int n) {
        int li = t.columns().indexOf(label);
        int vi = t.columns().indexOf(value);
        java.util.Map<String, Double> total = new java.util.HashMap<>();
        for (List<Object> row : t.rows()) {
            total.merge(Table.text(row.get(li)), ((Number) row.get(vi)).doubleValue(), Double::sum);
        }
        List<String> labels = new ArrayList<>(total.keySet());
        labels.sort(java.util.Comparator.comparingDouble((String x) -> -total.get(x)).thenComparing(x -> x));
        java.util.Set<String> keep = new java.util.HashSet<>(labels.subList(0, Math.min(n, labels.size())));
        Table.Builder b = Table.builder(t.columns()).name(t.name());
        for (List<Object> row : t.rows()) if (keep.contains(Table.text(row.get(li)))) b.row(row);
        return b.build();
    }

    /**
     * A ranking: a bar chart of {@code valueColumn} over the first {@link #RANKING_BARS} rows (in the
     * table's order), labelled by {@code labelColumn}, then the table.
     */
    public static ReportSection ranking(String id, String title, String description, Function<ReportContext, Table> table,
                                        String labelColumn, String valueColumn) {
        return TableSection.builder(id, title).description(description).table(table)
                .chart(t -> BarChart.of(t, labelColumn, valueColumn).limit(RANKING_BARS)
                        .title(title + ": " + valueColumn + (t.size() > RANKING_BARS ? " (first " + RANKING_BARS + ")" : "")))
                .build();
    }

    /** Grouped bars from a long table (a row per category and series, e.g. item and source), then the table. */
    public static ReportSection grouped(String id, String title, String description, Function<ReportContext, Table> table,
                                        String categoryColumn, String seriesColumn, String valueColumn) {
        return TableSection.builder(id, title).description(description).table(table)
                .chart(t -> GroupedBarChart.ofLong(t, categoryColumn, seriesColumn, valueColumn).title(title).axisTitle(valueColumn))
                .build();
    }

    /**
     * Bars of {@code valueColumn} with whiskers from {@code loColumn} to {@code hiColumn}, coloured by
     * {@code colorColumn} (null for one colour), then the table.
     */
    public static ReportSection intervals(String id, String title, String description, Function<ReportContext, Table> table,
                                          String labelColumn, String valueColumn, String loColumn, String hiColumn,
                                          String colorColumn) {
        return TableSection.builder(id, title).description(description).table(table)
                .chart(t -> {
                    IntervalChart c = IntervalChart.of(t, labelColumn, valueColumn, loColumn, hiColumn).title(title);
                    return colorColumn == null ? c : c.colorBy(colorColumn);
                })
                .build();
    }

    /**
     * A map of sources: a scatter plot of the points table ({@code x}, {@code y}, labelled by
     * {@code label}) and the table; then, when {@code merges} is not null, the dendrogram of the merge
     * table (Smile's convention, leaf {@code i} = row {@code i} of the points table) and that table.
     */
    public static ReportSection sourceMap(String id, String title, String description, Function<ReportContext, Table> points,
                                          String x, String y, String label, Function<ReportContext, Table> merges,
                                          String left, String right, String height) {
        return new SourceMapSection(id, title, description, points, x, y, label, merges, left, right, height);
    }
}

package org.parallax.report;

import org.parallax.align.ComparableAligner;
import org.parallax.align.ComparableAlignment;
import org.parallax.align.eval.Evaluation;
import org.parallax.align.eval.EvaluationResult;
import org.parallax.align.eval.GoldAnnotation;
import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.Language;
import org.parallax.core.anchor.AnchorExtractor;
import org.parallax.core.anchor.CorpusAnchors;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the sections of one report share: the corpus, the analyses computed once on first use (anchors,
 * comparable alignment, evaluation against the gold annotation) and any other result a section wants to
 * share ({@link #shared}), and the links to the rendered source files.
 *
 * <pre>{@code
 * public void render(ReportContext ctx, SectionContent out) {
 *     CorpusAnchors anchors = ctx.anchors();                      // computed once for all sections
 *     Table freq = ctx.shared("frequency", () -> FrequencyList.of(ctx.corpus()).toTable());
 *     String href = ctx.sourceLink("en-essay", 17);                // "sources/en-essay.html#L17"
 * }
 * }</pre>
 *
 * <p>Sections run one after the other on one thread; the context is not meant for concurrent use.
 */
public final class ReportContext {
    private final Corpus corpus;
    private final AnchorExtractor extractor;
    private final ComparableAligner aligner;
    private final GoldAnnotation gold;
    private final Map<String, String> sourceFiles;
    private final Map<String, Object> cache = new LinkedHashMap<>();
    private CorpusAnchors anchors;
    private ComparableAlignment alignment;
    private EvaluationResult evaluation;

    ReportContext(Corpus corpus, AnchorExtractor extractor, ComparableAligner aligner, GoldAnnotation gold,
                  Map<String, String> sourceFiles) {
        this.corpus = corpus;
        this.extractor = extractor;
        this.aligner = aligner;
        this.gold = gold;
        this.sourceFiles = Map.copyOf(sourceFiles);
    }

    /** The corpus of the report. */
    public Corpus corpus() { return corpus; }

    /** The anchors of the corpus (extracted on first use). */
    public CorpusAnchors anchors() {
        if (anchors == null) anchors = extractor.extract(corpus);
        return anchors;
    }

    /** The comparable alignment of the corpus over {@link #anchors()} (computed on first use). */
    public ComparableAlignment alignment() {
        if (alignment == null) alignment = aligner.align(corpus, anchors());
        return alignment;
    }

    /** The gold event annotation, when the report has one. */
    public Optional<GoldAnnotation> gold() { return Optional.ofNullable(gold); }

    /** The evaluation of the alignment's links against the gold annotation (with the strict measure), when there is one. */
    public Optional<EvaluationResult> evaluation() {
        if (gold == null) return Optional.empty();
        if (evaluation == null) {
            Map<String, Language> languages = new LinkedHashMap<>();
            for (Document d : corpus) languages.put(d.id(), d.language());
            evaluation = Evaluation.evaluateLinks(gold, alignment().links(), languages, true);
        }
        return Optional.of(evaluation);
    }

    /**
     * A result shared between sections: computed by {@code compute} the first time a key is asked for,
     * the same object afterwards (e.g. a frequency table that both a frequency and a keyness section use).
     */
    @SuppressWarnings("unchecked")
    public <T> T shared(String key, Supplier<T> compute) {
        Objects.requireNonNull(key);
        if (cache.containsKey(key)) return (T) cache.get(key);
        T v = compute.get();
        cache.put(key, v);
        return v;
    }

    /**
     * The relative link from the page to a line of a document's rendered source file
     * ({@code sources/<file>.html#L<line>}), or null for a document that is not in the corpus.
     */
    public String sourceLink(String doc, int line) {
        String f = sourceFiles.get(doc);
        if (f == null) return null;
        return ReportBuilder.SOURCES + "/" + f + (line > 0 ? "#L" + line : "");
    }
}

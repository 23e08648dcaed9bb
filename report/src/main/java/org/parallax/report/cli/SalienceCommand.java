package org.parallax.report.cli;

import org.parallax.core.Corpus;
import org.parallax.core.Layer;
import org.parallax.core.table.Table;
import org.parallax.stats.TokenSelection;
import org.parallax.stats.salience.CValue;
import org.parallax.stats.salience.Rake;
import org.parallax.stats.salience.SalienceResult;
import org.parallax.stats.salience.TextRank;
import org.parallax.stats.salience.TfIdf;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code parallax salience CORPUS [--method tfidf|keywords|textrank|rake|cvalue] [--layer L] [--doc ID]
 * [--limit N] [--min-freq N]}: the most salient terms of each document, one row per term with
 * {@code doc, rank, term, score} and the method's columns:
 * <ul>
 *   <li>{@code tfidf}: {@code freq, df, tf, idf} ({@code --tf}, {@code --idf}, {@code --norm} choose the variant);</li>
 *   <li>{@code keywords} (= {@code textrank}) and {@code rake}: {@code freq, length, key};</li>
 *   <li>{@code cvalue}: {@code freq, length, nested_in, nested_freq, ncvalue, key}.</li>
 * </ul>
 * TF-IDF counts document frequencies over the corpus after {@code --where}; {@code --doc} only selects
 * the documents printed.
 *
 * <pre>
 * parallax salience seeds --doc it-destalinizzazione --limit 10
 * parallax salience seeds --method keywords --window 3 --format json
 * parallax salience seeds --method cvalue --min-freq 1 --nesting algorithm --out terms.tsv
 * </pre>
 */
@Command(name = "salience", mixinStandardHelpOptions = true,
        description = "Print the most salient terms of each document: TF-IDF weights, TextRank or RAKE keywords, or "
                + "C-value multiword terms; columns doc, rank, term, score and the method's own (tfidf: freq, df, tf, idf; "
                + "keywords, textrank, rake: freq, length, key; cvalue: freq, length, nested_in, nested_freq, ncvalue, key).")
public final class SalienceCommand implements Callable<Integer> {
    private static final Set<String> METHODS = Set.of("tfidf", "keywords", "textrank", "rake", "cvalue");

    @Mixin
    CorpusOptions corpus;

    @Mixin
    OutputOptions output;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "tfidf",
            description = "tfidf (default), keywords (TextRank), textrank, rake or cvalue.")
    String method = "tfidf";

    @Option(names = "--layer", paramLabel = "LAYER", defaultValue = "norm", converter = LayerConverter.class,
            description = "Layer of the terms: surface, norm (default), stem or lemma.")
    Layer layer = Layer.NORM;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "Print at most the N best terms of each document (default 20; 0: all).")
    int limit = 20;

    @Option(names = "--min-freq", paramLabel = "N",
            description = "Only terms seen at least N times in the document (default 1; cvalue: 2, its frequency threshold).")
    Integer minFreq;

    @Option(names = "--include-boilerplate", description = "Also read tokens in boilerplate (navigation, references ...).")
    boolean includeBoilerplate;

    @Option(names = "--tf", paramLabel = "VARIANT", defaultValue = "relative",
            description = "tfidf: term frequency raw (f), relative (f/|d|, default), log (1+ln f) or binary.")
    String tf = "relative";

    @Option(names = "--idf", paramLabel = "VARIANT", defaultValue = "plain",
            description = "tfidf: plain (ln(N/df), default), smooth (ln((1+N)/(1+df))+1, as scikit-learn) or none.")
    String idf = "plain";

    @Option(names = "--norm", paramLabel = "NORM", defaultValue = "none",
            description = "tfidf: none (default) or l2 (unit-length document vectors).")
    String norm = "none";

    @Option(names = "--stopwords", description = "tfidf: count stopwords too (left out by default).")
    boolean stopwords;

    @Option(names = "--numbers", description = "tfidf: count number tokens too (left out by default).")
    boolean numbers;

    @Option(names = "--window", paramLabel = "N", defaultValue = "2",
            description = "textrank: co-occurrence window over the candidate words of a sentence (default 2: neighbours).")
    int window = 2;

    @Option(names = "--phrase-score", paramLabel = "MODE", defaultValue = "mean",
            description = "textrank: a phrase scores the mean (default) or the sum of its words' scores.")
    String phraseScore = "mean";

    @Option(names = "--max-words", paramLabel = "N", defaultValue = "4",
            description = "rake: longest candidate phrase (default 4; 0 for no limit).")
    int maxWords = 4;

    @Option(names = "--max-length", paramLabel = "N", defaultValue = "5",
            description = "cvalue: longest candidate term in words (default 5).")
    int maxLength = 5;

    @Option(names = "--nesting", paramLabel = "MODE", defaultValue = "equation",
            description = "cvalue: equation (mean frequency of the longer terms, eq. 1, default) or algorithm "
                    + "(nested occurrences counted once, section 2.3).")
    String nesting = "equation";

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String m = method.strip().toLowerCase(Locale.ROOT);
        if (!METHODS.contains(m)) {
            throw new Parallax.UsageException("unknown method '" + method + "' (tfidf, keywords, textrank, rake, cvalue)");
        }
        if (limit < 0) throw new Parallax.UsageException("--limit must be 0 or more, got " + limit);
        if (minFreq != null && minFreq < 1) throw new Parallax.UsageException("--min-freq must be at least 1, got " + minFreq);
        // settings first: a bad value is a usage error
        java.util.function.Supplier<SalienceResult<?>> run;
        try {
            int mf = minFreq == null ? (m.equals("cvalue") ? 2 : 1) : minFreq;
            run = switch (m) {
                case "tfidf" -> tfidf(mf);
                case "rake" -> {
                    Rake r = Rake.defaults().layer(layer).maxWords(maxWords).minFreq(mf).includeBoilerplate(includeBoilerplate);
                    yield () -> r.extract(selected());
                }
                case "cvalue" -> {
                    CValue c = CValue.defaults().layer(layer).maxLength(maxLength).nesting(CValue.Nesting.parse(nesting))
                            .minFreq(mf).includeBoilerplate(includeBoilerplate);
                    yield () -> c.extract(selected());
                }
                default -> {
                    TextRank r = TextRank.defaults().layer(layer).window(window)
                            .phraseScore(TextRank.PhraseScore.parse(phraseScore)).minFreq(mf).includeBoilerplate(includeBoilerplate);
                    yield () -> r.extract(selected());
                }
            };
        } catch (IllegalArgumentException e) {
            throw new Parallax.UsageException(e.getMessage());
        }
        Table table = run.get().toTable(limit);
        output.write(table, spec.commandLine());
        return Parallax.OK;
    }

    private Corpus selected() {
        Corpus c = corpus.load(spec.commandLine().getErr());
        LanguageResourceNote.print(c.documents(), layer, false, spec.commandLine().getErr());
        return c;
    }

    private java.util.function.Supplier<SalienceResult<?>> tfidf(int mf) {
        TfIdf.Tf t = TfIdf.Tf.parse(tf);
        TfIdf.Idf i = TfIdf.Idf.parse(idf);
        TfIdf.Norm n = TfIdf.Norm.parse(norm);
        TokenSelection sel = TokenSelection.defaults().layer(layer).numbers(numbers).boilerplate(includeBoilerplate);
        if (!stopwords) sel = sel.withoutStopwords();
        TfIdf tfidf = TfIdf.defaults().selection(sel).tf(t).idf(i).norm(n).minFreq(mf);
        return () -> compute(tfidf);
    }

    private SalienceResult<?> compute(TfIdf tfidf) {
        // document frequencies over the corpus after --where; --doc selects the rows
        Corpus all = corpus.loadUnfiltered(spec.commandLine().getErr());
        Corpus rows = corpus.select(all); // first: it checks the --where fields
        Set<String> printed = Set.copyOf(rows.ids());
        LanguageResourceNote.print(rows.documents(), layer, false, spec.commandLine().getErr());
        Corpus collection = all;
        for (String w : corpus.where) {
            int eq = w.indexOf('=');
            if (eq <= 0) throw new Parallax.UsageException("--where expects FIELD=VALUE, got '" + w + "'");
            collection = collection.where(w.substring(0, eq), w.substring(eq + 1));
        }
        return tfidf.compute(collection, d -> printed.contains(d.id()));
    }
}

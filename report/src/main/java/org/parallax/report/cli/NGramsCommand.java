package org.parallax.report.cli;

import org.parallax.core.Corpus;
import org.parallax.stats.NGrams;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code parallax ngrams CORPUS [-n N] [--min-n M] [--min-freq N] [--limit N] [--layer L] [--no-stopwords]
 * [--punctuation]}: the n-grams of lengths M..N inside sentences, one row per n-gram with
 * {@code ngram, n, freq, range}.
 */
@Command(name = "ngrams", mixinStandardHelpOptions = true,
        description = "Print the n-grams of the corpus: ngram (terms joined by spaces), n, freq, range (documents). "
                + "N-grams never cross a sentence or paragraph boundary; tokens left out (punctuation by default, "
                + "stopwords with --no-stopwords) are skipped. Sorted by frequency, then length, then n-gram.")
public final class NGramsCommand implements Callable<Integer> {
    @Mixin
    CorpusOptions corpus;

    @Mixin
    TermSelectionOptions selection;

    @Mixin
    OutputOptions output;

    @Option(names = {"-n", "--max-n"}, paramLabel = "N", defaultValue = "2", description = "Longest n-gram (default 2).")
    int maxN = 2;

    @Option(names = "--min-n", paramLabel = "M", defaultValue = "1", description = "Shortest n-gram (default 1).")
    int minN = 1;

    @Option(names = "--min-freq", paramLabel = "N", defaultValue = "1", description = "Only n-grams seen at least N times (default 1).")
    long minFreq = 1;

    @Option(names = "--limit", paramLabel = "N", description = "Print at most N rows (0: all, the default).")
    Integer limit;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (minN < 1) throw new Parallax.UsageException("--min-n must be at least 1, got " + minN);
        if (maxN < minN) throw new Parallax.UsageException("-n must be at least --min-n (" + minN + "), got " + maxN);
        if (minFreq < 1) throw new Parallax.UsageException("--min-freq must be at least 1, got " + minFreq);
        if (limit != null && limit < 0) throw new Parallax.UsageException("--limit must not be negative, got " + limit);
        Corpus c = corpus.load(spec.commandLine().getErr());
        LanguageResourceNote.print(c.documents(), selection.layer, selection.noStopwords, spec.commandLine().getErr());
        NGrams g = NGrams.of(c, selection.selection(), minN, maxN, minFreq);
        if (limit != null && limit > 0) g = g.head(limit);
        output.write(g.toTable(), spec.commandLine());
        return Parallax.OK;
    }
}

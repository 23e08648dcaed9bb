package org.parallax.report.cli;

import org.parallax.core.Corpus;
import org.parallax.stats.Dispersion;
import org.parallax.stats.FrequencyList;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code parallax freq CORPUS [--layer L] [--min-freq N] [--no-stopwords] [--dispersion documents|parts:N]
 * [--limit N] [--sort freq|term|dp|d] [--totals]}: the frequency list, one row per term with
 * {@code term, freq, per_million, range, dp, dp_norm, juilland_d} (undefined values {@code nan}).
 */
@Command(name = "freq", mixinStandardHelpOptions = true,
        description = "Print the frequency list of the corpus (or of the documents selected): term, freq, per_million, "
                + "range, dp, dp_norm, juilland_d. Range and dispersion (Gries' DP, DP_norm, Juilland's D) are over the "
                + "documents or over N equal parts of the concatenated corpus; undefined values (e.g. D of a single part) "
                + "are written nan. Tokens are words and numbers outside boilerplate unless the options say otherwise.")
public final class FreqCommand implements Callable<Integer> {
    @Mixin
    CorpusOptions corpus;

    @Mixin
    TermSelectionOptions selection;

    @Mixin
    OutputOptions output;

    @Option(names = "--min-freq", paramLabel = "N", defaultValue = "1", description = "Only terms seen at least N times (default 1).")
    long minFreq = 1;

    @Option(names = "--dispersion", paramLabel = "PARTS", defaultValue = "documents", converter = PartsConverter.class,
            description = "Parts for range and dispersion: documents (default) or parts:N (N equal parts of the corpus).")
    Dispersion.Parts parts = Dispersion.Parts.documents();

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "freq", converter = SortConverter.class,
            description = "Row order: freq (default, most frequent first), term, dp (ascending: most evenly dispersed "
                    + "first) or d (Juilland's D descending); ties by frequency, then term; undefined values last.")
    FrequencyList.Sort sort = FrequencyList.Sort.FREQ;

    @Option(names = "--limit", paramLabel = "N", description = "Print at most N rows (0: all, the default).")
    Integer limit;

    @Option(names = "--totals", description = "Print the totals instead (tokens, types, type_token_ratio, parts, non_empty_parts).")
    boolean totals;

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** Picocli converter for {@code documents|parts:N}. */
    static final class PartsConverter implements CommandLine.ITypeConverter<Dispersion.Parts> {
        @Override
        public Dispersion.Parts convert(String value) {
            try {
                return Dispersion.Parts.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Picocli converter for the row order. */
    static final class SortConverter implements CommandLine.ITypeConverter<FrequencyList.Sort> {
        @Override
        public FrequencyList.Sort convert(String value) {
            try {
                return FrequencyList.Sort.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    @Override
    public Integer call() {
        if (minFreq < 1) throw new Parallax.UsageException("--min-freq must be at least 1, got " + minFreq);
        if (limit != null && limit < 0) throw new Parallax.UsageException("--limit must not be negative, got " + limit);
        Corpus c = corpus.load(spec.commandLine().getErr());
        LanguageResourceNote.print(c.documents(), selection.layer, selection.noStopwords, spec.commandLine().getErr());
        FrequencyList fl = FrequencyList.of(c, selection.selection(), parts, minFreq).sorted(sort);
        if (limit != null && limit > 0) fl = fl.head(limit);
        output.write(totals ? fl.totalsTable() : fl.toTable(), spec.commandLine());
        return Parallax.OK;
    }
}

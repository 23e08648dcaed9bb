package org.parallax.report.cli;

import org.parallax.align.eval.Evaluation;
import org.parallax.align.eval.EvaluationResult;
import org.parallax.align.eval.GoldAnnotation;
import org.parallax.align.eval.LanguageLabels;
import org.parallax.align.eval.LinkFile;
import org.parallax.core.table.Table;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code parallax eval GOLD LINKS [--manifest corpus.tsv] [--strict]}: scores a links TSV against an
 * event annotation with the measures of {@code score_links.py} ({@link Evaluation}), reading the three files
 * as the script reads them ({@link GoldAnnotation#readLikeScript}, {@link LinkFile#readLikeScript},
 * {@link LanguageLabels#read}): what the script accepts is accepted, with its result, and what is dubious
 * (an inverted range, an id listed twice, a language that is no ISO code ...) is a warning on standard error.
 * With the default {@code --format tsv} it prints exactly the script's table (3 decimals); {@code csv} and
 * {@code json} print the same rows with full precision.
 *
 * <pre>
 * parallax eval seeds/seeds-events.tsv links.tsv --manifest seeds/corpus.tsv
 * parallax eval gold.tsv links.tsv --strict --format json --out scores.json
 * </pre>
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score passage links (a links TSV) against an event annotation (TSV: event, doc, first_line, "
                + "last_line): precision, recall, F1 and P@1 per language pair, as score_links.py computes them, reading "
                + "the files as the script does (dubious input is a warning on stderr). TSV output is the script's table; "
                + "csv and json give full precision.")
public final class EvalCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "GOLD", description = "Gold TSV with the columns event, doc, first_line, last_line.")
    Path gold;

    @Parameters(index = "1", paramLabel = "LINKS",
            description = "Links TSV with the columns source_doc, source_first_line, source_last_line, target_doc, "
                    + "target_first_line, target_last_line, score (others ignored).")
    Path links;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "Corpus manifest (corpus.tsv, or its folder): the columns id and language, read as score_links.py "
                    + "reads them (values as written, the last row of an id wins); without it every language is '?'.")
    Path manifest;

    @Option(names = "--strict", description = "Add strict_f1: a link counts only when its two spans are exactly one gold bead.")
    boolean strict;

    @Mixin
    OutputOptions output;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        java.io.PrintWriter err = spec.commandLine().getErr();
        java.util.function.Consumer<String> warn = w -> {
            err.println("parallax eval: warning: " + w);
            err.flush();
        };
        GoldAnnotation g = GoldAnnotation.readLikeScript(gold, warn);
        LinkFile l = LinkFile.readLikeScript(links, warn);
        LanguageLabels labels = manifest == null ? LanguageLabels.of(Map.of()) : LanguageLabels.read(manifest, warn);
        EvaluationResult result = Evaluation.evaluateLabelled(g, l.rows(), labels, strict);
        if (output.format() == Table.Format.TSV) {
            String text = result.toScriptTsv(strict);
            output.write(w -> w.write(text), spec.commandLine());
        } else {
            output.write(result.toTable(strict), spec.commandLine());
        }
        return Parallax.OK;
    }
}

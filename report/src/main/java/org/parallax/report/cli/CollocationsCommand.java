package org.parallax.report.cli;

import org.parallax.core.Corpus;
import org.parallax.core.Layer;
import org.parallax.stats.AssociationMeasure;
import org.parallax.stats.CollocationResult;
import org.parallax.stats.Collocations;
import org.parallax.stats.TokenSelection;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * {@code parallax collocations CORPUS NODE [--layer L] [--window L,R | --adjacent]
 * [--boundary sentence|paragraph|document] [--no-stopwords] [--no-numbers] [--min-freq N] [--min-collocate-freq N] [--sort M] [--limit N]}:
 * one row per collocate of the node with {@code node, collocate, o11, f1, f2, n, e11, mi, mi3, t_score,
 * z_score, g2, dice, log_dice} (see {@link Collocations} for what is counted).
 */
@Command(name = "collocations", mixinStandardHelpOptions = true,
        description = {"Print the collocates of NODE: node, collocate, o11, f1, f2, n, e11, mi, mi3, t_score, z_score, g2, dice, log_dice.",
                "o11 counts the collocate's tokens in a window around each occurrence of the node (window counted in words and "
                        + "numbers, punctuation skipped, not crossing the sentence by default); f1, f2 are the corpus frequencies "
                        + "of node and collocate, n the corpus size in tokens, e11 = f1*f2/n. With windows wider than one token, "
                        + "o11 is naturally about L+R times e11 (MI inflated by about log2(L+R)), and G2 is nan when o11 exceeds f1 or f2."})
public final class CollocationsCommand implements Callable<Integer> {
    @Mixin
    CorpusOptions corpus;

    @Mixin
    OutputOptions output;

    @Parameters(index = "1", paramLabel = "NODE", description = "The node term, on the chosen layer (normalized if not found as given). A word the tokenizer "
            + "cuts into several tokens (Stalin's in English, l'Unione in Italian) is found as those tokens, as concordance "
            + "finds it; its window starts before its first token and after its last.")
    String node;

    @Option(names = "--layer", paramLabel = "LAYER", defaultValue = "norm", description = "surface, norm (default), stem or lemma.")
    String layer;

    @Option(names = "--window", paramLabel = "L,R", description = "Tokens to the left and right of the node (default 5,5).")
    String window;

    @Option(names = "--adjacent", description = "Count only the token right after the node (the bigram NODE COLLOCATE; "
            + "the same as --window 0,1; --window 1,0 for the left neighbour).")
    boolean adjacent;

    @Option(names = "--boundary", paramLabel = "UNIT", defaultValue = "sentence",
            description = "The unit a window does not cross: sentence (default), paragraph or document.")
    String boundary;

    @Option(names = "--min-freq", paramLabel = "N", defaultValue = "1", description = "Keep collocates co-occurring at least N times (o11; default 1).")
    long minFreq;

    @Option(names = "--min-collocate-freq", paramLabel = "N", defaultValue = "1", description = "Keep collocates with a corpus frequency f2 of at least N (default 1).")
    long minCollocateFreq;

    @Option(names = "--sort", paramLabel = "MEASURE", defaultValue = "logdice",
            description = "mi, mi3, t, z, g2, dice or logdice (default), strongest first.")
    String sort;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "Print at most N rows (0: all, the default).")
    int limit;

    @Option(names = "--no-stopwords", description = "Leave stopwords out (they neither count nor take window slots).")
    boolean noStopwords;

    @Option(names = "--no-numbers", description = "Leave number tokens out (as freq --no-numbers; they neither count nor take window slots).")
    boolean noNumbers;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Collocations config = config();
        PrintWriter err = spec.commandLine().getErr();
        Corpus c = corpus.load(err);
        LanguageResourceNote.print(c.documents(), config.selection().layer(), noStopwords, err);
        CollocationResult r = config.of(c, node);
        if (r.nodeFrequency() == 0) {
            err.println("parallax collocations: '" + node + "' does not occur in the corpus (layer " + config.selection().layer().label() + ")");
            err.flush();
        }
        if (limit > 0) r = r.head(limit);
        output.write(r.toTable(), spec.commandLine());
        return Parallax.OK;
    }

    /** The configuration from the options; a bad value is a usage error. */
    Collocations config() {
        if (limit < 0) throw new Parallax.UsageException("--limit must not be negative");
        try {
            TokenSelection sel = TokenSelection.defaults().layer(Layer.parse(layer)).numbers(!noNumbers);
            if (noStopwords) sel = sel.withoutStopwords();
            Collocations c = Collocations.defaults().selection(sel).boundary(Collocations.Boundary.parse(boundary))
                    .minCooccurrence(minFreq).minCollocateFrequency(minCollocateFreq).sortBy(AssociationMeasure.parse(sort));
            if (window != null && adjacent) throw new Parallax.UsageException("--window and --adjacent exclude each other");
            if (adjacent) return c.adjacent();
            if (window == null) return c;
            String[] f = window.split(",", -1);
            if (f.length != 2) throw new Parallax.UsageException("--window expects L,R (e.g. 5,5), got '" + window + "'");
            return c.window(Integer.parseInt(f[0].strip()), Integer.parseInt(f[1].strip()));
        } catch (NumberFormatException e) {
            throw new Parallax.UsageException("--window expects two whole numbers L,R, got '" + window + "'");
        } catch (Parallax.UsageException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new Parallax.UsageException(e.getMessage());
        }
    }
}

package org.parallax.report.cli;

import org.parallax.core.Corpus;
import org.parallax.core.Layer;
import org.parallax.stats.Keyness;
import org.parallax.stats.KeynessMeasure;
import org.parallax.stats.KeynessResult;
import org.parallax.stats.ReferenceFrequencies;
import org.parallax.stats.TokenSelection;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code parallax keyness CORPUS (--target FIELD=VALUE | --doc-vs-rest ID) [--reference FIELD=VALUE |
 * --reference-freq FILE] [--layer L] [--no-stopwords] [--no-numbers] [--min-freq N] [--sort M] [--negative] [--limit N]}: one row per
 * keyword with the columns of {@link KeynessResult#COLUMNS}.
 */
@Command(name = "keyness", mixinStandardHelpOptions = true,
        description = {"Print the keywords of a target against a reference: term, target_freq, reference_freq, target_total, "
                + "reference_total, g2, g2_p, chi2, chi2_p, chi2_yates, fisher_p, bic, ell, log_ratio, pct_diff, odds_ratio, "
                + "simple_maths, g2_p_bonferroni, g2_p_bh (nan: undefined for that term).",
                "The target is a subcorpus (--target) or one document (--doc-vs-rest); the reference is another subcorpus "
                        + "(--reference; the target's documents are left out of it), a frequency list (--reference-freq), or by "
                        + "default the rest of the corpus. --where and --doc first restrict the corpus. Positive keywords "
                        + "(relatively more frequent in the target) by default, negative ones with --negative; the corrected "
                        + "p-values are over every term tested in both directions."})
public final class KeynessCommand implements Callable<Integer> {
    @Mixin
    CorpusOptions corpus;

    @Mixin
    OutputOptions output;

    @Option(names = "--target", paramLabel = "FIELD=VALUE", description = "The target subcorpus by a manifest field, e.g. genre=essay (repeatable: all must hold).")
    List<String> target = new ArrayList<>();

    @Option(names = "--doc-vs-rest", paramLabel = "ID", description = "One document as the target, the rest of the corpus as the reference.")
    String docVsRest;

    @Option(names = "--reference", paramLabel = "FIELD=VALUE", description = "The reference subcorpus (repeatable: all must hold); default: the rest of the corpus.")
    List<String> reference = new ArrayList<>();

    @Option(names = "--reference-freq", paramLabel = "FILE",
            description = "A reference frequency list: UTF-8 TSV lines term<TAB>frequency and one line #total<TAB>N (the reference size in tokens). "
                    + "Its terms are normalized as the layer's (norm: case-folded, so The and the are one term, their frequencies added); "
                    + "for --layer stem or lemma it should hold stems or lemmas (matched regardless of case). A warning when fewer than "
                    + "half of the target's tokens have a term in the list, or most of a small list's terms occur nowhere in the target.")
    Path referenceFreq;

    @Option(names = "--layer", paramLabel = "LAYER", defaultValue = "norm", description = "surface, norm (default), stem or lemma.")
    String layer;

    @Option(names = "--no-stopwords", description = "Leave stopwords out of the counts.")
    boolean noStopwords;

    @Option(names = "--no-numbers", description = "Leave number tokens out of the counts (as freq --no-numbers).")
    boolean noNumbers;

    @Option(names = "--min-freq", paramLabel = "N", defaultValue = "0", description = "Test only terms with a target frequency of at least N (default 0: all).")
    long minFreq;

    @Option(names = "--min-ref-freq", paramLabel = "N", defaultValue = "0", description = "Test only terms with a reference frequency of at least N (default 0).")
    long minRefFreq;

    @Option(names = "--sort", paramLabel = "MEASURE", defaultValue = "g2",
            description = "Any measure column (g2 by default; p-values ascending, effect sizes by strength in the direction shown; "
                    + "ell: the positive values (Emin > 1) first, then the negative ones (Emin < 1) by magnitude).")
    String sort;

    @Option(names = "--negative", description = "Print the negative keywords (relatively more frequent in the reference).")
    boolean negative;

    @Option(names = {"--k", "--simple-maths-k"}, paramLabel = "K", defaultValue = "1", description = "The constant k of simple maths (default 1).")
    double k;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "Print at most N rows (0: all, the default).")
    int limit;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Keyness config = config();
        PrintWriter err = spec.commandLine().getErr();
        Corpus scope = corpus.load(err);
        LanguageResourceNote.print(scope.documents(), config.selection().layer(), noStopwords, err);
        KeynessResult r;
        if (docVsRest != null) {
            if (!scope.contains(docVsRest)) {
                throw new Parallax.UsageException("no document '" + docVsRest + "' in " + corpus.corpus
                        + (corpus.filtered() ? " (after --where/--doc)" : "") + "; ids: " + String.join(", ", scope.ids()));
            }
            if (scope.size() < 2) throw new Parallax.UsageException("--doc-vs-rest needs at least one other document");
            r = config.documentVsRest(scope, docVsRest);
        } else {
            Corpus t = where(scope, target, "--target");
            if (t.size() == 0) throw new Parallax.UsageException("no document matches --target " + String.join(" ", target));
            if (referenceFreq != null) {
                r = config.compare(t, ReferenceFrequencies.read(referenceFreq));
                r.referenceCoverage().ifPresent(c -> {
                    for (String w : c.warnings()) err.println("parallax keyness: warning: " + w);
                    err.flush();
                });
            } else {
                Set<String> ids = new HashSet<>(t.ids());
                Corpus ref = where(scope, reference, "--reference");
                Corpus rest = ref.without(d -> ids.contains(d.id()));
                if (!reference.isEmpty() && rest.size() < ref.size()) {
                    err.println("parallax keyness: " + (ref.size() - rest.size()) + " target document(s) left out of the reference");
                    err.flush();
                }
                if (rest.size() == 0) {
                    throw new Parallax.UsageException("the reference has no document" + (reference.isEmpty() ? " besides the target"
                            : " matching --reference " + String.join(" ", reference) + " besides the target"));
                }
                r = config.compare(t, rest);
            }
        }
        KeynessResult shown = negative ? r.negative() : r.positive();
        if (limit > 0) shown = shown.head(limit);
        output.write(shown.toTable(), spec.commandLine());
        return Parallax.OK;
    }

    /** The configuration from the options; a bad value or combination is a usage error. */
    Keyness config() {
        if (target.isEmpty() == (docVsRest == null)) throw new Parallax.UsageException("give either --target FIELD=VALUE or --doc-vs-rest ID");
        if (docVsRest != null && (!reference.isEmpty() || referenceFreq != null)) {
            throw new Parallax.UsageException("--doc-vs-rest takes the rest of the corpus as the reference: no --reference or --reference-freq");
        }
        if (!reference.isEmpty() && referenceFreq != null) throw new Parallax.UsageException("--reference and --reference-freq exclude each other");
        if (limit < 0) throw new Parallax.UsageException("--limit must not be negative");
        try {
            TokenSelection sel = TokenSelection.defaults().layer(Layer.parse(layer)).numbers(!noNumbers);
            if (noStopwords) sel = sel.withoutStopwords();
            return Keyness.defaults().selection(sel).minTarget(minFreq).minReference(minRefFreq).simpleMathsK(k)
                    .sortBy(KeynessMeasure.parse(sort));
        } catch (IllegalArgumentException e) {
            throw new Parallax.UsageException(e.getMessage());
        }
    }

    private static Corpus where(Corpus c, List<String> conditions, String option) {
        for (String w : conditions) {
            int eq = w.indexOf('=');
            if (eq <= 0) throw new Parallax.UsageException(option + " expects FIELD=VALUE, got '" + w + "'");
            try {
                c = c.where(w.substring(0, eq), w.substring(eq + 1));
            } catch (IllegalArgumentException e) { // a field no document has
                throw new Parallax.UsageException(option + " " + w + ": " + e.getMessage());
            }
        }
        return c;
    }
}

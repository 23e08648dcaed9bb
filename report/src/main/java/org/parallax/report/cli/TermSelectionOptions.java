package org.parallax.report.cli;

import org.parallax.core.Layer;
import org.parallax.stats.TokenSelection;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options of the counting commands ({@code freq}, {@code ngrams}) that say which tokens count and as
 * what: {@code --layer}, {@code --no-stopwords}, {@code --punctuation}, {@code --no-numbers},
 * {@code --include-boilerplate}; together a {@link TokenSelection}.
 */
public final class TermSelectionOptions {
    @Option(names = "--layer", paramLabel = "LAYER", defaultValue = "norm", converter = LayerConverter.class,
            description = "Layer counted: surface, norm (default), stem or lemma (stems and lemmas in Italian, Dutch and English; "
                    + "other languages give their norms, with a note on stderr).")
    Layer layer = Layer.NORM;

    @Option(names = "--no-stopwords", description = "Leave stopwords out (n-grams then join the remaining words); Italian, Dutch and English have "
            + "stopword lists, a note on stderr names documents in other languages.")
    boolean noStopwords;

    @Option(names = "--punctuation", description = "Count punctuation and symbols as tokens (left out by default).")
    boolean punctuation;

    @Option(names = "--no-numbers", description = "Leave number tokens out.")
    boolean noNumbers;

    @Option(names = "--include-boilerplate", description = "Also count tokens in boilerplate (navigation, references ...).")
    boolean includeBoilerplate;

    /** The selection these options describe. */
    public TokenSelection selection() {
        TokenSelection s = TokenSelection.defaults().layer(layer).punctuation(punctuation).numbers(!noNumbers)
                .boilerplate(includeBoilerplate);
        return noStopwords ? s.withoutStopwords() : s;
    }
}

package org.parallax.report.cli;

import org.parallax.core.Corpus;
import org.parallax.core.Layer;
import org.parallax.stats.Concordance;
import org.parallax.stats.ConcordanceQuery;
import org.parallax.stats.KwicContext;
import org.parallax.stats.KwicSort;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code parallax concordance CORPUS QUERY}: a KWIC concordance ({@link Concordance}), one row per hit
 * with {@code doc, line, sentence, start, end, left, node, right}, or aligned text, or an HTML table.
 *
 * <pre>
 * parallax concordance seeds Krusciov --format text
 * parallax concordance seeds liberare --layer lemma
 * parallax concordance seeds 'destalini.*' --regex --sort 1R,2R --limit 10
 * parallax concordance seeds "cult of personality" --where language=en --context-chars 30 --format html --out kwic.html
 * </pre>
 */
@Command(name = "concordance", aliases = "kwic", mixinStandardHelpOptions = true,
        description = "Print a KWIC concordance of QUERY: one row per hit with doc, line, sentence, start, end, left, node, "
                + "right (character offsets of the node; contexts exactly as written), or aligned text, or an HTML table. "
                + "QUERY is a word, or several separated by spaces (consecutive tokens of one sentence); a term may name "
                + "its own layer: lemma:liberare. Each word is cut into tokens as the text of each document is, in its "
                + "language: Stalin's finds Stalin 's in English, l'Unione finds l' Unione in Italian (also C++, 10%%, "
                + "3/4/1957); with --regex each term is not cut and matches one whole token. Boilerplate is not searched "
                + "unless --include-boilerplate.")
public final class ConcordanceCommand implements Callable<Integer> {
    @Mixin
    CorpusOptions corpus;

    @Parameters(index = "1", paramLabel = "QUERY", description = "A word (cut into tokens like the text: Stalin's is Stalin 's in English), a regular expression "
            + "with --regex (one whole token), or several separated by spaces.")
    String query;

    @Mixin
    ConcordanceOutputOptions output;

    @Option(names = "--layer", paramLabel = "LAYER", defaultValue = "norm", converter = LayerConverter.class,
            description = "Layer the query is matched on: surface (case-sensitive unless --ignore-case), norm (default), stem or lemma.")
    Layer layer = Layer.NORM;

    @Option(names = "--regex", description = "Each term is a regular expression matching a whole layer value.")
    boolean regex;

    @Option(names = "--ignore-case", description = "Case-insensitive matching on the surface layer too.")
    boolean ignoreCase;

    @Option(names = "--max-gap", paramLabel = "N", defaultValue = "0",
            description = "Allow up to N tokens between consecutive terms of a multiword query (default 0).")
    int maxGap;

    @Option(names = "--context", paramLabel = "N",
            description = "Context of N words and numbers each side, punctuation as written (default 5).")
    Integer contextTokens;

    @Option(names = "--context-chars", paramLabel = "N",
            description = "Context of N characters each side of the raw text instead, whitespace shown as single spaces.")
    Integer contextChars;

    @Option(names = "--scope", paramLabel = "SCOPE", defaultValue = "paragraph",
            description = "What a token context and the sort positions stay inside: paragraph (default) or sentence.")
    String scope;

    @Option(names = "--sort", paramLabel = "KEYS",
            description = "Sort like AntConc: node, 1L, 2L ..., 1R, 2R ..., comma-separated (e.g. 1R,2R); ties in document order.")
    String sort;

    @Option(names = "--sort-layer", paramLabel = "LAYER", defaultValue = "surface", converter = LayerConverter.class,
            description = "Layer the sort keys compare, case-insensitively (default surface).")
    Layer sortLayer = Layer.SURFACE;

    @Option(names = "--limit", paramLabel = "N", description = "Print at most N lines, the first after sorting (0: all, the default).")
    Integer limit;

    @Option(names = "--include-boilerplate", description = "Also search boilerplate (navigation, references, citation widgets).")
    boolean includeBoilerplate;

    @Option(names = "--width", paramLabel = "N",
            description = "Width of each context column with --format text (default: the --context-chars width, else 40).")
    Integer width;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ConcordanceQuery q = query();
        KwicContext context = context();
        List<KwicSort> keys = null;
        if (sort != null) {
            try {
                keys = KwicSort.parse(sort, sortLayer);
            } catch (IllegalArgumentException e) {
                throw new Parallax.UsageException("--sort: " + e.getMessage());
            }
        }
        if (limit != null && limit < 0) throw new Parallax.UsageException("--limit must be >= 0, got " + limit);
        if (width != null && width < 0) throw new Parallax.UsageException("--width must be >= 0, got " + width);
        Corpus c = corpus.load(spec.commandLine().getErr());
        LanguageResourceNote.print(c.documents(), layer, false, spec.commandLine().getErr());
        Concordance kwic = Concordance.search(c, q, context);
        if (keys != null) kwic = kwic.sorted(keys);
        if (limit != null && limit > 0) kwic = kwic.head(limit);
        Concordance result = kwic;
        switch (output.format()) {
            case TEXT -> output.write(w -> w.write(width == null ? result.toText() : result.toText(width)), spec.commandLine());
            case HTML -> output.write(w -> w.write(result.toHtml()), spec.commandLine());
            default -> output.write(w -> result.toTable().write(w, output.format().table()), spec.commandLine());
        }
        return Parallax.OK;
    }

    private ConcordanceQuery query() {
        if (maxGap < 0) throw new Parallax.UsageException("--max-gap must be >= 0, got " + maxGap);
        try {
            ConcordanceQuery q = ConcordanceQuery.parse(query, layer, regex).maxGap(maxGap).includeBoilerplate(includeBoilerplate);
            return ignoreCase ? q.ignoreCase() : q;
        } catch (IllegalArgumentException e) {
            throw new Parallax.UsageException(e.getMessage());
        }
    }

    private KwicContext context() {
        if (contextTokens != null && contextChars != null) {
            throw new Parallax.UsageException("--context (tokens) and --context-chars (characters) exclude each other");
        }
        KwicContext.Scope s;
        try {
            s = KwicContext.Scope.parse(scope);
        } catch (IllegalArgumentException e) {
            throw new Parallax.UsageException("--scope: " + e.getMessage());
        }
        if (contextChars != null) {
            if (contextChars < 0) throw new Parallax.UsageException("--context-chars must be >= 0, got " + contextChars);
            return new KwicContext(KwicContext.Unit.CHARACTERS, contextChars, s);
        }
        int n = contextTokens == null ? 5 : contextTokens;
        if (n < 0) throw new Parallax.UsageException("--context must be >= 0, got " + n);
        return KwicContext.tokens(n, s);
    }
}

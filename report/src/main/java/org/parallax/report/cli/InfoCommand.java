package org.parallax.report.cli;

import org.parallax.core.Corpus;
import org.parallax.core.DocumentSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * {@code parallax info CORPUS}: one TSV row per document with
 * {@code doc, language, paragraphs, sentences, tokens, boilerplate_lines}.
 */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Print one row per document: doc, language, paragraphs, sentences, tokens, boilerplate_lines "
                + "(paragraphs, sentences and tokens outside boilerplate).")
public final class InfoCommand implements Callable<Integer> {
    @Mixin
    CorpusOptions corpus;

    @Mixin
    OutputOptions output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // streaming counts: no document is kept in memory, whatever the corpus size
        Corpus.Loader loader = Corpus.loader().lenient(corpus.lenient);
        java.util.List<java.util.Map<String, String>> catalog = corpus.isSeeds() ? loader.seedCatalog() : loader.catalog(corpus.corpus);
        java.util.Set<String> fields = new java.util.LinkedHashSet<>(java.util.List.of("id", "language"));
        for (java.util.Map<String, String> m : catalog) fields.addAll(m.keySet());
        corpus.checkFields(fields);
        java.util.List<DocumentSummary> rows = corpus.isSeeds() ? loader.seedSummaries(corpus.metadataFilter())
                : loader.summaries(corpus.corpus, corpus.metadataFilter(), r -> err.println("parallax: repaired " + r),
                        w -> err.println("parallax: warning: " + w));
        err.flush();
        if (!corpus.docs.isEmpty()) {
            java.util.List<String> found = rows.stream().map(DocumentSummary::doc).toList();
            for (String id : corpus.docs) {
                if (!found.contains(id)) throw corpus.noDocument(id, catalog.stream().map(m -> m.get("id")).toList());
            }
        }
        org.parallax.core.table.Table.Builder t = org.parallax.core.table.Table.builder(
                "doc", "language", "paragraphs", "sentences", "tokens", "boilerplate_lines").name("info");
        for (DocumentSummary s : rows) {
            t.row(s.doc(), s.language().code(), s.paragraphs(), s.sentences(), s.tokens(), s.boilerplateLines());
        }
        output.write(t.build(), spec.commandLine());
        return Parallax.OK;
    }
}

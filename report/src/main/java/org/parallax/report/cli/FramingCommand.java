package org.parallax.report.cli;

import org.parallax.core.Corpus;
import org.parallax.core.table.Table;
import org.parallax.stats.framing.FramingReport;
import org.parallax.stats.framing.Source;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code parallax framing CORPUS [--by doc|language|genre] [--table NAME] [--format tsv|csv|json]}: the
 * salience, log-odds, frame, agency, stance, divergence and source-map tables of a {@link FramingReport}.
 */
@Command(name = "framing", mixinStandardHelpOptions = true,
        description = "Print how the sources frame what they tell: concept and actor salience, log-odds (Dirichlet prior), "
                + "frame profiles and differences, agency, stance, factual divergences, the map of sources and the event "
                + "clusters' concepts and stance. TSV/CSV: each table after a '# name' line; JSON: one object of tables.")
public final class FramingCommand implements Callable<Integer> {
    @Mixin
    CorpusOptions corpus;

    @Mixin
    OutputOptions output;

    @Option(names = "--by", paramLabel = "FIELD", defaultValue = "doc",
            description = "Sources: doc (default: one per document), language, genre or any manifest field some document has "
                    + "(a field no document has is a usage error).")
    String by;

    @Option(names = "--table", paramLabel = "NAME", split = ",", completionCandidates = TableNames.class,
            description = "Only these tables (e.g. frame_profiles,agency); default all. Every table can be chosen: one the corpus "
                    + "gives nothing for (the map with fewer than two sources, the clusters' tables with no event cluster ...) "
                    + "is printed with its header and no rows, and a note on stderr says why. Tables: ${COMPLETION-CANDIDATES}")
    List<String> only = new ArrayList<>();

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** The table names, for --help. */
    static final class TableNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() { return FramingReport.TABLES.iterator(); }
    }

    @Override
    public Integer call() {
        Corpus c = corpus.load(spec.commandLine().getErr());
        if (c.size() == 0) throw new Parallax.UsageException("no document selected");
        checkBy(c);
        FramingReport r = FramingReport.of(c, by);
        Map<String, Table> tables = r.tables();
        for (String name : only) {
            if (!tables.containsKey(name)) {
                throw new Parallax.UsageException("no table '" + name + "'; tables: " + String.join(", ", tables.keySet()));
            }
        }
        List<Table> chosen = new ArrayList<>();
        for (Map.Entry<String, Table> e : tables.entrySet()) if (only.isEmpty() || only.contains(e.getKey())) chosen.add(e.getValue());
        PrintWriter err = spec.commandLine().getErr();
        for (Table t : chosen) r.note(t.name()).ifPresent(n -> err.println("parallax framing: " + t.name() + " is empty: " + n));
        err.flush();
        output.write(w -> {
            if (output.format() == Table.Format.JSON) {
                w.write("{\n");
                for (int i = 0; i < chosen.size(); i++) {
                    w.write("\"" + chosen.get(i).name() + "\": ");
                    chosen.get(i).writeJson(w);
                    if (i < chosen.size() - 1) w.write(",\n");
                }
                w.write("}\n");
            } else {
                for (int i = 0; i < chosen.size(); i++) {
                    if (i > 0) w.write("\n");
                    w.write("# " + chosen.get(i).name() + "\n");
                    chosen.get(i).write(w, output.format());
                }
            }
        }, spec.commandLine());
        return Parallax.OK;
    }

    /**
     * Checks {@code --by} before anything is computed: {@code doc} (or {@code document}), or a field some
     * selected document has (a misspelled field would otherwise make one meaningless source).
     *
     * @throws Parallax.UsageException naming the field and the fields there are
     */
    void checkBy(Corpus c) {
        String f = by.strip().toLowerCase(Locale.ROOT);
        if (f.isEmpty()) throw new Parallax.UsageException("--by expects a field, got '" + by + "'");
        if (f.equals("doc") || f.equals("document")) return;
        Set<String> fields = Source.fields(c);
        if (!fields.contains(f)) {
            throw new Parallax.UsageException("--by " + by + ": no document " + (corpus.filtered() ? "selected from " : "of ")
                    + corpus.corpus + " has a field '" + f + "'; fields: doc, " + String.join(", ", fields));
        }
    }
}

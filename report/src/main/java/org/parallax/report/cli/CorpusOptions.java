package org.parallax.report.cli;

import org.parallax.core.Corpus;
import org.parallax.core.Document;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The options shared by every command that reads a corpus: the CORPUS folder ({@code seeds} for the
 * bundled demo corpus when no such folder exists), lenient decoding, a document filter and
 * {@code --where field=value} subcorpora.
 */
public final class CorpusOptions {
    @Parameters(index = "0", paramLabel = "CORPUS",
            description = "Corpus folder (with corpus.tsv, or .txt files); 'seeds' for the bundled demo corpus.")
    Path corpus;

    @Option(names = "--lenient", description = "Replace invalid UTF-8 with U+FFFD (reported on stderr) instead of failing.")
    boolean lenient;

    @Option(names = "--doc", paramLabel = "ID", split = ",", description = "Only these documents (repeatable, or comma-separated).")
    List<String> docs = new ArrayList<>();

    @Option(names = "--where", paramLabel = "FIELD=VALUE",
            description = "Subcorpus by a manifest field, e.g. language=it or genre=essay (repeatable: all must hold).")
    List<String> where = new ArrayList<>();

    /**
     * Loads the corpus with the filters applied; repairs of lenient mode and warnings about the selected
     * documents' input ({@link Corpus#warnings()}) go to {@code err}.
     */
    public Corpus load(java.io.PrintWriter err) {
        return select(loadUnfiltered(err));
    }

    /**
     * Loads the whole corpus, without {@code --doc} and {@code --where}; repairs of lenient mode go to {@code err},
     * and warnings about the input of the documents {@code --doc} and {@code --where} select.
     */
    public Corpus loadUnfiltered(java.io.PrintWriter err) {
        Corpus c;
        if (isSeeds()) {
            c = Corpus.loader().lenient(lenient).seeds();
        } else {
            c = Corpus.loader().lenient(lenient).load(corpus);
        }
        for (String r : c.repairs()) err.println("parallax: repaired " + r);
        // warnings about the input only for the documents --doc and --where select
        java.util.function.Predicate<java.util.Map<String, String>> selected = metadataFilter();
        for (String w : c.filter(d -> selected.test(d.metadata())).warnings()) err.println("parallax: warning: " + w);
        err.flush();
        return c;
    }

    /** Applies {@code --where} and {@code --doc} to a loaded corpus. */
    public Corpus select(Corpus c) {
        checkFields(c.fields());
        List<String> all = c.ids();
        for (String w : where) {
            int eq = w.indexOf('=');
            c = c.where(w.substring(0, eq), w.substring(eq + 1));
        }
        if (!docs.isEmpty()) {
            for (String id : docs) {
                if (!c.contains(id)) throw noDocument(id, all);
            }
            c = c.filter(d -> docs.contains(d.id()));
        }
        return c;
    }

    /**
     * Checks {@code --where} against the documents' metadata before anything is read: each must be
     * FIELD=VALUE with a FIELD that some document has (a misspelled field would otherwise select nothing,
     * silently). {@code language} and {@code id} always exist.
     *
     * @throws Parallax.UsageException naming the field and the fields there are
     */
    void checkFields(java.util.Set<String> fields) {
        for (String w : where) {
            int eq = w.indexOf('=');
            if (eq <= 0) throw new Parallax.UsageException("--where expects FIELD=VALUE, got '" + w + "'");
            String field = w.substring(0, eq).strip().toLowerCase(java.util.Locale.ROOT);
            if (!fields.contains(field)) {
                throw new Parallax.UsageException("--where " + w + ": no document of " + corpus + " has a field '" + field
                        + "'; fields: " + String.join(", ", fields));
            }
        }
    }

    /**
     * The usage error for a {@code --doc} id that is not among the documents selected: either no document
     * has it ({@code all} lists the ids there are) or {@code --where} leaves it out.
     */
    Parallax.UsageException noDocument(String id, java.util.Collection<String> all) {
        if (all.contains(id)) {
            return new Parallax.UsageException("document '" + id + "' is not selected by --where " + String.join(" --where ", where));
        }
        return new Parallax.UsageException("no document '" + id + "' in " + corpus + "; ids: " + String.join(", ", all));
    }

    /** Whether CORPUS names the bundled seeds (the word {@code seeds} when no such folder exists). */
    public boolean isSeeds() { return corpus.toString().equals("seeds") && !Files.isDirectory(corpus); }

    /** Whether any document filter is set. */
    public boolean filtered() { return !docs.isEmpty() || !where.isEmpty(); }

    /** A predicate over manifest fields implementing {@code --where} and {@code --doc}. */
    public java.util.function.Predicate<java.util.Map<String, String>> metadataFilter() {
        return meta -> {
            for (String w : where) {
                int eq = w.indexOf('=');
                if (eq <= 0) throw new Parallax.UsageException("--where expects FIELD=VALUE, got '" + w + "'");
                String v = meta.get(w.substring(0, eq).strip().toLowerCase(java.util.Locale.ROOT));
                if (v == null || !v.equalsIgnoreCase(w.substring(eq + 1).strip())) return false;
            }
            return docs.isEmpty() || docs.contains(meta.get("id"));
        };
    }

    /** The documents selected. */
    public List<Document> documents(java.io.PrintWriter err) { return load(err).documents(); }
}

package org.parallax.report.cli;

import org.parallax.align.Aligner;
import org.parallax.align.ComparableAligner;
import org.parallax.align.ComparableAlignment;
import org.parallax.align.Granularity;
import org.parallax.align.LinkFormats;
import org.parallax.align.LinkPolicy;
import org.parallax.align.parallel.ParallelAligner;
import org.parallax.align.parallel.ParallelAlignment;
import org.parallax.align.parallel.TmxWriter;
import org.parallax.align.parallel.Unit;
import org.parallax.core.Document;
import org.parallax.core.Corpus;
import org.parallax.core.anchor.CorpusAnchors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code parallax align CORPUS [--mode comparable|parallel] [--granularity sentence|paragraph|line|window]
 * [--format tsv|csv|json|tmx] [--out FILE]}: links between passages of different documents, as the links TSV
 * ({@code source_doc, source_first_line, source_last_line, target_doc, target_first_line,
 * target_last_line, score, evidence}), CSV, JSON, or TMX for parallel alignments.
 *
 * <pre>
 * parallax align seeds --granularity paragraph --out links.tsv                       # comparable (events)
 * parallax align bible --mode parallel --source it --target en --granularity line --format tmx --out it-en.tmx
 * </pre>
 *
 * <p>Parallel mode aligns two documents of the corpus: {@code --source} and {@code --target}, or, without
 * them, the two documents the corpus (after {@code --doc} and {@code --where}) holds; its units are the
 * documents' sentences (default) or their non-empty lines ({@code --granularity line}).
 */
@Command(name = "align", mixinStandardHelpOptions = true,
        description = "Align the corpus: comparable mode links the passages of different documents that tell the same "
                + "events (through shared dates, numbers, entities, cognates and concepts); parallel mode aligns two "
                + "documents that translate each other sentence by sentence (or line by line).")
public final class AlignCommand implements Callable<Integer> {
    @Mixin
    CorpusOptions corpus;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "comparable",
            description = "comparable (default) or parallel.")
    String mode;

    @Option(names = "--granularity", paramLabel = "UNIT",
            description = "Passages: sentence, paragraph (comparable default), line or window; parallel mode: sentence "
                    + "(default) or line (one segment per non-empty line, for files already segmented).")
    String granularity;

    @Option(names = "--source", paramLabel = "DOC", description = "Parallel mode: the id of the source document.")
    String source;

    @Option(names = "--target", paramLabel = "DOC", description = "Parallel mode: the id of the target document (its translation).")
    String target;

    @Option(names = "--band", paramLabel = "UNITS",
            description = "Parallel mode: initial half-width of the DP band (default 64; widened automatically when the "
                    + "path touches its edge).")
    Integer band;

    @Option(names = "--length-ratio", paramLabel = "R",
            description = "Parallel mode: expected target characters per source character, a positive number such as 1.07 "
                    + "(default: estimated from the two texts and re-estimated from the first pass's 1-1 beads).")
    Double lengthRatio;

    @Option(names = "--window", paramLabel = "SIZE,STRIDE",
            description = "Comparable mode only: window size and stride in sentences for --granularity window (default 3,2; "
                    + "the stride may not exceed the size).")
    String window;

    @Option(names = "--policy", paramLabel = "POLICY",
            description = "Comparable mode only: best (each passage's best passage in every other document; default), mutual "
                    + "(mutually best pairs only) or competitive (one-to-one competitive linking).")
    String policy;

    @Option(names = "--threshold", paramLabel = "SCORE",
            description = "Comparable mode only: minimum link score (default 0.02).")
    Double threshold;

    @Option(names = "--order-prior", paramLabel = "GAMMA",
            description = "Comparable mode only: weight of the order prior (default 1; 0 switches it off).")
    Double orderPrior;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "tsv", description = "tsv (default), json, csv or tmx (parallel mode).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file (UTF-8) instead of standard output.")
    Path out;

    @Option(names = "--lexicon", paramLabel = "FILE", description = "An extra concept lexicon (TSV) merged with the bundled one.")
    List<Path> lexicons = new ArrayList<>();

    @Option(names = "--dictionary", paramLabel = "SRC:TGT:FILE",
            description = "A bilingual dictionary (TSV, or a dictd .index), e.g. it:en:dict.tsv: comparable mode widens the "
                    + "concepts with it (repeatable), parallel mode counts its word pairs as lexical evidence (one dictionary).")
    List<String> dictionaries = new ArrayList<>();

    @Option(names = "--dictionary-out", paramLabel = "FILE",
            description = "Parallel mode: also write the translation pairs the aligner learned (and those of --dictionary) "
                    + "to this TSV file, as hunalign's -autodict does; --dictionary reads it back.")
    Path dictionaryOut;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String m = mode.strip().toLowerCase(Locale.ROOT);
        String f = format.strip().toLowerCase(Locale.ROOT);
        if (!List.of("tsv", "json", "csv", "tmx").contains(f)) {
            throw new Parallax.UsageException("unknown format '" + format + "' (tsv, json, csv, tmx)");
        }
        if (m.equals("comparable")) {
            if (f.equals("tmx")) throw new Parallax.UsageException("--format tmx is for parallel alignments (--mode parallel)");
            if (source != null || target != null || band != null || dictionaryOut != null || lengthRatio != null) {
                throw new Parallax.UsageException("--source, --target, --band, --length-ratio and --dictionary-out are options "
                        + "of --mode parallel");
            }
            Granularity g;
            try {
                g = Granularity.parse(granularity == null ? "paragraph" : granularity);
            } catch (IllegalArgumentException e) {
                throw new Parallax.UsageException(e.getMessage());
            }
            return comparable(g, f);
        }
        if (m.equals("parallel")) return parallel(f);
        throw new Parallax.UsageException("unknown mode '" + mode + "' (comparable, parallel)");
    }

    private int parallel(String f) {
        Unit unit;
        String g = granularity == null ? "sentence" : granularity.strip().toLowerCase(Locale.ROOT);
        switch (g) {
            case "sentence" -> unit = Unit.SENTENCE;
            case "line" -> unit = Unit.LINE;
            default -> throw new Parallax.UsageException("--mode parallel aligns sentences or lines, not '" + granularity
                    + "' (--granularity sentence|line)");
        }
        if (policy != null || threshold != null || orderPrior != null || window != null) {
            throw new Parallax.UsageException("--policy, --threshold, --order-prior and --window are options of --mode comparable");
        }
        if (band != null && band < 1) throw new Parallax.UsageException("--band must be at least 1, got " + band);
        if (lengthRatio != null && !(lengthRatio > 0 && lengthRatio < Double.POSITIVE_INFINITY)) {
            throw new Parallax.UsageException("--length-ratio must be a positive number (target characters per source "
                    + "character, e.g. 1.07), got " + lengthRatio);
        }
        // every output is checked before anything is computed or written: a bad --dictionary-out leaves no --out
        if (out != null && dictionaryOut != null && out.toAbsolutePath().normalize().equals(dictionaryOut.toAbsolutePath().normalize())) {
            throw new Parallax.UsageException("--out and --dictionary-out are the same file " + out);
        }
        if (out != null) OutputPaths.checkWritable("--out", out);
        if (dictionaryOut != null) OutputPaths.checkWritable("--dictionary-out", dictionaryOut);
        Corpus all = corpus.loadUnfiltered(spec.commandLine().getErr());
        Corpus c = corpus.select(all);
        Document s;
        Document t;
        if (source == null && target == null) {
            if (c.size() != 2) {
                throw new Parallax.UsageException("--mode parallel aligns two documents: name them with --source and --target "
                        + "(the corpus has " + c.size() + ": " + String.join(", ", c.ids()) + ")");
            }
            s = c.documents().get(0);
            t = c.documents().get(1);
        } else {
            if (source == null || target == null) throw new Parallax.UsageException("--mode parallel needs both --source and --target");
            s = document(c, source, all.ids());
            t = document(c, target, all.ids());
            if (s.id().equals(t.id())) throw new Parallax.UsageException("--source and --target are the same document '" + source + "'");
        }
        ParallelAligner.Builder b = Aligner.parallel().unit(unit);
        if (band != null) b.band(band);
        if (lengthRatio != null) b.lengthRatio(lengthRatio);
        if (!lexicons.isEmpty()) b.concepts(AnchorsCommand.lexicon(lexicons));
        if (dictionaries.size() > 1) throw new Parallax.UsageException("--mode parallel takes one --dictionary (of the two languages)");
        if (dictionaries.size() == 1) b.dictionary(AnchorsCommand.readDictionary(dictionaries.get(0)));
        ParallelAlignment a = b.build().align(s, t);
        OutputOptions o = new OutputOptions();
        o.out = out;
        o.write(w -> {
            switch (f) {
                case "json" -> LinkFormats.writeJson(a.links(), w);
                case "csv" -> LinkFormats.table(a.links()).writeCsv(w);
                case "tmx" -> TmxWriter.write(a, w, warning -> {
                    spec.commandLine().getErr().println("parallax align: warning: " + warning);
                    spec.commandLine().getErr().flush();
                });
                default -> LinkFormats.writeTsv(a.links(), w);
            }
        }, spec.commandLine());
        if (dictionaryOut != null) {
            try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(dictionaryOut, java.nio.charset.StandardCharsets.UTF_8)) {
                a.dictionary().writeTsv(w);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot write --dictionary-out " + dictionaryOut + ": "
                        + OutputPaths.reason(e, dictionaryOut), e);
            }
        }
        return Parallax.OK;
    }

    /** A document of the selected corpus; the error says whether no document has the id or --where/--doc left it out. */
    private Document document(Corpus c, String id, List<String> all) {
        if (!c.contains(id)) {
            if (all.contains(id)) {
                throw new Parallax.UsageException("document '" + id + "' is in " + corpus.corpus + " but not selected by "
                        + selection() + " (selected: " + (c.ids().isEmpty() ? "none" : String.join(", ", c.ids())) + ")");
            }
            throw new Parallax.UsageException("no document '" + id + "' in " + corpus.corpus + "; ids: " + String.join(", ", all));
        }
        return c.document(id);
    }

    /** The --where and --doc options given, as written. */
    private String selection() {
        List<String> parts = new ArrayList<>();
        for (String w : corpus.where) parts.add("--where " + w);
        if (!corpus.docs.isEmpty()) parts.add("--doc " + String.join(",", corpus.docs));
        return String.join(" ", parts);
    }

    private int comparable(Granularity g, String f) {
        Corpus all = corpus.loadUnfiltered(spec.commandLine().getErr());
        Corpus c = corpus.select(all);
        ComparableAligner.Builder b = Aligner.comparable().granularity(g)
                .anchors(AnchorsCommand.extractor(List.of(), lexicons, dictionaries));
        try {
            b.policy(LinkPolicy.parse(policy == null ? "best" : policy));
        } catch (IllegalArgumentException e) {
            throw new Parallax.UsageException(e.getMessage());
        }
        if (threshold != null) b.threshold(threshold);
        if (orderPrior != null) b.orderPrior(orderPrior);
        if (window != null) {
            if (g != Granularity.WINDOW) throw new Parallax.UsageException("--window needs --granularity window");
            String[] sw = window.split(",", -1);
            try {
                if (sw.length != 2) throw new NumberFormatException();
                b.window(Integer.parseInt(sw[0].strip()), Integer.parseInt(sw[1].strip()));
            } catch (NumberFormatException e) {
                throw new Parallax.UsageException("--window expects SIZE,STRIDE (two whole numbers), got '" + window + "'");
            }
        }
        ComparableAligner aligner;
        try {
            aligner = b.build();
        } catch (IllegalArgumentException e) {
            throw new Parallax.UsageException(e.getMessage());
        }
        if (out != null) OutputPaths.checkWritable("--out", out);
        ComparableAlignment a = aligner.align(c);
        OutputOptions o = new OutputOptions();
        o.out = out;
        o.write(w -> {
            switch (f) {
                case "json" -> LinkFormats.writeJson(a.links(), w);
                case "csv" -> LinkFormats.table(a.links()).writeCsv(w);
                default -> LinkFormats.writeTsv(a.links(), w);
            }
        }, spec.commandLine());
        return Parallax.OK;
    }

    /** Anchors of a corpus with the command's lexicon options (for other commands). */
    static CorpusAnchors anchors(Corpus c, List<Path> lexicons, List<String> dictionaries) {
        return AnchorsCommand.extractor(List.of(), lexicons, dictionaries).extract(c);
    }
}

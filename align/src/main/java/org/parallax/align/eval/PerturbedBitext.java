package org.parallax.align.eval;

import org.parallax.align.Link;
import org.parallax.core.Language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * A test pair for a parallel (sentence) aligner, built from two translations whose segments carry a shared
 * reference (Bible verses, numbered articles of a law, subtitles): one segment per line on each side, in
 * each file's own order and numbering, the target side perturbed with a seeded {@link Random} — each
 * segment deleted with probability {@code delete}, otherwise merged with the next one into one line with
 * probability {@code merge}. The gold annotation follows from the references: event = reference, so a
 * merged line gives a 2-1 gold bead, a deleted segment and a reference found on one side only give none.
 * {@link #strict(List)} scores an alignment by strict bead F1, as {@code score_links.py --strict} does.
 *
 * <pre>{@code
 * List<PerturbedBitext.Segment> it = PerturbedBitext.readVerses(Path.of("bible-nt/it.tsv"), List.of("MRK"));
 * List<PerturbedBitext.Segment> en = PerturbedBitext.readVerses(Path.of("bible-nt/en.tsv"), List.of("MRK"));
 * PerturbedBitext p = PerturbedBitext.of("it", Language.IT, it, "en", Language.EN, en, 42, 0.02, 0.02);
 * ParallelAlignment a = Aligner.parallel().languages(Language.IT, Language.EN).build()
 *         .align("it", Language.IT, p.source().lines(), "en", Language.EN, p.target().lines());
 * p.strict(a.links());           // Counts[links=677, ..., beads=..., strictCorrect=...]; p.strictF1(a.links())
 * }</pre>
 *
 * @param source the source side (unperturbed)
 * @param target the target side (perturbed)
 */
public record PerturbedBitext(Side source, Side target) {
    /** A segment: its reference ({@code "MRK 1:1"}) and text. */
    public record Segment(String ref, String text) {
        /** Checks the fields. */
        public Segment {
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * One side: its document id, language, lines (one per element) and the references each line carries.
     *
     * @param doc      document id
     * @param language language
     * @param lines    the lines, without line breaks
     * @param refs     per line, its references (two for a merged line)
     */
    public record Side(String doc, Language language, List<String> lines, List<List<String>> refs) {
        /** Copies the lists. */
        public Side {
            Objects.requireNonNull(doc, "doc");
            Objects.requireNonNull(language, "language");
            lines = List.copyOf(lines);
            refs = refs.stream().map(List::copyOf).toList();
            if (lines.size() != refs.size()) throw new IllegalArgumentException("lines and refs differ in length");
        }

        /** The text: the lines, each ending with a line break. */
        public String text() {
            StringBuilder sb = new StringBuilder();
            for (String l : lines) sb.append(l).append('\n');
            return sb.toString();
        }

        /** How many lines hold two references (merged segments). */
        public int merged() {
            int k = 0;
            for (List<String> r : refs) if (r.size() > 1) k++;
            return k;
        }

        /** "Side[en (en): 1462 lines, 28 merged]" (not the lines: they can be thousands). */
        @Override
        public String toString() {
            return "Side[" + doc + " (" + language.code() + "): " + lines.size() + " lines, " + merged() + " merged]";
        }
    }

    /** Checks that the two sides are different documents. */
    public PerturbedBitext {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        if (source.doc().equals(target.doc())) throw new IllegalArgumentException("source and target have the same id " + source.doc());
    }

    /**
     * Reads a verse TSV with a header row and the columns {@code book, chapter, verse, text} (the layout of
     * {@code shared/data/bible-nt}), keeping the rows of the given books (all if {@code books} is empty) in
     * file order, with references {@code "BOOK chapter:verse"}. Book codes are matched exactly, as the file
     * writes them ({@code MRK}, not {@code mrk}).
     *
     * @throws UncheckedIOException     if the file cannot be read
     * @throws IllegalArgumentException for a row with fewer than four columns, naming the file and line, or
     *                                  for a book the file does not hold, naming it and listing the file's books
     */
    public static List<Segment> readVerses(Path tsv, Collection<String> books) {
        Objects.requireNonNull(books, "books");
        Set<String> want = new HashSet<>();
        for (String b : books) want.add(Objects.requireNonNull(b, "book code"));
        Set<String> present = new LinkedHashSet<>();
        List<Segment> out = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + tsv + ": " + e.getMessage(), e);
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            String[] f = lines.get(i).split("\t", 4);
            if (f.length < 4) {
                throw new IllegalArgumentException(tsv + ":" + (i + 1) + ": expected 4 tab-separated columns "
                        + "(book, chapter, verse, text), found " + f.length);
            }
            present.add(f[0]);
            if (!want.isEmpty() && !want.contains(f[0])) continue;
            out.add(new Segment(f[0] + " " + f[1] + ":" + f[2], f[3]));
        }
        List<String> unknown = new ArrayList<>();
        for (String b : books) if (!present.contains(b) && !unknown.contains(b)) unknown.add(b);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(tsv + ": no book " + String.join(", ", unknown.stream().map(b -> "'" + b + "'").toList())
                    + " (book codes are matched exactly); the file's books: "
                    + (present.isEmpty() ? "none" : String.join(", ", present)));
        }
        return out;
    }

    /**
     * Builds a pair: the source segments as they are, the target segments perturbed (for each segment, in
     * order, a draw {@code x} of {@code new Random(seed)}: deleted if {@code x < delete}, merged with the next
     * one if {@code x < delete + merge}).
     *
     * @throws IllegalArgumentException if a side has no segments, or the probabilities are not in [0, 1] with a
     *                                  sum of at most 1
     */
    public static PerturbedBitext of(String sourceDoc, Language sourceLanguage, List<Segment> source, String targetDoc,
                                     Language targetLanguage, List<Segment> target, long seed, double delete, double merge) {
        if (!(delete >= 0) || !(merge >= 0) || !(delete + merge <= 1)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "bad probabilities: delete %s, merge %s "
                    + "(each at least 0, their sum at most 1)", delete, merge));
        }
        if (source.isEmpty()) throw new IllegalArgumentException("the source side '" + sourceDoc + "' has no segments");
        if (target.isEmpty()) throw new IllegalArgumentException("the target side '" + targetDoc + "' has no segments");
        List<String> sl = new ArrayList<>();
        List<List<String>> sr = new ArrayList<>();
        for (Segment v : source) {
            sl.add(v.text());
            sr.add(List.of(v.ref()));
        }
        Random r = new Random(seed);
        List<String> tl = new ArrayList<>();
        List<List<String>> tr = new ArrayList<>();
        for (int i = 0; i < target.size(); i++) {
            double x = r.nextDouble();
            if (x < delete) continue;
            if (x < delete + merge && i + 1 < target.size()) {
                tl.add(target.get(i).text() + " " + target.get(i + 1).text());
                tr.add(List.of(target.get(i).ref(), target.get(i + 1).ref()));
                i++;
                continue;
            }
            tl.add(target.get(i).text());
            tr.add(List.of(target.get(i).ref()));
        }
        return new PerturbedBitext(new Side(sourceDoc, sourceLanguage, sl, sr), new Side(targetDoc, targetLanguage, tl, tr));
    }

    /** The gold annotation: one entry per reference and line, on both sides. */
    public GoldAnnotation gold() {
        List<GoldAnnotation.Entry> entries = new ArrayList<>();
        for (Side s : List.of(source, target)) {
            for (int i = 0; i < s.refs().size(); i++) {
                for (String r : s.refs().get(i)) entries.add(new GoldAnnotation.Entry(r, s.doc(), i + 1, i + 1, 0));
            }
        }
        return GoldAnnotation.of(entries);
    }

    /** Writes the gold TSV ({@code event, doc, first_line, last_line}). */
    public void writeGold(Path file) {
        StringBuilder sb = new StringBuilder(String.join("\t", GoldAnnotation.COLUMNS)).append('\n');
        for (GoldAnnotation.Entry e : gold().entries()) {
            sb.append(e.event()).append('\t').append(e.doc()).append('\t').append(e.firstLine()).append('\t').append(e.lastLine()).append('\n');
        }
        try {
            Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The strict evaluation of an alignment's links (the {@code all} row's counts: links, beads, exact links). */
    public EvaluationResult.Counts strict(List<Link> links) {
        return Evaluation.evaluateLinks(gold(), links, Map.of(source.doc(), source.language(), target.doc(), target.language()), true)
                .counts().get(0);
    }

    /** How many rows {@link #toString()} shows. */
    static final int SHOWN = 5;

    /**
     * A summary: the two sides' sizes, the merged target lines, the references of one side missing on the
     * other (deleted by the perturbation, or not in that translation), then the first {@value #SHOWN} lines
     * side by side, clipped.
     *
     * <pre>
     * PerturbedBitext it (it, 1517 lines) ~ en (en, 1462 lines): 28 merged, 27 source references not in the target, 1 target reference not in the source
     *   line  source                                   | target
     *   1     MRK 1:1 Principio dell'evangelo di Ge…   | MRK 1:1 The beginning of the gospel of…
     *   ...
     * </pre>
     */
    @Override
    public String toString() {
        Set<String> sr = new HashSet<>(), tr = new HashSet<>();
        for (List<String> r : source.refs()) sr.addAll(r);
        for (List<String> r : target.refs()) tr.addAll(r);
        long missing = sr.stream().filter(r -> !tr.contains(r)).count();
        long extra = tr.stream().filter(r -> !sr.contains(r)).count();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "PerturbedBitext %s (%s, %d lines) ~ %s (%s, %d lines): %d merged, %d source reference%s not in the target, "
                        + "%d target reference%s not in the source%n", source.doc(), source.language().code(), source.lines().size(),
                target.doc(), target.language().code(), target.lines().size(), target.merged(), missing, missing == 1 ? "" : "s",
                extra, extra == 1 ? "" : "s"));
        int rows = Math.max(source.lines().size(), target.lines().size());
        sb.append(String.format(Locale.ROOT, "  %-5s %-40s | %s%n", "line", "source", "target"));
        for (int i = 0; i < Math.min(SHOWN, rows); i++) {
            sb.append(String.format(Locale.ROOT, "  %-5d %-40s | %s%n", i + 1, row(source, i), row(target, i)));
        }
        if (rows > SHOWN) sb.append(String.format(Locale.ROOT, "  ... %d more lines%n", rows - SHOWN));
        return sb.toString();
    }

    private static String row(Side s, int i) {
        if (i >= s.lines().size()) return "";
        String t = (String.join("+", s.refs().get(i)) + " " + s.lines().get(i)).replace('\n', ' ').replace('\r', ' ');
        return t.length() <= 40 ? t : t.substring(0, 39) + "…";
    }

    /** Strict bead F1 of an alignment's links, as {@code score_links.py --strict} computes it. */
    public double strictF1(List<Link> links) {
        return Evaluation.evaluateLinks(gold(), links, Map.of(source.doc(), source.language(), target.doc(), target.language()), true)
                .all().strictF1();
    }
}

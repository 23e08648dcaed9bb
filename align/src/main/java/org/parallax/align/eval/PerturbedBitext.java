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
     * file order, with references {@code "BOOK chapter:verse"}.
     *
     * @throws UncheckedIOException     if the file cannot be read
     * @throws IllegalArgumentException for a row with fewer than four columns, naming the file and line
     */
    public static List<Segment> readVerses(Path tsv, Collection<String> books) {
        Set<String> want = new HashSet<>(books);
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
            if (!want.isEmpty() && !want.contains(f[0])) continue;
            out.add(new Segment(f[0] + " " + f[1] + ":" + f[2], f[3]));
        }
        return out;
    }

    /**
     * Builds a pair: the source segments as they are, the target segments perturbed (for each segment, in
     * order, a draw {@code x} of {@code new Random(seed)}: deleted if {@code x < delete}, merged with the next
     * one if {@code x < delete + merge}).
     */
    public static PerturbedBitext of(String sourceDoc, Language sourceLanguage, List<Segment> source, String targetDoc,
                                     Language targetLanguage, List<Segment> target, long seed, double delete, double merge) {
        if (delete < 0 || merge < 0 || delete + merge > 1) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "bad probabilities: delete %s, merge %s", delete, merge));
        }
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

    /** Strict bead F1 of an alignment's links, as {@code score_links.py --strict} computes it. */
    public double strictF1(List<Link> links) {
        return Evaluation.evaluateLinks(gold(), links, Map.of(source.doc(), source.language(), target.doc(), target.language()), true)
                .all().strictF1();
    }
}

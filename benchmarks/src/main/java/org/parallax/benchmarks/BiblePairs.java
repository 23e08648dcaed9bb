package org.parallax.benchmarks;

import org.parallax.align.eval.PerturbedBitext;
import org.parallax.core.Language;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * The New Testament pairs of the align module's {@code BibleAlignmentTest} for the benchmarks: the files
 * of {@code shared/data/bible-nt} (found above the working directory, or {@code -Dparallax.bible=DIR}),
 * perturbed by {@link PerturbedBitext} exactly as the test does.
 *
 * <pre>{@code
 * PerturbedBitext p = BiblePairs.pair(BiblePairs.dir(), "it", "en", BiblePairs.BOOKS, 42, 0.02, 0.02);
 * }</pre>
 */
final class BiblePairs {
    /** The books of the test pairs (those of {@code BibleAlignmentTest}). */
    static final List<String> BOOKS = List.of("MRK", "ROM", "REV");

    private BiblePairs() {}

    /** The folder of the Bible files: {@code -Dparallax.bible=...}, or {@code shared/data/bible-nt} above the working directory. */
    static Path dir() {
        String p = System.getProperty("parallax.bible");
        if (p != null) return Path.of(p);
        Path d = Path.of("").toAbsolutePath();
        for (int up = 0; up < 6 && d != null; up++, d = d.getParent()) {
            Path c = d.resolve("shared/data/bible-nt");
            if (Files.isRegularFile(c.resolve("en.tsv"))) return c;
            Path c2 = d.resolveSibling("shared/data/bible-nt");
            if (Files.isRegularFile(c2.resolve("en.tsv"))) return c2;
        }
        throw new IllegalStateException("shared/data/bible-nt not found above " + Path.of("").toAbsolutePath()
                + ": run from the repository root or pass -Dparallax.bible=DIR");
    }

    /** The verses of some books, in file order. */
    static List<PerturbedBitext.Segment> read(Path dir, String lang, Collection<String> books) {
        return PerturbedBitext.readVerses(dir.resolve(lang + ".tsv"), books);
    }

    /** A pair of two languages over some books, the target perturbed with a seed (document ids = language codes). */
    static PerturbedBitext pair(Path dir, String src, String tgt, Collection<String> books, long seed, double delete, double merge) {
        return PerturbedBitext.of(src, Language.of(src), read(dir, src, books), tgt, Language.of(tgt), read(dir, tgt, books),
                seed, delete, merge);
    }
}

package org.parallax.align.parallel;

import org.parallax.align.eval.PerturbedBitext;
import org.parallax.core.Language;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * Test pairs from the New Testament in {@code shared/data/bible-nt} ({@code it.tsv}, {@code nl.tsv},
 * {@code en.tsv}: book, chapter, verse, text), built with {@link PerturbedBitext}: one verse per line on
 * each side, in each file's own order and versification; the target side perturbed with a seeded random
 * generator (deletions and merges).
 *
 * <pre>{@code
 * PerturbedBitext p = BibleData.pair(BibleData.dir(), "it", "en", BibleData.BOOKS, 42, 0.02, 0.02);
 * ParallelAlignment a = ParallelAligner.builder().unit(Unit.LINE).build()
 *         .align(Document.of("it", Language.IT, p.source().text()), Document.of("en", Language.EN, p.target().text()));
 * double f1 = p.strictF1(a.links());
 * }</pre>
 */
public final class BibleData {
    /** The books of the test pairs. */
    public static final List<String> BOOKS = List.of("MRK", "ROM", "REV");

    private BibleData() {}

    /**
     * The folder of the Bible files: {@code -Dparallax.bible=...}, or {@code shared/data/bible-nt} above the
     * working directory, or else the test resources' copy of the books of {@link #BOOKS} ({@code bible-nt/}
     * on the class path, so that a clean clone runs the test).
     */
    public static Path dir() {
        String p = System.getProperty("parallax.bible");
        if (p != null) return Path.of(p);
        Path d = Path.of("").toAbsolutePath();
        for (int up = 0; up < 6 && d != null; up++, d = d.getParent()) {
            Path c = d.resolve("shared/data/bible-nt");
            if (Files.isRegularFile(c.resolve("en.tsv"))) return c;
            Path c2 = d.resolveSibling("shared/data/bible-nt");
            if (Files.isRegularFile(c2.resolve("en.tsv"))) return c2;
        }
        java.net.URL bundled = BibleData.class.getResource("/bible-nt/en.tsv");
        if (bundled != null && bundled.getProtocol().equals("file")) {
            try {
                return Path.of(bundled.toURI()).getParent();
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }

    /** A pair of two languages over some books, the target perturbed with a seed (document ids = language codes). */
    public static PerturbedBitext pair(Path dir, String src, String tgt, Collection<String> books, long seed, double delete,
                                       double merge) {
        return PerturbedBitext.of(src, Language.of(src), PerturbedBitext.readVerses(dir.resolve(src + ".tsv"), books),
                tgt, Language.of(tgt), PerturbedBitext.readVerses(dir.resolve(tgt + ".tsv"), books), seed, delete, merge);
    }
}

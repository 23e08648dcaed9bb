package org.parallax.align.parallel;

import org.parallax.core.Document;
import org.parallax.core.Language;

import java.nio.file.Path;
import java.util.List;

/** Manual exploration (not a test): java -cp ... BibleExplore. */
public final class BibleExplore {
    public static void main(String[] args) {
        Path dir = BibleData.dir();
        String[][] pairs = {{"it", "en"}, {"nl", "en"}, {"it", "nl"}};
        for (String[] pr : pairs) {
            BibleData.Pair p = BibleData.pair(dir, pr[0], pr[1], BibleData.BOOKS, 42, 0.02, 0.02);
            Document s = Document.of(pr[0], Language.of(pr[0]), p.source().text());
            Document t = Document.of(pr[1], Language.of(pr[1]), p.target().text());
            for (boolean realign : new boolean[] {false, true}) {
                ParallelAligner a = ParallelAligner.builder().unit(Unit.LINE).realign(realign).build();
                long t0 = System.nanoTime();
                ParallelAlignment al = a.align(s, t);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                double[] f = BibleData.strictF1(p, al.links());
                System.out.printf("%s-%s realign=%s links=%d ok=%d beads=%d F1=%.4f  %d ms %s %s%n", pr[0], pr[1], realign,
                        (int) f[0], (int) f[1], (int) f[2], f[3], ms, al.typeCounts(), al.stats());
            }
        }
    }
}

package org.parallax.benchmarks;

import org.parallax.align.eval.PerturbedBitext;

import org.parallax.align.parallel.ParallelAligner;
import org.parallax.align.parallel.ParallelAlignment;
import org.parallax.core.Language;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Scale run of the parallel aligner (a plain {@code main}, not JMH, not a test): 100,000 Italian segments
 * against 100,000 English segments, under {@code -Xmx1g}.
 *
 * <p>Input: the New Testament verses of {@code shared/data/bible-nt} ({@code it.tsv}, {@code en.tsv}) in
 * reference order, cycled (Revelation is followed by Matthew again). Each side walks the cycle of KJV
 * references and is perturbed with its own seeded {@link Random}: a verse is deleted with probability 0.02,
 * otherwise merged with the next into one segment with probability 0.02; a reference missing from a file's
 * versification is skipped on that side. Each side stops at exactly N segments (default 100,000), so the
 * two sides end a few verses apart. Then {@link ParallelAligner#align(String, Language, List, String, Language, List)}
 * with the default settings (two passes, band 64) aligns them, timed and with the heap measured as in
 * {@link LargeFileRun} (peak used, peak live after GC, sum of pool peaks), and the CPU time of the aligning
 * thread (which a machine shared with other jobs does not inflate as it does wall time). A run on 5,000
 * segments warms up the JVM first.
 *
 * <pre>
 * java -Xmx1g -cp benchmarks/target/benchmarks.jar org.parallax.benchmarks.ParallelScaleRun [N]
 * </pre>
 */
public final class ParallelScaleRun {
    private ParallelScaleRun() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = BiblePairs.dir();
        List<String> books = List.of("MAT", "MRK", "LUK", "JHN", "ACT", "ROM", "1CO", "2CO", "GAL", "EPH", "PHP", "COL",
                "1TH", "2TH", "1TI", "2TI", "TIT", "PHM", "HEB", "JAS", "1PE", "2PE", "1JN", "2JN", "3JN", "JUD", "REV");
        List<PerturbedBitext.Segment> it = BiblePairs.read(dir, "it", books);
        List<PerturbedBitext.Segment> en = BiblePairs.read(dir, "en", books);
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "ParallelScaleRun: max heap %d MB, %d cores, %s %s%n", rt.maxMemory() / (1024 * 1024),
                rt.availableProcessors(), System.getProperty("java.vm.name"), System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "verses: it %d, en %d (cycled)%n", it.size(), en.size());

        run(side(it, en, 5_000, 1), side(en, en, 5_000, 2), true);
        run(side(it, en, n, 1), side(en, en, n, 2), false);
    }

    /** N segments of {@code verses}, walking the references of {@code order} cyclically, perturbed. */
    static List<String> side(List<PerturbedBitext.Segment> verses, List<PerturbedBitext.Segment> order, int n, long seed) {
        java.util.Map<String, String> byRef = new java.util.HashMap<>();
        for (PerturbedBitext.Segment v : verses) byRef.put(v.ref(), v.text());
        Random r = new Random(seed);
        List<String> out = new ArrayList<>(n);
        int k = 0;
        while (out.size() < n) {
            String text = byRef.get(order.get(k++ % order.size()).ref());
            if (text == null) continue;
            double x = r.nextDouble();
            if (x < 0.02) continue;
            if (x < 0.04) {
                String next = byRef.get(order.get(k++ % order.size()).ref());
                if (next != null) text = text + " " + next;
            }
            out.add(text);
        }
        return out;
    }

    private static void run(List<String> s, List<String> t, boolean quiet) throws Exception {
        long chars = 0;
        for (String x : s) chars += x.length();
        for (String x : t) chars += x.length();
        ParallelAligner aligner = ParallelAligner.builder().build();
        HeapMeasure m = new HeapMeasure();
        m.start();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        ParallelAlignment a = aligner.align("it", Language.IT, s, "en", Language.EN, t);
        long t1 = System.nanoTime();
        long c1 = threads.getCurrentThreadCpuTime();
        m.stop();
        if (quiet) return;
        double secs = (t1 - t0) / 1e9;
        System.out.printf(Locale.ROOT, "units %d x %d (%d chars): %.2f s wall, %.2f s CPU of the aligning thread, "
                        + "peak_used %d MB, peak_live %d MB, pool_peaks %d MB%n",
                s.size(), t.size(), chars, secs, (c1 - c0) / 1e9, m.peakUsed >> 20, m.peakLive >> 20, m.poolPeaks >> 20);
        System.out.printf(Locale.ROOT, "beads %d %s, links %d%n", a.beads().size(), a.typeCounts(), a.links().size());
        System.out.println(a.stats());
        System.out.print(a.toString(4));
    }
}

package org.parallax.benchmarks;

import org.parallax.align.Aligner;
import org.parallax.align.ComparableAligner;
import org.parallax.align.ComparableAlignment;
import org.parallax.core.Block;
import org.parallax.core.BlockKind;
import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.DocumentAnalyzer;
import org.parallax.core.Language;
import org.parallax.core.anchor.AnchorExtractor;
import org.parallax.core.anchor.CorpusAnchors;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Scale run of the comparable aligner: a synthetic comparable corpus of two documents of N passages
 * each (default 50,000 × 50,000), built by resampling the content paragraphs of the seeds (source: the
 * Italian and Dutch paragraphs; target: the English ones), analysed, anchored and aligned. Prints the
 * wall time of each stage, the CPU time of the process, and the heap as {@link HeapMeasure} measures it
 * (peak used, garbage included; peak live, right after collections).
 *
 * <pre>
 * java -Xmx2g -cp benchmarks/target/benchmarks.jar org.parallax.benchmarks.ComparableScaleRun 50000
 * </pre>
 */
public final class ComparableScaleRun {
    private ComparableScaleRun() {}

    /** Runs the scale run; the argument is the number of passages per side (default 50,000). */
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        Corpus seeds = Corpus.seeds();
        List<String> source = new ArrayList<>();
        List<String> target = new ArrayList<>();
        for (Document d : seeds) {
            for (Block b : d.blocks()) {
                if (b.isBoilerplate() || b.kind() != BlockKind.PARAGRAPH || b.text().length() < 80) continue;
                (d.language().equals(Language.EN) ? target : source).add(b.text());
            }
        }
        Random r = new Random(42);
        String a = resample(source, n, r);
        String b = resample(target, n, r);
        System.out.printf(Locale.ROOT, "synthetic corpus: %d + %d passages, %.1f + %.1f MB of text, %d threads, max heap %d MB%n",
                n, n, a.length() / 1e6, b.length() / 1e6, threads, Runtime.getRuntime().maxMemory() >> 20);

        HeapMeasure heap = new HeapMeasure();
        heap.start();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        DocumentAnalyzer analyzer = DocumentAnalyzer.create();
        // the source text mixes Italian and Dutch paragraphs; each paragraph is analysed in its own language
        Document da = analyzer.analyze("source", Language.IT, a);
        Document db = analyzer.analyze("target", Language.EN, b);
        Corpus corpus = Corpus.of(da, db);
        long t1 = System.nanoTime();
        CorpusAnchors anchors = AnchorExtractor.standard().extract(corpus);
        long t2 = System.nanoTime();
        ComparableAligner aligner = Aligner.comparable().threads(threads).build();
        ComparableAlignment al = aligner.align(corpus, anchors);
        long t3 = System.nanoTime();
        long cpu1 = os.getProcessCpuTime();
        heap.stop();
        System.out.printf(Locale.ROOT, "analysis  %8.1f s  (%d + %d tokens)%n", (t1 - t0) / 1e9, da.tokenTable().size(), db.tokenTable().size());
        System.out.printf(Locale.ROOT, "anchors   %8.1f s%n", (t2 - t1) / 1e9);
        System.out.printf(Locale.ROOT, "alignment %8.1f s  (%d passages, %d links, %d clusters)%n", (t3 - t2) / 1e9,
                al.index().size(), al.links().size(), al.clusters().size());
        System.out.printf(Locale.ROOT, "total     %8.1f s wall, %.1f s CPU of the process; peak_used %d MB, peak_live %d MB, pool_peaks %d MB%n",
                (t3 - t0) / 1e9, (cpu1 - cpu0) / 1e9, heap.peakUsed >> 20, heap.peakLive >> 20, heap.poolPeaks >> 20);
    }

    private static String resample(List<String> paragraphs, int n, Random r) {
        StringBuilder sb = new StringBuilder(n * 700);
        for (int i = 0; i < n; i++) sb.append(paragraphs.get(r.nextInt(paragraphs.size()))).append("\n\n");
        return sb.toString();
    }
}

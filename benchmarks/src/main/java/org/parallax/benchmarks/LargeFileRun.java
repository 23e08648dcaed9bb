package org.parallax.benchmarks;

import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.DocumentAnalyzer;
import org.parallax.core.DocumentSummary;
import org.parallax.core.Language;
import org.parallax.core.Sentence;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scale run (not a unit test, not JMH): {@code parallax info} on a single file of English-like prose
 * with no line break at all, at several sizes, to show that the streaming path is linear in time and
 * bounded in memory.
 *
 * <p>For each size (MB of UTF-8, default 25 50 100) it writes {@code large.txt} into a fresh temporary
 * folder (the content sentences of the English seeds, in order, joined by single spaces, repeated until
 * the size is reached), then runs exactly what {@code parallax info FOLDER} runs:
 * {@code Corpus.loader().summaries(folder, m -> true)} (read, strict UTF-8 decoding, language detection,
 * structure, boilerplate, paragraph language, sentences and tokens counted in streaming mode). The
 * folder is deleted afterwards unless {@code --keep} is given.
 *
 * <p>Memory is reported three ways, all for the heap only (the JVM's own memory excluded), measured from
 * a {@code System.gc()} just before the run: <b>peak used</b>, the largest used heap seen by a sampler
 * thread polling {@code MemoryMXBean} every 2 ms (includes garbage not yet collected, so it depends on the
 * collector and on {@code -Xmx}); <b>peak live</b>, the largest heap occupancy right after a collection
 * (from GC notifications: what really had to be kept); and <b>pool peaks</b>, the sum of the peak usage of
 * each heap memory pool ({@code MemoryPoolMXBean.getPeakUsage()} after {@code resetPeakUsage()}; pools peak
 * at different times, so this is an upper bound).
 *
 * <pre>
 * java -Xmx1g -cp benchmarks/target/benchmarks.jar org.parallax.benchmarks.LargeFileRun [--keep] [MB ...]
 * </pre>
 */
public final class LargeFileRun {
    private static final long MB = 1_000_000L;

    private LargeFileRun() {}

    public static void main(String[] args) throws Exception {
        boolean keep = false;
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--keep")) keep = true;
            else sizes.add(Integer.parseInt(a));
        }
        if (sizes.isEmpty()) sizes = List.of(25, 50, 100);
        List<String> sentences = englishSentences();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "LargeFileRun: max heap %d MB, %d cores, %s %s%n", rt.maxMemory() / (1024 * 1024),
                rt.availableProcessors(), System.getProperty("java.vm.name"), System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "source: %d content sentences of the English seeds%n", sentences.size());

        // warm-up: load the models and dictionaries and compile the hot paths on a small file
        run(sentences, 5, false, true);
        System.out.printf(Locale.ROOT, "%8s %12s %10s %9s %9s %12s %11s %11s %11s  %s%n", "size_MB", "bytes", "time_s",
                "MB/s", "s_per_MB", "tokens", "peak_used", "peak_live", "pool_peaks", "summary");
        for (int mb : sizes) run(sentences, mb, keep, false);
    }

    private static void run(List<String> sentences, int mb, boolean keep, boolean quiet) throws Exception {
        Path dir = Files.createTempDirectory("parallax-scale-");
        Path file = dir.resolve("large.txt");
        try {
            long bytes = write(file, sentences, mb * MB);
            HeapMeasure m = new HeapMeasure();
            m.start();
            long t0 = System.nanoTime();
            List<DocumentSummary> rows = Corpus.loader().summaries(dir, meta -> true);
            long t1 = System.nanoTime();
            m.stop();
            if (quiet) return;
            DocumentSummary s = rows.get(0);
            double secs = (t1 - t0) / 1e9;
            System.out.printf(Locale.ROOT, "%8d %12d %10.2f %9.2f %9.4f %12d %8d MB %8d MB %8d MB  %s%n", mb, bytes, secs,
                    bytes / MB / secs, secs / (bytes / (double) MB), s.tokens(), m.peakUsed / (1024 * 1024),
                    m.peakLive / (1024 * 1024), m.poolPeaks / (1024 * 1024), s.toTsv().replace('\t', ' '));
            if (keep) System.out.println("         kept: " + file);
        } finally {
            if (!keep) {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        }
    }

    /** The content sentences of the English seeds, in manifest and text order, each on one line. */
    static List<String> englishSentences() {
        DocumentAnalyzer a = DocumentAnalyzer.create();
        List<String> out = new ArrayList<>();
        int i = 0;
        for (String text : SeedText.documents(Language.EN)) {
            Document d = a.analyze("seed-" + i++, Language.EN, text);
            for (Sentence s : d.contentSentences()) {
                String t = s.text().replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').strip();
                if (!t.isEmpty()) out.add(t);
            }
        }
        return out;
    }

    /** Writes the sentences joined by spaces, cycling, until at least {@code target} bytes; no line break. */
    static long write(Path file, List<String> sentences, long target) throws IOException {
        long bytes = 0;
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                1 << 16)) {
            int i = 0;
            while (bytes < target) {
                String s = sentences.get(i++ % sentences.size());
                if (bytes > 0) {
                    w.write(' ');
                    bytes++;
                }
                w.write(s);
                bytes += s.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return bytes;
    }
}

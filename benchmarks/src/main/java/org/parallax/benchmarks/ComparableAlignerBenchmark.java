package org.parallax.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.parallax.align.Aligner;
import org.parallax.align.ComparableAligner;
import org.parallax.align.ComparableAlignment;
import org.parallax.align.PassageIndex;
import org.parallax.core.Block;
import org.parallax.core.BlockKind;
import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.DocumentAnalyzer;
import org.parallax.core.Language;
import org.parallax.core.anchor.AnchorExtractor;
import org.parallax.core.anchor.CorpusAnchors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The hot path of the comparable aligner, on a synthetic comparable corpus of two documents of
 * {@code passages} paragraphs each, resampled from the seeds' content paragraphs (Italian and Dutch on
 * one side, English on the other): scoring one candidate pair ({@code scorePair}, reported per pair;
 * its baseline {@code scorePairMaps} computes the BM25 sum over boxed hash maps),
 * candidate generation from the inverted index ({@code candidates}, per query passage) and the full
 * alignment of the N × M passages given the anchors ({@code fullAlignment}: index, candidates, scores,
 * links, evidence, clusters). Single-threaded unless noted.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ComparableAlignerBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ComparableAlignerBenchmark {
    /** Pairs scored per {@code scorePair} invocation. */
    public static final int PAIRS = 100_000;

    @Param({"2000"})
    public int passages;

    private Corpus corpus;
    private CorpusAnchors anchors;
    private ComparableAligner aligner;
    private PassageIndex index;
    private int[] qs;
    private int[] ps;
    private float[] acc;
    private int[] touched;
    private int[] out;
    private int query;
    private final List<Map<String, Float>> queryMaps = new ArrayList<>();
    private final List<Map<String, Float>> docMaps = new ArrayList<>();
    private final Set<String> anchorKeys = new HashSet<>();

    @Setup
    public void setup() {
        Corpus seeds = Corpus.seeds();
        List<String> source = new ArrayList<>();
        List<String> target = new ArrayList<>();
        for (Document d : seeds) {
            for (Block b : d.blocks()) {
                if (b.isBoilerplate() || b.kind() != BlockKind.PARAGRAPH || b.text().length() < 80) continue;
                (d.language().equals(Language.EN) ? target : source).add(b.text());
            }
        }
        Random r = new Random(7);
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < passages; i++) {
            a.append(source.get(r.nextInt(source.size()))).append("\n\n");
            b.append(target.get(r.nextInt(target.size()))).append("\n\n");
        }
        DocumentAnalyzer an = DocumentAnalyzer.create();
        corpus = Corpus.of(an.analyze("source", Language.IT, a.toString()), an.analyze("target", Language.EN, b.toString()));
        anchors = AnchorExtractor.standard().extract(corpus);
        aligner = Aligner.comparable().threads(1).build();
        index = aligner.index(corpus, anchors);
        int n = index.size();
        acc = new float[n];
        touched = new int[n];
        out = new int[n];
        // real candidate pairs, as the aligner scores them
        qs = new int[PAIRS];
        ps = new int[PAIRS];
        int k = 0;
        for (int t = 0; t < 10 * n && k < PAIRS; t++) {
            int q = (int) ((7L * t) % n);
            int m = index.candidates(q, acc, touched, out);
            for (int i = 0; i < m && k < PAIRS; i++) {
                qs[k] = q;
                ps[k] = out[i];
                k++;
            }
        }
        for (int i = 0; i < n; i++) {
            Map<String, Float> q = new HashMap<>();
            Map<String, Float> d = new HashMap<>();
            for (PassageIndex.FeatureWeight f : index.featureWeights(i)) {
                q.put(f.key(), f.queryWeight());
                d.put(f.key(), f.bm25());
                if (f.anchor()) anchorKeys.add(f.key());
            }
            queryMaps.add(q);
            docMaps.add(d);
        }
        if (k < PAIRS) { // fewer candidate pairs than PAIRS: repeat them
            for (int i = k; i < PAIRS; i++) {
                qs[i] = qs[i % Math.max(1, k)];
                ps[i] = ps[i % Math.max(1, k)];
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public double scorePair() {
        double s = 0;
        for (int i = 0; i < PAIRS; i++) s += index.score(qs[i], ps[i]);
        return s;
    }

    /**
     * Baseline of {@link #scorePair()}: the same BM25 sum (without the normalization and order prior, which
     * {@code scorePair} does on top) over each passage's features held as boxed {@code HashMap<String, Float>}s,
     * the straightforward implementation that the index's sorted {@code int[]}/{@code float[]} merge replaces.
     */
    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public double scorePairMaps() {
        double s = 0;
        for (int i = 0; i < PAIRS; i++) {
            Map<String, Float> q = queryMaps.get(qs[i]);
            Map<String, Float> p = docMaps.get(ps[i]);
            boolean same = index.passage(qs[i]).language().equals(index.passage(ps[i]).language());
            for (Map.Entry<String, Float> e : q.entrySet()) {
                if (!same && !anchorKeys.contains(e.getKey())) continue;
                Float f = p.get(e.getKey());
                if (f != null) s += e.getValue() * f;
            }
        }
        return s;
    }

    @Benchmark
    public int candidates() {
        int q = query;
        query = (query + 1) % index.size();
        return index.candidates(q, acc, touched, out);
    }

    @Benchmark
    public ComparableAlignment fullAlignment() {
        return aligner.align(corpus, anchors);
    }
}

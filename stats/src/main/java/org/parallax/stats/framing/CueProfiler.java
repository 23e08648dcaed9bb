package org.parallax.stats.framing;

import org.parallax.core.Document;
import org.parallax.stats.TokenSelection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.WeakHashMap;

/**
 * Frame and stance profiles: the rate of each category's cues per 1,000 tokens in a {@link Source},
 * with bootstrap intervals over sentences ({@link CueProfile}), and the differences between two
 * sources with permutation p-values ({@link CueComparison}). See those classes for the formulas.
 *
 * <p>{@link #frames()} profiles with the bundled frame lexicon, {@link #stance()} with the bundled
 * stance lexicon (hedges, boosters, positive and negative evaluation), {@link #of(CueLexicon)} with any
 * other. Tokens are counted by a {@link TokenSelection} (by default words and numbers, stopwords
 * included, boilerplate and punctuation excluded); cue hits in boilerplate are left out unless the
 * selection includes boilerplate. Resampling follows a {@link Bootstrap} (B = 1000, 95 %, seed 42 by
 * default): every profile and comparison starts a new {@link Random} from the seed, so the same inputs
 * always give the same numbers.
 *
 * <pre>{@code
 * Corpus c = Corpus.seeds();
 * CueProfiler frames = CueProfiler.frames();
 * CueProfile essay = frames.profile(Source.of(c.document("en-essay")));
 * List<CueProfile> byLanguage = frames.profiles(Source.groupBy(c, "language"));
 * CueComparison cmp = frames.compare(Source.of(c.document("en-essay")), Source.of(c.document("en-wikipedia")));
 * ComparableAlignment alignment = Aligner.comparable().build().align(c);
 * CueProfile stance = CueProfiler.stance().bootstrap(Bootstrap.defaults().withReplicates(2000)).
 *         profile(Source.cluster(c, alignment.clusters().get(0)));   // the stance of the first event
 * System.out.println(CueProfile.rates(frames.profiles(Source.documents(c))));
 * }</pre>
 *
 * <p>Immutable and thread-safe (cue hits are computed once per document and cached).
 */
public final class CueProfiler {
    private final CueLexicon lexicon;
    private final Bootstrap bootstrap;
    private final TokenSelection tokens;
    private final Map<Document, List<CueHit>> cache;

    private CueProfiler(CueLexicon lexicon, Bootstrap bootstrap, TokenSelection tokens, Map<Document, List<CueHit>> cache) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.bootstrap = Objects.requireNonNull(bootstrap, "bootstrap");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.cache = cache;
    }

    /** A profiler of a lexicon with the default bootstrap and token selection. */
    public static CueProfiler of(CueLexicon lexicon) {
        return new CueProfiler(lexicon, Bootstrap.defaults(), TokenSelection.defaults(),
                Collections.synchronizedMap(new WeakHashMap<>()));
    }

    /** A profiler of the bundled frame lexicon ({@link CueLexicon#frames()}). */
    public static CueProfiler frames() { return of(CueLexicon.frames()); }

    /** A profiler of the bundled stance lexicon ({@link CueLexicon#stance()}). */
    public static CueProfiler stance() { return of(CueLexicon.stance()); }

    /** A copy with other resampling settings (sharing the cache of hits). */
    public CueProfiler bootstrap(Bootstrap b) { return new CueProfiler(lexicon, b, tokens, cache); }

    /** A copy that counts tokens with another selection (sharing the cache of hits). */
    public CueProfiler tokens(TokenSelection s) { return new CueProfiler(lexicon, bootstrap, s, cache); }

    /** The lexicon. */
    public CueLexicon lexicon() { return lexicon; }

    /** The resampling settings. */
    public Bootstrap bootstrap() { return bootstrap; }

    /** The token selection of the rates' denominators. */
    public TokenSelection tokens() { return tokens; }

    /** The cue hits of a document (computed once per document and profiler family). */
    public List<CueHit> hits(Document d) {
        List<CueHit> h = cache.get(d);
        if (h == null) {
            h = lexicon.hits(d);
            cache.putIfAbsent(d, h);
        }
        return h;
    }

    SentenceUnits units(Source s) {
        return SentenceUnits.build(s, lexicon.categories(), tokens, this::hits);
    }

    /** The profile of a source. */
    public CueProfile profile(Source source) {
        SentenceUnits u = units(source);
        return profile(source.name(), u, bootstrapRates(u, new Random(bootstrap.seed())));
    }

    /** The profiles of several sources, in order. */
    public List<CueProfile> profiles(Collection<Source> sources) {
        List<CueProfile> out = new ArrayList<>(sources.size());
        for (Source s : sources) out.add(profile(s));
        return List.copyOf(out);
    }

    /** B × k replicate rates of a source (rows: replicates). */
    private double[][] bootstrapRates(SentenceUnits u, Random r) {
        int b = bootstrap.replicates();
        double[][] reps = new double[b][u.k];
        if (u.n == 0) {
            for (double[] row : reps) Arrays.fill(row, Double.NaN);
            return reps;
        }
        double[] acc = new double[u.k];
        for (int i = 0; i < b; i++) u.resampleRates(r, acc, reps[i]);
        return reps;
    }

    private CueProfile profile(String name, SentenceUnits u, double[][] reps) {
        List<String> cats = lexicon.categories();
        double[] rates = u.rates();
        List<CueProfile.Row> rows = new ArrayList<>(cats.size());
        for (int c = 0; c < cats.size(); c++) {
            double[] iv = bootstrap.interval(column(reps, c));
            rows.add(new CueProfile.Row(name, cats.get(c), u.n, u.totalTokens, u.hits[c], u.totalScore[c], u.sentencesWith[c],
                    rates[c], iv[0], iv[1], u.cues.get(c)));
        }
        return new CueProfile(lexicon.name(), name, u.n, u.totalTokens, bootstrap, rows);
    }

    private static double[] column(double[][] m, int c) {
        double[] out = new double[m.length];
        for (int i = 0; i < m.length; i++) out[i] = m[i][c];
        return out;
    }

    /**
     * Compares two sources: their profiles, and per category the difference of rates A − B with a
     * bootstrap interval (A and B resampled independently) and a permutation p-value over the pooled
     * sentences, Holm-adjusted over the categories. See {@link CueComparison} for the formulas.
     */
    public CueComparison compare(Source a, Source b) {
        SentenceUnits ua = units(a);
        SentenceUnits ub = units(b);
        int k = lexicon.categories().size();
        int reps = bootstrap.replicates();
        Random r = new Random(bootstrap.seed());
        // profiles with their own intervals (each from the seed, as profile() gives them)
        CueProfile pa = profile(a.name(), ua, bootstrapRates(ua, new Random(bootstrap.seed())));
        CueProfile pb = profile(b.name(), ub, bootstrapRates(ub, new Random(bootstrap.seed())));
        double[] ra = ua.rates();
        double[] rb = ub.rates();
        double[] d = new double[k];
        for (int c = 0; c < k; c++) d[c] = ra[c] - rb[c];

        // bootstrap of the difference
        double[][] diffs = new double[k][reps];
        boolean both = ua.n > 0 && ub.n > 0;
        double[] acc = new double[k];
        double[] xa = new double[k];
        double[] xb = new double[k];
        for (int i = 0; i < reps; i++) {
            if (both) {
                ua.resampleRates(r, acc, xa);
                ub.resampleRates(r, acc, xb);
            }
            for (int c = 0; c < k; c++) diffs[c][i] = both ? xa[c] - xb[c] : Double.NaN;
        }

        // permutation test over the pooled sentences
        int[] exceed = new int[k];
        int n = ua.n + ub.n;
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) perm[i] = i;
        double[] accA = new double[k];
        double[] accB = new double[k];
        if (both) {
            for (int i = 0; i < reps; i++) {
                // partial Fisher–Yates: a uniformly random set of n_A units goes to A
                for (int j = 0; j < ua.n; j++) {
                    int s = j + r.nextInt(n - j);
                    int t = perm[j];
                    perm[j] = perm[s];
                    perm[s] = t;
                }
                Arrays.fill(accA, 0);
                Arrays.fill(accB, 0);
                long ta = 0;
                long tb = 0;
                for (int j = 0; j < n; j++) {
                    int unit = perm[j];
                    boolean inA = j < ua.n;
                    double[] target = inA ? accA : accB;
                    int t = unit < ua.n ? ua.add(unit, target) : ub.add(unit - ua.n, target);
                    if (inA) ta += t;
                    else tb += t;
                }
                for (int c = 0; c < k; c++) {
                    double dp = SentenceUnits.rate(accA[c], ta) - SentenceUnits.rate(accB[c], tb);
                    double tol = 1e-9 * Math.max(1, Math.abs(d[c]));
                    if (!Double.isNaN(dp) && Math.abs(dp) >= Math.abs(d[c]) - tol) exceed[c]++;
                }
            }
        }
        double[] p = new double[k];
        for (int c = 0; c < k; c++) p[c] = both && !Double.isNaN(d[c]) ? (1.0 + exceed[c]) / (1.0 + reps) : Double.NaN;
        double[] holm = holm(p);
        List<CueComparison.Row> rows = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            double[] iv = bootstrap.interval(diffs[c]);
            rows.add(new CueComparison.Row(lexicon.categories().get(c), ra[c], rb[c], d[c], iv[0], iv[1], p[c], holm[c]));
        }
        return new CueComparison(lexicon.name(), pa, pb, bootstrap, rows);
    }

    /** Holm's step-down adjustment of p-values (NaNs stay NaN and do not count). */
    static double[] holm(double[] p) {
        int k = p.length;
        Integer[] idx = new Integer[k];
        int m = 0;
        for (int i = 0; i < k; i++) {
            idx[i] = i;
            if (!Double.isNaN(p[i])) m++;
        }
        Arrays.sort(idx, (x, y) -> Double.compare(Double.isNaN(p[x]) ? 2 : p[x], Double.isNaN(p[y]) ? 2 : p[y]));
        double[] out = new double[k];
        Arrays.fill(out, Double.NaN);
        double running = 0;
        for (int j = 0; j < m; j++) {
            int i = idx[j];
            running = Math.max(running, Math.min(1, (m - j) * p[i]));
            out[i] = running;
        }
        return out;
    }

    @Override
    public String toString() {
        return "CueProfiler(" + lexicon.name() + ", " + bootstrap.describe() + ", tokens: " + tokens + ")";
    }
}

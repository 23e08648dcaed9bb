package org.parallax.stats;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class DispersionTest {
    /** Relative error 1e-9, absolute 1e-12 near zero; an expected NaN must be NaN. */
    static void close(double expected, double actual, String what) {
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual), what + ": expected NaN (undefined), got " + actual);
            return;
        }
        if (Double.isNaN(actual)) fail(what + ": expected " + expected + ", got NaN");
        double tol = Math.max(1e-12, 1e-9 * Math.abs(expected));
        assertTrue(Math.abs(expected - actual) <= tol, what + ": expected " + expected + ", got " + actual);
    }

    record FixtureRow(int line, long[] sizes, long[] freqs, double dp, double dpNorm, double d) {}

    static List<FixtureRow> fixture() throws IOException {
        List<FixtureRow> rows = new ArrayList<>();
        try (InputStream in = DispersionTest.class.getResourceAsStream("/dispersion.tsv")) {
            if (in == null) throw new IllegalStateException("dispersion.tsv is not on the test classpath");
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertEquals(List.of("sizes", "freqs", "dp", "dp_norm", "juilland_d"), List.of(lines.get(0).split("\t")));
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) continue;
                String[] f = lines.get(i).split("\t", -1);
                rows.add(new FixtureRow(i + 1, longs(f[0]), longs(f[1]), num(f[2]), num(f[3]), num(f[4])));
            }
        }
        return rows;
    }

    private static long[] longs(String s) { return Arrays.stream(s.split(",")).mapToLong(Long::parseLong).toArray(); }

    private static double num(String s) { return s.equalsIgnoreCase("nan") ? Double.NaN : Double.parseDouble(s); }

    @TestFactory
    List<DynamicTest> everyFixtureRow() throws IOException {
        List<FixtureRow> rows = fixture();
        assertEquals(20, rows.size(), "rows of dispersion.tsv");
        List<DynamicTest> tests = new ArrayList<>();
        for (FixtureRow r : rows) {
            tests.add(DynamicTest.dynamicTest("dispersion.tsv line " + r.line(), () -> {
                String at = "line " + r.line();
                close(r.dp(), Dispersion.dp(r.sizes(), r.freqs()), at + " dp");
                close(r.dpNorm(), Dispersion.dpNorm(r.sizes(), r.freqs()), at + " dp_norm");
                close(r.d(), Dispersion.juillandD(r.sizes(), r.freqs()), at + " juilland_d");
                Dispersion.Measures m = Dispersion.measures(r.sizes(), r.freqs());
                assertEquals(Arrays.stream(r.freqs()).sum(), m.freq());
                assertEquals(Arrays.stream(r.freqs()).filter(f -> f > 0).count(), m.range());
                // a part of size 0 changes nothing: it holds no token, so it is left out
                long[] s0 = new long[r.sizes().length + 1];
                long[] f0 = new long[s0.length];
                System.arraycopy(r.sizes(), 0, s0, 1, r.sizes().length);
                System.arraycopy(r.freqs(), 0, f0, 1, r.freqs().length);
                Dispersion.Measures z = Dispersion.measures(s0, f0);
                close(r.dp(), z.dp(), at + " dp with an empty part");
                close(r.dpNorm(), z.dpNorm(), at + " dp_norm with an empty part");
                close(r.d(), z.juillandD(), at + " D with an empty part");
            }));
        }
        return tests;
    }

    @Test
    void handComputed() {
        // sizes 2, 3, 5 (s = .2 .3 .5), freqs 1, 0, 1 (v = .5 0 .5)
        long[] sizes = {2, 3, 5};
        long[] freqs = {1, 0, 1};
        close(0.3, Dispersion.dp(sizes, freqs), "dp = 0.5 (.3 + .3 + 0)");
        close(0.375, Dispersion.dpNorm(sizes, freqs), "dp_norm = .3 / (1 - .2)");
        // relative frequencies .5, 0, .2: mean 7/30, population variance (1/3) Σ (r - mean)^2
        double mean = 0.7 / 3;
        double var = (Math.pow(0.5 - mean, 2) + Math.pow(mean, 2) + Math.pow(0.2 - mean, 2)) / 3;
        close(1 - Math.sqrt(var) / mean / Math.sqrt(2), Dispersion.juillandD(sizes, freqs), "D");
    }

    @Test
    void termInOnePartOnly() {
        for (int n = 2; n <= 12; n++) {
            long[] sizes = new long[n];
            long[] freqs = new long[n];
            Arrays.fill(sizes, 1000);
            freqs[n / 2] = 17;
            Dispersion.Measures m = Dispersion.measures(sizes, freqs);
            close(1 - 1.0 / n, m.dp(), n + " equal parts: dp");
            close(1.0, m.dpNorm(), n + " equal parts: dp_norm");
            close(0.0, m.juillandD(), n + " equal parts: D");
            assertEquals(1, m.range());
        }
        // unequal parts, all in the smallest one: DP = 1 - s_min, DP_norm = 1
        Dispersion.Measures m = Dispersion.measures(new long[] {100, 300, 600}, new long[] {40, 0, 0});
        close(0.9, m.dp(), "dp");
        close(1.0, m.dpNorm(), "dp_norm");
        close(0.0, m.juillandD(), "D");
        // all in the largest one: DP = 1 - s_max, normalized by 1 - s_min
        m = Dispersion.measures(new long[] {100, 300, 600}, new long[] {0, 0, 40});
        close(0.4, m.dp(), "dp");
        close(0.4 / 0.9, m.dpNorm(), "dp_norm");
        close(0.0, m.juillandD(), "D");
    }

    @Test
    void exactCasesAreExactSoTiesSortAsTies() {
        // regression: a word twice in one of the parts 24, 17, 10 (denounced in a three-document corpus) had
        // D = 1.1102230246251565E-16, an equivalent word 0.0, so --sort d ordered them arbitrarily
        long[] sizes = {24, 17, 10};
        for (int part = 0; part < 3; part++) {
            for (long f = 1; f <= 10; f++) {
                long[] freqs = new long[3];
                freqs[part] = f;
                assertEquals(0.0, Dispersion.juillandD(sizes, freqs), "part " + part + ", " + f + " times");
                assertEquals(0.0, Dispersion.Sizes.of(sizes).measures(new int[] {part}, new long[] {f}, 0, 1).juillandD());
            }
        }
        long[] odd = {7, 13, 101, 999, 12345};
        for (int part = 0; part < odd.length; part++) {
            long[] freqs = new long[odd.length];
            freqs[part] = 3;
            assertEquals(0.0, Dispersion.juillandD(odd, freqs), "one of five unequal parts");
        }
        // relative frequencies equal in every part: D = 1 exactly, not 0.9999999999999999
        assertEquals(1.0, Dispersion.juillandD(new long[] {30, 70, 10}, new long[] {3, 7, 1}));
        assertEquals(1.0, Dispersion.juillandD(new long[] {17, 17, 17, 17, 17, 17, 17}, new long[] {3, 3, 3, 3, 3, 3, 3}));
        // nothing else moves: two of four equal parts, D = 1 - 1/sqrt(3)
        assertEquals(1 - 1 / Math.sqrt(3), Dispersion.juillandD(new long[] {5, 5, 5, 5}, new long[] {2, 2, 0, 0}), 1e-15);
    }

    @Test
    void equalPartsAndProportionalFrequencies() {
        long[] sizes = {500, 500, 500, 500};
        Dispersion.Measures m = Dispersion.measures(sizes, new long[] {3, 3, 3, 3});
        close(0.0, m.dp(), "dp");
        close(0.0, m.dpNorm(), "dp_norm");
        close(1.0, m.juillandD(), "D");
        // proportional to unequal sizes is just as even
        m = Dispersion.measures(new long[] {100, 200, 700}, new long[] {2, 4, 14});
        close(0.0, m.dp(), "dp");
        close(0.0, m.dpNorm(), "dp_norm");
        close(1.0, m.juillandD(), "D");
        // equal parts, two of four: DP = 0.5, DP_norm = 0.5 / 0.75, CV = 1, D = 1 - 1/sqrt(3)
        m = Dispersion.measures(sizes, new long[] {5, 5, 0, 0});
        close(0.5, m.dp(), "dp");
        close(0.5 / 0.75, m.dpNorm(), "dp_norm");
        close(1 - 1 / Math.sqrt(3), m.juillandD(), "D");
    }

    @Test
    void singlePartLeavesDpNormAndDUndefined() {
        Dispersion.Measures m = Dispersion.measures(new long[] {500}, new long[] {3});
        close(0.0, m.dp(), "dp of one part");
        assertTrue(Double.isNaN(m.dpNorm()), "dp_norm of one part: 0/0");
        assertTrue(Double.isNaN(m.juillandD()), "D of one part: division by sqrt(0)");
        assertEquals(1, m.range());
        // one non-empty part among empty ones is still a single part
        m = Dispersion.measures(new long[] {0, 500, 0}, new long[] {0, 3, 0});
        close(0.0, m.dp(), "dp");
        assertTrue(Double.isNaN(m.dpNorm()));
        assertTrue(Double.isNaN(m.juillandD()));
    }

    @Test
    void absentWordAndNoTokensAreUndefined() {
        Dispersion.Measures m = Dispersion.measures(new long[] {10, 20}, new long[] {0, 0});
        assertTrue(Double.isNaN(m.dp()) && Double.isNaN(m.dpNorm()) && Double.isNaN(m.juillandD()), m.toString());
        assertEquals(0, m.range());
        m = Dispersion.measures(new long[] {0, 0}, new long[] {0, 0});
        assertTrue(Double.isNaN(m.dp()) && Double.isNaN(m.dpNorm()) && Double.isNaN(m.juillandD()), m.toString());
        m = Dispersion.measures(new long[0], new long[0]);
        assertTrue(Double.isNaN(m.dp()) && Double.isNaN(m.dpNorm()) && Double.isNaN(m.juillandD()), m.toString());
    }

    @Test
    void zeroSizePartsAreLeftOut() {
        Dispersion.Measures with = Dispersion.measures(new long[] {0, 100, 0, 300, 0}, new long[] {0, 5, 0, 1, 0});
        Dispersion.Measures without = Dispersion.measures(new long[] {100, 300}, new long[] {5, 1});
        assertEquals(without, with);
        Dispersion.Sizes s = Dispersion.Sizes.of(new long[] {0, 100, 0, 300, 0});
        assertEquals(5, s.parts());
        assertEquals(2, s.nonEmptyParts());
        assertEquals(400, s.total());
    }

    @Test
    void invalidInput() {
        assertThrows(IllegalArgumentException.class, () -> Dispersion.dp(new long[] {1, 2}, new long[] {1}));
        assertThrows(IllegalArgumentException.class, () -> Dispersion.dp(new long[] {1, 2}, new long[] {2, 0}));
        assertThrows(IllegalArgumentException.class, () -> Dispersion.dp(new long[] {0, 2}, new long[] {1, 0}));
        assertThrows(IllegalArgumentException.class, () -> Dispersion.dp(new long[] {5, 2}, new long[] {-1, 0}));
        assertThrows(IllegalArgumentException.class, () -> Dispersion.dp(new long[] {-5, 2}, new long[] {0, 0}));
    }

    /** The sparse kernel against a plain dense transcription of the README's formulas, on random input. */
    @Test
    void sparseKernelAgreesWithDenseFormulas() {
        Random r = new Random(7);
        for (int trial = 0; trial < 2000; trial++) {
            int n = 1 + r.nextInt(15);
            long[] sizes = new long[n];
            long[] freqs = new long[n];
            for (int i = 0; i < n; i++) {
                sizes[i] = r.nextInt(6) == 0 ? 0 : 1 + r.nextInt(10_000);
                freqs[i] = sizes[i] == 0 || r.nextInt(3) == 0 ? 0 : r.nextInt((int) Math.min(sizes[i], 200) + 1);
            }
            Dispersion.Measures m = Dispersion.measures(sizes, freqs);
            double[] e = dense(sizes, freqs);
            String at = "trial " + trial + " " + Arrays.toString(sizes) + " " + Arrays.toString(freqs);
            close(e[0], m.dp(), at + " dp");
            close(e[1], m.dpNorm(), at + " dp_norm");
            close(e[2], m.juillandD(), at + " D");
        }
    }

    /** DP, DP_norm, D over the non-empty parts, written out densely. */
    private static double[] dense(long[] sizes, long[] freqs) {
        List<long[]> parts = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) if (sizes[i] > 0) parts.add(new long[] {sizes[i], freqs[i]});
        double total = 0;
        double f = 0;
        for (long[] p : parts) {
            total += p[0];
            f += p[1];
        }
        if (parts.isEmpty() || f == 0) return new double[] {Double.NaN, Double.NaN, Double.NaN};
        double dp = 0;
        double minS = 1;
        for (long[] p : parts) {
            dp += Math.abs(p[1] / f - p[0] / total);
            minS = Math.min(minS, p[0] / total);
        }
        dp *= 0.5;
        int n = parts.size();
        if (n == 1) return new double[] {dp, Double.NaN, Double.NaN};
        double mean = 0;
        for (long[] p : parts) mean += p[1] / (double) p[0];
        mean /= n;
        double var = 0;
        for (long[] p : parts) var += Math.pow(p[1] / (double) p[0] - mean, 2);
        var /= n;
        return new double[] {dp, dp / (1 - minS), 1 - Math.sqrt(var) / mean / Math.sqrt(n - 1)};
    }

    @Test
    void partsParse() {
        assertEquals(Dispersion.Parts.documents(), Dispersion.Parts.parse("documents"));
        assertEquals(Dispersion.Parts.equal(10), Dispersion.Parts.parse("parts:10"));
        assertEquals("parts:10", Dispersion.Parts.parse(" PARTS:10 ").label());
        assertTrue(Dispersion.Parts.parse("documents").byDocument());
        for (String bad : List.of("parts:0", "parts:-2", "parts:x", "parts", "chapters", "")) {
            assertThrows(IllegalArgumentException.class, () -> Dispersion.Parts.parse(bad), bad);
        }
    }
}

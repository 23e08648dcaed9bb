package org.parallax.report.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.TokenTable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeynessCommandTest {
    static final String HEADER = "term\ttarget_freq\treference_freq\ttarget_total\treference_total\tg2\tg2_p\tchi2\tchi2_p"
            + "\tchi2_yates\tfisher_p\tbic\tell\tlog_ratio\tpct_diff\todds_ratio\tsimple_maths\tg2_p_bonferroni\tg2_p_bh";

    /** Counts by hand: words and numbers outside boilerplate, normalized; [essay, other English documents]. */
    private static Map<String, long[]> handCounts(long[] totals) {
        Map<String, long[]> counts = new HashMap<>();
        for (Document d : Corpus.seeds().where("language", "en")) {
            int side = d.id().equals("en-essay") ? 0 : 1;
            TokenTable t = d.tokenTable();
            for (int i = 0; i < t.size(); i++) {
                if (t.isBoilerplate(i) || !(t.isWord(i) || t.isNumber(i))) continue;
                counts.computeIfAbsent(t.norm(i), x -> new long[2])[side]++;
                totals[side]++;
            }
        }
        return counts;
    }

    private static double g2ByHand(double a, double b, double c, double d) {
        double n = c + d;
        double[] o = {a, b, c - a, d - b};
        double[] e = {(a + b) * c / n, (a + b) * d / n, (n - a - b) * c / n, (n - a - b) * d / n};
        double g2 = 0;
        for (int i = 0; i < 4; i++) if (o[i] > 0) g2 += 2 * o[i] * Math.log(o[i] / e[i]);
        return g2;
    }

    @Test
    void essayAgainstTheOtherEnglishDocuments() {
        CliRun r = CliRun.of("keyness", "seeds", "--where", "language=en", "--doc-vs-rest", "en-essay", "--limit", "5");
        assertEquals(Parallax.OK, r.code(), r.err());
        assertEquals(6, r.lines().size());
        assertEquals(HEADER, r.lines().get(0));
        long[] totals = new long[2];
        Map<String, long[]> counts = handCounts(totals);
        String[] f = r.lines().get(1).split("\t");
        assertEquals(19, f.length);
        assertEquals("repression", f[0]);
        long[] rep = counts.get("repression");
        assertEquals(List.of(String.valueOf(rep[0]), String.valueOf(rep[1]), String.valueOf(totals[0]), String.valueOf(totals[1])),
                List.of(f[1], f[2], f[3], f[4]));
        assertEquals(List.of("18", "1", "2599", "2606"), List.of(f[1], f[2], f[3], f[4]));
        double g2 = g2ByHand(rep[0], rep[1], totals[0], totals[1]);
        assertEquals(g2, Double.parseDouble(f[5]), 1e-9 * g2);
        // log ratio and %DIFF by hand
        double pa = 18.0 / 2599;
        double pb = 1.0 / 2606;
        assertEquals(Math.log(pa / pb) / Math.log(2), Double.parseDouble(f[13]), 1e-12);
        assertEquals(100 * (pa - pb) / pb, Double.parseDouble(f[14]), 1e-9);
        // rows in descending G2
        double previous = Double.POSITIVE_INFINITY;
        for (String line : r.lines().subList(1, 6)) {
            double v = Double.parseDouble(line.split("\t")[5]);
            assertTrue(v <= previous, line);
            previous = v;
        }
        // the same comparison as a target and a reference subcorpus: the essay is left out of the reference
        CliRun same = CliRun.of("keyness", "seeds", "--target", "id=en-essay", "--reference", "language=en", "--limit", "5");
        assertEquals(Parallax.OK, same.code(), same.err());
        assertEquals(r.out(), same.out());
        assertTrue(same.err().contains("1 target document(s) left out of the reference"), same.err());
    }

    @Test
    void negativeKeywordsSortsAndFormats() {
        CliRun r = CliRun.of("keyness", "seeds", "--where", "language=en", "--doc-vs-rest", "en-essay", "--negative",
                "--sort", "log_ratio", "--min-ref-freq", "3");
        assertEquals(Parallax.OK, r.code(), r.err());
        double previous = Double.NEGATIVE_INFINITY;
        for (String line : r.lines().subList(1, r.lines().size())) {
            String[] f = line.split("\t");
            double a = Double.parseDouble(f[1]) / Double.parseDouble(f[3]);
            double b = Double.parseDouble(f[2]) / Double.parseDouble(f[4]);
            assertTrue(a < b, "negative keyword: " + line);
            assertTrue(Double.parseDouble(f[2]) >= 3, line);
            double lr = Double.parseDouble(f[13]);
            assertTrue(lr >= previous, "most negative log ratio first: " + line);
            previous = lr;
        }
        assertTrue(r.lines().get(1).startsWith("khrushchev\t") || Double.parseDouble(r.lines().get(1).split("\t")[1]) == 0, r.lines().get(1));
        CliRun json = CliRun.of("keyness", "seeds", "--where", "language=en", "--doc-vs-rest", "en-essay", "--limit", "1",
                "--format", "json", "--k", "100");
        assertEquals(Parallax.OK, json.code(), json.err());
        assertTrue(json.out().startsWith("[{\"term\":\"repression\",\"target_freq\":18,\"reference_freq\":1,"), json.out());
        assertTrue(json.out().contains("\"pct_diff\":1704.8"), json.out());
        double sm100 = ((18.0 / 2599 * 1e6) + 100) / ((1.0 / 2606 * 1e6) + 100);
        assertTrue(json.out().contains("\"simple_maths\":" + sm100), json.out());
        CliRun csv = CliRun.of("keyness", "seeds", "--target", "genre=essay", "--limit", "2", "--format", "csv");
        assertEquals(Parallax.OK, csv.code(), csv.err());
        assertEquals(HEADER.replace('\t', ','), csv.lines().get(0));
        assertEquals(3, csv.lines().size());
    }

    @Test
    void referenceFrequencyList(@TempDir Path dir) throws IOException {
        Path ref = dir.resolve("ref.tsv");
        Files.writeString(ref, "# a tiny reference\nterm\tfrequency\nstalin\t1\nthe\t150\n#total\t1000\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.of("keyness", "seeds", "--target", "id=en-essay", "--reference-freq", ref.toString());
        assertEquals(Parallax.OK, r.code(), r.err());
        assertEquals(HEADER, r.lines().get(0));
        long[] totals = new long[2];
        Map<String, long[]> counts = handCounts(totals);
        String stalin = r.lines().stream().filter(l -> l.startsWith("stalin\t")).findFirst().orElseThrow();
        String[] f = stalin.split("\t");
        assertEquals(List.of(String.valueOf(counts.get("stalin")[0]), "1", String.valueOf(totals[0]), "1000"), List.of(f[1], f[2], f[3], f[4]));
        double g2 = g2ByHand(counts.get("stalin")[0], 1, totals[0], 1000);
        assertEquals(g2, Double.parseDouble(f[5]), 1e-9 * g2);
        // a term not in the list has b = 0: %DIFF and the odds ratio undefined
        String repression = r.lines().stream().filter(l -> l.startsWith("repression\t")).findFirst().orElseThrow();
        String[] g = repression.split("\t");
        assertEquals("0", g[2]);
        assertEquals("nan", g[14]);
        assertEquals("nan", g[15]);
        // 'the': 150 per thousand in the reference is more than in the essay: not a positive keyword
        assertTrue(r.lines().stream().noneMatch(l -> l.startsWith("the\t")));
        CliRun neg = CliRun.of("keyness", "seeds", "--target", "id=en-essay", "--reference-freq", ref.toString(), "--negative");
        assertTrue(neg.lines().stream().anyMatch(l -> l.startsWith("the\t")), neg.out());
    }

    @Test
    void errorsAndUsage(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "#total\t1000\nstalin 3\n", StandardCharsets.UTF_8);
        CliRun file = CliRun.of("keyness", "seeds", "--target", "id=en-essay", "--reference-freq", bad.toString());
        assertEquals(Parallax.FAILURE, file.code());
        assertTrue(file.err().contains("bad.tsv:2: expected 'term<TAB>frequency'"), file.err());
        CliRun missing = CliRun.of("keyness", "seeds", "--target", "id=en-essay", "--reference-freq", dir.resolve("none.tsv").toString());
        assertEquals(Parallax.FAILURE, missing.code());
        assertTrue(missing.err().contains("none.tsv: no such file"), missing.err());
        // usage errors: exit 2
        assertEquals(Parallax.USAGE, CliRun.of("keyness", "seeds").code());
        assertEquals(Parallax.USAGE, CliRun.of("keyness", "seeds", "--target", "id=en-essay", "--doc-vs-rest", "en-essay").code());
        assertEquals(Parallax.USAGE, CliRun.of("keyness", "seeds", "--doc-vs-rest", "en-essay", "--reference", "language=en").code());
        assertEquals(Parallax.USAGE, CliRun.of("keyness", "seeds", "--target", "id=en-essay", "--reference", "language=en",
                "--reference-freq", bad.toString()).code());
        CliRun sort = CliRun.of("keyness", "seeds", "--doc-vs-rest", "en-essay", "--sort", "tfidf");
        assertEquals(Parallax.USAGE, sort.code());
        assertTrue(sort.err().contains("unknown keyness measure 'tfidf'"), sort.err());
        CliRun doc = CliRun.of("keyness", "seeds", "--doc-vs-rest", "xx-none");
        assertEquals(Parallax.USAGE, doc.code());
        assertTrue(doc.err().contains("no document 'xx-none'"), doc.err());
        CliRun target = CliRun.of("keyness", "seeds", "--target", "genre=poetry");
        assertEquals(Parallax.USAGE, target.code());
        assertTrue(target.err().contains("no document matches --target genre=poetry"), target.err());
        assertEquals(Parallax.USAGE, CliRun.of("keyness", "seeds", "--target", "genre").code());
        for (String option : new String[] {"--target", "--reference"}) { // a field no document has
            CliRun field = option.equals("--target") ? CliRun.of("keyness", "seeds", "--target", "nofield=x")
                    : CliRun.of("keyness", "seeds", "--target", "genre=essay", "--reference", "nofield=x");
            assertEquals(Parallax.USAGE, field.code(), field.err());
            assertTrue(field.err().contains(option + " nofield=x: no field 'nofield' in the corpus; fields: id, language,"),
                    field.err());
        }
        assertEquals(Parallax.USAGE, CliRun.of("keyness", "seeds", "--target", "id=en-essay", "--reference", "id=en-essay").code());
        assertEquals(Parallax.USAGE, CliRun.of("keyness", "seeds", "--doc-vs-rest", "en-essay", "--k", "0").code());
        assertEquals(Parallax.USAGE, CliRun.of("keyness", "seeds", "--doc-vs-rest", "en-essay", "--layer", "syllable").code());
    }

    @Test
    void referenceListTermsAreNormalizedAndAPoorFitIsReported(@TempDir Path dir) throws IOException {
        // regression: with the case-folded norm layer "The 60000" never met the corpus's "the"
        Path caps = dir.resolve("ref_caps.tsv");
        Files.writeString(caps, "The\t60000\nStalin\t10\n#total\t1000000\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.of("keyness", "seeds", "--target", "language=en", "--reference-freq", caps.toString(), "--format", "csv");
        assertEquals(Parallax.OK, r.code(), r.err());
        String the = "the,415,60000,5205,1000000," + String.join(",", csvMeasures(415, 60000, 5205, 1000000)) + ",";
        assertTrue(r.lines().stream().anyMatch(l -> l.startsWith(the)), the + "\n" + r.out());
        assertTrue(r.lines().stream().anyMatch(l -> l.startsWith("stalin,77,10,5205,1000000,")), r.out());
        assertTrue(r.lines().stream().noneMatch(l -> l.startsWith("The,") || l.startsWith("Stalin,")), r.out());
        assertEquals("parallax keyness: warning: only 9.5% of the target's 5205 tokens (layer norm) have a term in ref_caps.tsv: "
                + "is it a list of this language and layer? (fine if it is partial on purpose)", r.err().strip());
        // a list of another language
        Path it = dir.resolve("it.tsv");
        Files.writeString(it, "di\t24\ne\t18\nil\t17\nla\t15\n#total\t531\n", StandardCharsets.UTF_8);
        CliRun wrong = CliRun.of("keyness", "seeds", "--target", "id=en-essay", "--reference-freq", it.toString());
        assertEquals(Parallax.OK, wrong.code(), wrong.err());
        assertTrue(wrong.err().contains("warning: 4 of the 4 most frequent terms of it.tsv occur nowhere in the target (layer norm)"), wrong.err());
        // a list that fits: the other English documents, capitalized
        long[] totals = new long[2];
        StringBuilder sb = new StringBuilder();
        handCounts(totals).forEach((term, n) -> { if (n[1] > 0) sb.append(term.toUpperCase(java.util.Locale.ROOT)).append('\t').append(n[1]).append('\n'); });
        Path fits = dir.resolve("fits.tsv");
        Files.writeString(fits, sb + "#total\t" + totals[1] + "\n", StandardCharsets.UTF_8);
        CliRun ok = CliRun.of("keyness", "seeds", "--target", "id=en-essay", "--reference-freq", fits.toString(), "--limit", "3");
        assertEquals(Parallax.OK, ok.code(), ok.err());
        assertEquals("", ok.err());
        // the same rows as the other English documents as a reference corpus
        CliRun corpus = CliRun.of("keyness", "seeds", "--target", "id=en-essay", "--reference", "language=en", "--limit", "3");
        assertEquals(column(corpus, 0), column(ok, 0));
        assertEquals(column(corpus, 5), column(ok, 5));
    }

    private static List<String> column(CliRun r, int c) {
        return r.lines().stream().skip(1).map(l -> l.split("\t", -1)[c]).toList();
    }

    private static List<String> csvMeasures(long a, long b, long c, long d) {
        org.parallax.stats.KeynessMeasures.Scores s = org.parallax.stats.KeynessMeasures.scores(a, b, c, d, 1);
        return List.of(num(s.g2()), num(s.g2P()));
    }

    private static String num(double v) { return Double.isNaN(v) ? "nan" : String.valueOf(v); }

    @Test
    void sortByEllPutsNegativeValuesAfterThePositiveOnesByMagnitude() {
        CliRun r = CliRun.of("keyness", "seeds", "--doc-vs-rest", "en-essay", "--sort", "ell", "--format", "csv");
        assertEquals(Parallax.OK, r.code(), r.err());
        List<Double> ell = r.lines().stream().skip(1).map(l -> Double.parseDouble(l.split(",")[12])).toList();
        assertEquals(837, ell.size());
        assertTrue(ell.subList(0, 196).stream().allMatch(v -> v > 0), ell.toString());
        assertTrue(ell.subList(196, 837).stream().allMatch(v -> v < 0), ell.toString());
        assertTrue(ell.get(196) < ell.get(836), ell.get(196) + " " + ell.get(836)); // the largest magnitude first
        CliRun help = CliRun.of("help", "keyness");
        assertTrue(help.out().replaceAll("\\s+", " ").contains("then the negative ones (Emin < 1) by magnitude"), help.out());
    }
}

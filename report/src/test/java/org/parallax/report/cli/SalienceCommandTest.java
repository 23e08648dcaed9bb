package org.parallax.report.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SalienceCommandTest {
    @Test
    void tfidfIsTheDefault() {
        CliRun r = CliRun.of("salience", "seeds", "--doc", "it-destalinizzazione", "--limit", "5");
        assertEquals(Parallax.OK, r.code(), r.err());
        List<String> lines = r.lines();
        assertEquals("doc\trank\tterm\tscore\tfreq\tdf\ttf\tidf", lines.get(0));
        assertEquals(6, lines.size());
        // krusciov: 8 of the 261 counted tokens, df 1 of 5: 8/261 * ln 5
        String[] top = lines.get(1).split("\t");
        assertEquals(List.of("it-destalinizzazione", "1", "krusciov", "8", "1"), List.of(top[0], top[1], top[2], top[4], top[5]));
        assertEquals(Double.parseDouble(top[6]) * Math.log(5), Double.parseDouble(top[3]), 1e-12);
        assertTrue(lines.stream().skip(1).anyMatch(l -> l.split("\t")[2].equals("destalinizzazione")), r.out());
    }

    @Test
    void documentFrequenciesOverTheWholeCorpus() {
        // --doc selects rows; idf still counts the 5 documents: stalin is in all of them
        CliRun r = CliRun.of("salience", "seeds", "--doc", "en-essay", "--limit", "0", "--idf", "smooth");
        assertEquals(Parallax.OK, r.code(), r.err());
        String stalin = r.lines().stream().filter(l -> l.split("\t")[2].equals("stalin")).findFirst().orElseThrow();
        assertEquals("5", stalin.split("\t")[5]);
        assertEquals(1.0, Double.parseDouble(stalin.split("\t")[7]), 1e-12);
        // --where restricts the collection: 3 English documents
        CliRun en = CliRun.of("salience", "seeds", "--where", "language=en", "--doc", "en-essay", "--limit", "0");
        String s = en.lines().stream().filter(l -> l.split("\t")[2].equals("stalin")).findFirst().orElseThrow();
        assertEquals("3", s.split("\t")[5]);
        assertEquals("0.0", s.split("\t")[7]);
    }

    @Test
    void variantsAndNormalization() {
        CliRun r = CliRun.of("salience", "seeds", "--doc", "nl-destalinisatie", "--limit", "0", "--tf", "raw", "--idf", "smooth",
                "--norm", "l2", "--format", "csv");
        assertEquals(Parallax.OK, r.code(), r.err());
        double sq = 0;
        for (String l : r.lines().subList(1, r.lines().size())) {
            double v = Double.parseDouble(l.split(",")[3]);
            sq += v * v;
        }
        assertEquals(1.0, sq, 1e-9);
    }

    @Test
    void keywordsWithTextRank() {
        CliRun r = CliRun.of("salience", "seeds", "--method", "keywords", "--doc", "it-destalinizzazione", "--limit", "10");
        assertEquals(Parallax.OK, r.code(), r.err());
        assertEquals("doc\trank\tterm\tscore\tfreq\tlength\tkey", r.lines().get(0));
        assertEquals(11, r.lines().size());
        assertTrue(r.out().contains("\tkrusciov\n"), r.out());
        assertTrue(r.out().contains("\tdestalinizzazione\n"), r.out());
        CliRun same = CliRun.of("salience", "seeds", "--method", "textrank", "--doc", "it-destalinizzazione", "--limit", "10");
        assertEquals(r.out(), same.out());
    }

    @Test
    void rake() {
        CliRun r = CliRun.of("salience", "seeds", "--method", "rake", "--doc", "nl-destalinisatie", "--limit", "0", "--max-words", "2");
        assertEquals(Parallax.OK, r.code(), r.err());
        assertTrue(r.lines().stream().skip(1).allMatch(l -> Integer.parseInt(l.split("\t")[5]) <= 2), r.out());
        assertTrue(r.lines().stream().anyMatch(l -> l.endsWith("\tgeheime toespraak")), r.out());
    }

    @Test
    void cvalueTerms(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("terms.tsv");
        CliRun r = CliRun.of("salience", "seeds", "--method", "cvalue", "--where", "language=en", "--limit", "3", "--out", out.toString());
        assertEquals(Parallax.OK, r.code(), r.err());
        assertEquals("", r.out());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals("doc\trank\tterm\tscore\tfreq\tlength\tnested_in\tnested_freq\tncvalue\tkey", lines.get(0));
        assertEquals(10, lines.size());
        assertTrue(lines.get(1).startsWith("en-wikipedia\t1\tcult of personality\t"), lines.get(1));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("en-essay\t1\tcult of personality\t")), lines.toString());
        // the Italian article names the speech once: visible with --min-freq 1
        CliRun it = CliRun.of("salience", "seeds", "--method", "cvalue", "--doc", "it-destalinizzazione", "--min-freq", "1",
                "--limit", "0", "--format", "json");
        assertEquals(Parallax.OK, it.code(), it.err());
        assertTrue(it.out().contains("\"term\":\"culto della personalità\""), it.out());
    }

    @Test
    void usageErrors() {
        assertEquals(Parallax.USAGE, CliRun.of("salience", "seeds", "--method", "lda").code());
        assertEquals(Parallax.USAGE, CliRun.of("salience", "seeds", "--tf", "bm25").code());
        assertEquals(Parallax.USAGE, CliRun.of("salience", "seeds", "--layer", "colour").code());
        assertEquals(Parallax.USAGE, CliRun.of("salience", "seeds", "--doc", "nope").code());
        assertEquals(Parallax.USAGE, CliRun.of("salience", "seeds", "--method", "cvalue", "--max-length", "1").code());
        assertEquals(Parallax.USAGE, CliRun.of("salience", "seeds", "--min-freq", "0").code());
        CliRun field = CliRun.of("salience", "seeds", "--where", "nofield=x");
        assertEquals(Parallax.USAGE, field.code(), field.err());
        assertTrue(field.err().contains("no document of seeds has a field 'nofield'"), field.err());
        CliRun e = CliRun.of("salience", "seeds", "--method", "textrank", "--phrase-score", "max");
        assertEquals(Parallax.USAGE, e.code());
        assertTrue(e.err().contains("mean, sum"), e.err());
    }
}

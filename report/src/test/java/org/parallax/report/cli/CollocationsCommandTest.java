package org.parallax.report.cli;

import org.junit.jupiter.api.Test;
import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.TokenTable;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CollocationsCommandTest {
    static final String HEADER = "node\tcollocate\to11\tf1\tf2\tn\te11\tmi\tmi3\tt_score\tz_score\tg2\tdice\tlog_dice";

    @Test
    void adjacentBigramCheckedByHand() {
        CliRun r = CliRun.of("collocations", "seeds", "cult", "--where", "language=en", "--adjacent", "--min-freq", "2");
        assertEquals(Parallax.OK, r.code(), r.err());
        assertEquals(HEADER, r.lines().get(0));
        // by hand: the counted tokens (words and numbers outside boilerplate), bigrams within sentences
        long n = 0;
        long f1 = 0;
        long f2 = 0;
        long o11 = 0;
        for (Document d : Corpus.seeds().where("language", "en")) {
            TokenTable t = d.tokenTable();
            List<Integer> counted = new ArrayList<>();
            for (int i = 0; i < t.size(); i++) if (!t.isBoilerplate(i) && (t.isWord(i) || t.isNumber(i))) counted.add(i);
            for (int k = 0; k < counted.size(); k++) {
                int i = counted.get(k);
                n++;
                if (t.norm(i).equals("cult")) f1++;
                if (t.norm(i).equals("of")) f2++;
                if (k + 1 < counted.size()) {
                    int j = counted.get(k + 1);
                    if (t.norm(i).equals("cult") && t.norm(j).equals("of") && t.sentence(i) == t.sentence(j)) o11++;
                }
            }
        }
        assertEquals(2, r.lines().size(), r.out());
        String[] f = r.lines().get(1).split("\t");
        assertEquals(List.of("cult", "of", String.valueOf(o11), String.valueOf(f1), String.valueOf(f2), String.valueOf(n)),
                List.of(f[0], f[1], f[2], f[3], f[4], f[5]));
        assertEquals(List.of("12", "14", "261", "5205"), List.of(f[2], f[3], f[4], f[5]));
        double e11 = (double) f1 * f2 / n;
        assertEquals(e11, Double.parseDouble(f[6]), 1e-12);
        assertEquals(Math.log(o11 / e11) / Math.log(2), Double.parseDouble(f[7]), 1e-12);
        assertEquals((o11 - e11) / Math.sqrt(o11), Double.parseDouble(f[9]), 1e-12);
        assertEquals(14 + Math.log(2.0 * o11 / (f1 + f2)) / Math.log(2), Double.parseDouble(f[13]), 1e-12);
    }

    @Test
    void windowsSortsLimitsAndFormats() {
        CliRun r = CliRun.of("collocations", "seeds", "Stalin", "--where", "language=en", "--window", "3,3", "--sort", "mi",
                "--min-freq", "3", "--limit", "5");
        assertEquals(Parallax.OK, r.code(), r.err());
        assertEquals(6, r.lines().size());
        double previous = Double.POSITIVE_INFINITY;
        for (String line : r.lines().subList(1, 6)) {
            String[] f = line.split("\t");
            assertEquals("stalin", f[0]);
            assertTrue(Long.parseLong(f[2]) >= 3, line);
            double mi = Double.parseDouble(f[7]);
            assertTrue(mi <= previous, line);
            previous = mi;
        }
        // a wider window never finds fewer co-occurrences; the paragraph boundary neither
        CliRun s = CliRun.of("collocations", "seeds", "stalin", "--where", "language=en", "--window", "5,5", "--format", "json");
        CliRun p = CliRun.of("collocations", "seeds", "stalin", "--where", "language=en", "--window", "5,5", "--boundary", "paragraph", "--format", "json");
        assertEquals(Parallax.OK, s.code(), s.err());
        assertTrue(s.out().startsWith("[{\"node\":\"stalin\",\"collocate\":"), s.out());
        assertTrue(p.out().length() >= s.out().length());
        CliRun lemma = CliRun.of("collocations", "seeds", "cult", "--where", "language=en", "--layer", "lemma", "--no-stopwords",
                "--adjacent", "--format", "csv");
        assertEquals(Parallax.OK, lemma.code(), lemma.err());
        assertEquals(HEADER.replace('\t', ','), lemma.lines().get(0));
        assertTrue(lemma.lines().stream().noneMatch(l -> l.startsWith("cult,of,")), "stopwords left out: " + lemma.out());
    }

    @Test
    void absentNodeAndErrors() {
        CliRun none = CliRun.of("collocations", "seeds", "zzzz");
        assertEquals(Parallax.OK, none.code(), none.err());
        assertEquals(List.of(HEADER), none.lines());
        assertTrue(none.err().contains("'zzzz' does not occur in the corpus (layer norm)"), none.err());
        assertEquals(Parallax.USAGE, CliRun.of("collocations", "seeds").code());
        assertEquals(Parallax.USAGE, CliRun.of("collocations", "seeds", "stalin", "--window", "5").code());
        assertEquals(Parallax.USAGE, CliRun.of("collocations", "seeds", "stalin", "--window", "a,b").code());
        assertEquals(Parallax.USAGE, CliRun.of("collocations", "seeds", "stalin", "--window", "0,0").code());
        assertEquals(Parallax.USAGE, CliRun.of("collocations", "seeds", "stalin", "--window", "2,2", "--adjacent").code());
        CliRun sort = CliRun.of("collocations", "seeds", "stalin", "--sort", "pmi2");
        assertEquals(Parallax.USAGE, sort.code());
        assertTrue(sort.err().contains("unknown association measure 'pmi2'"), sort.err());
        assertEquals(Parallax.USAGE, CliRun.of("collocations", "seeds", "stalin", "--boundary", "chapter").code());
        assertEquals(Parallax.USAGE, CliRun.of("collocations", "seeds", "stalin", "--limit", "-1").code());
        CliRun missing = CliRun.of("collocations", "/no/such/folder", "stalin");
        assertEquals(Parallax.FAILURE, missing.code());
        assertTrue(missing.err().contains("/no/such/folder"), missing.err());
    }

    @Test
    void aNodeOfSeveralTokens() {
        // regression: "Stalin's" (Stalin + 's in English) was reported as not occurring
        CliRun r = CliRun.of("collocations", "seeds", "Stalin's", "--limit", "1");
        assertEquals(Parallax.OK, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals(2, r.lines().size());
        assertTrue(r.lines().get(1).startsWith("stalin 's\tdeath\t8\t31\t10\t6043\t"), r.out());
    }
}

package org.parallax.report.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FreqCommandTest {
    static final String HEADER = "term\tfreq\tper_million\trange\tdp\tdp_norm\tjuilland_d";

    @Test
    void essayHeaderAndFirstRows() {
        CliRun r = CliRun.of("freq", "seeds", "--doc", "en-essay", "--limit", "3");
        assertEquals(Parallax.OK, r.code(), r.err());
        // 2599 counted tokens (words and numbers); "the" 185 times (grep -owi the en-essay.txt: 185):
        // 185 / 2599 * 10^6 per million; one document: DP 0, DP_norm and D undefined
        assertEquals(List.of(HEADER,
                "the\t185\t71181.22354751827\t1\t0.0\tnan\tnan",
                "of\t121\t46556.36783378222\t1\t0.0\tnan\tnan",
                "and\t118\t45402.07772220085\t1\t0.0\tnan\tnan"), r.lines());
        assertEquals(185e6 / 2599, Double.parseDouble(r.lines().get(1).split("\t")[2]), 1e-9);
    }

    @Test
    void stalinInTheEssay() {
        // 29 whole-word "Stalin" in en-essay.txt, 2 of them inside the token "post-Stalin": 27
        CliRun r = CliRun.of("freq", "seeds", "--doc", "en-essay");
        assertEquals(Parallax.OK, r.code(), r.err());
        assertTrue(r.lines().contains("stalin\t27\t" + 27e6 / 2599 + "\t1\t0.0\tnan\tnan"), r.out());
        assertTrue(r.lines().stream().anyMatch(l -> l.startsWith("post-stalin\t2\t")));
        CliRun surface = CliRun.of("freq", "seeds", "--doc", "en-essay", "--layer", "surface");
        assertTrue(surface.lines().stream().anyMatch(l -> l.startsWith("Stalin\t27\t")), surface.out());
    }

    @Test
    void italianLemmasAndSubcorpora() {
        CliRun r = CliRun.of("freq", "seeds", "--where", "language=it", "--layer", "lemma", "--no-stopwords");
        assertEquals(Parallax.OK, r.code(), r.err());
        assertEquals(HEADER, r.lines().get(0));
        assertTrue(r.lines().stream().anyMatch(l -> l.startsWith("liberare\t2\t")), r.out());
        assertTrue(r.lines().stream().anyMatch(l -> l.startsWith("Stalin\t15\t")), r.out());
        assertTrue(r.lines().stream().noneMatch(l -> l.startsWith("di\t")), "stopwords left out");
        CliRun totals = CliRun.of("freq", "seeds", "--where", "language=it", "--totals", "--dispersion", "parts:10");
        assertEquals(List.of("tokens\ttypes\ttype_token_ratio\tparts\tnon_empty_parts", "531\t276\t" + 276 / 531.0 + "\t10\t10"),
                totals.lines());
    }

    @Test
    void dispersionOverTheSeedDocuments() {
        CliRun r = CliRun.of("freq", "seeds", "--min-freq", "5", "--sort", "d", "--limit", "2");
        assertEquals(Parallax.OK, r.code(), r.err());
        assertEquals(3, r.lines().size());
        assertTrue(r.lines().get(1).startsWith("in\t141\t"), r.out());
        assertTrue(r.lines().get(2).startsWith("stalin\t98\t"), r.out());
        for (String l : r.lines().subList(1, 3)) {
            String[] f = l.split("\t");
            assertEquals("5", f[3]);
            double d = Double.parseDouble(f[6]);
            assertTrue(d > 0.8 && d < 1, l);
        }
        CliRun parts = CliRun.of("freq", "seeds", "--dispersion", "parts:1", "--limit", "1");
        assertTrue(parts.lines().get(1).endsWith("\t1\t0.0\tnan\tnan"), parts.out());
        CliRun json = CliRun.of("freq", "seeds", "--doc", "en-essay", "--limit", "1", "--format", "json");
        assertEquals("[{\"term\":\"the\",\"freq\":185,\"per_million\":71181.22354751827,\"range\":1,\"dp\":0.0,"
                + "\"dp_norm\":null,\"juilland_d\":null}]", json.out().strip());
        CliRun csv = CliRun.of("freq", "seeds", "--doc", "en-essay", "--limit", "1", "--format", "csv");
        assertEquals(List.of("term,freq,per_million,range,dp,dp_norm,juilland_d", "the,185,71181.22354751827,1,0.0,nan,nan"), csv.lines());
    }

    @Test
    void deterministic() {
        assertEquals(CliRun.of("freq", "seeds", "--dispersion", "parts:7").out(), CliRun.of("freq", "seeds", "--dispersion", "parts:7").out());
    }

    @Test
    void usageErrors() {
        for (List<String> args : List.of(List.of("freq"), List.of("freq", "seeds", "--layer", "words"),
                List.of("freq", "seeds", "--dispersion", "parts:0"), List.of("freq", "seeds", "--dispersion", "chapters"),
                List.of("freq", "seeds", "--sort", "range"), List.of("freq", "seeds", "--min-freq", "0"),
                List.of("freq", "seeds", "--min-freq", "many"), List.of("freq", "seeds", "--limit", "-1"),
                List.of("freq", "seeds", "--doc", "no-such-doc"), List.of("freq", "seeds", "--where", "language"))) {
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertEquals(Parallax.USAGE, r.code(), args + ": " + r.err());
            assertTrue(r.err().startsWith("parallax"), r.err());
            assertEquals("", r.out());
        }
        assertEquals(Parallax.FAILURE, CliRun.of("freq", "/no/such/folder").code());
    }
}

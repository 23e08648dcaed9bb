package org.parallax.stats;

import org.junit.jupiter.api.Test;
import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.Language;
import org.parallax.core.Layer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferenceTermsTest {
    // counted tokens (17): Stalin died They agreed The statue of Stalin 's era fell and the statues were agreed on
    private static final Corpus T = Corpus.of(Document.of("t", Language.EN,
            "Stalin died. They agreed. The statue of Stalin's era fell and the statues were agreed on."));

    private static ReferenceFrequencies list(Object... termsAndCounts) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < termsAndCounts.length; i += 2) m.put((String) termsAndCounts[i], ((Number) termsAndCounts[i + 1]).longValue());
        return ReferenceFrequencies.of(m, 10_000, "mem");
    }

    private static List<Long> ab(KeynessResult r, String term) {
        Keyword k = r.keyword(term).orElseThrow(() -> new AssertionError("no row " + term + " in " + r));
        return List.of(k.targetFreq(), k.referenceFreq());
    }

    @Test
    void normLayerFoldsCaseAndAddsUpTheFrequencies() {
        // regression: "The 60000" never met the corpus's "the" on the case-folded norm layer
        KeynessResult r = Keyness.defaults().compare(T, list("The", 600, "THE", 50, "Stalin", 10, "Stalin’s", 4, "Statue", 5));
        assertEquals(List.of(2L, 650L), ab(r, "the"));
        assertEquals(List.of(2L, 10L), ab(r, "stalin"));
        assertEquals(List.of(1L, 5L), ab(r, "statue"));
        assertTrue(r.keyword("The").isEmpty());
        // apostrophes unified, but a word is not cut into tokens: Stalin's matches no term of the target
        assertEquals(List.of(0L, 4L), ab(r, "stalin's"));
        assertEquals(KeynessMeasures.g2(2, 650, 17, 10_000), r.keyword("the").orElseThrow().g2());
    }

    @Test
    void surfaceLayerComparesAsWritten() {
        KeynessResult r = Keyness.defaults().layer(Layer.SURFACE).compare(T, list("The", 600, "THE", 50, "Stalin", 10));
        assertEquals(List.of(1L, 600L), ab(r, "The"));
        assertEquals(List.of(1L, 0L), ab(r, "the"));
        assertEquals(List.of(0L, 50L), ab(r, "THE"));
        assertEquals(List.of(2L, 10L), ab(r, "Stalin"));
    }

    @Test
    void lemmaAndStemLayersMatchRegardlessOfCaseWithoutReanalysis() {
        // lemmas: "stalin" finds the lemma Stalin; "agreed" is not lemmatized again
        KeynessResult lemma = Keyness.defaults().layer(Layer.LEMMA).compare(T, list("stalin", 10, "STATUE", 5, "Agree", 3, "agreed", 1));
        assertEquals(List.of(2L, 10L), ab(lemma, "Stalin"));
        assertEquals(List.of(2L, 5L), ab(lemma, "statue"));
        assertEquals(List.of(2L, 3L), ab(lemma, "agree"));
        assertEquals(List.of(0L, 1L), ab(lemma, "agreed"));
        assertTrue(lemma.keyword("stalin").isEmpty());
        // stems: "Agre" is the stem agre, "statues" is not stemmed again
        KeynessResult stem = Keyness.defaults().layer(Layer.STEM).compare(T, list("Agre", 2, "statu", 7, "statues", 1));
        assertEquals(List.of(2L, 2L), ab(stem, "agre"));
        assertEquals(List.of(2L, 7L), ab(stem, "statu"));
        assertEquals(List.of(0L, 1L), ab(stem, "statues"));
    }

    @Test
    void coverageWarnsOfAListThatDoesNotFit() {
        ReferenceCoverage partial = Keyness.defaults().compare(T, list("The", 600, "THE", 50, "Stalin", 10, "Stalin’s", 4, "Statue", 5))
                .referenceCoverage().orElseThrow();
        assertEquals(new ReferenceCoverage("mem", Layer.NORM, 17, 5, 14, 4, 4, 3), partial);
        assertEquals(5.0 / 17, partial.listedTokenShare(), 1e-15);
        assertEquals(0.75, partial.topTermShareInTarget(), 1e-15);
        assertEquals(List.of("only 29.4% of the target's 17 tokens (layer norm) have a term in mem: is it a list of this "
                + "language and layer? (fine if it is partial on purpose)"), partial.warnings());
        // a German list: nothing matches
        KeynessResult german = Keyness.defaults().compare(T, list("der", 100, "die", 80, "und", 50));
        ReferenceCoverage wrong = german.referenceCoverage().orElseThrow();
        assertEquals(2, wrong.warnings().size());
        assertEquals("3 of the 3 most frequent terms of mem occur nowhere in the target (layer norm): is it a list of "
                + "this language and layer?", wrong.warnings().get(1));
        // the coverage follows the views of the result; none for a reference corpus
        assertEquals(german.referenceCoverage(), german.negative().head(1).referenceCoverage());
        assertTrue(Keyness.defaults().compare(T, Corpus.of(Document.of("r", Language.EN, "The cat."))).referenceCoverage().isEmpty());
    }

    @Test
    void aListThatFitsGivesNoWarning() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String w : "stalin died they agreed the statue of 's era fell and statues were on".split(" ")) m.put(w.toUpperCase(), 3L);
        KeynessResult r = Keyness.defaults().compare(T, ReferenceFrequencies.of(m, 100, "caps"));
        ReferenceCoverage c = r.referenceCoverage().orElseThrow();
        assertEquals(1.0, c.listedTokenShare());
        assertEquals(List.of(), c.warnings());
        assertEquals(List.of(2L, 3L), ab(r, "stalin"));
    }

    @Test
    void theSeedsWithACapitalizedList() {
        // the QA case: keyness seeds --target language=en --reference-freq ref_caps.tsv
        KeynessResult r = Keyness.defaults().compare(Corpus.seeds().where("language", "en"),
                ReferenceFrequencies.of(Map.of("The", 60000L, "Stalin", 10L), 1_000_000, "ref_caps.tsv"));
        assertEquals(List.of(415L, 60000L), ab(r, "the"));
        assertEquals(List.of(77L, 10L), ab(r, "stalin"));
        assertTrue(r.keyword("The").isEmpty());
        assertEquals(5205, r.targetTotal());
    }
}

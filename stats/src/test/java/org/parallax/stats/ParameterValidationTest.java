package org.parallax.stats;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.parallax.core.Corpus;
import org.parallax.stats.framing.Bootstrap;
import org.parallax.stats.salience.CValue;
import org.parallax.stats.salience.Rake;
import org.parallax.stats.salience.SalienceLanguage;
import org.parallax.stats.salience.TermPattern;
import org.parallax.stats.salience.TextRank;
import org.parallax.stats.salience.TfIdf;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Settings and arguments that make no sense are errors naming the argument, never silently clamped. */
class ParameterValidationTest {
    private static final Corpus AB = NegativeLimitTest.AB;

    private static void rejects(String message, Executable e) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, e).getMessage());
    }

    @Test
    void rake() {
        rejects("maxWords must be 0 (no limit) or more, got -1", () -> Rake.defaults().maxWords(-1));
        rejects("minFreq must be at least 1, got 0", () -> Rake.defaults().minFreq(0));
        // 0 is documented as no limit: the phrase of five words is kept; with the default 4 it is dropped
        var doc = org.parallax.core.Document.of("d", org.parallax.core.Language.EN,
                "The Soviet secret police prison camp guards arrived. Rain fell.");
        assertEquals("soviet secret police prison camp guards", Rake.defaults().maxWords(0).extract(doc).get(0).key());
        assertTrue(Rake.defaults().extract(doc).stream().noneMatch(k -> k.length() > 4));
        assertEquals("max any words, layer norm", Rake.defaults().maxWords(0).toString());
    }

    @Test
    void textRankCValueAndTfIdf() {
        rejects("minFreq must be at least 1, got 0", () -> TextRank.defaults().minFreq(0));
        rejects("tolerance must be 0 or more and finite, got -1.0", () -> TextRank.defaults().convergence(-1, 10));
        rejects("tolerance must be 0 or more and finite, got NaN", () -> TextRank.defaults().convergence(Double.NaN, 10));
        rejects("maxIterations must be at least 1, got 0", () -> TextRank.defaults().convergence(1e-4, 0));
        assertThrows(NullPointerException.class, () -> TextRank.defaults().layer(null), "layer");
        rejects("minFreq must be at least 1, got 0", () -> CValue.defaults().minFreq(0));
        rejects("minFreq must be at least 1, got -5", () -> CValue.defaults().minFreq(-5));
        rejects("minFreq must be at least 1, got 0", () -> TfIdf.defaults().minFreq(0));
        assertEquals("selection", assertThrows(NullPointerException.class, () -> TfIdf.defaults().selection(null)).getMessage());
        assertEquals(2, CValue.defaults().minFreq(2).minFreq());
    }

    @Test
    void collocationsAndKeyness() {
        rejects("minCooccurrence must be 0 or more, got -1", () -> Collocations.defaults().minCooccurrence(-1));
        rejects("minCollocateFrequency must be 0 or more, got -1", () -> Collocations.defaults().minCollocateFrequency(-1));
        rejects("minNodeFrequency must be 0 or more, got -1", () -> Collocations.defaults().allPairs(AB, -1));
        assertEquals("node", assertThrows(NullPointerException.class, () -> Collocations.defaults().of(AB, null)).getMessage());
        assertEquals("corpus", assertThrows(NullPointerException.class, () -> Collocations.defaults().of(null, "police")).getMessage());
        rejects("minTarget must be 0 or more, got -1", () -> Keyness.defaults().minTarget(-1));
        rejects("minReference must be 0 or more, got -1", () -> Keyness.defaults().minReference(-1));
        assertEquals(0, Keyness.defaults().minTarget(0).minTarget());
    }

    @Test
    void frequencyListsAndNGrams() {
        rejects("minFreq must be 0 or more, got -1", () -> NGrams.of(AB, TokenSelection.defaults(), 1, 2, -1));
        rejects("min must be 0 or more, got -1", () -> NGrams.of(AB).atLeast(-1));
        rejects("minFreq must be 0 or more, got -1",
                () -> FrequencyList.of(AB, TokenSelection.defaults(), Dispersion.Parts.documents(), -1));
        rejects("min must be 0 or more, got -1", () -> FrequencyList.of(AB).atLeast(-1));
        assertEquals("term", assertThrows(NullPointerException.class, () -> FrequencyList.of(AB).row(null)).getMessage());
    }

    @Test
    void termPatternsNameAnUnknownTag() {
        String tags = "(ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X)";
        rejects("term pattern 'FOO NOUN': unknown UPOS tag 'FOO' " + tags + " at position 1", () -> TermPattern.parse("FOO NOUN"));
        rejects("term pattern 'ADJ* NN': unknown UPOS tag 'NN' " + tags + " at position 6", () -> TermPattern.parse("ADJ* NN"));
        assertEquals(17, TermPattern.UPOS_TAGS.size());
        String file = "keyword-tags\tNOUN PROPN FOO\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SalienceLanguage.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "my.tsv"));
        assertEquals("my.tsv:1: unknown UPOS tag 'FOO' " + tags, e.getMessage());
    }

    @Test
    void bootstrapQuantileLevel() {
        rejects("quantile level p must be in [0, 1], got 2.0", () -> Bootstrap.quantile(new double[] {1, 2}, 2));
        rejects("quantile level p must be in [0, 1], got -0.1", () -> Bootstrap.quantile(new double[] {1, 2}, -0.1));
        rejects("quantile level p must be in [0, 1], got NaN", () -> Bootstrap.quantile(new double[] {1, 2}, Double.NaN));
        assertEquals(2.0, Bootstrap.quantile(new double[] {1, 2}, 1));
        assertEquals(1.5, Bootstrap.quantile(new double[] {1, 2}, 0.5));
    }
}

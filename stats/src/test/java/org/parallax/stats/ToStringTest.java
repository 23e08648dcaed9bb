package org.parallax.stats;

import org.junit.jupiter.api.Test;
import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.Language;
import org.parallax.core.anchor.EntityKind;
import org.parallax.stats.framing.AgencyAnalyzer;
import org.parallax.stats.framing.ClauseAnalyzer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Objects of the stats API print their settings or a short summary, never a class name and a hash. */
class ToStringTest {
    @Test
    void agencyAnalyzerPrintsItsSettings() {
        assertEquals("AgencyAnalyzer: top 8 person, organization clusters, one source per document, boilerplate left out, "
                + "ClauseAnalyzer (OpenNLP tagger for English)", AgencyAnalyzer.standard().toString());
        assertEquals("AgencyAnalyzer: actors stalin, beria, sources by language, boilerplate included, "
                        + "ClauseAnalyzer (dictionary tags only)",
                AgencyAnalyzer.builder().actors("stalin", "beria").groupBy("language").includeBoilerplate(true)
                        .clauses(ClauseAnalyzer.withoutTagger()).build().toString());
        assertEquals("AgencyAnalyzer: top 3 person clusters, sources by genre, boilerplate left out, ClauseAnalyzer (OpenNLP tagger for English)",
                AgencyAnalyzer.builder().top(3).kinds(EntityKind.PERSON).groupBy("genre").build().toString());
    }

    @Test
    void documentTermsPrintsASummaryTable() {
        Document d = Document.of("d", Language.EN, "Stalin died. Stalin was buried in 1953 in Moscow.");
        TermDictionary dict = new TermDictionary();
        DocumentTerms t = DocumentTerms.of(d, TokenSelection.defaults(), dict);
        String nl = System.lineSeparator();
        assertEquals("DocumentTerms d: 9 counted tokens, 7 distinct term ids, 2 sentences" + nl
                + "       i     token  sentence      term" + nl
                + "       0         0         0         0" + nl
                + "       1         1         0         1" + nl
                + "       2         3         1         0" + nl
                + "       3         4         1         2" + nl
                + "       4         5         1         3" + nl
                + "... 4 more", t.toString());
        assertEquals("DocumentTerms e: 0 counted tokens, 0 distinct term ids, 0 sentences",
                new DocumentTerms("e", new int[0], new int[0], new int[0]).toString());
        assertEquals("TermDictionary: 7 terms [stalin, died, was, buried, in, 1953, moscow]", dict.toString());
    }

    @Test
    void countersAndClauseAnalyzers() {
        FrequencyCounter c = FrequencyCounter.byDocument(TokenSelection.defaults());
        c.add(Document.of("d", Language.EN, "Stalin died. Stalin was buried."));
        assertEquals("FrequencyCounter: 5 tokens, 4 types in 1 document; parts: documents; norm (open)", c.toString());
        c.result();
        assertEquals("FrequencyCounter: 5 tokens, 4 types in 1 document; parts: documents; norm (result taken)", c.toString());
        assertEquals("ClauseAnalyzer (dictionary tags only)", ClauseAnalyzer.withoutTagger().toString());
        for (Object o : List.of(AgencyAnalyzer.standard(), ClauseAnalyzer.standard(), new TermDictionary(), c,
                DocumentTerms.of(Corpus.of(Document.of("x", Language.EN, "A b.")), TokenSelection.defaults(), new TermDictionary()).get(0))) {
            assertFalse(o.toString().matches("(?s).*@[0-9a-f]{5,}.*"), o.toString());
        }
    }
}

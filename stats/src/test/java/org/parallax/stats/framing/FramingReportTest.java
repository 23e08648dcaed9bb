package org.parallax.stats.framing;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.core.Corpus;
import org.parallax.core.anchor.AnchorExtractor;
import org.parallax.core.table.Table;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FramingReportTest {
    private static FramingReport byDoc;

    @BeforeAll
    static void build() {
        byDoc = FramingReport.of(Corpus.seeds(), "doc");
    }

    @Test
    void everyAnalysisIsATable() {
        assertEquals(List.of("concept_salience", "actor_salience", "log_odds_concepts", "log_odds_lemmas", "frame_profiles",
                "frame_differences", "stance_profiles", "agency", "agency_evidence", "factual_divergences", "source_map_sources",
                "source_map_categories", "source_dendrogram", "cluster_concepts", "cluster_stance"), List.copyOf(byDoc.tables().keySet()));
        assertEquals(5, byDoc.sources().size());
        for (Table t : byDoc.tables().values()) assertTrue(t.size() > 0, t.name());
        assertEquals(5, byDoc.table("source_map_sources").size());
        assertEquals(4, byDoc.table("source_dendrogram").size());
        // 5 sources: 10 pairs × 10 frames
        assertEquals(100, byDoc.table("frame_differences").size());
        assertThrows(IllegalArgumentException.class, () -> byDoc.table("nope"));
        assertTrue(byDoc.toString().startsWith("Framing report: 5 sources by doc"));
    }

    @Test
    void theDivergenceOnStalinsBodyIsInTheReport() {
        Table d = byDoc.table("factual_divergences");
        boolean found = false;
        for (int i = 0; i < d.size(); i++) {
            if ("1961-10-31".equals(d.get(i, "value1")) && "1962".equals(d.get(i, "value2"))) found = true;
        }
        assertTrue(found, d.toString());
    }

    /** The row of a source, direction and term in a log-odds table. */
    private static int row(Table t, String source, String direction, String term) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i, "source").equals(source) && t.get(i, "direction").equals(direction) && t.get(i, "term").equals(term)) return i;
        }
        throw new AssertionError("no row " + source + " " + direction + " " + term + " in " + t);
    }

    @Test
    void conceptLogOddsCountEveryMentionNotOnlyTheSalienceRows() {
        // regression: the counts came from concept_salience, whose rows need 2 mentions per source, so the single
        // mentions of "attack" in en-wikipedia and en-encyclopedia counted 0 (b = 0, δ 1.3025, z 1.842)
        Table t = byDoc.table("log_odds_concepts");
        int attack = row(t, "it-destalinizzazione", "over", "attack");
        assertEquals(3.0, (double) t.get(attack, "a"));
        assertEquals(2.0, (double) t.get(attack, "b"));
        assertEquals(0.6930479003414476, (double) t.get(attack, "delta"), 1e-9);   // checked with an independent script
        assertEquals(1.3390957636004626, (double) t.get(attack, "z"), 1e-9);
        int free = row(t, "it-destalinizzazione", "over", "free");
        assertEquals(2.0, (double) t.get(free, "a"));
        assertEquals(2.0, (double) t.get(free, "b"));
        assertEquals(0.5585246803530879, (double) t.get(free, "delta"), 1e-9);
        assertEquals(0.967393123652715, (double) t.get(free, "z"), 1e-9);
    }

    @Test
    void conceptLogOddsFollowTheFormulaOverTheFullCounts() {
        Corpus seeds = Corpus.seeds();
        MentionSalience m = MentionSalience.of(AnchorExtractor.standard().extract(seeds), Source.documents(seeds),
                MentionSalience.Kind.CONCEPT, FramingReport.SALIENCE_MIN_MENTIONS);
        Table t = byDoc.table("log_odds_concepts");
        assertTrue(t.size() > 0);
        for (int i = 0; i < t.size(); i++) {
            String source = (String) t.get(i, "source");
            String term = (String) t.get(i, "term");
            double na = 0;
            double nb = 0;
            double yb = 0;
            for (String s : m.sources()) {
                for (Map.Entry<String, Integer> e : m.mentions(s).entrySet()) {
                    if (s.equals(source)) na += e.getValue();
                    else nb += e.getValue();
                    if (!s.equals(source) && e.getKey().equals(term)) yb += e.getValue();
                }
            }
            double ya = m.mentions(source).getOrDefault(term, 0);
            double alpha = ya + yb;       // the pooled frequency, scaled to the data's size: α_0 = n_a + n_b
            double a0 = na + nb;
            double delta = Math.log((ya + alpha) / (na + a0 - ya - alpha)) - Math.log((yb + alpha) / (nb + a0 - yb - alpha));
            double z = delta / Math.sqrt(1 / (ya + alpha) + 1 / (yb + alpha));
            assertEquals(ya, (double) t.get(i, "a"), source + " " + term);
            assertEquals(yb, (double) t.get(i, "b"), source + " " + term);
            assertEquals(delta, (double) t.get(i, "delta"), 1e-12, source + " " + term);
            assertEquals(z, (double) t.get(i, "z"), 1e-12, source + " " + term);
            String side = t.get(i, "direction").equals("over") ? "a" : "b";
            assertTrue((double) t.get(i, side) >= FramingReport.LOG_ODDS_MIN_MENTIONS, "shown: mentioned twice on its side");
        }
    }

    @Test
    void lemmaLogOddsCompareDocumentsOfOneLanguage() {
        Table t = byDoc.table("log_odds_lemmas");
        for (int i = 0; i < t.size(); i++) assertTrue(((String) t.get(i, "source")).startsWith("en-"), "only English has several documents");
        // the wiki article over-uses "rename" against the other English texts
        boolean rename = false;
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i, "source").equals("en-wikipedia") && t.get(i, "term").equals("rename") && (double) t.get(i, "z") > 0) rename = true;
        }
        assertTrue(rename);
    }

    @Test
    void aOneDocumentCorpusHasEveryTableEmptyOnesWithANote() {
        // regression: the map and cluster tables were missing, so --table source_map_sources was "no table"
        FramingReport one = FramingReport.of(Corpus.seeds().where("id", "en-essay"), "doc");
        assertEquals(FramingReport.TABLES, List.copyOf(one.tables().keySet()));
        assertEquals(List.of("source", "x", "y"), one.table("source_map_sources").columns());
        assertEquals(List.of("category", "x", "y"), one.table("source_map_categories").columns());
        assertEquals(List.of("step", "a", "b", "height", "a_label", "b_label"), one.table("source_dendrogram").columns());
        assertEquals(byDoc.table("cluster_concepts").columns(), one.table("cluster_concepts").columns());
        assertEquals(byDoc.table("cluster_stance").columns(), one.table("cluster_stance").columns());
        for (String name : List.of("source_map_sources", "source_map_categories", "source_dendrogram")) {
            assertEquals(0, one.table(name).size(), name);
            // the essay has cues of several frames, but a map needs two sources: the note counts the sources with counts
            assertEquals("No map: it needs at least two sources and two frames with cue counts (this corpus gives 1 source "
                    + "with counts, using 10 frames).", one.note(name).orElseThrow());
        }
        for (String name : List.of("cluster_concepts", "cluster_stance")) {
            assertEquals(0, one.table(name).size(), name);
            assertTrue(one.note(name).orElseThrow().startsWith("No event cluster"), name);
        }
        assertEquals("No differences: they compare pairs of sources (this corpus gives 1 source).", one.note("frame_differences").orElseThrow());
        assertTrue(one.note("log_odds_lemmas").orElseThrow().contains("no language has two documents"));
        assertTrue(one.note("frame_profiles").isEmpty(), "a table with rows has no note");
        for (String name : FramingReport.TABLES) {
            assertEquals(one.table(name).size() == 0, one.note(name).isPresent(), name + ": a note exactly when empty");
            assertTrue(byDoc.note(name).isEmpty(), "the seeds give rows for every table: " + name);
        }
        assertThrows(IllegalArgumentException.class, () -> one.note("nope"));
    }

    @Test
    void noFrameCueNoMap() {
        Corpus plain = Corpus.of(org.parallax.core.Document.of("a", org.parallax.core.Language.EN, "The cat sat on the mat."),
                org.parallax.core.Document.of("b", org.parallax.core.Language.EN, "A dog slept under the table."));
        FramingReport r = FramingReport.of(plain, "doc");
        assertEquals(FramingReport.TABLES, List.copyOf(r.tables().keySet()));
        assertEquals(0, r.table("source_map_sources").size());
        assertEquals("No map: it needs at least two sources and two frames with cue counts (this corpus gives 0 sources "
                + "with counts, using 0 frames).", r.note("source_map_sources").orElseThrow());
    }

    @Test
    void groupedByLanguage() {
        FramingReport byLanguage = FramingReport.of(Corpus.seeds(), "language");
        assertEquals("language", byLanguage.by());
        assertEquals(3, byLanguage.sources().size());
        assertEquals(30, byLanguage.table("frame_profiles").size());
    }
}

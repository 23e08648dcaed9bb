package org.parallax.report.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FramingCommandTest {
    @Test
    void tablesAfterTheirNames() {
        CliRun r = CliRun.of("framing", "seeds", "--table", "source_map_sources,factual_divergences");
        assertEquals(Parallax.OK, r.code(), r.err());
        List<String> lines = r.lines();
        assertEquals("# factual_divergences", lines.get(0));
        assertTrue(lines.get(1).startsWith("type\tdoc1\tline1\tvalue1"));
        assertTrue(lines.contains("# source_map_sources"));
        assertTrue(lines.contains("source\tx\ty"));
    }

    @Test
    void jsonIsOneObject() {
        CliRun r = CliRun.of("framing", "seeds", "--by", "language", "--table", "agency", "--format", "json");
        assertEquals(Parallax.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("{\n\"agency\": [{\"actor\":"), r.out());
        assertTrue(r.out().strip().endsWith("}"));
    }

    @Test
    void everyDocumentedTableCanBeChosenEvenWhenEmpty() {
        // regression: on a one-document corpus the map and cluster tables were "no table ..." (exit 2)
        CliRun r = CliRun.of("framing", "seeds", "--doc", "en-essay", "--table", "source_map_sources,cluster_concepts");
        assertEquals(Parallax.OK, r.code(), r.err());
        assertEquals(List.of("# source_map_sources", "source\tx\ty", "", "# cluster_concepts",
                "source\tkind\tid\tlabel\tmentions\tshare\tg2\tlog_ratio\tdp\tfirst_mention"), r.lines());
        assertTrue(r.err().contains("parallax framing: source_map_sources is empty: No map: it needs at least two sources and "
                + "two frames with cue counts (this corpus gives 1 source with counts, using 10 frames)."), r.err());
        assertTrue(r.err().contains("parallax framing: cluster_concepts is empty: No event cluster"), r.err());
        CliRun json = CliRun.of("framing", "seeds", "--doc", "en-essay", "--table", "source_dendrogram", "--format", "json");
        assertEquals(Parallax.OK, json.code(), json.err());
        assertEquals("{\n\"source_dendrogram\": []\n}", json.out().strip());
        // every name --help lists is selectable
        for (String name : org.parallax.stats.framing.FramingReport.TABLES) {
            assertTrue(CliRun.of("framing", "--help").out().contains(name), name);
        }
        CliRun all = CliRun.of("framing", "seeds", "--doc", "en-essay");
        assertEquals(org.parallax.stats.framing.FramingReport.TABLES.size(), all.lines().stream().filter(l -> l.startsWith("# ")).count());
        // the seeds give rows for every table: no note
        assertEquals("", CliRun.of("framing", "seeds", "--table", "source_map_sources").err());
    }

    @Test
    void usageErrors() {
        assertEquals(Parallax.USAGE, CliRun.of("framing", "seeds", "--table", "nope").code());
        assertEquals(Parallax.USAGE, CliRun.of("framing").code());
    }

    @Test
    void anUnknownByFieldIsAUsageError() {
        CliRun r = CliRun.of("framing", "seeds", "--by", "nofield");
        assertEquals(Parallax.USAGE, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("--by nofield: no document of seeds has a field 'nofield'; "
                + "fields: doc, id, language, file, title, source, genre"), r.err());
        CliRun selected = CliRun.of("framing", "seeds", "--where", "language=en", "--by", "nofield");
        assertEquals(Parallax.USAGE, selected.code());
        assertTrue(selected.err().contains("--by nofield: no document selected from seeds has a field 'nofield'"), selected.err());
    }
}

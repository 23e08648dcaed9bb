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

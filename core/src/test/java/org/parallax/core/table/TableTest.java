package org.parallax.core.table;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableTest {
    private final Table t = Table.builder("term", "freq", "score").name("demo")
            .row("stalin", 42, 1.5)
            .row("a,b \"q\"", 7, Double.NaN)
            .row("tab\there\nline", 0, null)
            .build();

    @Test
    void tsvEscapesAndMarksUndefined() {
        assertEquals("term\tfreq\tscore\nstalin\t42\t1.5\na,b \"q\"\t7\tnan\ntab\\there\\nline\t0\tnan\n", t.toTsv());
    }

    @Test
    void csvQuotesPerRfc4180() {
        assertEquals("term,freq,score\r\nstalin,42,1.5\r\n\"a,b \"\"q\"\"\",7,nan\r\n\"tab\there\nline\",0,nan\r\n", t.toCsv());
    }

    @Test
    void jsonUsesNullForUndefined() {
        assertEquals("[{\"term\":\"stalin\",\"freq\":42,\"score\":1.5},{\"term\":\"a,b \\\"q\\\"\",\"freq\":7,\"score\":null},"
                + "{\"term\":\"tab\\there\\nline\",\"freq\":0,\"score\":null}]\n", t.toJson());
    }

    @Test
    void doublesKeepFullPrecision() {
        Table p = Table.builder("x").row(0.1 + 0.2).row(3.7321028720289507e-07).build();
        assertEquals("x\n0.30000000000000004\n3.7321028720289507E-7\n", p.toTsv());
    }

    @Test
    void previewAlignsAndCounts() {
        String s = t.toString();
        assertTrue(s.startsWith("demo: 3 rows"), s);
        assertTrue(s.contains("stalin"));
        assertEquals(42, t.get(0, "freq"));
        assertEquals(1, t.head(1).size());
    }

    @Test
    void formatsParseAndRowsAreChecked() {
        assertEquals(Table.Format.JSON, Table.Format.parse(" Json "));
        assertThrows(IllegalArgumentException.class, () -> Table.Format.parse("xml"));
        assertThrows(IllegalArgumentException.class, () -> Table.builder("a", "b").row(1));
        assertThrows(IllegalArgumentException.class, () -> t.get(0, "nope"));
    }

    @Test
    void duplicateColumnsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Table.builder("a", "a"));
        assertEquals("duplicate column 'a' (columns 1 and 2 of [a, a])", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Table.builder(java.util.List.of("term", "freq", "term")));
        assertThrows(IllegalArgumentException.class, () -> Table.builder());
        assertEquals(java.util.List.of("a", "A"), Table.builder("a", "A").build().columns(), "names are case-sensitive");
    }
}

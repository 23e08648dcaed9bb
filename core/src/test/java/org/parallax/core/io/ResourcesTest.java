package org.parallax.core.io;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResourcesTest {
    private static final String FILE = "/org/parallax/core/io/resources-test.tsv";

    @Test
    void linesSkipBlanksAndCommentsAndKeepTheirNumbers() {
        List<Resources.Line> lines = Resources.lines(ResourcesTest.class, FILE, true);
        assertEquals(List.of(new Resources.Line(2, "first\tline"), new Resources.Line(5, "second"),
                new Resources.Line(7, "third è")), lines);
        assertEquals("5: second", lines.get(1).toString());
    }

    @Test
    void relativeNamesResolveAgainstTheOwnersPackage() {
        assertEquals(3, Resources.lines(ResourcesTest.class, "resources-test.tsv", true).size());
    }

    @Test
    void bytesAndTextAreTheWholeFile() {
        byte[] b = Resources.bytes(ResourcesTest.class, FILE);
        assertEquals(53, b.length);
        String t = Resources.text(ResourcesTest.class, FILE);
        assertTrue(t.startsWith("# a comment\n") && t.endsWith("third è\n"), t);
    }

    @Test
    void aMissingResourceIsNamedOrOptional() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Resources.bytes(ResourcesTest.class, "/no/such/file.tsv"));
        assertTrue(e.getMessage().contains("/no/such/file.tsv"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> Resources.lines(ResourcesTest.class, "/no/such/file.tsv", true));
        assertEquals(List.of(), Resources.lines(ResourcesTest.class, "/no/such/file.tsv", false));
    }
}

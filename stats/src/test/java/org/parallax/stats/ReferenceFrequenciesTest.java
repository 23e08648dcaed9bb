package org.parallax.stats;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.CorpusException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferenceFrequenciesTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void readsHeaderCommentsBomAndCrlf() throws IOException {
        Path p = write("ref.tsv", "\uFEFFterm\tfrequency\r\n# a comment\r\nstalin\t12\r\n\r\n#total\t1000\r\ncult\t3\r\n");
        ReferenceFrequencies r = ReferenceFrequencies.read(p);
        assertEquals(1000, r.total());
        assertEquals(12, r.frequency("stalin"));
        assertEquals(3, r.frequency("cult"));
        assertEquals(0, r.frequency("lenin"));
        assertEquals(List.of("stalin", "cult"), List.copyOf(r.frequencies().keySet()));
        assertEquals("ref.tsv", r.source());
        assertEquals("ReferenceFrequencies ref.tsv: 2 terms, 1000 tokens", r.toString());
    }

    private void assertError(String text, String expected) throws IOException {
        Path p = write("bad.tsv", text);
        CorpusException e = assertThrows(CorpusException.class, () -> ReferenceFrequencies.read(p));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void errorsNameFileAndLine() throws IOException {
        assertError("#total\t100\nstalin\t12\ncult 3\n", "bad.tsv:3: expected 'term<TAB>frequency', got 1 field");
        assertError("#total\t100\nstalin\ttwelve\n", "bad.tsv:2: the frequency 'twelve' is not a whole number");
        assertError("#total\t100\nstalin\t-1\n", "bad.tsv:2: negative frequency");
        assertError("#total\t100\nstalin\t1\nstalin\t2\n", "bad.tsv:3: term 'stalin' listed twice (first on line 2)");
        assertError("stalin\t1\n", "bad.tsv: no '#total<TAB>N' line");
        assertError("#total\t10\nstalin\t11\n", "bad.tsv:1: the frequencies add up to 11, more than the total 10");
        assertError("#total\t10\n#total\t10\n", "bad.tsv:2: #total given twice");
        assertError("#total\t0\n", "bad.tsv:1: the total must be positive");
        CorpusException missing = assertThrows(CorpusException.class, () -> ReferenceFrequencies.read(dir.resolve("none.tsv")));
        assertTrue(missing.getMessage().contains("none.tsv: no such file"), missing.getMessage());
        Files.write(dir.resolve("latin1.tsv"), new byte[] {'#', 't', 'o', 't', 'a', 'l', '\t', '9', '\n', (byte) 0xE9, '\t', '1', '\n'});
        CorpusException enc = assertThrows(CorpusException.class, () -> ReferenceFrequencies.read(dir.resolve("latin1.tsv")));
        assertTrue(enc.getMessage().contains("latin1.tsv:2 (byte offset 9): invalid UTF-8"), enc.getMessage());
    }
}

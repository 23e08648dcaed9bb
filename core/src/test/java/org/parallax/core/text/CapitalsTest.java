package org.parallax.core.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Words and lines written in capitals. */
class CapitalsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "KGB, true",
            "CAT, true",
            "DE-STALINIZATION, true",
            "COVID-19, true",
            "UN, true",
            "СССР, true",
            "A, false",
            "I, false",
            "3D, false",
            "Stalin, false",
            "KGBs, false",
            "1956, false",
            "毛泽东, false",
    })
    void wordWrittenInCapitals(String word, boolean expected) {
        assertEquals(expected, Capitals.isWrittenInCapitals(word));
    }

    @Test
    void wordInsideALongerText() {
        String s = "the KGB files";
        assertTrue(Capitals.isWrittenInCapitals(s, 4, 7));
        assertFalse(Capitals.isWrittenInCapitals(s, 0, 3));
    }

    @Test
    void shoutedLines() {
        assertTrue(Capitals.isShoutedLine("THE CAT RETURNS", 0, 15, false));
        assertTrue(Capitals.isShoutedLine("THE 20TH CONGRESS, 1956", 0, 23, false));
        assertFalse(Capitals.isShoutedLine("THE CAT returns", 0, 15, false), "a lower-case letter");
        assertFalse(Capitals.isShoutedLine("NATO", 0, 4, false), "one word on a line: an acronym");
        assertTrue(Capitals.isShoutedLine("NATO", 0, 4, true), "one word in a heading");
        assertTrue(Capitals.isShoutedLine("INTRODUCTION", 0, 12, true));
        assertFalse(Capitals.isShoutedLine("1956 - 1964", 0, 11, true), "no letter");
        assertFalse(Capitals.isShoutedLine("KGB 1956", 0, 8, false), "one word with letters");
        String two = "a line\nKGB AND NKVD\nthe end";
        assertTrue(Capitals.isShoutedLine(two, 7, 19, false));
    }

    @Test
    void javadocExamples() {
        assertTrue(Capitals.isWrittenInCapitals("KGB", 0, 3));
        assertFalse(Capitals.isWrittenInCapitals("Stalin", 0, 6));
        assertTrue(Capitals.isShoutedLine("THE CAT RETURNS", 0, 15, false));
        assertFalse(Capitals.isShoutedLine("NATO", 0, 4, false));
        assertTrue(Capitals.isShoutedLine("NATO", 0, 4, true));
    }
}

package org.parallax.core.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Telling HTML or XML markup from plain text. */
class MarkupDetectorTest {
    /** The QA file: an HTML page read as plain text. */
    static final String PAGE = """
            <!DOCTYPE html><html><head><title>De-Stalinization</title><script>alert('xss')</script></head>
            <body><h1>De-Stalinization</h1>
            <p>Nikita Khrushchev denounced <b>Joseph Stalin</b> in his secret speech in February 1956 &amp; the cult of personality.</p>
            <p>Thousands of <i>political prisoners</i> were released from the Gulag. <img src=x onerror=alert(1)></p>
            </body></html>
            """;

    private static MarkupDetector.Markup markup(String text) {
        return MarkupDetector.detect(text).orElseThrow(() -> new AssertionError("no markup found in: " + text));
    }

    @Test
    void htmlPageWithADoctype() {
        MarkupDetector.Markup m = markup(PAGE);
        assertTrue(m.declared());
        assertEquals(0, m.firstTag());
        assertEquals(22, m.tags());
        assertEquals("page.txt: line 1: looks like HTML or XML markup, not plain text (it starts with <!DOCTYPE html>; "
                        + "22 tags, 29 words outside tags): its tags are analysed as words; convert it to plain text first "
                        + "(e.g. pandoc -t plain, lynx -dump)",
                m.warning("page.txt", PAGE, LineIndex.of(PAGE)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<html>\n<p>Hi</p>", "  \n<HTML lang=\"en\">", "\uFEFF<?xml version=\"1.0\"?>\n<doc/>", "<!doctype html>"})
    void declaredMarkupAtTheStart(String text) {
        assertTrue(markup(text).declared(), text);
    }

    @Test
    void fragmentWithoutDeclarationFoundByItsTags() {
        String para = "Khrushchev spoke to the congress about the crimes of the past and the cult that had grown "
                + "around Stalin in the thirties, and the delegates listened in silence for four hours.";
        String text = "Introduction line without tags.\n\n<p>" + para + "</p>\n<p>" + para + "</p>\n<p>" + para + "</p>\n";
        MarkupDetector.Markup m = markup(text);
        assertEquals(6, m.tags());
        assertTrue(!m.declared());
        assertEquals(text.indexOf("<p>"), m.firstTag());
        assertTrue(m.warning("f.txt", text, LineIndex.of(text)).startsWith("f.txt: line 3: looks like HTML or XML markup, not plain "
                + "text (the first tag is <p>; 6 tags, "), "the line of the first tag");
    }

    @Test
    void lineBreakTagOnEveryLine() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 6; i++) sb.append("Stalin died in March 1953 and Khrushchev rose to power.<br>\n");
        assertEquals(6, markup(sb.toString()).tags());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "If a<b and b<c then a<c, and x < y holds for 3 <4.",
            "Ordinary prose about Stalin and Khrushchev, without any markup at all.",
            "The author wrote <sic> twice, and the editor added <b>bold</b> once.",
            "",
            "<htmlish> is no declaration",
            "Comparisons: a<b, c>d, 1<2, e<-f, g<=h, <-- arrow, <3 heart, <<quotes>>, <a\nb>."
    })
    void proseIsNotMarkup(String text) {
        assertEquals(Optional.empty(), MarkupDetector.detect(text), text);
    }

    @Test
    void aFewTagsInALongTextAreNotMarkup() {
        String sentence = "Khrushchev denounced Stalin in a secret speech to the twentieth congress of the party. ";
        String text = sentence.repeat(40) + "<p> <br> <i> </i> <hr/>";   // 5 tags, 561 words
        assertEquals(Optional.empty(), MarkupDetector.detect(text));
        assertEquals(5, markup(sentence.repeat(5) + "<p> <br> <i> </i> <hr/>").tags(), "5 tags for 71 words");
    }

    @Test
    void tagShapes() {
        assertEquals(3, MarkupDetector.tagEnd("<p>", 0));
        assertEquals(4, MarkupDetector.tagEnd("</p>", 0));
        assertEquals(5, MarkupDetector.tagEnd("<br/>", 0));
        assertEquals(17, MarkupDetector.tagEnd("<a href=\"x.html\">x", 0));
        assertEquals(13, MarkupDetector.tagEnd("<!-- note -->", 0));
        assertEquals(15, MarkupDetector.tagEnd("<!DOCTYPE html>", 0));
        assertEquals(-1, MarkupDetector.tagEnd("<3", 0));
        assertEquals(-1, MarkupDetector.tagEnd("< p>", 0));
        assertEquals(-1, MarkupDetector.tagEnd("<a href=\n\"x\">", 0), "one line only");
        assertEquals(-1, MarkupDetector.tagEnd("<b", 0));
    }

    @Test
    void javadocExamples() {
        assertEquals("Optional[Markup[firstTag=0, tags=7, words=1, declared=true]]",
                MarkupDetector.detect("<!DOCTYPE html><html><body><p>Hi</p></body></html>").toString());
        assertEquals(Optional.empty(), MarkupDetector.detect("If a<b and b<c then a<c."));
    }
}

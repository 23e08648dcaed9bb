package org.parallax.align.parallel;

import org.junit.jupiter.api.Test;
import org.parallax.core.Language;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TmxWriterTest {

    /** Parses with DTD validation against the TMX 1.4b DTD of the test resources; any error or warning fails. */
    static org.w3c.dom.Document parseValid(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setValidating(true);
        f.setNamespaceAware(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setEntityResolver((publicId, systemId) -> {
            if (systemId != null && systemId.endsWith("tmx14.dtd")) {
                InputStream in = TmxWriterTest.class.getResourceAsStream("/tmx14.dtd");
                assertNotNull(in, "tmx14.dtd on the test classpath");
                InputSource s = new InputSource(in);
                s.setSystemId(systemId);
                return s;
            }
            throw new SAXException("unexpected external entity " + systemId);
        });
        b.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) throws SAXException { throw e; }

            @Override
            public void error(SAXParseException e) throws SAXException { throw e; }

            @Override
            public void fatalError(SAXParseException e) throws SAXException { throw e; }
        });
        return b.parse(new InputSource(new StringReader(xml)));
    }

    private static ParallelAlignment sample() {
        List<String> s = new ArrayList<>(ParallelAlignerTest.sentences(30, 11));
        s.set(3, "Tom & Jerry <b>say</b> \"hi\" and 'bye' \u0001 ünïcödé 𝄞.");
        List<String> t = new ArrayList<>(s);
        t.set(10, s.get(10) + " " + s.get(11)); // a 2-1 bead
        t.remove(11);
        t.add(20, String.join(" ", ParallelAlignerTest.sentences(6, 12))); // a 0-1 bead: a long unit of its own
        return ParallelAligner.builder().languages(Language.IT, Language.EN).build()
                .align("it-doc", Language.IT, s, "en-doc", Language.EN, t);
    }

    private static String write(ParallelAlignment a) throws IOException {
        StringWriter w = new StringWriter();
        TmxWriter.write(a, w);
        return w.toString();
    }

    @Test
    void outputIsValidTmx14b() throws Exception {
        ParallelAlignment a = sample();
        String xml = write(a);
        org.w3c.dom.Document doc = parseValid(xml);
        Element header = (Element) doc.getElementsByTagName("header").item(0);
        assertEquals("Parallax", header.getAttribute("creationtool"));
        assertEquals("sentence", header.getAttribute("segtype"));
        assertEquals("it", header.getAttribute("srclang"));
        assertEquals("en", header.getAttribute("adminlang"));
        assertEquals("plaintext", header.getAttribute("datatype"));
        assertEquals("Parallax", header.getAttribute("o-tmf"));
        assertEquals("1.4", doc.getDocumentElement().getAttribute("version"));

        NodeList tus = doc.getElementsByTagName("tu");
        assertEquals(a.beads().size(), tus.getLength());
        int blocks = 0, single = 0;
        for (int k = 0; k < tus.getLength(); k++) {
            Element tu = (Element) tus.item(k);
            Bead b = a.beads().get(k);
            assertEquals(String.valueOf(k + 1), tu.getAttribute("tuid"));
            NodeList tuvs = tu.getElementsByTagName("tuv");
            assertEquals((b.sourceSize() > 0 ? 1 : 0) + (b.targetSize() > 0 ? 1 : 0), tuvs.getLength());
            if (b.sourceSize() > 1 || b.targetSize() > 1) {
                assertEquals("block", tu.getAttribute("segtype"));
                blocks++;
            } else {
                assertFalse(tu.hasAttribute("segtype"));
            }
            if (tuvs.getLength() == 1) {
                assertEquals(b.sourceSize() == 0 ? "en" : "it", ((Element) tuvs.item(0)).getAttribute("xml:lang"));
                single++;
            }
            assertEquals(b.type(), ((Element) tu.getElementsByTagName("prop").item(0)).getTextContent());
        }
        assertEquals(1, blocks, a.toString());
        assertEquals(1, single, a.toString());
        // escaping round-trips; the control character is dropped
        Element tu3 = (Element) tus.item(3);
        Element tuv = (Element) tu3.getElementsByTagName("tuv").item(0);
        assertEquals("it", tuv.getAttribute("xml:lang"));
        assertEquals("Tom & Jerry <b>say</b> \"hi\" and 'bye'  ünïcödé 𝄞.", tuv.getElementsByTagName("seg").item(0).getTextContent());
        assertTrue(xml.contains("Tom &amp; Jerry &lt;b&gt;say&lt;/b&gt;"));
        // merged units are joined by one space
        Element merged = (Element) tus.item(10);
        String seg = ((Element) merged.getElementsByTagName("seg").item(0)).getTextContent();
        assertEquals(a.sourceText(10, 11) + " " + a.sourceText(11, 12), seg);
    }

    @Test
    void droppedCharactersAreCountedAndTheFirstIsLocated() throws Exception {
        List<String> s = List.of("Uno & due.", "Sei \u0001 sette \u001f otto.", "Nove \ufffe dieci \uffff.", "Undici 𝔐 dodici.");
        List<String> t = List.of("One & two.", "Six seven eight.", "Nine \ud800 ten.", "Eleven 𝔐 twelve.");
        ParallelAlignment a = ParallelAligner.builder().languages(Language.IT, Language.EN).build()
                .align("it-doc", Language.IT, s, "en-doc", Language.EN, t);
        assertEquals(List.of("1-1", "1-1", "1-1", "1-1"), a.beads().stream().map(Bead::type).toList());
        List<String> warnings = new ArrayList<>();
        StringWriter w = new StringWriter();
        TmxWriter.write(a, w, warnings::add);
        // U+0001 and U+001F of line 2, U+FFFE and U+FFFF of line 3, the lone surrogate of the target's line 3
        assertEquals(List.of("TMX: dropped 5 characters that XML 1.0 does not allow, the first U+0001 in tu 2 (it-doc line 2)"),
                warnings);
        org.w3c.dom.Document doc = parseValid(w.toString());
        NodeList segs = doc.getElementsByTagName("seg");
        assertEquals("Sei  sette  otto.", segs.item(2).getTextContent());
        assertEquals("Nove  dieci .", segs.item(4).getTextContent());
        assertEquals("Undici 𝔐 dodici.", segs.item(6).getTextContent()); // a surrogate pair is kept
        // the two-argument write drops the same characters silently
        assertEquals(w.toString(), write(a));
        List<String> none = new ArrayList<>();
        TmxWriter.write(ParallelAligner.builder().build().align(List.of("Tom & Jerry."), List.of("Tom & Jerry.")),
                new StringWriter(), none::add);
        assertEquals(List.of(), none);
    }

    @Test
    void theLineOfTheFirstDroppedCharacterCountsTheBreaksOfItsSentence() throws Exception {
        String it = "Prima frase qui.\r\nSeconda frase che va\r\na capo \u0002 a metà.\r\n";
        String en = "First sentence here.\r\nSecond sentence that wraps\r\nin the middle.\r\n";
        ParallelAlignment a = ParallelAligner.builder().build()
                .align(org.parallax.core.Document.of("it", Language.IT, it), org.parallax.core.Document.of("en", Language.EN, en));
        List<String> warnings = new ArrayList<>();
        StringWriter w = new StringWriter();
        TmxWriter.write(a, w, warnings::add);
        assertEquals(List.of("TMX: dropped 1 character that XML 1.0 does not allow, the first U+0002 in tu 2 (it line 3)"), warnings);
    }

    @Test
    void lineBreaksInsideASentenceBecomeOneSpace() throws Exception {
        for (String nl : List.of("\r\n", "\r", "\n")) {
            String it = "Questa è una frase che va" + nl + "a capo a metà." + nl + "Seconda frase." + nl;
            String en = "This is a sentence that wraps" + nl + "in the middle." + nl + "Second sentence." + nl;
            ParallelAlignment a = ParallelAligner.builder().build()
                    .align(org.parallax.core.Document.of("it", Language.IT, it), org.parallax.core.Document.of("en", Language.EN, en));
            String xml = write(a);
            assertFalse(xml.contains("\r"), xml);
            assertTrue(xml.contains("<seg>Questa è una frase che va a capo a metà.</seg>"), xml);
            assertTrue(xml.contains("<seg>This is a sentence that wraps in the middle.</seg>"), xml);
            parseValid(xml);
        }
    }

    @Test
    void outputIsDeterministic() throws Exception {
        assertEquals(write(sample()), write(sample()));
    }

    @Test
    void theValidatorRejectsInvalidTmx() {
        String bad = "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx version=\"1.4\"><header creationtool=\"x\""
                + " creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"x\" adminlang=\"en\" datatype=\"plaintext\"/>"
                + "<body><tu><tuv xml:lang=\"en\"><seg>a</seg></tuv></tu></body></tmx>"; // no srclang
        assertThrows(SAXParseException.class, () -> parseValid(bad));
        String bad2 = "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx version=\"1.4\"><header creationtool=\"x\""
                + " creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"x\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/>"
                + "<body><tu></tu></body></tmx>"; // a tu without tuv
        assertThrows(SAXParseException.class, () -> parseValid(bad2));
    }

    @Test
    void emptyAlignment() throws Exception {
        ParallelAlignment a = ParallelAligner.builder().build().align(List.of(), List.of());
        String xml = write(a);
        assertFalse(xml.contains("<tu "));
        parseValid(xml);
    }
}

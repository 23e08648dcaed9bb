package org.parallax.core;

import org.junit.jupiter.api.Test;
import org.parallax.core.anchor.AnchorExtractor;
import org.parallax.core.anchor.ConceptLexicon;
import org.parallax.core.anchor.CorpusAnchors;
import org.parallax.core.anchor.NumberExtractor;
import org.parallax.core.anchor.TimeExtractor;
import org.parallax.core.ingest.BoilerplateDetector;
import org.parallax.core.ingest.LineIndex;
import org.parallax.core.ingest.StructureParser;
import org.parallax.core.io.ConllU;
import org.parallax.core.io.JsonLines;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Results are immutable, as the README promises: the lists, sets and maps they hand out cannot be changed. */
class UnmodifiableResultsTest {

    private static void unmodifiable(String what, Collection<?> c) {
        assertFalse(c.isEmpty(), what + " is empty: the test would prove nothing");
        assertThrows(UnsupportedOperationException.class, c::clear, what);
    }

    private static void unmodifiable(String what, Map<?, ?> m) {
        assertFalse(m.isEmpty(), what + " is empty: the test would prove nothing");
        assertThrows(UnsupportedOperationException.class, m::clear, what);
    }

    @Test
    void tokenParts() {
        Token t = TestSeeds.doc("en-wikipedia").tokens().get(0);
        assertEquals(List.of("De", "Stalinization"), t.parts());
        unmodifiable("Token.parts()", t.parts());
        unmodifiable("Token.parts(String)", Token.parts("Marxism-Leninism"));
        unmodifiable("Token.parts(String) of one part", Token.parts("Stalin"));
    }

    @Test
    void corpusDocumentAndManifest() {
        Corpus c = TestSeeds.corpus();
        unmodifiable("Corpus.languages()", c.languages());
        unmodifiable("Corpus.fields()", c.fields());
        unmodifiable("Loader.seedSummaries()", Corpus.loader().seedSummaries(m -> true));
        Document wiki = TestSeeds.doc("en-wikipedia");
        unmodifiable("Document.sentences(Block)", wiki.sentences(wiki.paragraphs().get(0)));
        ManifestEntry e = Manifest.read(TestSeeds.FOLDER.resolve("corpus.tsv")).entries().get(0);
        unmodifiable("ManifestEntry.fields()", e.fields());
        Map<String, String> fields = new LinkedHashMap<>(Map.of("id", "a"));
        ManifestEntry mine = new ManifestEntry(2, "a", "a.txt", Language.EN, "", "", "", fields);
        fields.put("genre", "essay");
        assertEquals(Map.of("id", "a"), mine.fields(), "the entry keeps its own copy");
    }

    @Test
    void anchorsAndExtractors() {
        Corpus c = TestSeeds.corpus();
        Document it = TestSeeds.doc("it-destalinizzazione");
        CorpusAnchors a = AnchorExtractor.standard().extract(c);
        unmodifiable("CorpusAnchors.countsByType()", a.countsByType("it-destalinizzazione"));
        unmodifiable("EntityClusters.anchors()", a.entities().anchors(it));
        unmodifiable("CognateIndex.anchors()", a.cognates().anchors(it));
        unmodifiable("ConceptLexicon.conceptsOf()", ConceptLexicon.standard().conceptsOf("cult of personality", Language.EN));
        unmodifiable("TimeExtractor.extract()", TimeExtractor.standard().extract(it));
        unmodifiable("NumberExtractor.extract()", NumberExtractor.standard().extract(it, List.of()));
    }

    @Test
    void readersAndStructure() throws IOException {
        Document d = Document.of("x", Language.EN, "Stalin died in 1953.\n\nKhrushchev rose.");
        StringWriter conllu = new StringWriter();
        ConllU.write(d, conllu);
        unmodifiable("ConllU.read()", ConllU.read(new StringReader(conllu.toString()), Path.of("x.conllu")));
        StringWriter jsonl = new StringWriter();
        JsonLines.write(d, jsonl, true);
        unmodifiable("JsonLines.read()", JsonLines.read(new StringReader(jsonl.toString()), Path.of("x.jsonl")));
        String text = d.text();
        unmodifiable("StructureParser.parse()",
                StructureParser.using(BoilerplateDetector.standard()).parse(text, LineIndex.of(text)));
    }
}

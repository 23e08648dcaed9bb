package org.parallax.stats.framing;

import org.junit.jupiter.api.Test;
import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.Language;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceTest {
    private static final Corpus SEEDS = Corpus.seeds();
    private static final String FIELDS = "fields: id, language, file, title, source, genre (or doc: one source per document)";

    private static List<String> names(List<Source> sources) { return sources.stream().map(Source::name).toList(); }

    @Test
    void groupsByAFieldOrByDocument() {
        assertEquals(List.of("language=it", "language=nl", "language=en"), names(Source.groupBy(SEEDS, "language")));
        assertEquals(List.of("genre=web article", "genre=encyclopedia (wiki)", "genre=essay", "genre=encyclopedia (print, web copy)"),
                names(Source.groupBy(SEEDS, " Genre ")));
        assertEquals(List.of("en-wikipedia", "en-essay", "en-encyclopedia"),
                Source.groupBy(SEEDS, "language").get(2).documents());
        // doc and document: one source per document, as documents(corpus)
        assertEquals(SEEDS.ids(), names(Source.groupBy(SEEDS, "doc")));
        assertEquals(SEEDS.ids(), names(Source.groupBy(SEEDS, "Document")));
        assertEquals(Set.of("id", "language", "file", "title", "source", "genre"), Source.fields(SEEDS));
        assertEquals(List.of("id", "language", "file", "title", "source", "genre"), List.copyOf(Source.fields(SEEDS)));
    }

    @Test
    void aFieldNoDocumentHasIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Source.groupBy(SEEDS, "nofield"));
        assertEquals("no document of the corpus has a field 'nofield'; " + FIELDS, e.getMessage());
        assertThrows(NullPointerException.class, () -> Source.groupBy(SEEDS, null));
        assertEquals("empty grouping field", assertThrows(IllegalArgumentException.class, () -> Source.groupBy(SEEDS, " ")).getMessage());
        // an in-memory document has only id and language
        Corpus mem = Corpus.of(Document.of("x", Language.EN, "Stalin died in 1953."));
        assertEquals("no document of the corpus has a field 'genre'; fields: id, language (or doc: one source per document)",
                assertThrows(IllegalArgumentException.class, () -> Source.groupBy(mem, "genre")).getMessage());
        assertEquals(List.of("language=en"), names(Source.groupBy(mem, "language")));
    }

    @Test
    void aKnownFieldMissingOnSomeDocumentsMakesTheNoneGroup() {
        Corpus mixed = Corpus.of(SEEDS.document("en-essay"), Document.of("x", Language.EN, "Stalin died in 1953."));
        assertEquals(List.of("genre=essay", "genre=(none)"), names(Source.groupBy(mixed, "genre")));
    }

    @Test
    void framingReportAndAgencyNameAnUnknownField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FramingReport.of(SEEDS, "nofield"));
        assertEquals("no document of the corpus has a field 'nofield'; " + FIELDS, e.getMessage());
        AgencyAnalyzer a = AgencyAnalyzer.builder().groupBy("nofield").build();
        e = assertThrows(IllegalArgumentException.class, () -> a.analyze(SEEDS));
        assertEquals("no document of the corpus has a field 'nofield'; " + FIELDS, e.getMessage());
        // doc and document mean one source per document, as id
        assertEquals("id", AgencyAnalyzer.builder().groupBy("doc").build().groupBy());
        assertEquals("id", AgencyAnalyzer.builder().groupBy("Document").build().groupBy());
        assertThrows(NullPointerException.class, () -> AgencyAnalyzer.builder().groupBy(null));
    }

    @Test
    void groupsAreImmutable() {
        List<Source> g = Source.groupBy(SEEDS, "language");
        assertThrows(UnsupportedOperationException.class, () -> g.clear());
        assertThrows(UnsupportedOperationException.class, () -> Source.documents(SEEDS).clear());
        assertThrows(UnsupportedOperationException.class, () -> Source.fields(SEEDS).clear());
    }
}

package org.parallax.report.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.Language;
import org.parallax.core.Layer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The note on stderr when an option relies on a language resource some documents' language lacks. */
class LanguageResourceNoteTest {
    private static final Document DE = Document.of("de", Language.of("de"), "Die Entstalinisierung war ein Prozess in der Sowjetunion.");
    private static final Document FR = Document.of("fr", Language.of("fr"), "La déstalinisation est le processus politique.");
    private static final Document EN = Document.of("en", Language.EN, "De-Stalinization was a process in the Soviet Union.");

    @Test
    void notesEachResourceTheOptionsRelyOn() {
        List<Document> docs = List.of(EN, DE, FR);
        assertEquals(Optional.of("parallax: note: no stopword list for the languages of documents de (German), fr (French): "
                + "--no-stopwords leaves their stopwords in"), LanguageResourceNote.of(docs, Layer.NORM, true));
        assertEquals(Optional.of("parallax: note: no stopword list and no lemma dictionary for the languages of documents "
                        + "de (German), fr (French): --no-stopwords leaves their stopwords in; --layer lemma gives their normalized forms"),
                LanguageResourceNote.of(docs, Layer.LEMMA, true));
        assertEquals(Optional.of("parallax: note: no stemmer for the language of document de (German): --layer stem gives its "
                + "normalized forms"), LanguageResourceNote.of(List.of(EN, DE), Layer.STEM, false));
    }

    @Test
    void noNoteWithoutSuchOptionOrForSupportedLanguages() {
        assertEquals(Optional.empty(), LanguageResourceNote.of(List.of(EN, DE, FR), Layer.NORM, false));
        assertEquals(Optional.empty(), LanguageResourceNote.of(List.of(EN, DE, FR), Layer.SURFACE, false));
        assertEquals(Optional.empty(), LanguageResourceNote.of(Corpus.seeds().documents(), Layer.LEMMA, true));
        assertEquals(Optional.empty(), LanguageResourceNote.of(Corpus.seeds().documents(), Layer.STEM, true));
    }

    @Test
    void unknownLanguageAndManyDocuments() {
        Document und = Document.of("x", Language.UNKNOWN, "12 34");
        assertEquals(Optional.of("parallax: note: no stopword list for the language of document x (language unknown): "
                + "--no-stopwords leaves its stopwords in"), LanguageResourceNote.of(List.of(und), Layer.NORM, true));
        List<Document> many = new ArrayList<>();
        for (int i = 1; i <= 7; i++) many.add(Document.of("de" + i, Language.of("de"), "Der Parteitag."));
        assertEquals(Optional.of("parallax: note: no lemma dictionary for the language of documents de1 (German), de2 (German), "
                        + "de3 (German), de4 (German), de5 (German) and 2 more: --layer lemma gives their normalized forms"),
                LanguageResourceNote.of(many, Layer.LEMMA, false));
    }

    @Test
    void commandsPrintTheNoteOnStderr(@TempDir Path dir) throws IOException {
        // QA: --no-stopwords did nothing to German and French documents, silently
        Files.writeString(dir.resolve("corpus.tsv"), "id\tfile\tlanguage\nen\ten.txt\ten\nde\tde.txt\tde\n");
        Files.writeString(dir.resolve("en.txt"), "Khrushchev denounced Stalin in the secret speech.\n");
        Files.writeString(dir.resolve("de.txt"), "Chruschtschow verurteilte Stalin in der Geheimrede.\n");
        String stop = "parallax: note: no stopword list for the language of document de (German): --no-stopwords leaves its stopwords in";
        String lemma = "parallax: note: no lemma dictionary for the language of document de (German): --layer lemma gives its normalized forms";
        String d = dir.toString();
        List<List<String>> runs = List.of(
                List.of("freq", d, "--no-stopwords"),
                List.of("ngrams", d, "--no-stopwords"),
                List.of("collocations", d, "Stalin", "--no-stopwords"),
                List.of("keyness", d, "--doc-vs-rest", "en", "--no-stopwords"));
        for (List<String> args : runs) {
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertEquals(Parallax.OK, r.code(), r.err());
            assertEquals(List.of(stop), r.err().lines().toList(), args.toString());
        }
        for (List<String> args : List.of(List.of("freq", d, "--layer", "lemma"), List.of("salience", d, "--layer", "lemma"),
                List.of("salience", d, "--method", "rake", "--layer", "lemma"), List.of("concordance", d, "stalin", "--layer", "lemma"))) {
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertEquals(Parallax.OK, r.code(), r.err());
            assertEquals(List.of(lemma), r.err().lines().toList(), args.toString());
        }
        CliRun english = CliRun.of("freq", d, "--no-stopwords", "--layer", "lemma", "--doc", "en");
        assertEquals("", english.err(), "no note when the selected documents have the resources");
        CliRun plain = CliRun.of("freq", d);
        assertEquals("", plain.err(), "no note without such an option");
        // the note is true: German stopwords stay in
        assertTrue(CliRun.of("freq", d, "--no-stopwords").lines().stream().anyMatch(l -> l.startsWith("der\t")));
        assertFalse(CliRun.of("freq", d, "--no-stopwords").lines().stream().anyMatch(l -> l.startsWith("the\t")));
    }
}

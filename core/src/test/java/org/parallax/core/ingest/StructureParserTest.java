package org.parallax.core.ingest;

import org.junit.jupiter.api.Test;
import org.parallax.core.Block;
import org.parallax.core.BlockKind;
import org.parallax.core.Document;
import org.parallax.core.Language;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Hard-wrapped lines and first-line headings. */
class StructureParserTest {

    private static List<Block> blocks(String text) {
        return Document.of("t", Language.IT, text).blocks();
    }

    @Test
    void sentenceCutBeforeALineStartingWithADigitIsJoined() {
        List<Block> b = blocks("Il congresso si aprì il 25 febbraio\n1956 con Krusciov e il culto fu denunciato.\n");
        assertEquals(1, b.size());
        assertEquals(BlockKind.PARAGRAPH, b.get(0).kind());
        assertEquals(1, b.get(0).firstLine());
        assertEquals(2, b.get(0).lastLine());
    }

    @Test
    void shortLineBeforeALineStartingWithADigitStaysApart() {
        List<Block> b = blocks("Introduzione\n\n1956 fu un anno di grandi cambiamenti per tutto il movimento comunista internazionale.\n");
        assertEquals(2, b.size());
    }

    @Test
    void onlyAOneWordFirstSentenceIsATitle() {
        String body = "Nel 1956 la fabbrica produsse merci per il partito e per tutti i suoi delegati riuniti a Mosca.\n";
        assertEquals(BlockKind.HEADING, blocks("Destalinizzazione.\n\n" + body).get(0).kind());
        assertEquals(BlockKind.PARAGRAPH, blocks("Breve introduzione.\n\n" + body).get(0).kind());
    }
}

package org.parallax.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.core.text.LanguageKit;
import org.parallax.core.text.Tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Invariants of tokens and sentences, over the seeds and over random, adversarial texts (fixed seeds,
 * so that any failure is reproducible from the seed and iteration in its message).
 */
class TokenPropertyTest {
    /** Iterations per seed; raise for a long run: {@code mvn -pl core test -Dtest=TokenPropertyTest -Dparallax.iterations=5000}. */
    private static final int ITERATIONS = Integer.getInteger("parallax.iterations", 150);

    static Stream<String> seedIds() { return TestSeeds.IDS.stream(); }

    /** Whitespace in the Unicode sense, plus the zero-width space and the BOM used as a space. */
    static boolean isWhitespace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    /** Checks every invariant on a document; {@code what} names the input in failure messages. */
    static void checkInvariants(Document d, String what) {
        String text = d.text();
        List<Token> tokens = d.tokens();
        List<Block> blocks = d.blocks();
        int[] cover = new int[text.length()];
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String at = what + ": token " + i + " " + t;
            assertEquals(i, t.index(), at);
            assertTrue(t.start() < t.end(), "non-empty: " + at);
            assertEquals(text.substring(t.start(), t.end()), t.surface(), at);
            if (i > 0) assertTrue(tokens.get(i - 1).end() <= t.start(), "in order, not overlapping: " + at);
            for (int k = t.start(); k < t.end(); k++) {
                assertFalse(isWhitespace(text.charAt(k)), "no whitespace inside: " + at);
                cover[k]++;
            }
            assertEquals(TestSeeds.naiveLine(text, t.start()), t.line(), "line of the start: " + at);
            Block b = blocks.get(t.block());
            assertTrue(t.start() >= b.start() && t.end() <= b.end(), "inside its block: " + at);
            assertEquals(t.spaceAfter(), t.end() < text.length() && isWhitespace(text.charAt(t.end())), "spaceAfter: " + at);
            assertTrue(t.norm() != null && t.stem() != null && t.lemma() != null, "layers present: " + at);
            assertEquals(t.type() == TokenType.NUMBER, !Double.isNaN(t.value()), "value iff number: " + at);
        }
        for (Block b : blocks) {
            assertEquals(text.substring(b.start(), b.end()), b.text(), what + ": " + b);
            for (int k = b.start(); k < b.end(); k++) {
                int expected = isWhitespace(text.charAt(k)) ? 0 : 1;
                if (cover[k] != expected) {
                    fail(what + ": char " + k + " U+" + Integer.toHexString(text.charAt(k)) + " of " + b
                            + " is covered by " + cover[k] + " tokens");
                }
            }
        }
        // sentences partition the tokens of each block, in order
        int next = 0;
        for (int k = 0; k < d.sentences().size(); k++) {
            Sentence s = d.sentences().get(k);
            String at = what + ": sentence " + k + " " + s;
            assertEquals(next, s.firstToken(), "contiguous: " + at);
            assertTrue(s.endToken() > s.firstToken(), "non-empty: " + at);
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                assertEquals(s.block(), tokens.get(i).block(), "one block: " + at);
                assertEquals(k, tokens.get(i).sentence(), at);
            }
            assertEquals(tokens.get(s.firstToken()).start(), s.start(), at);
            assertEquals(tokens.get(s.endToken() - 1).end(), s.end(), at);
            assertEquals(text.substring(s.start(), s.end()), s.text(), at);
            assertEquals(TestSeeds.naiveLine(text, s.start()), s.firstLine(), at);
            assertEquals(TestSeeds.naiveLine(text, s.end() - 1), s.lastLine(), at);
            if (k > 0 && d.sentences().get(k - 1).block() != s.block()) {
                assertTrue(d.sentences().get(k - 1).block() < s.block(), at);
            }
            next = s.endToken();
        }
        assertEquals(tokens.size(), next, what + ": every token is in a sentence");
    }

    @ParameterizedTest
    @MethodSource("seedIds")
    void seedsKeepEveryInvariant(String id) {
        checkInvariants(TestSeeds.doc(id), id);
    }

    @ParameterizedTest
    @MethodSource("seedIds")
    void streamingSummaryAgreesWithTheDocument(String id) {
        Document d = TestSeeds.doc(id);
        DocumentSummary streamed = DocumentAnalyzer.create().summarize(id, d.language(), d.text());
        assertEquals(d.summary(), streamed);
    }

    // ------------------------------------------------------------------------------------ random texts

    private static final String[] PIECES = {
            // letters of several scripts, accents, combining marks
            "Stalin", "de", "il", "het", "the", "città", "perché", "Georgiërs", "Chruščëv", "Eisenhüttenstadt", "Władysław",
            "Ǆemal", "ﬁne", "Ｓｔａｌｉｎ", "десталинизация", "Хрущёв", "Ёлка", "Κρούστσεφ", "斯大林", "スターリン", "ستالين",
            "e\u0301", "\u0301", "\u0308a", "a\u20DD",
            // digits and numbers
            "1953", "0", "42", "1,920,635", "1.920.635", "35.8", "35,8", "688,503", "1,000,000.25", "1954–55", "1954-55",
            "20th", "22nd", "20°", "20º", "20e", "1980s", "1980's", "'80", "３５", "١٩٥٦", "\uD835\uDFCF\uD835\uDFD7",
            "1.", "1,", ",5", "3D", "B2B", "2019-", "-5",
            // abbreviations and clitics
            "Feb.", "St.", "St", "Dr.", "A.", "M.", "U.S.", "e.g.", "i.e.", "etc.", "ecc.", "d.w.z.", "sig.ra", "dell'", "l'",
            "L’", "un'", "po'", "'s", "’s", "n't", "don't", "O'Brien", "auto's", "'s-Hertogenbosch", "rock'n'roll",
            // punctuation, quotes, dashes, symbols
            ".", "..", "...", "…", "!", "?", "?!", ",", ";", ":", "(", ")", "[", "]", "{", "}", "\"", "'", "’", "‘", "“", "”",
            "„", "«", "»", "‹", "›", "ʼ", "`", "´", "-", "--", "‐", "‑", "–", "—", "―", "/", "\\", "|", "%", "‰", "€", "$",
            "+", "=", "==", "<", ">", "#", "##", "@", "&", "*", "_", "~", "^", "°", "§", "†", "¿", "¡",
            // emoji and other surrogate pairs
            "😀", "👍🏽", "👨\u200D👩\u200D👧", "🇮🇹", "\uD835\uDC00", "\uD800\uDC00",
            // lone surrogates: not valid text, but a String can hold them
            "\uD83D", "\uDE00",
    };

    private static final String[] SPACES = {
            " ", " ", " ", "  ", "\t", "\n", "\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\u00A0", "\u2009", "\u3000", "\u200B",
            "\uFEFF", "\u2028", "\f", "\u000B", "",
    };

    private static final String[] LINE_STARTS = {"= ", "== ", "# ", "- ", "• ", "* ", "1. ", "2) ", "a) ", "  "};

    static String randomText(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(120);
        for (int i = 0; i < n; i++) {
            if (r.nextInt(12) == 0) {
                sb.append(r.nextBoolean() ? "\n" : "\r\n");
                if (r.nextBoolean()) sb.append(LINE_STARTS[r.nextInt(LINE_STARTS.length)]);
            }
            sb.append(PIECES[r.nextInt(PIECES.length)]);
            // glue pieces together often, so that compounds, clitics and numbers meet their neighbours
            if (r.nextInt(3) > 0) sb.append(SPACES[r.nextInt(SPACES.length)]);
        }
        if (r.nextInt(4) == 0) sb.append(" ==");
        return sb.toString();
    }

    private static String show(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c < 0xA0) || Character.isSurrogate(c) || c == '\u200B' || c == '\uFEFF' || c == '\u2028') {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 7L, 1953L, 1956L})
    void randomTextsKeepEveryInvariant(long seed) {
        Random r = new Random(seed);
        DocumentAnalyzer analyzer = DocumentAnalyzer.create();
        Language[] languages = {Language.IT, Language.NL, Language.EN, Language.of("ru"), Language.UNKNOWN, null};
        for (int iter = 0; iter < ITERATIONS; iter++) {
            String text = randomText(r);
            Language lang = languages[r.nextInt(languages.length)];
            String what = "seed " + seed + " iteration " + iter + " (" + lang + "): \"" + show(text) + "\"";
            Document d;
            try {
                d = analyzer.analyze("r" + iter, lang, text);
            } catch (RuntimeException e) {
                throw new AssertionError(what + ": " + e, e);
            }
            checkInvariants(d, what);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {2L, 3L, 5L})
    void tokenizerCoversAnySpan(long seed) {
        Random r = new Random(seed);
        for (Language lang : List.of(Language.IT, Language.NL, Language.EN, Language.UNKNOWN)) {
            Tokenizer tok = new Tokenizer(LanguageKit.of(lang));
            for (int iter = 0; iter < 2 * ITERATIONS; iter++) {
                String text = randomText(r);
                int from = codePointBoundary(text, text.isEmpty() ? 0 : r.nextInt(text.length() + 1));
                int to = codePointBoundary(text, from + (text.length() == from ? 0 : r.nextInt(text.length() - from + 1)));
                String what = "seed " + seed + " " + lang + " iteration " + iter + " [" + from + "," + to + ") \"" + show(text) + "\"";
                tok.reset(text, from, to);
                int[] cover = new int[text.length()];
                int prevEnd = from;
                List<String> seen = new ArrayList<>();
                while (tok.next()) {
                    assertTrue(seen.size() <= to - from, "more tokens than chars: " + what);
                    int s = tok.start();
                    int e = tok.end();
                    seen.add(text.substring(s, e));
                    assertTrue(s >= prevEnd && s < e && e <= to, "token [" + s + "," + e + ") in order and inside the span: " + what);
                    for (int k = s; k < e; k++) cover[k]++;
                    prevEnd = e;
                }
                for (int k = from; k < to; k++) {
                    assertEquals(isWhitespace(text.charAt(k)) ? 0 : 1, cover[k], "char " + k + " " + seen + ": " + what);
                }
            }
        }
    }

    /** Moves an offset off the middle of a surrogate pair. */
    private static int codePointBoundary(String text, int offset) {
        if (offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset))
                && Character.isHighSurrogate(text.charAt(offset - 1))) {
            return offset + 1;
        }
        return offset;
    }

    @ParameterizedTest
    @MethodSource("seedIds")
    void firstAtOrAfterAgreesWithALinearScan(String id) {
        Document d = Corpus.seeds().document(id);
        TokenTable t = d.tokenTable();
        for (int offset = -1; offset <= d.text().length() + 1; offset++) {
            int expected = 0;
            while (expected < t.size() && t.start(expected) < offset) expected++;
            assertEquals(expected, t.firstAtOrAfter(offset), "offset " + offset);
        }
    }

    @Test
    void adversarialCases() {
        DocumentAnalyzer analyzer = DocumentAnalyzer.create();
        List<String> cases = List.of(
                "", " ", "\n", "\r\n\r\n", "\uFEFF", "\u200B\u200B", ".", "'", "’s", "-", "—", "==", "= =", "# ", "- ", "1.",
                "'80", "'8", "1,", "1,2", "1.2.3.4", "12,345,67", "1954–", "–55", "a-", "-a", "a--b", "a-–b", "e.g", "U.S",
                "A.B.C.D.E.F.", "dell'", "l''", "''s", "n't", "don'", "Stalin'", "Stalin's's", "\u0301\u0301", "a\u0301'\u0301s",
                "😀😀😀", "\uD83D", "\uDE00", "\uDE00\uD83D", "\uD835\uDFCF", "x\uD835\uDFCF", "\uD835\uDFCFx", "9\uD835\uDFCF",
                "١٬٢٣٤", "1\u00A0000", "1 000 000", "20°C", "20 °C", "x".repeat(5000), "1".repeat(400),
                "-".repeat(300), "a-".repeat(200) + "a", "'".repeat(100), "Dr. ".repeat(100), ". ".repeat(100));
        for (Language lang : new Language[]{Language.IT, Language.NL, Language.EN, Language.UNKNOWN, null}) {
            for (String c : cases) {
                String what = lang + " \"" + show(c.length() > 60 ? c.substring(0, 60) + "..." : c) + "\"";
                Document d;
                try {
                    d = analyzer.analyze("adv", lang, c);
                } catch (RuntimeException e) {
                    throw new AssertionError(what + ": " + e, e);
                }
                checkInvariants(d, what);
            }
        }
    }
}

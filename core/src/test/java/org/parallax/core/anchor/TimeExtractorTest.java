package org.parallax.core.anchor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.core.Document;
import org.parallax.core.Language;
import org.parallax.core.TestSeeds;
import org.parallax.core.TokenTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Temporal expressions: values, offsets, texts and weights; every date of the Italian and Dutch seeds. */
class TimeExtractorTest {

    private static final TimeExtractor TIME = TimeExtractor.standard();

    private static Document doc(String lang, String text) {
        return Document.of("t", Language.of(lang), text);
    }

    private static List<Anchor> times(String lang, String text) {
        Document d = doc(lang, text);
        List<Anchor> a = TIME.extract(d);
        checkInvariants(d, a);
        return a;
    }

    /** The (text, value) pairs of anchors. */
    private static List<String> pairs(List<Anchor> anchors) {
        return anchors.stream().map(a -> a.text() + " = " + a.value()).toList();
    }

    /** Structural invariants of time anchors. */
    static void checkInvariants(Document d, List<Anchor> anchors) {
        TokenTable t = d.tokenTable();
        int lastEnd = -1;
        int lastToken = 0;
        for (Anchor a : anchors) {
            assertEquals(AnchorType.TIME, a.type());
            assertEquals(d.id(), a.doc());
            assertTrue(a.start() >= 0 && a.start() < a.end() && a.end() <= d.text().length(), a.toString());
            assertEquals(d.text().substring(a.start(), a.end()), a.text(), "text is the raw span");
            assertTrue(a.firstToken() >= 0 && a.firstToken() < a.endToken() && a.endToken() <= t.size(), a.toString());
            assertEquals(t.start(a.firstToken()), a.start(), "starts with its first token: " + a);
            assertEquals(t.end(a.endToken() - 1), a.end(), "ends with its last token: " + a);
            assertTrue(a.start() >= lastEnd, "no overlap, document order: " + a);
            assertTrue(a.firstToken() >= lastToken, "token ranges do not overlap: " + a);
            assertTrue(a.weight() > 0 && a.weight() <= 1, a.toString());
            boolean bp = false;
            for (int k = a.firstToken(); k < a.endToken(); k++) bp |= t.isBoilerplate(k);
            assertEquals(bp, a.boilerplate(), a.toString());
            assertFalse(a.value().isBlank());
            lastEnd = a.end();
            lastToken = a.endToken();
        }
    }

    /** Exactly one anchor, with this text, value and offsets (the first occurrence of the text). */
    private static Anchor one(String lang, String text, String matched, String value) {
        List<Anchor> a = times(lang, text);
        assertEquals(1, a.size(), () -> "one anchor in '" + text + "': " + pairs(a));
        Anchor x = a.get(0);
        assertEquals(matched, x.text(), text);
        assertEquals(value, x.value(), text);
        int at = text.indexOf(matched);
        assertEquals(at, x.start(), "start of '" + matched + "'");
        assertEquals(at + matched.length(), x.end(), "end of '" + matched + "'");
        assertEquals("t", x.doc());
        assertFalse(x.boilerplate());
        return x;
    }

    // -------------------------------------------------------------------------------------- examples

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            it | Stalin morì nel marzo 1953, poi.              | nel marzo 1953          | 1953-03
            it | Parlò il 25 febbraio 1956 al congresso.       | il 25 febbraio 1956     | 1956-02-25
            it | Nel 1917 il governo cadde.                    | Nel 1917                | 1917
            it | Negli anni '80 cambiò tutto.                  | Negli anni '80          | 198X
            it | Negli ultimi anni ottanta cambiò.             | anni ottanta            | 198X
            it | Tutto cambiò negli anni Ottanta.              | negli anni Ottanta      | 198X
            it | Fu rimosso nell'ottobre 1964.                 | nell'ottobre 1964       | 1964-10
            it | Il mausoleo dal 1953 al 1961 ospitò Stalin.   | dal 1953 al 1961        | 1953/1961
            it | Il mausoleo tra il 1953 e il 1961 ospitò.     | tra il 1953 e il 1961   | 1953/1961
            it | Fu rimosso in primavera 1962.                 | in primavera 1962       | 1962-SP
            it | Fu rimosso nella primavera del 1962.          | nella primavera del 1962 | 1962-SP
            it | Fu girato nell'estate 1962.                   | nell'estate 1962        | 1962-SU
            it | Fu girato in autunno 1962.                    | in autunno 1962         | 1962-FA
            it | Fu girato nell'inverno 1962.                  | nell'inverno 1962       | 1962-WI
            it | Al potere dal 1953 in poi.                    | dal 1953                | 1953/..
            it | Rimase fino al 1964 al potere.                | fino al 1964            | ../1964
            it | Una storia del XX secolo.                     | XX secolo               | 19
            it | Una storia del ventesimo secolo.              | ventesimo secolo        | 19
            it | Il 20° secolo fu breve.                       | Il 20° secolo           | 19
            it | Pubblicato feb. 2019 a Roma.                  | feb. 2019               | 2019-02
            it | Pubblicato febbr. 2019 a Roma.                | febbr. 2019             | 2019-02
            it | Pubblicato feb 2019 a Roma.                   | feb 2019                | 2019-02
            it | Pubblicato il 15 sett. 2019 a Roma.           | il 15 sett. 2019        | 2019-09-15
            it | Ci vediamo il 25 febbraio al congresso.       | il 25 febbraio          | XXXX-02-25
            it | Era il 1° marzo 1953.                         | il 1° marzo 1953        | 1953-03-01
            it | Nel '56 tutto cambiò.                         | Nel '56                 | 1956
            it | Il Novecento fu breve.                        | Il Novecento            | 19
            nl | In 1956 hield Chroesjtsjov een toespraak.     | In 1956                 | 1956
            nl | Hij kwam in de jaren tachtig aan het bewind.  | in de jaren tachtig     | 198X
            nl | Hij kwam in de jaren '80 aan het bewind.      | in de jaren '80         | 198X
            nl | Het mausoleum van 1953 tot 1961 was open.     | van 1953 tot 1961       | 1953/1961
            nl | Het mausoleum tussen 1953 en 1961 was open.   | tussen 1953 en 1961     | 1953/1961
            nl | Het beeld werd in het voorjaar van 1962 weggehaald. | in het voorjaar van 1962 | 1962-SP
            nl | Het beeld werd voorjaar 1962 weggehaald.      | voorjaar 1962           | 1962-SP
            nl | Het beeld werd in de zomer van 1962 weggehaald. | in de zomer van 1962  | 1962-SU
            nl | Het beeld werd najaar 1962 weggehaald.        | najaar 1962             | 1962-FA
            nl | Het beeld werd in de winter van 1962 weggehaald. | in de winter van 1962 | 1962-WI
            nl | Aan de macht sinds 1953, zegt men.            | sinds 1953              | 1953/..
            nl | Aan de macht tot 1964, zegt men.              | tot 1964                | ../1964
            nl | Aan de macht tot en met 1964, zegt men.       | tot en met 1964         | ../1964
            nl | De geschiedenis van de twintigste eeuw is lang. | de twintigste eeuw    | 19
            nl | Gedownload op 15 febr. 2019 van de site.      | op 15 febr. 2019        | 2019-02-15
            nl | Gepubliceerd in mrt. 1953 en gelezen.         | in mrt. 1953            | 1953-03
            nl | Gepubliceerd in okt 1953 en gelezen.          | in okt 1953             | 1953-10
            nl | We zien elkaar op 25 februari weer.           | op 25 februari          | XXXX-02-25
            en | He died on 5 March 1953, in Moscow.           | on 5 March 1953         | 1953-03-05
            en | The speech of 25 February 1956 was secret.    | 25 February 1956        | 1956-02-25
            en | Retrieved February 15, 2019 from the site.    | February 15, 2019       | 2019-02-15
            en | Encyclopedia. (February 15, 2019).            | February 15, 2019       | 2019-02-15
            en | It was published in 1956 in the West.         | in 1956                 | 1956
            en | Gorbachev came in the 1980s to power.         | in the 1980s            | 198X
            en | It stalled until the mid-1980s again.         | until the mid-1980s     | ../198X
            en | It stalled in the mid-1980s again.            | in the mid-1980s        | 198X
            en | Prisoners returned in 1954–55 alone.          | in 1954–55              | 1954/1955
            en | By 1955–1956, Khrushchev had emerged.         | 1955–1956               | 1955/1956
            en | It was known so from 1953 to 1961 and buried. | from 1953 to 1961       | 1953/1961
            en | It was known so between 1953 and 1961 indeed. | between 1953 and 1961   | 1953/1961
            en | History of the Soviet Union (1953–1964): a.   | 1953–1964               | 1953/1964
            en | It ended with his ouster in October 1964.     | in October 1964         | 1964-10
            en | It was removed in spring 1962 and replaced.   | in spring 1962          | 1962-SP
            en | It was removed in the spring of 1962 quietly. | in the spring of 1962   | 1962-SP
            en | It was removed in summer 1962 quietly.        | in summer 1962          | 1962-SU
            en | It was removed in autumn 1962 quietly.        | in autumn 1962          | 1962-FA
            en | It was removed in fall 1962 quietly.          | in fall 1962            | 1962-FA
            en | It was removed in winter 1962 quietly.        | in winter 1962          | 1962-WI
            en | Encyclopedia. 15 Feb. 2019 <>.                | 15 Feb. 2019            | 2019-02-15
            en | Accessed Feb. 2019 online.                    | Feb. 2019               | 2019-02
            en | Accessed Feb 2019 online.                     | Feb 2019                | 2019-02
            en | Accessed Sept. 2019 online.                   | Sept. 2019              | 2019-09
            en | He led the party since 1953 alone.            | since 1953              | 1953/..
            en | It was not published until 1990 in the USSR.  | until 1990              | ../1990
            en | From 1956, Khrushchev became the leader.      | From 1956               | 1956/..
            en | He spoke on 25 February to the congress.      | on 25 February          | XXXX-02-25
            en | He spoke on February 25 to the congress.      | on February 25          | XXXX-02-25
            en | The history of the 20th century is long.      | the 20th century        | 19
            en | The history of the twentieth century is long. | the twentieth century   | 19
            en | It was 20th-century art.                      | 20th-century            | 19
            en | Life in the eighties was different.           | in the eighties         | 198X
            en | Life in the '80s was different.               | in the '80s             | 198X
            en | Life in the 1980's was different.             | in the 1980's           | 198X
            en | It happened during the early 1930s in depth.  | during the early 1930s  | 193X
            en | The amnesty of 1953 and the rest.             | 1953                    | 1953
            en | It happened on 25–27 February 1956 in Moscow. | on 25–27 February 1956  | 1956-02-25/1956-02-27
            en | It happened March 1953 – October 1964 there.  | March 1953 – October 1964 | 1953-03/1964-10
            en | It happened 1953 – 1961 there.                | 1953 – 1961             | 1953/1961
            en | It happened from the 1950s to the 1980s.      | from the 1950s to the 1980s | 195X/198X
            en | The Unforgettable Year 1919.                  | Year 1919               | 1919
            en | On the 5th of March 1953 he died.             | 5th of March 1953       | 1953-03-05
            """)
    void examples(String lang, String text, String matched, String value) {
        one(lang, text, matched, value);
    }

    @Test
    void javadocExample() {
        Document it = Document.of("x", Language.IT, "Krusciov parlò il 25 febbraio 1956, negli anni '80 no.");
        List<Anchor> a = TimeExtractor.standard().extract(it);
        assertEquals("1956-02-25", a.get(0).value());
        assertEquals("il 25 febbraio 1956", a.get(0).text());
        assertEquals("198X", a.get(1).value());
        assertEquals(2, a.size());
        AnchorLexicon lex = AnchorLexicon.of(Language.IT);
        assertEquals(3, lex.month("marzo"));
        assertEquals("SP", lex.season("primavera"));
        assertEquals(2500, lex.numberWords().value("duemilacinquecento"));
    }

    @Test
    void weightsFollowSpecificity() {
        assertEquals(1.0, one("en", "on 25 February 1956", "on 25 February 1956", "1956-02-25").weight());
        assertEquals(0.8, one("en", "in October 1964", "in October 1964", "1964-10").weight());
        assertEquals(0.7, one("en", "on 25 February", "on 25 February", "XXXX-02-25").weight());
        assertEquals(0.6, one("en", "in 1956", "in 1956", "1956").weight());
        assertEquals(0.5, one("en", "in 1954–55", "in 1954–55", "1954/1955").weight());
        assertEquals(0.5, one("en", "in the 1980s", "in the 1980s", "198X").weight());
        assertEquals(0.5, one("en", "spring 1962", "spring 1962", "1962-SP").weight());
        assertEquals(0.4, one("en", "since 1953", "since 1953", "1953/..").weight());
        assertEquals(0.4, one("en", "the 20th century", "the 20th century", "19").weight());
        assertEquals(TimeExtractor.W_DATE, 1.0);
    }

    @Test
    void anExpressionInsideALargerOneIsNotRepeated() {
        List<Anchor> a = times("en", "On 25 February 1956, Khrushchev spoke.");
        assertEquals(List.of("On 25 February 1956 = 1956-02-25"), pairs(a));
        assertEquals(0, a.get(0).firstToken());
        assertEquals(4, a.get(0).endToken());
        assertEquals(List.of("dal 1953 al 1961 = 1953/1961"), pairs(times("it", "dal 1953 al 1961")));
        assertEquals(List.of("nel marzo 1953 = 1953-03"), pairs(times("it", "nel marzo 1953")));
    }

    @Test
    void tokenRangeOfAnElidedPreposition() {
        Anchor a = one("it", "Fu rimosso nell'ottobre 1964.", "nell'ottobre 1964", "1964-10");
        assertEquals(2, a.firstToken(), "nell' is token 2");
        assertEquals(5, a.endToken(), "nell' ottobre 1964");
    }

    // -------------------------------------------------------------------------------------- years

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | There were 90,000 prisoners in the camps.
            en | out of the 1,920,635 arrested
            en | 688,503 (35.8 per cent) were executed
            en | It cost 1956 km of rail.
            en | It cost $1956 in all.
            en | It cost 1956 dollars in all.
            en | The rise was 1956% in all.
            en | The rise was 1956 per cent in all.
            en | The rise was 1956 percent in all.
            en | There were 1956 prisoners in the camp.
            en | Order No 1956 was signed.
            en | It cost €1956 in all.
            en | Page 1956.5 of the text.
            en | It is 19571964 in the book.
            en | Call 0956 now.
            en | The year 2525 is far.
            en | In 999 the year was short.
            it | Erano 1956 persone in tutto.
            it | Il rialzo fu del 1956% in tutto.
            it | Il rialzo fu del 1956 per cento.
            it | Costò 1956 euro in tutto.
            it | Dei 1.920.635 arrestati.
            nl | De stijging was 1956 procent.
            nl | Er waren 1956 gevangenen.
            nl | Het kostte 1956 gulden.
            en | They may 5 times say so.
            en | Feb alone is not a date.
            it | Il mar Nero e il 4 mar senza anno.
            en | The spring was early.
            en | in his twenties
            """)
    void quantitiesAndLoneWordsAreNoTimes(String lang, String text) {
        assertEquals(List.of(), pairs(times(lang, text)), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000", "1492", "1956", "2000", "2100"})
    void fourDigitYearsInRange(String y) {
        one("en", "It was " + y + ".", y, y);
    }

    @Test
    void invalidDatesFallBackToMonthAndYear() {
        assertEquals(List.of("February 1956 = 1956-02"), pairs(times("en", "on 31 February 1956")));
        assertEquals(List.of("29 February 1956 = 1956-02-29"), pairs(times("en", "29 February 1956")), "leap year");
    }

    // -------------------------------------------------------------------------------------- ISO dates

    @Test
    void isoDatesAreFullDatesInEveryLanguage() {
        String en = "The speech was given on 1956-02-25 in Moscow. The war of 1941-45 and the years 1953-1964 followed.";
        assertEquals(List.of("on 1956-02-25 = 1956-02-25", "1941-45 = 1941/1945", "1953-1964 = 1953/1964"), pairs(times("en", en)));
        Anchor it = one("it", "Il discorso fu pronunciato il 1956-02-25 a Mosca.", "il 1956-02-25", "1956-02-25");
        assertEquals(TimeExtractor.W_DATE, it.weight());
        assertEquals(it.value(), one("en", "given on 25 February 1956 in Moscow", "on 25 February 1956", "1956-02-25").value(),
                "the same value as the date in words");
        Anchor nl = one("nl", "Hij sprak 1956-02-25 in Moskou.", "1956-02-25", "1956-02-25");
        assertEquals(3, nl.endToken() - nl.firstToken(), "1956-02, -, 25");
        one("pl", "Przemówienie 1956-02-25 w Moskwie.", "1956-02-25", "1956-02-25");
        one("en", "(1956-02-25)", "1956-02-25", "1956-02-25");
        one("en", "Dated 2000-02-29.", "2000-02-29", "2000-02-29");
        one("en", "Dated 2019-12-31, then.", "2019-12-31", "2019-12-31");
        assertEquals(List.of("from 1956-02-25 to 1956-03-01 = 1956-02-25/1956-03-01"),
                pairs(times("en", "It ran from 1956-02-25 to 1956-03-01.")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1956-02-30", "1900-02-29", "1956-13-01", "1956-00-10", "1956-02-00", "1956-2-25",
            "1956-02-5", "0956-02-25", "2525-02-25", "1956-02-25-3", "7-1956-02-25", "1956-02-2517", "1956–02–25",
            "1956-02 -25", "1956-02- 25", "1956-02--25"})
    void notIsoDates(String s) {
        List<Anchor> a = times("en", "Code " + s + " here.");
        assertTrue(a.stream().noneMatch(x -> x.value().matches(".*[0-9]{4}-[0-9]{2}-[0-9]{2}.*")), s + ": " + pairs(a));
        assertTrue(a.stream().noneMatch(x -> x.text().contains("-") && x.value().contains("/")), s + " is no range: " + pairs(a));
    }

    @Test
    void twoPartsAreRangesOrNothingNeverMonths() {
        assertEquals(List.of("1956-57 = 1956/1957"), pairs(times("en", "Both 1956-57 and 1999-02.")));
        assertEquals(List.of("2000-02 = 2000/2002"), pairs(times("en", "Code 2000-02 here.")));
        assertEquals(List.of(), pairs(times("en", "Call 555-123-4567 or 1941-45-3 now.")), "codes, no ranges");
    }

    @Test
    void longRangeTokensAreNoTimesAndNoError() {
        // was a NumberFormatException from the int parse of the start
        assertEquals(List.of(), pairs(times("en", "Code 12345678901-5 and 99999999999999999999-1234 here.")));
        assertEquals(List.of(), pairs(times("en", "Code 12345-67 here.")));
    }

    @Test
    void unsupportedLanguagesStillGetDigitYearsAndRanges() {
        Document d = Document.of("t", Language.of("pl"), "W roku 1956, potem 1954–55 i lata 1980s.");
        List<Anchor> a = TIME.extract(d);
        checkInvariants(d, a);
        assertEquals(List.of("1956 = 1956", "1954–55 = 1954/1955", "1980s = 198X"), pairs(a));
    }

    // -------------------------------------------------------------------------------------- seeds

    /** Every explicit date of the Italian seed, read by hand. */
    @Test
    void italianSeed() {
        Document d = TestSeeds.doc("it-destalinizzazione");
        List<Anchor> a = TIME.extract(d);
        checkInvariants(d, a);
        assertEquals(List.of(
                "nel marzo 1953 = 1953-03",          // line 1: la morte ... Joseph Stalin nel marzo 1953
                "Nel 1917 = 1917",                    // line 2: Nel 1917 il governo zarista
                "il 25 febbraio 1956 = 1956-02-25",   // line 4: al ventesimo congresso ... il 25 febbraio 1956
                "nel 1964 = 1964"                     // line 6: la rimozione di Krusciov dal potere nel 1964
        ), pairs(a));
        assertEquals(List.of(1, 2, 4, 6), a.stream().map(x -> d.lineOf(x.start())).toList());
        String raw = d.text();
        for (Anchor x : a) assertEquals(raw.indexOf(x.text()), x.start(), "each text occurs once: " + x.text());
        assertTrue(a.stream().noneMatch(Anchor::boilerplate));
    }

    /** Every explicit date of the Dutch seed, read by hand. */
    @Test
    void dutchSeed() {
        Document d = TestSeeds.doc("nl-destalinisatie");
        List<Anchor> a = TIME.extract(d);
        checkInvariants(d, a);
        assertEquals(List.of(
                "In 1956 = 1956",                     // line 3: In 1956 hield Chroesjtsjov een geheime toespraak
                "in de jaren tachtig = 198X"          // line 4: Gorbatsjov in de jaren tachtig aan het bewind
        ), pairs(a));
        assertEquals(List.of(3, 4), a.stream().map(x -> d.lineOf(x.start())).toList());
        for (Anchor x : a) assertEquals(d.text().indexOf(x.text()), x.start());
    }

    @Test
    void encyclopediaCitationDatesAreBoilerplate() {
        Document d = TestSeeds.doc("en-encyclopedia");
        List<Anchor> a = TIME.extract(d);
        checkInvariants(d, a);
        List<Anchor> cited = a.stream().filter(x -> x.value().equals("2019-02-15")).toList();
        assertEquals(List.of("15 Feb. 2019", "February 15, 2019", "February 15, 2019"),
                cited.stream().map(Anchor::text).toList());
        assertTrue(cited.stream().allMatch(Anchor::boilerplate), cited.toString());
        Anchor march = a.stream().filter(x -> x.value().equals("1953-03")).findFirst().orElseThrow();
        assertEquals("in March 1953", march.text());
        assertFalse(march.boilerplate());
        assertTrue(pairs(a).contains("in October 1964 = 1964-10"));
        assertTrue(pairs(a).contains("From 1956 = 1956/.."));
        assertTrue(pairs(a).contains("in the 1980s = 198X"));
    }

    @Test
    void englishSeeds() {
        Document wiki = TestSeeds.doc("en-wikipedia");
        List<String> w = pairs(TIME.extract(wiki));
        for (String s : List.of("in 1953 = 1953", "from 1953 to 1961 = 1953/1961", "on 5 March 1953 = 1953-03-05",
                "on 26 June 1953 = 1953-06-26", "on 23 December 1953 = 1953-12-23", "in 1954–55 = 1954/1955",
                "In March 1954 = 1954-03", "In December 1955 = 1955-12", "On 25 February 1956 = 1956-02-25",
                "during the 1930s = 193X", "On 25 October 1956 = 1956-10-25", "25 January 1960 = 1960-01-25",
                "in spring 1962 = 1962-SP", "on 31 October 1961 = 1961-10-31", "until the mid-1980s = ../198X",
                "1953–1964 = 1953/1964")) {
            assertTrue(w.contains(s), s + " in " + w);
        }
        assertTrue(w.stream().noneMatch(s -> s.contains("90,000") || s.contains("1,920,635") || s.contains("688,503")),
                "grouped numbers are never years");
        List<String> e = pairs(TIME.extract(TestSeeds.doc("en-essay")));
        for (String s : List.of("in March 1953 = 1953-03", "In June 1953 = 1953-06", "1955–1956 = 1955/1956",
                "in February 1956 = 1956-02", "the early 1930s = 193X", "in October 1956 = 1956-10", "in 1964 = 1964")) {
            assertTrue(e.contains(s), s + " in " + e);
        }
    }

    @Test
    void seedInvariants() {
        for (String id : TestSeeds.IDS) {
            Document d = TestSeeds.doc(id);
            checkInvariants(d, TIME.extract(d));
        }
    }

    @Test
    void randomTextsKeepTheInvariants() {
        String[] words = {"in", "nel", "dal", "al", "tra", "e", "il", "the", "from", "to", "since", "until", "1953",
                "1956", "'80", "'80s", "1980s", "1954–55", "25", "February", "febbraio", "marzo", "Feb.", "feb", ",",
                "(", ")", "anni", "jaren", "tachtig", "ottanta", "spring", "of", "20th", "century", "XX", "secolo",
                "mid-1980s", "–", "-", "%", "km", "90,000", "de", "van", "tot", "sinds", ".", "\n\n", "primavera",
                "1956-02-25", "1956-02", "02", "2000-02-29"};
        Random r = new Random(42);
        for (int iter = 0; iter < 200; iter++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + r.nextInt(30);
            for (int k = 0; k < len; k++) sb.append(words[r.nextInt(words.length)]).append(r.nextInt(4) == 0 ? "" : " ");
            for (String lang : List.of("it", "nl", "en")) {
                Document d = doc(lang, sb.toString());
                checkInvariants(d, TIME.extract(d));
            }
        }
    }

    @Test
    void threadSafe() throws InterruptedException, ExecutionException {
        List<List<Anchor>> expected = new ArrayList<>();
        for (String id : TestSeeds.IDS) expected.add(TIME.extract(TestSeeds.doc(id)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Anchor>>> futures = new ArrayList<>();
            for (int k = 0; k < 20; k++) {
                String id = TestSeeds.IDS.get(k % TestSeeds.IDS.size());
                futures.add(pool.submit(() -> TIME.extract(TestSeeds.doc(id))));
            }
            for (int k = 0; k < futures.size(); k++) {
                assertEquals(expected.get(k % TestSeeds.IDS.size()), futures.get(k).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // -------------------------------------------------------------------------------------- data

    @Test
    void lexiconsAreLoadedFromTheLanguageFiles() {
        for (Language l : List.of(Language.IT, Language.NL, Language.EN)) {
            AnchorLexicon lex = AnchorLexicon.of(l);
            assertEquals(l, lex.language());
            assertFalse(lex.numberWords().isEmpty(), l.code());
            assertTrue(lex.month("february") + lex.month("febbraio") + lex.month("februari") == 2, l.code());
        }
        assertEquals(3, AnchorLexicon.of(Language.IT).month("marzo"));
        assertEquals(2, AnchorLexicon.of(Language.EN).month("feb."));
        assertEquals("SP", AnchorLexicon.of(Language.NL).season("voorjaar"));
        assertTrue(AnchorLexicon.of(Language.of("pl")).numberWords().isEmpty());
        assertTrue(AnchorLexicon.of(Language.IT) == AnchorLexicon.of(Language.IT), "cached");
    }

    /** A fourth language is only files: the test classpath has German {@code time.tsv} and {@code numbers.tsv}. */
    @Test
    void aFourthLanguageIsOnlyFiles() {
        Document d = Document.of("t", Language.of("de"), "Stalin starb im März 1953; die Rede wurde von 1953 bis 1961 "
                + "gelesen, seit 1953 und im Frühjahr 1962, im 20. Jahrhundert.");
        assertEquals(List.of("im März 1953 = 1953-03", "von 1953 bis 1961 = 1953/1961", "seit 1953 = 1953/..",
                "im Frühjahr 1962 = 1962-SP"), pairs(TIME.extract(d)));
    }

    @Test
    void malformedDataNamesFileAndLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> AnchorLexicon.of(new Language("zz")));
        assertTrue(e.getMessage().contains("/org/parallax/lang/zz/time.tsv:3"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown kind 'mnth'"), e.getMessage());
    }

    // ------------------------------------------------------------------ numeric dates, slash ranges, word days

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "it|Si aprì il 25/2/1956 a Mosca.|il 25/2/1956|1956-02-25",
            "it|Si aprì il 25-2-1956 a Mosca.|il 25-2-1956|1956-02-25",
            "nl|Het begon op 5/3/1953 in Moskou.|op 5/3/1953|1953-03-05",
            "it|Morì il 5/3/1953.|il 5/3/1953|1953-03-05",
            "en|It opened on 2/25/1956 in Moscow.|on 2/25/1956|1956-02-25",
            "en|It opened on 25/2/1956 in Moscow.|on 25/2/1956|1956-02-25",
            "en|It opened on 5/5/1956 in Moscow.|on 5/5/1956|1956-05-05",
    })
    void numericDatesAreFullDates(String lang, String text, String matched, String value) {
        Anchor a = one(lang, text, matched, value);
        assertEquals(TimeExtractor.W_DATE, a.weight());
    }

    @Test
    void ambiguousEnglishNumericDateIsOnlyItsYear() {
        Anchor a = one("en", "It was held on 3/4/1957 there.", "3/4/1957", "1957");
        assertEquals(TimeExtractor.W_YEAR, a.weight());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "it|Il 2/25/1956 no.", "it|Il 30/2/1956 no.", "it|Il 30-2-1956 no.", "en|On 13/13/1956 no.",
            "it|Il 1/2/25/1956 no.", "it|Il 25/2/1956/3 no.", "it|Il 25/2-1956 no."})
    void invalidNumericDatesGiveNoTime(String row) {
        String[] p = row.split("\\|");
        assertEquals(List.of(), pairs(times(p[0], p[1])));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "nl|Het gebeurde in 1956/57 in Moskou.|in 1956/57|1956/1957",
            "en|It happened in 1956/1957 in Moscow.|in 1956/1957|1956/1957",
            "it|Avvenne nel 1956/57 a Mosca.|nel 1956/57|1956/1957",
    })
    void slashYearRangesAreRanges(String lang, String text, String matched, String value) {
        assertEquals(TimeExtractor.W_RANGE, one(lang, text, matched, value).weight());
    }

    @Test
    void slashYearsThatDoNotRunUpwardsAreNoRange() {
        assertEquals(List.of("In 1956 = 1956"), pairs(times("en", "In 1956/55 no.")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "it|Governò dal 1953-1956 con lui.|dal 1953-1956|1953/1956",
            "it|Governò dal 1953 al 1956 con lui.|dal 1953 al 1956|1953/1956",
            "en|He ruled since 1953-56 with him.|since 1953-56|1953/1956",
            "it|Governò dal 1953 con lui.|dal 1953|1953/..",
    })
    void sinceCueBeforeClosedRangeKeepsTheEnd(String lang, String text, String matched, String value) {
        one(lang, text, matched, value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "it|Morì il primo marzo 1953 a Mosca.|il primo marzo 1953|1953-03-01",
            "it|Morì il 1° marzo 1953 a Mosca.|il 1° marzo 1953|1953-03-01",
            "en|He died on the first of March 1953 there.|first of March 1953|1953-03-01",
            "en|He died on the fifth of March 1953 there.|fifth of March 1953|1953-03-05",
            "nl|Hij stierf op eerste maart 1953 daar.|op eerste maart 1953|1953-03-01",
            "nl|Hij stierf op 1 maart 1953 daar.|op 1 maart 1953|1953-03-01",
    })
    void ordinalWordDaysAreDays(String lang, String text, String matched, String value) {
        one(lang, text, matched, value);
    }

    @Test
    void ordinalWordWithoutMonthIsNoDate() {
        assertEquals(List.of("nel 1953 = 1953"), pairs(times("it", "Il primo congresso nel 1953.")));
    }
}

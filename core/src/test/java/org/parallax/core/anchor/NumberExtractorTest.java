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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cardinals, percentages, number words and ordinals: values, offsets, ambiguity and the seeds. */
class NumberExtractorTest {

    private static final TimeExtractor TIME = TimeExtractor.standard();
    private static final NumberExtractor NUMBERS = NumberExtractor.standard();

    private static List<Anchor> numbers(Document d) {
        List<Anchor> time = TIME.extract(d);
        List<Anchor> nums = NUMBERS.extract(d, time);
        checkInvariants(d, time, nums);
        return nums;
    }

    private static List<Anchor> numbers(String lang, String text) {
        return numbers(Document.of("t", Language.of(lang), text));
    }

    private static List<String> described(List<Anchor> anchors) {
        return anchors.stream().map(a -> a.type().label() + " " + a.value() + " \"" + a.text() + "\"").toList();
    }

    static void checkInvariants(Document d, List<Anchor> time, List<Anchor> nums) {
        TokenTable t = d.tokenTable();
        int lastEnd = -1;
        for (Anchor a : nums) {
            assertTrue(a.type() == AnchorType.NUMBER || a.type() == AnchorType.ORDINAL, a.toString());
            assertEquals(d.id(), a.doc());
            assertTrue(a.start() >= 0 && a.start() < a.end() && a.end() <= d.text().length(), a.toString());
            assertEquals(d.text().substring(a.start(), a.end()), a.text());
            assertEquals(t.start(a.firstToken()), a.start(), a.toString());
            assertEquals(t.end(a.endToken() - 1), a.end(), a.toString());
            assertTrue(a.start() >= lastEnd, "document order, no overlap: " + a);
            assertTrue(a.weight() > 0 && a.weight() <= 1, a.toString());
            for (Anchor x : time) {
                assertTrue(a.endToken() <= x.firstToken() || a.firstToken() >= x.endToken(),
                        "a number inside a time expression: " + a + " / " + x);
            }
            if (a.type() == AnchorType.ORDINAL) assertTrue(a.value().matches("#[1-9][0-9]*"), a.value());
            else assertTrue(a.value().matches("-?[0-9]+(\\.[0-9]+)?(/[0-9]+(\\.[0-9]+)?)?%?"), a.value());
            lastEnd = a.end();
        }
    }

    /** Exactly one anchor with this type, value, text and offsets. */
    private static Anchor one(String lang, String text, String matched, AnchorType type, String value) {
        List<Anchor> a = numbers(lang, text);
        assertEquals(1, a.size(), () -> "one anchor in '" + text + "': " + described(a));
        Anchor x = a.get(0);
        assertEquals(type, x.type(), text);
        assertEquals(value, x.value(), text);
        assertEquals(matched, x.text(), text);
        int at = text.indexOf(matched);
        assertEquals(at, x.start());
        assertEquals(at + matched.length(), x.end());
        return x;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | There were 90,000 prisoners.                 | 90,000            | number  | 90000
            en | out of the 1,920,635 arrested                 | 1,920,635         | number  | 1920635
            en | a share of 35.8 in all                        | 35.8              | number  | 35.8
            en | executed (35.8 per cent) then                 | 35.8 per cent     | number  | 35.8%
            en | executed 35.8 percent then                    | 35.8 percent      | number  | 35.8%
            en | executed 35.8% then                           | 35.8%             | number  | 35.8%
            en | executed 10 % then                            | 10 %              | number  | 10%
            en | It cost 1956 km of rail.                      | 1956              | number  | 1956
            en | Order No 020 was signed.                      | 020               | number  | 20
            en | a cost of 2 million dollars                   | 2 million         | number  | 2000000
            en | pages 10–12 only                              | 10–12             | number  | 10/12
            it | dei 1.920.635 arrestati                       | 1.920.635         | number  | 1920635
            it | una quota di 35,8 in tutto                    | 35,8              | number  | 35.8
            it | giustiziati il 35,8% di loro                  | 35,8%             | number  | 35.8%
            it | giustiziati il 35,8 per cento di loro         | 35,8 per cento    | number  | 35.8%
            it | un costo di 1,5 milioni di lire               | 1,5 milioni       | number  | 1500000
            nl | van de 1.920.635 gearresteerden               | 1.920.635         | number  | 1920635
            nl | werd 35,8 procent geëxecuteerd                | 35,8 procent      | number  | 35.8%
            nl | werd 35,8% geëxecuteerd                       | 35,8%             | number  | 35.8%
            it | erano cinquemila uomini                       | cinquemila        | number  | 5000
            it | erano duemilacinquecento uomini               | duemilacinquecento | number | 2500
            it | erano ventitré uomini                         | ventitré          | number  | 23
            it | erano ventuno uomini                          | ventuno           | number  | 21
            it | erano ventotto uomini                         | ventotto          | number  | 28
            it | erano centocinquanta uomini                   | centocinquanta    | number  | 150
            it | nel millenovecentocinquantatré appunto        | millenovecentocinquantatré | number | 1953
            it | erano due milioni di persone                  | due milioni       | number  | 2000000
            it | erano un milione e duecentomila               | un milione e duecentomila | number | 1200000
            it | erano venti per cento                         | venti per cento   | number  | 20%
            nl | er waren vijfduizend mannen                   | vijfduizend       | number  | 5000
            nl | er waren tweeëntwintig mannen                 | tweeëntwintig     | number  | 22
            nl | er waren honderdvijftig mannen                | honderdvijftig    | number  | 150
            nl | er waren drieëndertig mannen                  | drieëndertig      | number  | 33
            nl | er waren tweehonderd mannen                   | tweehonderd       | number  | 200
            nl | er waren een miljoen mannen                   | een miljoen       | number  | 1000000
            nl | staatsvijand nummer één bleef hij             | één               | number  | 1
            en | there were five thousand men                  | five thousand     | number  | 5000
            en | there were twenty-two men                     | twenty-two        | number  | 22
            en | there were one hundred and fifty men          | one hundred and fifty | number | 150
            en | there were two million men                    | two million       | number  | 2000000
            en | there were a hundred men                      | a hundred         | number  | 100
            en | there were seventy-five men                   | seventy-five      | number  | 75
            en | there were one thousand two hundred and thirty-four men | one thousand two hundred and thirty-four | number | 1234
            en | there were three steps back                   | three             | number  | 3
            en | the 20th Party Congress                       | 20th              | ordinal | #20
            en | the 22nd Congress                             | 22nd              | ordinal | #22
            it | il 20° congresso                              | 20°               | ordinal | #20
            nl | het 20e congres                               | 20e               | ordinal | #20
            en | the Twentieth Congress                        | Twentieth         | ordinal | #20
            en | the Twenty-Second Congress                    | Twenty-Second     | ordinal | #22
            en | the twenty-second congress                    | twenty-second     | ordinal | #22
            en | the twenty-first congress                     | twenty-first      | ordinal | #21
            en | the hundredth congress                        | hundredth         | ordinal | #100
            it | al ventesimo congresso                        | ventesimo         | ordinal | #20
            it | al ventiduesimo congresso                     | ventiduesimo      | ordinal | #22
            it | all'undicesimo congresso                      | undicesimo        | ordinal | #11
            it | al XX Congresso del partito                   | XX                | ordinal | #20
            it | al XXII Congresso del partito                 | XXII              | ordinal | #22
            en | World War II ended                            | II                | ordinal | #2
            en | Louis XIV reigned                             | XIV               | ordinal | #14
            nl | het twintigste congres                        | twintigste        | ordinal | #20
            nl | het tweeëntwintigste congres                  | tweeëntwintigste  | ordinal | #22
            nl | het derde congres                             | derde             | ordinal | #3
            nl | het achtste congres                           | achtste           | ordinal | #8
            nl | het honderdste congres                        | honderdste        | ordinal | #100
            """)
    void examples(String lang, String text, String matched, String type, String value) {
        one(lang, text, matched, AnchorType.parse(type), value);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | one of the most important
            en | no one said it
            en | one step back
            en | One Day in the Life
            en | I went there
            en | V for victory
            en | X marks the spot
            en | a CV and an XL shirt
            en | IIII and VX and IC are no numerals
            en | millions died and thousands more
            en | it was often a tent
            en | anyone and everyone
            en | a one-party system
            nl | een man en een vrouw
            nl | honderden en duizenden mensen
            nl | zij vieren feest
            it | uno di loro e un uomo
            it | screditare prima Stalin
            it | secondo lui era vero
            it | milioni furono mandati
            it | ottobre e novembre
            it | 50 centesimi
            """)
    void notNumbers(String lang, String text) {
        List<Anchor> a = numbers(lang, text).stream().filter(x -> !x.text().matches("[0-9]+")).toList();
        assertEquals(List.of(), described(a), text);
    }

    @Test
    void javadocExample() {
        Document en = Document.of("x", Language.EN, "90,000 prisoners, 688,503 (35.8 per cent), the Twenty-Second Congress");
        List<Anchor> time = TimeExtractor.standard().extract(en);
        List<Anchor> nums = NumberExtractor.standard().extract(en, time);
        assertEquals(List.of("number 90000 \"90,000\"", "number 688503 \"688,503\"", "number 35.8% \"35.8 per cent\"",
                "ordinal #22 \"Twenty-Second\""), described(nums));
        NumberWords it = AnchorLexicon.of(Language.IT).numberWords();
        assertEquals(2500, it.value("duemilacinquecento"));
        assertEquals(22, it.value("ventiduesimo"));
        assertTrue(it.isOrdinal("ventiduesimo"));
        assertEquals(-1, it.value("ottobre"));
    }

    @Test
    void ambiguousOrdinalsHaveALowWeight() {
        assertEquals(NumberExtractor.W_LOW, one("en", "a second speech", "second", AnchorType.ORDINAL, "#2").weight());
        assertEquals(NumberExtractor.W_LOW, one("en", "the first element", "first", AnchorType.ORDINAL, "#1").weight());
        assertEquals(NumberExtractor.W_LOW, one("nl", "de eerste man", "eerste", AnchorType.ORDINAL, "#1").weight());
        assertEquals(NumberExtractor.W_LOW, one("nl", "de tweede man", "tweede", AnchorType.ORDINAL, "#2").weight());
        assertEquals(NumberExtractor.W_LOW, one("it", "la seconda guerra", "seconda", AnchorType.ORDINAL, "#2").weight());
        assertEquals(NumberExtractor.W_LOW, one("it", "il primo congresso", "primo", AnchorType.ORDINAL, "#1").weight());
        assertEquals(0.8, one("en", "the Twentieth Congress", "Twentieth", AnchorType.ORDINAL, "#20").weight());
        assertEquals(0.5, one("en", "the Third Rome", "Third", AnchorType.ORDINAL, "#3").weight());
    }

    @Test
    void weightsOfCardinals() {
        assertEquals(1.0, one("en", "90,000 men", "90,000", AnchorType.NUMBER, "90000").weight());
        assertEquals(1.0, one("en", "35.8 per cent", "35.8 per cent", AnchorType.NUMBER, "35.8%").weight());
        assertEquals(1.0, one("en", "a 2.5 rise", "2.5", AnchorType.NUMBER, "2.5").weight());
        assertEquals(0.8, one("en", "250 men", "250", AnchorType.NUMBER, "250").weight());
        assertEquals(0.6, one("en", "25 men", "25", AnchorType.NUMBER, "25").weight());
        assertEquals(0.4, one("en", "two men", "two", AnchorType.NUMBER, "2").weight());
    }

    @Test
    void timeTokensAreNotNumbers() {
        assertEquals(List.of(), described(numbers("en", "On 25 February 1956, in the 1980s, in 1954–55, the 20th century.")));
        assertEquals(List.of(), described(numbers("it", "il 25 febbraio 1956, negli anni '80, il XX secolo, il ventesimo secolo")));
        assertEquals(List.of(), described(numbers("nl", "in 1956, de twintigste eeuw, in de jaren tachtig")));
        // without the time anchors, the same tokens are numbers
        Document d = Document.of("t", Language.EN, "On 25 February 1956, the 20th century.");
        assertEquals(List.of("number 25 \"25\"", "number 1956 \"1956\"", "ordinal #20 \"20th\""),
                described(NUMBERS.extract(d, List.of())));
    }

    @Test
    void isoDatesAndHyphenatedCodesAreNoNumbers() {
        for (String lang : List.of("en", "it", "nl", "pl")) {
            Document d = Document.of("t", Language.of(lang), "x 1956-02-25 y");
            List<Anchor> time = TIME.extract(d);
            assertEquals(List.of("1956-02-25 \"1956-02-25\""), time.stream().map(a -> a.value() + " \"" + a.text() + "\"").toList(),
                    lang);
            assertEquals(List.of(), described(numbers(d)), lang);
            assertEquals(List.of(), described(NUMBERS.extract(d, List.of())), lang + ", even without the time anchors");
        }
        // invalid dates and other chains of hyphenated digit groups: no time, no number for any part
        assertEquals(List.of(), described(numbers("en", "1956-02-30 1956-13-45 555-123-4567 1941-45-3 12345-1956-02 1-2-3")));
        // a time of day after an ISO date is not read, but the date's parts give no numbers either
        assertEquals(List.of("number 30 \"30\""), described(numbers("en", "at 1956-02-25T14:30")));
        // two groups stay as they were: a range token, or two numbers when the second is too long for a range
        assertEquals(List.of("number 10/12 \"10-12\"", "number 555 \"555\"", "number 12345 \"12345\""),
                described(numbers("en", "pages 10-12, 555-12345.")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            pages 10–12 only   | 10–12   | 10/12
            pages 10-12 only   | 10-12   | 10/12
            pages 5-120 only   | 5-120   | 5/120
            pages 110-15 only  | 110-15  | 110/115
            pages 110–5 only   | 110–5   | 110/115
            pages 3990-5 only  | 3990-5  | 3990/3995
            pages 100-05 only  | 100-05  | 100/105
            """)
    void numericRangesAreIntervals(String text, String matched, String value) {
        one("en", text, matched, AnchorType.NUMBER, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"won 3-1 at home", "drew 2-2 at home", "in 1956-02 there", "in 1999-02 there", "pages 30-5 only",
            "pages 110-05 only", "pages 1990-85 only"})
    void rangesThatDoNotRunUpwardsAreNoNumbers(String text) {
        assertEquals(List.of(), described(numbers("en", text)), text);
    }

    @Test
    void digitRunsLongerThanTheLimitGiveNoAnchor() {
        String thirty = "123,456,789,012,345,678,901,234,567,890";
        one("en", "a sum of " + thirty + " dollars", thirty, AnchorType.NUMBER, "123456789012345678901234567890");
        one("en", "a sum of 0000" + "9".repeat(30) + " dollars", "0000" + "9".repeat(30), AnchorType.NUMBER, "9".repeat(30));
        one("it", "una quota di 1.234.567.890.123.456.789.012.345.678,12 in tutto", "1.234.567.890.123.456.789.012.345.678,12",
                AnchorType.NUMBER, "1234567890123456789012345678.12");
        for (String over : List.of("1," + thirty, "9".repeat(31), "1" + thirty.replace(",", "") + ".5", "9".repeat(31) + "-5",
                "1".repeat(31) + " million")) {
            assertEquals(List.of(), described(numbers("en", "a sum of " + over + " here")), over);
        }
        // the QA input: 1.2 MB of 123,123,... in one token (it took seconds, time growing quadratically)
        String huge = "123,".repeat(300_000);
        Document d = Document.of("t", Language.EN, huge + "\n");
        assertEquals(1, d.tokenTable().size() - 1, "one number token and the comma");
        assertEquals(List.of(), described(numbers(d)));
        assertEquals(List.of("number 42 \"42\""), described(numbers("en", huge + " and 42 more")));
    }

    @Test
    void numberWordsAreCompositional() {
        NumberWords it = AnchorLexicon.of(Language.IT).numberWords();
        assertEquals(5000, it.value("cinquemila"));
        assertEquals(2500, it.value("duemilacinquecento"));
        assertEquals(23, it.value("ventitré"));
        assertEquals(1953, it.value("millenovecentocinquantatré"));
        assertEquals(600_000, it.value("seicentomila"));
        assertEquals(22, it.value("ventiduesimo"));
        assertTrue(it.isOrdinal("ventiduesimo"));
        assertFalse(it.isOrdinal("ventidue"));
        assertEquals(-1, it.value("ottobre"));
        assertEquals(-1, it.value("trentino"));
        NumberWords nl = AnchorLexicon.of(Language.NL).numberWords();
        assertEquals(22, nl.value("tweeëntwintig"));
        assertEquals(1956, nl.value("negentienhonderdzesenvijftig"));
        assertEquals(150, nl.value("honderdvijftig"));
        assertEquals(22, nl.value("tweeëntwintigste"));
        assertEquals(-1, nl.value("twintigtwee"), "Dutch puts units first");
        assertEquals(-1, nl.value("vieren"));
        NumberWords en = AnchorLexicon.of(Language.EN).numberWords();
        assertEquals(22, en.value("twenty-two"));
        assertEquals(22, en.value("twenty-second"));
        assertEquals(-1, en.value("two-twenty"), "English puts tens first");
        assertEquals(-1, en.value("second-twenty"), "an ordinal morpheme comes last");
        assertEquals(-1, en.value("often"));
        assertEquals(-1, en.value("hundred-hundred"));
    }

    @Test
    void romanNumerals() {
        assertEquals(20, NumberWords.romanValue("XX"));
        assertEquals(22, NumberWords.romanValue("XXII"));
        assertEquals(14, NumberWords.romanValue("XIV"));
        assertEquals(399, NumberWords.romanValue("CCCXCIX"));
        for (String bad : List.of("I", "V", "X", "IIII", "VX", "IC", "XXXX", "VV", "xx", "Xx", "MM", "DC", "IIV")) {
            assertEquals(-1, NumberWords.romanValue(bad), bad);
        }
    }

    // -------------------------------------------------------------------------------------- seeds

    @Test
    void englishWikipediaNumbers() {
        Document d = TestSeeds.doc("en-wikipedia");
        List<String> n = described(numbers(d));
        for (String s : List.of("number 90000 \"90,000\"", "number 1920635 \"1,920,635\"", "number 688503 \"688,503\"",
                "number 35.8% \"35.8 per cent\"", "ordinal #20 \"20th\"", "ordinal #22 \"22nd\"", "number 20 \"020\"")) {
            assertTrue(n.contains(s), s + " in " + n);
        }
        List<Anchor> time = TIME.extract(d);
        for (String grouped : List.of("90,000", "1,920,635", "688,503")) {
            assertTrue(time.stream().noneMatch(a -> a.text().contains(grouped)), grouped + " is no time");
        }
    }

    @Test
    void italianAndDutchSeedNumbers() {
        assertEquals(List.of("ordinal #2 \"seconda\"", "ordinal #2 \"Seconda\"", "ordinal #20 \"ventesimo\""),
                described(numbers(TestSeeds.doc("it-destalinizzazione"))));
        assertEquals(List.of("ordinal #2 \"tweede\"", "number 1 \"één\""),
                described(numbers(TestSeeds.doc("nl-destalinisatie"))));
    }

    @Test
    void encyclopediaOrdinals() {
        List<String> n = described(numbers(TestSeeds.doc("en-encyclopedia")));
        assertTrue(n.contains("ordinal #20 \"Twentieth\""), n.toString());
        assertTrue(n.contains("ordinal #22 \"Twenty-Second\""), n.toString());
        assertTrue(n.contains("number 4 \"four\""), n.toString());
    }

    @Test
    void seedInvariants() {
        for (String id : TestSeeds.IDS) numbers(TestSeeds.doc(id));
    }

    @Test
    void randomTextsKeepTheInvariants() {
        String[] words = {"one", "hundred", "and", "fifty", "a", "million", "two", "thousand", "twenty-two", "XX", "I",
                "20th", "35.8", "per", "cent", "%", "1,920,635", "1956", "km", "e", "un", "milione", "cinquemila",
                "een", "miljoen", "één", "tweeëntwintigste", "secondo", "la", "seconda", "10–12", "first", ",", ".",
                "\n\n", "in", "March", "1953", "from", "to", "per cento", "procent", "2", "milioni", "1956-02-25", "555-123-4567"};
        Random r = new Random(7);
        for (int iter = 0; iter < 200; iter++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + r.nextInt(25);
            for (int k = 0; k < len; k++) sb.append(words[r.nextInt(words.length)]).append(' ');
            for (String lang : List.of("it", "nl", "en")) numbers(Document.of("t", Language.of(lang), sb.toString()));
        }
    }

    @Test
    void aFourthLanguageIsOnlyFiles() {
        // German morphemes on the test classpath: units before tens joined by "und", ordinal suffixes -te/-ste
        Document d = Document.of("t", Language.of("de"), "zweiundzwanzig Männer, dreitausend Frauen, der zweite und "
                + "der einundzwanzigste Parteitag, 35,8 Prozent");
        assertEquals(List.of("number 22 \"zweiundzwanzig\"", "number 3000 \"dreitausend\"", "ordinal #2 \"zweite\"",
                "ordinal #21 \"einundzwanzigste\"", "number 35.8% \"35,8 Prozent\""), described(numbers(d)));
    }

    @Test
    void extractorsAreStateless() {
        Document d = TestSeeds.doc("en-wikipedia");
        List<Anchor> time = TIME.extract(d);
        List<Anchor> first = new ArrayList<>(NUMBERS.extract(d, time));
        assertEquals(first, NUMBERS.extract(d, time));
        assertTrue(NumberExtractor.standard() == NUMBERS);
    }

    @Test
    void numericDatesAndSlashChainsGiveNoNumbers() {
        assertEquals(List.of(), described(numbers("it", "Il 25/2/1956 e il 25-2-1956 a Mosca.")));
        assertEquals(List.of(), described(numbers("en", "On 2/25/1956 and 3/4/1957 and 13/13/1956.")));
        assertEquals(List.of(), described(numbers("it", "Il 30/2/1956.")));
        assertEquals(List.of(), described(numbers("nl", "In 1956/57.")));
        // two groups are still two numbers
        assertEquals(List.of("number 1 \"1\"", "number 2 \"2\""), described(numbers("en", "Add 1/2 cup.")));
    }
}

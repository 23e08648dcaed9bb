package org.parallax.core.anchor;

import org.parallax.core.Document;
import org.parallax.core.TokenTable;
import org.parallax.core.TokenType;
import org.parallax.core.text.Tokenizer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Finds temporal expressions in Italian, Dutch and English (and any language with a {@code time.tsv},
 * see {@link AnchorLexicon}) and gives each a TIMEX3 / ISO 8601 value that is the same in every language.
 *
 * <pre>{@code
 * Document it = Document.of("x", Language.IT, "Krusciov parlò il 25 febbraio 1956, negli anni '80 no.");
 * List<Anchor> a = TimeExtractor.standard().extract(it);
 * a.get(0).value(); // "1956-02-25"
 * a.get(0).text();  // "il 25 febbraio 1956"
 * a.get(1).value(); // "198X"
 * }</pre>
 *
 * <h2>Values</h2>
 * <table>
 * <caption>values and weights</caption>
 * <tr><th>expression</th><th>value</th><th>weight</th></tr>
 * <tr><td>full date: {@code 25 February 1956}, {@code February 15, 2019}, {@code 15 Feb. 2019},
 *     {@code il primo marzo 1953}, {@code the first of March 1953}, ISO {@code 1956-02-25}, numeric
 *     {@code 25/2/1956}, {@code 25-2-1956}, {@code 2/25/1956} (see below)</td>
 *     <td>{@code 1956-02-25}</td><td>1.0</td></tr>
 * <tr><td>month and year: {@code nel marzo 1953}, {@code Feb 2019}, {@code March of 1953}</td>
 *     <td>{@code 1953-03}</td><td>0.8</td></tr>
 * <tr><td>day and month: {@code on 25 February}</td><td>{@code XXXX-02-25}</td><td>0.7</td></tr>
 * <tr><td>year: {@code in 1956}, {@code nel 1917}</td><td>{@code 1956}</td><td>0.6</td></tr>
 * <tr><td>closed range: {@code 1954–55}, {@code 1956/57}, {@code from 1953 to 1961}, {@code tra il 1953 e il 1961},
 *     {@code 1953 – 1961}, {@code dal 1953-1956}</td><td>{@code 1954/1955}: ISO 8601 interval, first/last</td><td>0.5</td></tr>
 * <tr><td>decade: {@code in the 1980s}, {@code negli anni '80}, {@code anni ottanta},
 *     {@code in de jaren tachtig}, {@code the mid-1980s}</td><td>{@code 198X}</td><td>0.5</td></tr>
 * <tr><td>season and year: {@code spring 1962}, {@code primavera 1962}, {@code voorjaar 1962}</td>
 *     <td>{@code 1962-SP} ({@code SU}, {@code FA}, {@code WI})</td><td>0.5</td></tr>
 * <tr><td>elided year alone: {@code nel '56}</td><td>{@code 1956}</td><td>0.5</td></tr>
 * <tr><td>open range: {@code since 1953}, {@code dal 1953}, {@code sinds 1953}</td>
 *     <td>{@code 1953/..}</td><td>0.4</td></tr>
 * <tr><td>open range: {@code until 1964}, {@code fino al 1964}, {@code tot 1964}</td>
 *     <td>{@code ../1964}</td><td>0.4</td></tr>
 * <tr><td>century: {@code 20th century}, {@code XX secolo}, {@code twintigste eeuw}, {@code il Novecento}</td>
 *     <td>{@code 19} (TIMEX3: the first two digits of its years)</td><td>0.4</td></tr>
 * </table>
 * Open ranges use the EDTF (ISO 8601-2) notation for an open end, {@code ..}; a since cue before a closed
 * range only introduces it ({@code dal 1953-1956}, {@code since 1953–56} &rarr; {@code 1953/1956}). Ranges take the first
 * value of their first part and the last value of their second part ({@code 1954–55} &rarr;
 * {@code 1954/1955}; {@code March 1953 – 1961} &rarr; {@code 1953-03/1961}). Two-digit years and decades
 * ({@code '80}, {@code anni 80}) are taken as 19xx.
 *
 * <h2>What is matched</h2>
 * The anchor's text includes the prepositions and articles that introduce the expression ({@code lead}
 * words: {@code in 1956}, {@code nel marzo 1953}, {@code il 25 febbraio 1956}, {@code in de jaren tachtig};
 * {@code the} only before decades, seasons and centuries), modifiers ({@code the early 1930s},
 * {@code alla fine degli anni ottanta}) and range cues ({@code dal 1953 al 1961}); not brackets or
 * punctuation around it. A month name alone is no date (it needs a day or a year); an abbreviation
 * without its period ({@code Feb}, {@code mar}) only counts before a year; in English a month without
 * a year must be capitalized ({@code may} is a verb).
 *
 * <p>An ISO 8601 date is matched in every language when it is written in full without spaces, with
 * hyphens and zero-padded: {@code YYYY-MM-DD}, a year as below, month 01-12, a day that exists in that
 * month ({@code 1956-02-25}; not {@code 1956-02-30}, not {@code 1956-2-25}). Two parts are never a month:
 * {@code 1956-57} is a range, {@code 1999-02} no time (a range cannot end in 1902). Digits hyphenated on to more digits
 * ({@code 1956-02-25-3}, {@code 555-123-4567}) are a code, neither a date nor a range. A time of day after
 * the date ({@code 1956-02-25T14:30}) is not read.
 *
 * <p>A numeric date {@code D/M/YYYY} or {@code D-M-YYYY} (day and month of one or two digits, the same
 * separator twice, no spaces, no more digit groups chained on either side) is read in the order of the
 * language's {@code numeric-dates} option: Italian and Dutch {@code dmy}; English {@code either}, where
 * the number over 12 is the day ({@code 2/25/1956}, {@code 25/2/1956}) and an ambiguous one
 * ({@code 3/4/1957}) gives only its year. A date that does not exist ({@code 30/2/1956}) gives no time and,
 * as any chain of three digit groups, no number. A year, a slash and an end year without spaces
 * ({@code 1956/57}, {@code 1956/1957}) is a range as with a dash. An ordinal word before a month is its
 * day ({@code il primo marzo 1953}, {@code the first of March 1953}, {@code eerste maart 1953}).
 *
 * <h2>Years</h2>
 * A NUMBER token of exactly four digits, without group or decimal separators, between 1000 and 2100 is a
 * year unless the context makes it a quantity: followed by a percent sign or word ({@code %},
 * {@code per cent}, {@code per cento}, {@code procent}), a currency or a unit word of the language, or
 * preceded by a currency or a number label ({@code $1956}, {@code No 1956}). Grouped numbers
 * ({@code 1,920,635}, {@code 90,000}) never are.
 *
 * <p>Anchors never overlap and come in document order; an expression inside a larger one is not repeated.
 * Thread-safe: all state is local to a call.
 */
public final class TimeExtractor {
    /** Weight of a full date. */
    public static final double W_DATE = 1.0;
    /** Weight of a month and year. */
    public static final double W_MONTH = 0.8;
    /** Weight of a day and month without year. */
    public static final double W_DAY = 0.7;
    /** Weight of a year. */
    public static final double W_YEAR = 0.6;
    /** Weight of a closed range, a decade, a season or an elided year. */
    public static final double W_RANGE = 0.5;
    /** Weight of an open range or a century. */
    public static final double W_OPEN = 0.4;

    /** The century assumed for two-digit years and decades: 19 ({@code '80} &rarr; 1980). */
    static final int DEFAULT_CENTURY = 19;

    private static final int K_DATE = AnchorLexicon.K_DATE, K_MONTH = AnchorLexicon.K_MONTH, K_DAY = AnchorLexicon.K_DAY,
            K_YEAR = AnchorLexicon.K_YEAR, K_RANGE = AnchorLexicon.K_RANGE, K_DECADE = AnchorLexicon.K_DECADE,
            K_SEASON = AnchorLexicon.K_SEASON, K_CENTURY = AnchorLexicon.K_CENTURY;

    private static final int NOT_PLAIN = Tokenizer.GROUPED | Tokenizer.DECIMAL | Tokenizer.RANGE | Tokenizer.DECADE
            | Tokenizer.ELIDED_YEAR | Tokenizer.ORDINAL;

    private static final TimeExtractor STANDARD = new TimeExtractor();

    private TimeExtractor() {}

    /** The extractor with the bundled language files. */
    public static TimeExtractor standard() { return STANDARD; }

    /** The time anchors of a document, in document order, never overlapping. */
    public List<Anchor> extract(Document doc) {
        return Collections.unmodifiableList(new Run(doc, AnchorLexicon.of(doc.language())).run());
    }

    /** A time expression before leads and cues: tokens {@code [first, end)}, kind bits, first and last value. */
    private record Atom(int first, int end, int kind, String lo, String hi, double weight) {
        String value() { return lo.equals(hi) ? lo : lo + "/" + hi; }
    }

    /** One extraction: the document's columns and the language's lexicon. */
    private static final class Run {
        private final Document doc;
        private final TokenTable t;
        private final String text;
        private final AnchorLexicon lex;
        private final int n;

        Run(Document doc, AnchorLexicon lex) {
            this.doc = doc;
            this.t = doc.tokenTable();
            this.text = doc.text();
            this.lex = lex;
            this.n = t.size();
        }

        List<Anchor> run() {
            List<Atom> atoms = new ArrayList<>();
            for (int i = 0; i < n; ) {
                Atom a = atomAt(i);
                if (a == null) {
                    i++;
                } else {
                    atoms.add(a);
                    i = a.end;
                }
            }
            return combine(atoms);
        }

        // ------------------------------------------------------------------------------ combination

        private List<Anchor> combine(List<Atom> atoms) {
            List<Anchor> out = new ArrayList<>();
            int lower = 0;
            for (int a = 0; a < atoms.size(); a++) {
                Atom A = atoms.get(a);
                int s = leadStart(A, lower);
                if (a + 1 < atoms.size()) {
                    Atom B = atoms.get(a + 1);
                    int bs = leadStart(B, A.end);
                    int os = -1;
                    for (AnchorLexicon.RangeCue rc : lex.ranges()) {
                        int st = phraseEndingAt(rc.open(), s - 1, lower, A.first);
                        if (st >= 0 && (os < 0 || st < os) && phraseExactly(rc.close(), A.end, bs, A.first)) os = st;
                    }
                    if (os >= 0) {
                        out.add(anchor(os, B.end, A.lo + "/" + B.hi, W_RANGE));
                        lower = B.end;
                        a++;
                        continue;
                    }
                    if (B.first == A.end + 1 && isDash(A.end) && sameSentence(A.first, B.end - 1)) {
                        out.add(anchor(s, B.end, A.lo + "/" + B.hi, W_RANGE));
                        lower = B.end;
                        a++;
                        continue;
                    }
                }
                int since = longestEndingAt(lex.since(), s - 1, lower, A.first);
                int until = longestEndingAt(lex.until(), s - 1, lower, A.first);
                if (since >= 0 && (until < 0 || since <= until) && (A.kind & K_RANGE) != 0 && !A.lo.equals(A.hi)) {
                    out.add(anchor(since, A.end, A.value(), A.weight)); // dal 1953-1956: from 1953 to 1956
                } else if (since >= 0 && (until < 0 || since <= until)) {
                    out.add(anchor(since, A.end, A.lo + "/..", W_OPEN));
                } else if (until >= 0) {
                    out.add(anchor(until, A.end, "../" + A.hi, W_OPEN));
                } else {
                    out.add(anchor(s, A.end, A.value(), A.weight));
                }
                lower = A.end;
            }
            return out;
        }

        /** Where an atom starts with its modifier and lead words, not before {@code lower}. */
        private int leadStart(Atom a, int lower) {
            int s = a.first;
            int best = s;
            for (String[] p : lex.modifiers()) {
                int st = phraseEndingAt(p, s - 1, lower, a.first);
                if (st >= 0 && st < best) best = st;
            }
            s = best;
            for (int c = 0; c < 3; c++) {
                int k = s - 1;
                if (k < lower || !t.isWord(k) || !sameSentence(k, a.first) || (lex.leadKinds(t.norm(k)) & a.kind) == 0) break;
                s = k;
            }
            return s;
        }

        /** The start of the longest phrase of a list ending at token {@code last}, or -1. */
        private int longestEndingAt(List<String[]> phrases, int last, int lower, int anchorToken) {
            int best = -1;
            for (String[] p : phrases) {
                int st = phraseEndingAt(p, last, lower, anchorToken);
                if (st >= 0 && (best < 0 || st < best)) best = st;
            }
            return best;
        }

        /** The start of phrase {@code p} if it ends at token {@code last} (in the sentence of {@code anchorToken}), or -1. */
        private int phraseEndingAt(String[] p, int last, int lower, int anchorToken) {
            int st = last - p.length + 1;
            if (st < lower || st < 0) return -1;
            for (int k = 0; k < p.length; k++) {
                if (!t.norm(st + k).equals(p[k]) || !sameSentence(st + k, anchorToken)) return -1;
            }
            return st;
        }

        /** Whether tokens {@code [from, to)} are exactly phrase {@code p}. */
        private boolean phraseExactly(String[] p, int from, int to, int anchorToken) {
            if (to - from != p.length) return false;
            for (int k = 0; k < p.length; k++) {
                if (!t.norm(from + k).equals(p[k]) || !sameSentence(from + k, anchorToken)) return false;
            }
            return true;
        }

        /** Whether phrase {@code p} starts at token {@code i}. */
        private boolean phraseAt(String[] p, int i) {
            if (i + p.length > n) return false;
            for (int k = 0; k < p.length; k++) {
                if (!t.norm(i + k).equals(p[k]) || t.block(i + k) != t.block(i)) return false;
            }
            return true;
        }

        private Anchor anchor(int first, int end, String value, double weight) {
            int start = t.start(first);
            int stop = t.end(end - 1);
            boolean bp = false;
            for (int k = first; k < end; k++) bp |= t.isBoilerplate(k);
            return new Anchor(doc.id(), AnchorType.TIME, value, text.substring(start, stop), start, stop, first, end,
                    weight, bp);
        }

        // ------------------------------------------------------------------------------------ atoms

        /** The longest time expression starting at token {@code i}, or null. */
        private Atom atomAt(int i) {
            TokenType type = t.type(i);
            if (type != TokenType.WORD && type != TokenType.NUMBER) return null;
            if (type == TokenType.NUMBER) {
                Atom best = longer(dayFirst(i), rangeToken(i));
                best = longer(best, isoDate(i));
                best = longer(best, numericDate(i));
                best = longer(best, slashYears(i));
                best = longer(best, decadeToken(i));
                best = longer(best, century(i));
                best = longer(best, year(i));
                return longer(best, elided(i));
            }
            // a word starts a time expression only as one of the lexicon's time words, as an ordinal before a
            // century word (possibly hyphenated: twentieth-century) or as a compound (mid-1980s)
            if (ordinalWordDay(i) > 0) {
                Atom d = dayFirst(i);
                if (d != null) return d;
            }
            if (!lex.mayStartTime(t.norm(i)) && (t.flags(i) & Tokenizer.COMPOUND) == 0
                    && !(i + 1 < n && lex.isCenturyWord(t.norm(i + 1)))
                    && !(i + 2 < n && lex.isCenturyWord(t.norm(i + 2)))) {
                return null;
            }
            Atom best = longer(monthFirst(i), season(i));
            best = longer(best, decadeHead(i));
            best = longer(best, decadeNoun(i));
            best = longer(best, century(i));
            return longer(best, compound(i));
        }

        /** The longer of two candidates (the first on a tie). */
        private static Atom longer(Atom a, Atom b) {
            if (a == null) return b;
            return b != null && b.end > a.end ? b : a;
        }

        private Atom dayFirst(int i) {
            int d = t.isWord(i) ? ordinalWordDay(i) : dayAt(i);
            if (d == 0) return null;
            int j = i + 1;
            if (j + 1 < n && t.isWord(j) && lex.isLink(t.norm(j)) && monthAt(j + 1) > 0) j++;
            int m = monthAt(j);
            if (m == 0 || !sameBlock(i, j)) return null;
            int yk = j + 1;
            int y = yearAt(yk);
            if (y == 0 && isPunct(yk, ",")) y = yearAt(++yk);
            if (y > 0 && sameBlock(i, yk)) {
                return d <= daysIn(y, m) ? new Atom(i, yk + 1, K_DATE, date(y, m, d), date(y, m, d), W_DATE) : null;
            }
            if (!monthWithoutYear(j) || d > daysIn(2000, m)) return null;
            String v = "XXXX-" + two(m) + "-" + two(d);
            return new Atom(i, j + 1, K_DAY, v, v, W_DAY);
        }

        private Atom monthFirst(int i) {
            int m = monthAt(i);
            if (m == 0) return null;
            int k = i + 1;
            int d = dayAt(k);
            if (d > 0 && sameBlock(i, k)) {
                int yk = k + 1;
                int y = yearAt(yk);
                if (y == 0 && isPunct(yk, ",")) y = yearAt(++yk);
                if (y > 0 && sameBlock(i, yk)) {
                    return d <= daysIn(y, m) ? new Atom(i, yk + 1, K_DATE, date(y, m, d), date(y, m, d), W_DATE) : null;
                }
                if (monthWithoutYear(i) && d <= daysIn(2000, m)) {
                    String v = "XXXX-" + two(m) + "-" + two(d);
                    return new Atom(i, k + 1, K_DAY, v, v, W_DAY);
                }
                return null;
            }
            if (k < n && t.isWord(k) && lex.isLink(t.norm(k))) k++;
            int y = yearAt(k);
            if (y == 0 || !sameBlock(i, k)) return null;
            String v = y + "-" + two(m);
            return new Atom(i, k + 1, K_MONTH, v, v, W_MONTH);
        }

        /** Whether the month token may stand without a year (full name or abbreviation with period; capitalized where required). */
        private boolean monthWithoutYear(int j) {
            if (lex.monthNeedsYear(t.norm(j))) return false;
            return !lex.capitalizedMonths() || Character.isUpperCase(text.charAt(t.start(j)));
        }

        private Atom season(int i) {
            String s = lex.season(t.norm(i));
            if (s == null) return null;
            int k = i + 1;
            if (k < n && t.isWord(k) && lex.isLink(t.norm(k))) k++;
            int y = yearAt(k);
            if (y == 0 || !sameBlock(i, k)) return null;
            String v = y + "-" + s;
            return new Atom(i, k + 1, K_SEASON, v, v, W_RANGE);
        }

        private Atom year(int i) {
            int y = yearAt(i);
            // the last group of 25/2/1956 or 30-2-1956 that is no valid date: a code, no year
            if (y == 0 || chainGroupsBefore(text, t.start(i)) + chainGroupsAfter(text, t.end(i)) >= 2) return null;
            String v = String.valueOf(y);
            return new Atom(i, i + 1, K_YEAR, v, v, W_YEAR);
        }

        private Atom elided(int i) {
            if (!t.isNumber(i) || (t.flags(i) & (Tokenizer.ELIDED_YEAR | Tokenizer.DECADE)) != Tokenizer.ELIDED_YEAR) return null;
            String v = String.valueOf(DEFAULT_CENTURY * 100 + (int) t.value(i));
            return new Atom(i, i + 1, K_YEAR, v, v, W_RANGE);
        }

        /**
         * {@code 1956-02-25}: an ISO 8601 calendar date written without spaces, which the tokenizer cuts into
         * the range {@code 1956-02}, a hyphen and {@code 25}; four-digit year in range, two-digit month and
         * day, a valid day of the month, and no more hyphenated digits on either side.
         */
        private Atom isoDate(int i) {
            if (i + 2 >= n || (t.flags(i) & NOT_PLAIN) != Tokenizer.RANGE) return null;
            int s = t.start(i);
            if (t.end(i) - s != 7 || !asciiDigits(text, s, s + 4) || text.charAt(s + 4) != '-'
                    || !asciiDigits(text, s + 5, s + 7)) return null;
            int h = t.start(i + 1);
            if (t.type(i + 1) != TokenType.PUNCT || h != t.end(i) || t.end(i + 1) != h + 1 || text.charAt(h) != '-') return null;
            int ds = t.start(i + 2);
            if (!t.isNumber(i + 2) || (t.flags(i + 2) & NOT_PLAIN) != 0 || ds != h + 1 || t.end(i + 2) != ds + 2
                    || !asciiDigits(text, ds, ds + 2)) return null;
            if (hyphenDigitsBefore(text, s) || hyphenDigitsAfter(text, ds + 2) || !sameBlock(i, i + 2)) return null;
            int y = Integer.parseInt(text, s, s + 4, 10);
            int m = Integer.parseInt(text, s + 5, s + 7, 10);
            int d = Integer.parseInt(text, ds, ds + 2, 10);
            if (y < 1000 || y > 2100 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return null;
            String v = date(y, m, d);
            return new Atom(i, i + 3, K_DATE, v, v, W_DATE);
        }

        /**
         * {@code 25/2/1956}, {@code 25-2-1956}: a day and a month of one or two digits and a four-digit year,
         * joined by the same separator ({@code /} or a hyphen) without spaces, with no more such digit groups
         * on either side. The language's {@code numeric-dates} option says which number is the day
         * ({@link AnchorLexicon#numericDateOrder()}): {@code dmy}, {@code mdy}, or {@code either}, where the
         * number over 12 is the day ({@code 2/25/1956}, {@code 25/2/1956}) and an ambiguous date
         * ({@code 3/4/1957}) is only its year. A date that does not exist gives no atom (and
         * {@link NumberExtractor} reads the chain as a code, no numbers).
         */
        private Atom numericDate(int i) {
            int s = t.start(i);
            int e1 = digitsEnd(text, s);
            if (e1 - s < 1 || e1 - s > 2 || e1 >= text.length()) return null;
            char sep = text.charAt(e1);
            if (sep != '/' && !Tokenizer.isHyphen(sep)) return null;
            int e2 = digitsEnd(text, e1 + 1);
            if (e2 - e1 - 1 < 1 || e2 - e1 - 1 > 2 || e2 >= text.length() || text.charAt(e2) != sep) return null;
            int e3 = digitsEnd(text, e2 + 1);
            if (e3 - e2 - 1 != 4 || chainGroupsBefore(text, s) > 0 || chainGroupsAfter(text, e3) > 0) return null;
            int k = i;
            while (k < n && t.end(k) < e3) k++;
            if (k >= n || t.end(k) != e3 || !sameBlock(i, k)) return null;
            int a = Integer.parseInt(text, s, e1, 10);
            int b = Integer.parseInt(text, e1 + 1, e2, 10);
            int y = Integer.parseInt(text, e2 + 1, e3, 10);
            if (y < 1000 || y > 2100) return null;
            int d, m;
            switch (lex.numericDateOrder()) {
                case "dmy" -> { d = a; m = b; }
                case "mdy" -> { d = b; m = a; }
                default -> {
                    if (a == b || (a > 12 && b <= 12)) { d = a; m = b; }
                    else if (b > 12 && a <= 12) { d = b; m = a; }
                    else if (a <= 12 && b <= 12) {
                        String v = String.valueOf(y); // 3/4/1957: which is the month cannot be told
                        return a >= 1 && b >= 1 ? new Atom(i, k + 1, K_YEAR, v, v, W_YEAR) : null;
                    } else return null;
                }
            }
            if (m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return null;
            String v = date(y, m, d);
            return new Atom(i, k + 1, K_DATE, v, v, W_DATE);
        }

        /**
         * {@code 1956/57}, {@code 1956/1957}: a year, a slash and the end year written as for a dashed range
         * ({@link #rangeToken}), without spaces and not part of a longer chain of digit groups.
         */
        private Atom slashYears(int i) {
            int a = yearAt(i);
            if (a == 0 || !isPunct(i + 1, "/") || i + 2 >= n || !t.isNumber(i + 2) || (t.flags(i + 2) & NOT_PLAIN) != 0
                    || t.start(i + 1) != t.end(i) || t.start(i + 2) != t.end(i + 1) || !sameBlock(i, i + 2)) return null;
            if (chainGroupsBefore(text, t.start(i)) > 0 || chainGroupsAfter(text, t.end(i + 2)) > 0) return null;
            int len = countDigits(i + 2);
            if (len != t.end(i + 2) - t.start(i + 2)) return null;
            int b = (int) t.value(i + 2);
            int y2 = switch (len) {
                case 1 -> a / 10 * 10 + b;
                case 2 -> a / 100 * 100 + b;
                case 4 -> b;
                default -> -1;
            };
            if (y2 <= a || y2 > 2100 || y2 - a >= 100 || quantityAfter(i + 3)) return null;
            return new Atom(i, i + 3, K_RANGE, String.valueOf(a), String.valueOf(y2), W_RANGE);
        }

        /** {@code 1954–55}, {@code 1955–1956}; {@code 25–27 February 1956}. */
        private Atom rangeToken(int i) {
            int fl = t.flags(i);
            if ((fl & Tokenizer.RANGE) == 0 || (fl & (Tokenizer.GROUPED | Tokenizer.DECIMAL)) != 0) return null;
            // part of a longer chain of hyphenated digit groups (1956-02-30, 555-123-4567): a code, no range
            if (hyphenDigitsBefore(text, t.start(i)) || hyphenDigitsAfter(text, t.end(i))) return null;
            String norm = t.norm(i);
            int dash = norm.indexOf('-');
            // a year range has a four-digit start, a day range one or two digits; longer starts (12345678901-5)
            // are neither and would overflow an int
            if (dash <= 0 || dash > 4 || norm.length() - dash - 1 > 4 || !digits(norm, 0, dash)
                    || !digits(norm, dash + 1, norm.length())) return null;
            int a = Integer.parseInt(norm.substring(0, dash));
            String second = norm.substring(dash + 1);
            int b = Integer.parseInt(second);
            if (dash == 4 && a >= 1000 && a <= 2100) {
                int y2 = switch (second.length()) {
                    case 1 -> a / 10 * 10 + b;
                    case 2 -> a / 100 * 100 + b;
                    case 4 -> b;
                    default -> -1;
                };
                if (y2 <= a || y2 > 2100 || y2 - a >= 100 || quantityBefore(i) || quantityAfter(i + 1)) return null;
                return new Atom(i, i + 1, K_RANGE, String.valueOf(a), String.valueOf(y2), W_RANGE);
            }
            if (dash <= 2 && second.length() <= 2 && a >= 1 && b > a && b <= 31) {
                int m = monthAt(i + 1);
                if (m == 0 || b > daysIn(2000, m) || !sameBlock(i, i + 1)) return null;
                int yk = i + 2;
                int y = yearAt(yk);
                if (y == 0 && isPunct(yk, ",")) y = yearAt(++yk);
                if (y > 0 && sameBlock(i, yk) && b <= daysIn(y, m)) {
                    return new Atom(i, yk + 1, K_RANGE | K_DATE, date(y, m, a), date(y, m, b), W_RANGE);
                }
                if (!monthWithoutYear(i + 1)) return null;
                return new Atom(i, i + 2, K_RANGE | K_DAY, "XXXX-" + two(m) + "-" + two(a), "XXXX-" + two(m) + "-" + two(b),
                        W_RANGE);
            }
            return null;
        }

        /** {@code 1980s}, {@code 1980's}, {@code '80s}. */
        private Atom decadeToken(int i) {
            int fl = t.flags(i);
            if ((fl & Tokenizer.DECADE) == 0) return null;
            int v = (int) t.value(i);
            int prefix;
            if ((fl & Tokenizer.ELIDED_YEAR) != 0) {
                if (v % 10 != 0) return null;
                prefix = DEFAULT_CENTURY * 10 + v / 10;
            } else {
                if (v < 1000 || v > 2100 || v % 10 != 0) return null;
                prefix = v / 10;
            }
            return decade(i, i + 1, prefix);
        }

        /** {@code anni ottanta}, {@code anni '80}, {@code jaren 80}, {@code jaren 1950}. */
        private Atom decadeHead(int i) {
            if (!lex.isDecadeHead(t.norm(i)) || i + 1 >= n || !sameBlock(i, i + 1)) return null;
            int j = i + 1;
            int prefix = -1;
            if (t.isWord(j)) {
                prefix = lex.decade(t.norm(j));
            } else if (t.isNumber(j)) {
                int fl = t.flags(j);
                int v = (int) t.value(j);
                int len = countDigits(j);
                if ((fl & Tokenizer.ELIDED_YEAR) != 0 && v % 10 == 0) {
                    prefix = DEFAULT_CENTURY * 10 + v / 10;
                } else if ((fl & Tokenizer.DECADE) != 0) {
                    return null; // the decade token itself
                } else if ((fl & NOT_PLAIN) == 0 && len == 2 && v % 10 == 0) {
                    prefix = DEFAULT_CENTURY * 10 + v / 10;
                } else if ((fl & NOT_PLAIN) == 0 && len == 4 && v % 10 == 0 && v >= 1000 && v <= 2100) {
                    prefix = v / 10;
                }
            }
            return prefix < 0 ? null : decade(i, j + 1, prefix);
        }

        /** {@code the eighties}. */
        private Atom decadeNoun(int i) {
            List<String[]> nouns = lex.decadeNouns();
            for (int k = 0; k < nouns.size(); k++) {
                String[] p = nouns.get(k);
                if (phraseAt(p, i)) return decade(i, i + p.length, lex.decadeNounValues().get(k));
            }
            return null;
        }

        /** {@code mid-1980s}, {@code early-1956}: a modifier and a decade or year written as one word. */
        private Atom compound(int i) {
            if ((t.flags(i) & Tokenizer.COMPOUND) == 0) return null;
            String norm = t.norm(i);
            int dash = norm.indexOf('-');
            if (dash <= 0 || !lex.isModifierWord(norm.substring(0, dash))) return null;
            int p = dash + 1;
            if (norm.length() - p < 4 || !digits(norm, p, p + 4)) return null;
            int v = Integer.parseInt(norm.substring(p, p + 4));
            if (v < 1000 || v > 2100) return null;
            String rest = norm.substring(p + 4);
            if (rest.isEmpty()) return new Atom(i, i + 1, K_YEAR, String.valueOf(v), String.valueOf(v), W_YEAR);
            if ((rest.equals("s") || rest.equals("'s")) && v % 10 == 0) return decade(i, i + 1, v / 10);
            return null;
        }

        private Atom decade(int first, int end, int prefix) {
            String v = prefix + "X";
            return new Atom(first, end, K_DECADE, v, v, W_RANGE);
        }

        /** {@code 20th century}, {@code twentieth century}, {@code XX secolo}, {@code secolo XX}, {@code il Novecento}. */
        private Atom century(int i) {
            int j = i + 1;
            if (isPunct(j, "-") && t.end(i) == t.start(j)) j++;
            if (j < n && t.isWord(j) && lex.isCenturyWord(t.norm(j)) && sameBlock(i, j)) {
                int c = ordinalAt(i);
                if (c > 0) return century(i, j + 1, c);
            }
            if (!t.isWord(i)) return null;
            String norm = t.norm(i);
            if (lex.isCenturyWord(norm) && i + 1 < n && sameBlock(i, i + 1)) {
                int r = romanAt(i + 1);
                if (r > 0) return century(i, i + 2, r);
            }
            String name = lex.centuryName(norm);
            if (name != null && Character.isUpperCase(text.charAt(t.start(i)))) {
                return new Atom(i, i + 1, K_CENTURY, name, name, W_OPEN);
            }
            return null;
        }

        private Atom century(int first, int end, int ordinal) {
            if (ordinal < 1 || ordinal > 30) return null;
            String v = two(ordinal - 1);
            return new Atom(first, end, K_CENTURY, v, v, W_OPEN);
        }

        // -------------------------------------------------------------------------------- tokens

        /** The value of an ordinal at token {@code i}: {@code 20th}, {@code 20°}, {@code twentieth}, {@code XX}; else 0. */
        private int ordinalAt(int i) {
            if (t.isNumber(i)) {
                int fl = t.flags(i);
                return (fl & Tokenizer.ORDINAL) != 0 && (fl & (NOT_PLAIN & ~Tokenizer.ORDINAL)) == 0 ? (int) t.value(i) : 0;
            }
            if (!t.isWord(i)) return 0;
            int r = romanAt(i);
            if (r > 0) return r;
            NumberWords.Parse p = lex.numberWords().parse(t.norm(i));
            return p != null && p.ordinal() && p.value() < 100 ? (int) p.value() : 0;
        }

        private int romanAt(int i) {
            if (i >= n || !t.isWord(i) || !NumberWords.romanLetters(text, t.start(i), t.end(i))) return 0;
            String surface = text.substring(t.start(i), t.end(i));
            if (lex.isNotRoman(surface)) return 0;
            return Math.max(0, NumberWords.romanValue(surface));
        }

        /** The day (1-31) of a plain or ordinal number token of one or two digits, else 0. */
        private int dayAt(int i) {
            if (i >= n || !t.isNumber(i)) return 0;
            if ((t.flags(i) & (NOT_PLAIN & ~Tokenizer.ORDINAL)) != 0) return 0;
            int len = countDigits(i);
            double v = t.value(i);
            return len <= 2 && v >= 1 && v <= 31 ? (int) v : 0;
        }

        /**
         * The day (1-31) of an ordinal number word at token {@code i} ({@code primo}, {@code first},
         * {@code eerste}, {@code venticinquesimo}), else 0; a day only before a month ({@link #dayFirst}).
         */
        private int ordinalWordDay(int i) {
            if (i >= n || !t.isWord(i)) return 0;
            NumberWords.Parse p = lex.numberWords().parse(t.norm(i));
            return p != null && p.ordinal() && p.value() >= 1 && p.value() <= 31 ? (int) p.value() : 0;
        }

        /** The month of a month word at token {@code i}, else 0. */
        private int monthAt(int i) {
            return i < n && t.isWord(i) ? lex.month(t.norm(i)) : 0;
        }

        /** The year of a four-digit year token that is not a quantity, else 0. */
        private int yearAt(int i) {
            if (i >= n || !t.isNumber(i) || (t.flags(i) & NOT_PLAIN) != 0) return 0;
            if (t.end(i) - t.start(i) != 4 || countDigits(i) != 4) return 0;
            double v = t.value(i);
            if (v < 1000 || v > 2100) return 0;
            if (quantityBefore(i) || quantityAfter(i + 1)) return 0;
            return (int) v;
        }

        /** A currency or a number label right before token {@code i}: {@code $1956}, {@code No 1956}. */
        private boolean quantityBefore(int i) {
            if (i == 0 || !sameBlock(i - 1, i)) return false;
            String p = t.norm(i - 1);
            return lex.isCurrency(p) || lex.isLabel(p);
        }

        /** A percent word or sign, a currency or a unit at token {@code k}. */
        private boolean quantityAfter(int k) {
            if (k >= n || !sameBlock(k - 1, k)) return false;
            String p = t.norm(k);
            if (lex.isCurrency(p) || lex.isUnit(p)) return true;
            for (String[] pc : lex.percents()) if (phraseAt(pc, k)) return true;
            return false;
        }

        private int countDigits(int i) {
            int c = 0;
            for (int k = t.start(i); k < t.end(i) && Character.isDigit(text.charAt(k)); k++) c++;
            return c;
        }

        private boolean isPunct(int i, String s) {
            return i < n && t.type(i) == TokenType.PUNCT && t.norm(i).equals(s);
        }

        private boolean isDash(int i) {
            if (i >= n || t.type(i) != TokenType.PUNCT) return false;
            String s = t.norm(i);
            return s.equals("-") || s.equals("\u2014");
        }

        private boolean sameBlock(int a, int b) { return b < n && t.block(a) == t.block(b); }

        private boolean sameSentence(int a, int b) { return t.sentence(a) == t.sentence(b); }
    }

    // ---------------------------------------------------------------------------------------- values

    private static boolean digits(String s, int from, int to) {
        if (from >= to) return false;
        for (int k = from; k < to; k++) if (s.charAt(k) < '0' || s.charAt(k) > '9') return false;
        return true;
    }

    private static boolean asciiDigits(String s, int from, int to) {
        if (from >= to || to > s.length()) return false;
        for (int k = from; k < to; k++) if (s.charAt(k) < '0' || s.charAt(k) > '9') return false;
        return true;
    }

    /** Whether a hyphen or en dash and a digit follow offset {@code end} directly ({@code 1956-02|-25}). */
    static boolean hyphenDigitsAfter(String text, int end) {
        return end + 1 < text.length() && Tokenizer.isHyphen(text.charAt(end)) && Character.isDigit(text.charAt(end + 1));
    }

    /** Whether a digit and a hyphen or en dash come directly before offset {@code start} ({@code 555-|123-4567}). */
    static boolean hyphenDigitsBefore(String text, int start) {
        return start >= 2 && Tokenizer.isHyphen(text.charAt(start - 1)) && Character.isDigit(text.charAt(start - 2));
    }

    /** The end of the run of ASCII digits starting at {@code from}. */
    private static int digitsEnd(String s, int from) {
        int k = from;
        while (k < s.length() && s.charAt(k) >= '0' && s.charAt(k) <= '9') k++;
        return k;
    }

    private static boolean isChainSep(char c) { return c == '/' || Tokenizer.isHyphen(c); }

    /**
     * How many digit groups are chained before offset {@code start} by a slash or hyphen each, without spaces
     * ({@code 25/2/|1956} has 2); a letter or digit glued to the chain also counts as one.
     */
    static int chainGroupsBefore(String text, int start) {
        int groups = 0;
        int k = start;
        while (k >= 2 && isChainSep(text.charAt(k - 1)) && Character.isLetterOrDigit(text.charAt(k - 2))) {
            groups++;
            k -= 2;
            while (k > 0 && Character.isLetterOrDigit(text.charAt(k - 1))) k--;
        }
        return groups;
    }

    /** How many digit groups are chained after offset {@code end} by a slash or hyphen each, without spaces. */
    static int chainGroupsAfter(String text, int end) {
        int groups = 0;
        int k = end;
        while (k + 1 < text.length() && isChainSep(text.charAt(k)) && Character.isDigit(text.charAt(k + 1))) {
            groups++;
            k++;
            while (k < text.length() && Character.isLetterOrDigit(text.charAt(k))) k++;
        }
        return groups;
    }

    private static String two(int v) { return v < 10 ? "0" + v : String.valueOf(v); }

    private static String date(int y, int m, int d) { return y + "-" + two(m) + "-" + two(d); }

    private static int daysIn(int y, int m) {
        return switch (m) {
            case 2 -> (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }
}

package org.parallax.core.anchor;

import org.parallax.core.Document;
import org.parallax.core.TokenTable;
import org.parallax.core.TokenType;
import org.parallax.core.text.Tokenizer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Finds cardinal numbers, percentages and ordinals that are not part of a time expression, with values
 * that are the same in every language.
 *
 * <pre>{@code
 * Document en = Document.of("x", Language.EN, "90,000 prisoners, 688,503 (35.8 per cent), the Twenty-Second Congress");
 * List<Anchor> time = TimeExtractor.standard().extract(en);
 * List<Anchor> nums = NumberExtractor.standard().extract(en, time);
 * // number 90000 "90,000"; number 688503; number 35.8% "35.8 per cent"; ordinal #22 "Twenty-Second"
 * }</pre>
 *
 * <h2>Values</h2>
 * <ul>
 * <li>NUMBER: the canonical decimal string, without separators or trailing zeros: {@code 1,920,635} and
 *     {@code 1.920.635} &rarr; {@code 1920635}; {@code 35.8} and {@code 35,8} &rarr; {@code 35.8};
 *     {@code 020} &rarr; {@code 20}; a number before a power of a thousand is multiplied
 *     ({@code 2 million}, {@code 1,5 milioni} &rarr; {@code 2000000}, {@code 1500000}); a numeric range
 *     that is no time range ({@code 10–12}) &rarr; {@code 10/12}, first/last as time intervals (not a
 *     fraction); a shorter end of a range from 100 up is elided ({@code 110–15} &rarr; {@code 110/115}); a
 *     range must run upwards, so {@code 3-1} (a score) and {@code 1956-02} give no number. Digit groups chained by hyphens or
 *     slashes without spaces, three or more ({@code 1956-02-25}, {@code 555-123-4567}, {@code 25/2/1956},
 *     {@code 30/2/1956}), are dates or codes and give no number; two ({@code 1/2}) are two numbers.</li>
 * <li>Percentages: the number followed by {@code %}: {@code 35.8 per cent}, {@code 35,8%},
 *     {@code 35,8 procent}, {@code venti per cento} &rarr; {@code 35.8%}, {@code 20%}.</li>
 * <li>Number words, parsed by {@link NumberWords} from the language's morphemes: {@code cinquemila} &rarr;
 *     {@code 5000}, {@code tweeëntwintig} &rarr; {@code 22}, {@code one hundred and fifty} &rarr; {@code 150},
 *     {@code two million} &rarr; {@code 2000000}.</li>
 * <li>ORDINAL: {@code #N} for ordinal tokens ({@code 20th}, {@code 20°}, {@code 20e}), ordinal words
 *     ({@code Twenty-Second}, {@code ventesimo}, {@code tweeëntwintigste}) and Roman numerals of two or
 *     more capital letters ({@code XX}, {@code XXII}; well-formed, letters I V X L C, so 2 to 399; never a
 *     single {@code I}, {@code V} or {@code X}, never the language's {@code not-roman} words such as
 *     {@code CV}).</li>
 * </ul>
 *
 * <p>A number token of more than {@link #MAX_DIGITS} significant digits gives no anchor.
 *
 * <h2>Ambiguous words</h2>
 * Words that are not always numbers are listed with a condition in the language's {@code numbers.tsv}:
 * {@code one}, {@code uno}, {@code un}, {@code een}, {@code a} are numbers only directly before a
 * multiplier ({@code one hundred}, {@code een miljoen}; so not {@code one of the}, {@code no one}, or the
 * Dutch article {@code een}; {@code één} with accents always is); {@code million}, {@code milioni} only
 * after a number; Italian {@code primo}, {@code secondo} ... only after an article ({@code la seconda
 * guerra}, not {@code secondo lui}, {@code prima Stalin}); {@code first}, {@code second}, {@code eerste},
 * {@code tweede} and Italian {@code sei} are kept with the low weight.
 *
 * <h2>Weights</h2>
 * NUMBER: 1.0 for percentages, decimals and values of 1000 or more; 0.8 from 100; 0.6 from 10; 0.4 below.
 * ORDINAL: 0.8 from 10, 0.5 below. Words with a condition: 0.3.
 *
 * <p>Thread-safe: all state is local to a call.
 */
public final class NumberExtractor {
    /**
     * The most significant digits (leading zeros not counted) a number token may have to be an anchor: a
     * longer run of digits ({@code 123,123,...}) is no quantity anyone aligns on and gives none (it is not
     * cut to a wrong value). Reading it would also cost time quadratic in its length.
     */
    public static final int MAX_DIGITS = 30;

    /** Weight of an ambiguous number or ordinal word. */
    public static final double W_LOW = 0.3;

    private static final NumberExtractor STANDARD = new NumberExtractor();
    private static final NumberWords.Morpheme JOIN = new NumberWords.Morpheme(0, NumberWords.JOINER, false);

    private NumberExtractor() {}

    /** The extractor with the bundled language files. */
    public static NumberExtractor standard() { return STANDARD; }

    /**
     * The number and ordinal anchors of a document, in document order, skipping the tokens covered by
     * {@code timeAnchors} (the result of {@link TimeExtractor#extract(Document)}, possibly empty).
     */
    public List<Anchor> extract(Document doc, List<Anchor> timeAnchors) {
        return Collections.unmodifiableList(new Run(doc, AnchorLexicon.of(doc.language()), timeAnchors).run());
    }

    /** Weight of a cardinal. */
    static double numberWeight(BigDecimal v, boolean percent) {
        if (percent || v.stripTrailingZeros().scale() > 0) return 1.0;
        double d = v.abs().doubleValue();
        return d >= 1000 ? 1.0 : d >= 100 ? 0.8 : d >= 10 ? 0.6 : 0.4;
    }

    /** Weight of an ordinal. */
    static double ordinalWeight(long v) { return v >= 10 ? 0.8 : 0.5; }

    /** The canonical decimal string of a value. */
    static String canonical(BigDecimal v) {
        if (v.signum() == 0) return "0";
        return v.stripTrailingZeros().toPlainString();
    }

    private static boolean isMultiplier(byte kind) { return kind == NumberWords.HUNDRED || kind == NumberWords.SCALE; }

    private static final class Run {
        private final Document doc;
        private final TokenTable t;
        private final String text;
        private final AnchorLexicon lex;
        private final NumberWords words;
        private final int n;
        private final boolean[] covered;
        private final List<Anchor> out = new ArrayList<>();

        Run(Document doc, AnchorLexicon lex, List<Anchor> time) {
            this.doc = doc;
            this.t = doc.tokenTable();
            this.text = doc.text();
            this.lex = lex;
            this.words = lex.numberWords();
            this.n = t.size();
            this.covered = new boolean[n];
            for (Anchor a : time) {
                for (int k = Math.max(0, a.firstToken()); k < Math.min(n, a.endToken()); k++) covered[k] = true;
            }
        }

        List<Anchor> run() {
            int i = 0;
            while (i < n) {
                if (covered[i]) i++;
                else if (t.isNumber(i)) i = number(i);
                else if (t.isWord(i)) i = word(i);
                else i++;
            }
            return out;
        }

        private boolean free(int k, int i) {
            return k < n && !covered[k] && t.block(k) == t.block(i);
        }

        // ---------------------------------------------------------------------------------- digits

        private int number(int i) {
            int code = codeEnd(i);
            if (code > 0) return code; // 1956-02-25, 555-123-4567: a date or a code, no quantities
            int fl = t.flags(i);
            if ((fl & (Tokenizer.DECADE | Tokenizer.ELIDED_YEAR)) != 0) return i + 1; // times, not cardinals
            if ((fl & Tokenizer.ORDINAL) != 0) {
                long v = (long) t.value(i);
                if (v > 0 && v == t.value(i)) emit(AnchorType.ORDINAL, "#" + v, i, i + 1, ordinalWeight(v));
                return i + 1;
            }
            if ((fl & Tokenizer.RANGE) != 0) {
                String norm = t.norm(i);
                int dash = norm.indexOf('-');
                if (dash > 0 && significantDigits(norm, 0, dash) <= MAX_DIGITS) { // the end has at most four
                    BigDecimal a = new BigDecimal(digitsOf(norm, 0, dash));
                    String second = digitsOf(norm, dash + 1, norm.length());
                    BigDecimal b = new BigDecimal(second);
                    if (second.length() < dash && a.compareTo(BigDecimal.valueOf(100)) >= 0) {
                        // an elided end replaces the last digits of the start: 110-15 is 110 to 115
                        BigDecimal unit = BigDecimal.TEN.pow(second.length());
                        b = a.subtract(a.remainder(unit)).add(b);
                    }
                    // a range runs upwards; 3-1 (a score), 1956-02 (no year range) are no ranges
                    if (b.compareTo(a) > 0) {
                        emit(AnchorType.NUMBER, canonical(a) + "/" + canonical(b), i, i + 1, numberWeight(b, false));
                    }
                }
                return i + 1;
            }
            BigDecimal v = decimalValue(i, fl);
            if (v == null) return i + 1;
            int end = i + 1;
            if (free(end, i) && t.isWord(end)) {
                NumberWords.Parse p = words.parse(t.norm(end));
                if (p != null && !p.ordinal() && p.morphemes().length == 1 && isMultiplier(p.firstKind())) {
                    v = v.multiply(BigDecimal.valueOf(p.value())); // 2 million, 1,5 milioni
                    end++;
                }
            }
            return finishCardinal(v, i, end, -1);
        }

        /**
         * If number token {@code i} is part of a chain of three or more digit groups joined by single hyphens
         * or slashes without spaces ({@code 1956-02-25}, {@code 555-123-4567}, {@code 1956-02-25T14},
         * {@code 25/2/1956}, {@code 31/31/1956}; a range token is
         * two groups), the end of the chain's tokens from {@code i}; else -1.
         */
        private int codeEnd(int i) {
            int groups = Math.min(1, TimeExtractor.chainGroupsBefore(text, t.start(i)));
            int k = i;
            while (true) {
                groups += (t.flags(k) & Tokenizer.RANGE) != 0 ? 2 : 1;
                int h = k + 1;
                if (!t.isNumber(k) || h + 1 >= n || t.type(h) != TokenType.PUNCT || t.start(h) != t.end(k)
                        || t.end(h) != t.start(h) + 1 || !isChainSep(text.charAt(t.start(h)))
                        || t.start(h + 1) != t.end(h) || !Character.isDigit(text.charAt(t.start(h + 1)))) {
                    break;
                }
                k = h + 1; // a number, or a word such as 25T14 that ends the chain
            }
            return groups >= 3 ? k + 1 : -1;
        }

        private static boolean isChainSep(char c) { return c == '/' || Tokenizer.isHyphen(c); }

        /** The value of a number token from its text: group separators dropped, the decimal separator read. */
        private BigDecimal decimalValue(int i, int fl) {
            int s = t.start(i);
            int e = t.end(i);
            if ((fl & (Tokenizer.GROUPED | Tokenizer.DECIMAL)) == 0) {
                double d = t.value(i);
                if (Double.isNaN(d)) return null;
                if (d < 9.0e15) return BigDecimal.valueOf((long) d);
            }
            if (significantDigits(text, s, e) > MAX_DIGITS) return null;
            if ((fl & (Tokenizer.GROUPED | Tokenizer.DECIMAL)) == 0) return new BigDecimal(digitsOf(text, s, e));
            int dec = -1;
            if ((fl & Tokenizer.DECIMAL) != 0) {
                for (int k = e - 1; k >= s; k--) {
                    if (!Character.isDigit(text.charAt(k))) {
                        dec = k;
                        break;
                    }
                }
            }
            StringBuilder sb = new StringBuilder(e - s);
            for (int k = s; k < e; k++) {
                char c = text.charAt(k);
                if (Character.isDigit(c)) sb.append((char) ('0' + Character.digit(c, 10)));
                else if (k == dec) sb.append('.');
            }
            return sb.length() == 0 ? null : new BigDecimal(sb.toString());
        }

        /** The digits of {@code s[from, to)} from the first non-zero one (counting stops past {@link #MAX_DIGITS}). */
        private static int significantDigits(CharSequence s, int from, int to) {
            int c = 0;
            for (int k = from; k < to && c <= MAX_DIGITS; k++) {
                char ch = s.charAt(k);
                if (Character.isDigit(ch) && (c > 0 || Character.digit(ch, 10) != 0)) c++;
            }
            return c;
        }

        private static String digitsOf(CharSequence s, int from, int to) {
            StringBuilder sb = new StringBuilder(to - from);
            for (int k = from; k < to; k++) {
                char c = s.charAt(k);
                if (Character.isDigit(c)) sb.append((char) ('0' + Character.digit(c, 10)));
            }
            return sb.length() == 0 ? "0" : sb.toString();
        }

        // ----------------------------------------------------------------------------------- words

        private int word(int i) {
            String norm = t.norm(i);
            int len = t.end(i) - t.start(i);
            if (len >= 2 && NumberWords.romanLetters(text, t.start(i), t.end(i))) {
                String surface = text.substring(t.start(i), t.end(i));
                int r = NumberWords.romanValue(surface);
                if (r > 0 && !lex.isNotRoman(surface)) {
                    emit(AnchorType.ORDINAL, "#" + r, i, i + 1, ordinalWeight(r));
                    return i + 1;
                }
            }
            NumberWords.Parse first = words.parse(norm);
            if (first == null) return i + 1;

            List<NumberWords.Morpheme> seq = new ArrayList<>(List.of(first.morphemes()));
            long value = first.value();
            boolean ordinal = first.ordinal();
            int end = i + 1;
            while (!ordinal && free(end, i) && t.isWord(end)) {
                byte last = seq.get(seq.size() - 1).kind();
                String next = t.norm(end);
                if (isMultiplier(last) && words.isJoiner(next) && free(end + 1, i) && t.isWord(end + 1)) {
                    NumberWords.Parse q = words.parse(t.norm(end + 1));
                    if (q != null && extend(seq, q, true)) {
                        value = words.evaluate(seq);
                        ordinal = q.ordinal();
                        end += 2;
                        continue;
                    }
                }
                NumberWords.Parse q = words.parse(next);
                if (q == null || !(isMultiplier(last) || isMultiplier(q.firstKind())) || !extend(seq, q, false)) break;
                value = words.evaluate(seq);
                ordinal = q.ordinal();
                end++;
            }

            boolean low = false;
            AnchorLexicon.Condition cond = lex.ambiguity(norm);
            if (cond != null) {
                switch (cond) {
                    case BEFORE_MULTIPLIER -> {
                        int k = first.morphemes().length;
                        if (end == i + 1 || k >= seq.size() || !isMultiplier(seq.get(k).kind())) return i + 1;
                    }
                    case AFTER_NUMBER -> {
                        return i + 1;
                    }
                    case AFTER_ARTICLE -> {
                        if (end != i + 1 || i == 0 || !lex.isArticle(t.norm(i - 1)) || t.block(i - 1) != t.block(i)) {
                            return i + 1;
                        }
                        low = true;
                    }
                    case LOW -> low = end == i + 1;
                }
            }
            if (ordinal) {
                emit(AnchorType.ORDINAL, "#" + value, i, end, low ? W_LOW : ordinalWeight(value));
                return end;
            }
            return finishCardinal(BigDecimal.valueOf(value), i, end, low ? W_LOW : -1);
        }

        /** Appends a word's morphemes (after a joiner) if the phrase still evaluates. */
        private boolean extend(List<NumberWords.Morpheme> seq, NumberWords.Parse q, boolean joiner) {
            int size = seq.size();
            if (joiner) seq.add(JOIN);
            for (NumberWords.Morpheme m : q.morphemes()) seq.add(m);
            if (words.evaluate(seq) > 0) return true;
            while (seq.size() > size) seq.remove(seq.size() - 1);
            return false;
        }

        // ---------------------------------------------------------------------------------- output

        /** A cardinal over {@code [i, end)}, with a following percent sign or word if there is one. */
        private int finishCardinal(BigDecimal v, int i, int end, double weight) {
            int pl = percentAt(end, i);
            if (pl > 0) {
                emit(AnchorType.NUMBER, canonical(v) + "%", i, end + pl, 1.0);
                return end + pl;
            }
            emit(AnchorType.NUMBER, canonical(v), i, end, weight > 0 ? weight : numberWeight(v, false));
            return end;
        }

        /** The length of the longest percent sign or phrase at token {@code k}, or 0. */
        private int percentAt(int k, int i) {
            int best = 0;
            for (String[] p : lex.percents()) {
                if (p.length <= best || k + p.length > n) continue;
                boolean ok = true;
                for (int m = 0; m < p.length && ok; m++) ok = free(k + m, i) && t.norm(k + m).equals(p[m]);
                if (ok) best = p.length;
            }
            return best;
        }

        private void emit(AnchorType type, String value, int first, int end, double weight) {
            int start = t.start(first);
            int stop = t.end(end - 1);
            boolean bp = false;
            for (int k = first; k < end; k++) bp |= t.isBoilerplate(k);
            out.add(new Anchor(doc.id(), type, value, text.substring(start, stop), start, stop, first, end, weight, bp));
        }
    }
}

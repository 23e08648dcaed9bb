package org.parallax.core.text;

import org.parallax.core.TokenType;

/**
 * A fast, allocation-free scanner that cuts a span of text into tokens with exact offsets. It is a
 * pull iterator: {@link #next()} advances and the current token is read from {@link #start()},
 * {@link #end()}, {@link #type()}, {@link #flags()} and {@link #value()}.
 *
 * <p>What it handles, per {@link LanguageKit}: words in any script with combining marks; hyphenated
 * compounds as one token ({@code de-Stalinization}, {@code Marxism–Leninism}); Italian elision
 * ({@code dell'ex} &rarr; {@code dell'} {@code ex}); English clitics ({@code Stalin's} &rarr;
 * {@code Stalin} {@code 's}, straight or curly apostrophe); numbers with the language's separators
 * ({@code 1,920,635} and {@code 35.8} in English, {@code 1.920.635} and {@code 35,8} in Italian and
 * Dutch) as one token with their value; ordinals ({@code 20th}, {@code 20°}, {@code 20e}); decades
 * ({@code 1980s}); numeric ranges ({@code 1954–55}); elided years ({@code '80}) and decades ({@code '80s}); abbreviations with
 * their period ({@code Feb.}, {@code A.}, {@code e.g.}); runs of punctuation ({@code ...}).
 *
 * <pre>{@code
 * Tokenizer t = new Tokenizer(LanguageKit.of(Language.EN));
 * t.reset("Stalin's 1,920,635 prisoners", 0, 28);
 * while (t.next()) System.out.println(t.start() + "-" + t.end() + " " + t.type());
 * }</pre>
 *
 * <p>Not thread-safe; create one per thread (cheap).
 */
public final class Tokenizer {
    /** Flag: the token includes an abbreviation's final period. */
    public static final int ABBREVIATION = 1;
    /** Flag: the abbreviation never ends a sentence (title, initial). */
    public static final int ABBREV_TITLE = 1 << 1;
    /** Flag: the abbreviation is a month ("Feb."). */
    public static final int ABBREV_MONTH = 1 << 2;
    /** Flag: an ordinal number ("20th", "20°"). */
    public static final int ORDINAL = 1 << 3;
    /** Flag: a numeric range ("1954–55"). */
    public static final int RANGE = 1 << 4;
    /** Flag: a decade ("1980s"). */
    public static final int DECADE = 1 << 5;
    /** Flag: a clitic split off a word ("'s", "n't", "dell'"). */
    public static final int CLITIC = 1 << 6;
    /** Flag: an elided year ("'80"); with {@link #DECADE} an elided decade ("'80s"). */
    public static final int ELIDED_YEAR = 1 << 7;
    /** Flag: the token contains a hyphen or dash joining parts. */
    public static final int COMPOUND = 1 << 8;
    /** Flag: a number written with group separators ("1,920,635"). */
    public static final int GROUPED = 1 << 9;
    /** Flag: a number with a decimal part. */
    public static final int DECIMAL = 1 << 10;

    private final LanguageKit kit;
    private final char decimal;
    private final char group;
    private final LanguageKit.ApostropheMode apostrophe;

    private CharSequence s;
    private int pos;
    private int limit;

    private int start;
    private int end;
    private TokenType type;
    private int flags;
    private double value;

    // one pending token (the second half of a clitic split)
    private boolean pending;
    private int pStart;
    private int pEnd;
    private int pFlags;

    /** A tokenizer for the language of the kit. */
    public Tokenizer(LanguageKit kit) {
        this.kit = kit;
        this.decimal = kit.decimalSeparator();
        this.group = kit.groupSeparator();
        this.apostrophe = kit.apostropheMode();
    }

    /** The kit this tokenizer follows. */
    public LanguageKit kit() { return kit; }

    /** Starts scanning {@code text[from, to)}. */
    public Tokenizer reset(CharSequence text, int from, int to) {
        this.s = text;
        this.pos = from;
        this.limit = to;
        this.pending = false;
        return this;
    }

    /** Start offset of the current token. */
    public int start() { return start; }

    /** End offset (exclusive) of the current token. */
    public int end() { return end; }

    /** Type of the current token. */
    public TokenType type() { return type; }

    /** Flags of the current token (see the constants). */
    public int flags() { return flags; }

    /** Numeric value of a number token, NaN otherwise. */
    public double value() { return value; }

    /** Advances to the next token; false at the end of the span. */
    public boolean next() {
        if (pending) {
            pending = false;
            set(pStart, pEnd, TokenType.WORD, pFlags, Double.NaN);
            return true;
        }
        int i = pos;
        final int n = limit;
        while (i < n && isSpace(s.charAt(i))) i++;
        if (i >= n) {
            pos = n;
            return false;
        }
        int cp = Character.codePointAt(s, i);
        if (Character.isDigit(cp)) {
            pos = scanNumber(i);
        } else if (isWordStart(cp)) {
            pos = scanWord(i);
        } else if (apostrophe == LanguageKit.ApostropheMode.KEEP && Normalizer.isApostrophe(s.charAt(i)) && isLeadingClitic(i)) {
            // Dutch 's and 't ('s avonds, 't huis, 's-Hertogenbosch): the apostrophe starts the word
            if (i + 3 < limit && isHyphen(s.charAt(i + 2)) && Character.isLetter(s.charAt(i + 3))) {
                pos = scanWord(i + 1);
                start = i;
            } else {
                set(i, i + 2, TokenType.WORD, 0, Double.NaN);
                pos = i + 2;
            }
        } else if (Normalizer.isApostrophe(s.charAt(i)) && isElidedYear(i)) {
            int v = (s.charAt(i + 1) - '0') * 10 + (s.charAt(i + 2) - '0');
            set(i, i + 3, TokenType.NUMBER, ELIDED_YEAR, v);
            pos = i + 3;
        } else if (Normalizer.isApostrophe(s.charAt(i)) && isElidedDecade(i)) {
            // '80s: an elided decade
            int v = (s.charAt(i + 1) - '0') * 10 + (s.charAt(i + 2) - '0');
            set(i, i + 4, TokenType.NUMBER, ELIDED_YEAR | DECADE, v);
            pos = i + 4;
        } else {
            pos = scanPunct(i, cp);
        }
        return true;
    }

    /** An apostrophe starting {@code 's} or {@code 't} as a word of its own. */
    private boolean isLeadingClitic(int i) {
        if (i + 1 >= limit) return false;
        char c = Character.toLowerCase(s.charAt(i + 1));
        if (c != 's' && c != 't') return false;
        if (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) return false;
        return i + 2 >= limit || !Character.isLetterOrDigit(s.charAt(i + 2));
    }

    private boolean isElidedYear(int i) {
        int n = limit;
        if (i + 3 > n) return false;
        if (!isAsciiDigit(s.charAt(i + 1)) || !isAsciiDigit(s.charAt(i + 2))) return false;
        if (i + 3 < n && Character.isLetterOrDigit(s.charAt(i + 3))) return false;
        return i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1));
    }

    /** {@code '80s}: apostrophe, two digits and an {@code s} standing alone. */
    private boolean isElidedDecade(int i) {
        int n = limit;
        if (i + 4 > n) return false;
        if (!isAsciiDigit(s.charAt(i + 1)) || !isAsciiDigit(s.charAt(i + 2)) || s.charAt(i + 3) != 's') return false;
        if (i + 4 < n && Character.isLetterOrDigit(s.charAt(i + 4))) return false;
        return i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1));
    }

    private void set(int st, int en, TokenType t, int fl, double v) {
        start = st;
        end = en;
        type = t;
        flags = fl;
        value = v;
    }

    // ---------------------------------------------------------------------------------------------- words

    private int scanWord(int i) {
        final int n = limit;
        int j = consumeLetters(i);
        int fl = 0;
        while (j < n) {
            char c = s.charAt(j);
            if (Normalizer.isApostrophe(c) && j + 1 < n && (Character.isLetter(s.charAt(j + 1))
                    || apostrophe == LanguageKit.ApostropheMode.ELISION && Character.isDigit(s.charAt(j + 1)))) { // l'8
                int k = consumeLetters(j + 1);
                switch (apostrophe) {
                    case ELISION -> {
                        // the elided article or preposition is a token of its own, apostrophe included
                        set(i, j + 1, TokenType.WORD, fl | CLITIC, Double.NaN);
                        return j + 1;
                    }
                    case SUFFIX_CLITICS -> {
                        String suffix = s.subSequence(j + 1, k).toString().toLowerCase(java.util.Locale.ROOT);
                        boolean atEnd = k >= n || !Character.isLetterOrDigit(s.charAt(k));
                        if (atEnd && kit.clitics().contains(suffix) && j > i) {
                            set(i, j, TokenType.WORD, fl, Double.NaN);
                            queue(j, k, CLITIC);
                            return k;
                        }
                        if (atEnd && suffix.equals("t") && j - 1 > i && (s.charAt(j - 1) == 'n' || s.charAt(j - 1) == 'N')) {
                            set(i, j - 1, TokenType.WORD, fl, Double.NaN);
                            queue(j - 1, k, CLITIC);
                            return k;
                        }
                        j = k; // O'Brien, rock'n'roll
                    }
                    default -> j = k;
                }
            } else if (isHyphen(c) && j + 1 < n && Character.isLetterOrDigit(s.charAt(j + 1)) && j > i) {
                fl |= COMPOUND;
                j = consumeLetters(j + 1);
            } else if (c == '.') {
                int k = abbreviationEnd(i, j);
                if (k > j) {
                    set(i, k, TokenType.WORD, fl | abbreviationFlags(i, k), Double.NaN);
                    return k;
                }
                break;
            } else {
                break;
            }
        }
        if (apostrophe == LanguageKit.ApostropheMode.ELISION && j < n && Normalizer.isApostrophe(s.charAt(j))
                && kit.apocopes().contains(s.subSequence(i, j).toString().toLowerCase(java.util.Locale.ROOT))) {
            j++; // po'
        }
        set(i, j, TokenType.WORD, fl, Double.NaN);
        return j;
    }

    private void queue(int st, int en, int fl) {
        pending = true;
        pStart = st;
        pEnd = en;
        pFlags = fl;
    }

    private int consumeLetters(int j) {
        final int n = limit;
        while (j < n) {
            char c = s.charAt(j);
            if (c < 0x80) {
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) { j++; continue; }
                break;
            }
            int cp = Character.codePointAt(s, j);
            if (Character.isLetterOrDigit(cp) || isMark(cp)) { j += Character.charCount(cp); continue; }
            break;
        }
        return j;
    }

    /**
     * If the period at {@code dot} ends an abbreviation of the word {@code [i, dot)}, the end offset
     * including the abbreviation's final period; otherwise {@code dot}.
     */
    private int abbreviationEnd(int i, int dot) {
        final int n = limit;
        int len = dot - i;
        if (len == 1 && Character.isLetter(s.charAt(i))) {
            // dotted letter sequences: U.S., e.g., d.w.z.
            int k = dot;
            int segments = 1;
            while (k + 2 < n && Character.isLetter(s.charAt(k + 1)) && s.charAt(k + 2) == '.'
                    && (k + 3 >= n || !Character.isLetter(s.charAt(k + 3)))) {
                k += 2;
                segments++;
            }
            if (segments > 1) return k + 1;
            if (Character.isUpperCase(s.charAt(i))) return dot + 1; // an initial: "A. M. Amzad"
            return kit.abbreviation(s.subSequence(i, dot).toString()) != null ? dot + 1 : dot;
        }
        if (len > 12) return dot;
        if (dot + 1 < n && Character.isLetterOrDigit(s.charAt(dot + 1))) return dot; // "sig.ra", "www.x"
        return kit.abbreviation(s.subSequence(i, dot).toString()) != null ? dot + 1 : dot;
    }

    /** Flags of the abbreviation token {@code [i, end)}, which includes its final period. */
    private int abbreviationFlags(int i, int end) {
        String w = s.subSequence(i, end - 1).toString();
        LanguageKit.AbbreviationKind k = kit.abbreviation(w);
        if (k == null) return ABBREVIATION | ABBREV_TITLE; // an initial or a dotted sequence such as U.S.
        return switch (k) {
            case TITLE -> ABBREVIATION | ABBREV_TITLE;
            case MONTH -> ABBREVIATION | ABBREV_MONTH;
            case GENERAL -> ABBREVIATION;
        };
    }

    // -------------------------------------------------------------------------------------------- numbers

    private int scanNumber(int i) {
        final int n = limit;
        int j = i;
        double v = 0;
        int digits = 0;
        while (j < n && isAsciiDigit(s.charAt(j))) {
            v = v * 10 + (s.charAt(j) - '0');
            j++;
            digits++;
        }
        if (digits == 0) {
            // a non-ASCII digit (e.g. Arabic-Indic, or a surrogate pair such as U+1D7CF): consume digits of any script
            while (j < n) {
                int cp = Character.codePointAt(s, j);
                if (!Character.isDigit(cp)) break;
                v = v * 10 + Character.digit(cp, 10);
                j += Character.charCount(cp);
                digits++;
            }
            set(i, j, TokenType.NUMBER, 0, v);
            return j;
        }
        int fl = 0;
        // group separators: exactly three digits after each, first group of one to three digits
        if (digits <= 3) {
            while (j + 4 <= n && s.charAt(j) == group && allDigits(j + 1, j + 4)
                    && (j + 4 >= n || !isAsciiDigit(s.charAt(j + 4)))) {
                for (int k = j + 1; k < j + 4; k++) v = v * 10 + (s.charAt(k) - '0');
                j += 4;
                fl |= GROUPED;
            }
        }
        // decimal part: the language's decimal separator, or the other separator when it cannot be grouping
        if (j + 1 < n && (s.charAt(j) == decimal || s.charAt(j) == group) && isAsciiDigit(s.charAt(j + 1))
                && !(s.charAt(j) == group && (fl & GROUPED) != 0)) {
            char sep = s.charAt(j);
            int k = j + 1;
            while (k < n && isAsciiDigit(s.charAt(k))) k++;
            int fracDigits = k - j - 1;
            boolean ok = sep == decimal || (fracDigits <= 2 && digits <= 3);
            if (ok && (k >= n || !(s.charAt(k) == sep && k + 1 < n && isAsciiDigit(s.charAt(k + 1))))) {
                double f = 0;
                double scale = 1;
                for (int m = j + 1; m < k; m++) {
                    f = f * 10 + (s.charAt(m) - '0');
                    scale *= 10;
                }
                v += f / scale;
                j = k;
                fl |= DECIMAL;
            }
        }
        if (j < n) {
            char c = s.charAt(j);
            if (c == '\u00B0' || c == '\u00BA' || c == '\u00AA') {
                // 20°, 20º, 20ª
                if (j + 1 >= n || !Character.isLetterOrDigit(s.charAt(j + 1))) {
                    set(i, j + 1, TokenType.NUMBER, fl | ORDINAL, v);
                    return j + 1;
                }
            } else if (Character.isLetter(c) && (fl & (GROUPED | DECIMAL)) == 0) {
                int k = consumeLetters(j);
                String suf = s.subSequence(j, k).toString().toLowerCase(java.util.Locale.ROOT);
                if (kit.ordinalSuffixes().contains(suf) || isEnglishOrdinal(v, suf)) {
                    set(i, k, TokenType.NUMBER, fl | ORDINAL, v);
                    return k;
                }
                if (suf.equals("s") && digits == 4) {
                    set(i, k, TokenType.NUMBER, fl | DECADE, v);
                    return k;
                }
                // alphanumeric word such as "3D" or "B2B"
                return scanWordFrom(i, k);
            } else if (isHyphen(c) && (fl & (GROUPED | DECIMAL)) == 0 && j + 1 < n && isAsciiDigit(s.charAt(j + 1))) {
                int k = j + 1;
                while (k < n && isAsciiDigit(s.charAt(k))) k++;
                if (k - j - 1 <= 4 && (k >= n || !Character.isLetterOrDigit(s.charAt(k)))) {
                    set(i, k, TokenType.NUMBER, fl | RANGE, v);
                    return k;
                }
            } else if (c == '\'' || c == '\u2019') {
                // 1980's
                if (j + 1 < n && s.charAt(j + 1) == 's' && digits == 4 && (j + 2 >= n || !Character.isLetter(s.charAt(j + 2)))) {
                    set(i, j + 2, TokenType.NUMBER, fl | DECADE, v);
                    return j + 2;
                }
            }
        }
        set(i, j, TokenType.NUMBER, fl, v);
        return j;
    }

    private int scanWordFrom(int i, int j) {
        set(i, j, TokenType.WORD, 0, Double.NaN);
        return j;
    }

    private static boolean isEnglishOrdinal(double v, String suf) {
        // 1st 2nd 3rd 4th ... 11th 12th 13th 21st 22nd: any number with an English suffix
        return suf.equals("st") || suf.equals("nd") || suf.equals("rd") || suf.equals("th");
    }

    private boolean allDigits(int from, int to) {
        if (to > limit) return false;
        for (int k = from; k < to; k++) if (!isAsciiDigit(s.charAt(k))) return false;
        return true;
    }

    // ---------------------------------------------------------------------------------------- punctuation

    private int scanPunct(int i, int cp) {
        final int n = limit;
        char c = s.charAt(i);
        int j = i + Character.charCount(cp);
        if (c == '.' || c == '!' || c == '?' || c == '-' || c == '=' || c == '*' || c == '_' || c == '~') {
            boolean terminal = c == '!' || c == '?';
            while (j < n) {
                char d = s.charAt(j);
                if (d == c || (terminal && (d == '!' || d == '?'))) j++;
                else break;
            }
        }
        TokenType t = isPunctuation(cp) && !isSymbolLike(cp) ? TokenType.PUNCT : TokenType.SYMBOL;
        set(i, j, t, 0, Double.NaN);
        return j;
    }

    // ---------------------------------------------------------------------------------------- char classes

    /** Whether the char is whitespace for tokenization (including no-break and zero-width spaces). */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F'
                || c == '\u200B' || c == '\uFEFF' || c == '\f' || c == '\u000B'
                || (c > 0x7F && Character.isWhitespace(c));
    }

    private static boolean isWordStart(int cp) {
        return Character.isLetter(cp) || isMark(cp);
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Hyphens and the en dash join compound words and ranges; the em dash does not. */
    public static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013';
    }

    /** Signs that Unicode files under punctuation but corpus tools (and UD) treat as symbols. */
    private static boolean isSymbolLike(int cp) {
        return cp == '%' || cp == '\u2030' || cp == '\u2031' || cp == '#' || cp == '@' || cp == '&' || cp == '\u00A7'
                || cp == '\u2020' || cp == '\u2021' || cp == '*';
    }

    /** Whether a code point is punctuation (Unicode P* categories). */
    public static boolean isPunctuation(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION:
            case Character.DASH_PUNCTUATION:
            case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION:
            case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION:
            case Character.OTHER_PUNCTUATION:
                return true;
            default:
                return false;
        }
    }
}

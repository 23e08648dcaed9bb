package org.parallax.core.text;

import org.apache.lucene.analysis.CharArrayMap;
import org.parallax.core.TokenType;
import org.tartarus.snowball.SnowballStemmer;

import java.util.List;
import java.util.Locale;

/**
 * The tokenizer layer for one language: cuts a block of text into tokens ({@link Tokenizer}), gives
 * each its normalized form, Snowball stem (Lucene's {@code org.tartarus.snowball} stemmers), dictionary
 * lemma and POS guess ({@link Lemmatizer}) and stopword flag (Snowball stopword lists via Lucene), and
 * splits the block into sentences, abbreviation-aware, never across the block's boundary.
 *
 * <p>Lemmas: a stopword is read as the function word it is, in lower case and never as a proper noun
 * ({@code In} &rarr; {@code in}, ADP); a capitalized word the dictionary does not know keeps its surface as
 * lemma and is tagged PROPN. Such words, and capitalized words the dictionary knows only as proper nouns
 * ({@code Even}, {@code Power} are also names in the English dictionary), are flagged
 * {@link #NAME_BY_CAPITAL}; words where a capital says nothing about case (the first word of a sentence,
 * every word of a heading in title case) are flagged {@link #CASE_NEUTRAL}, so that a document-level pass
 * ({@link Truecaser}) can give a name by capital there the reading of the same word written in lower case
 * elsewhere in the document.
 *
 * <p>Words written in capitals ({@link Capitals}: two or more letters, none lower case) are acronyms or names
 * unless something says they are shouted: a stopword is the function word ({@code THE} &rarr; {@code the});
 * in a shouted line (a heading, or a line of two or more words, without a lower-case letter:
 * {@code THE SECRET SPEECH}) a word whose lower-case form the dictionary knows takes that reading
 * ({@code SPEECH} &rarr; {@code speech}, NOUN); every other word in capitals is read as written
 * ({@link Lemmatizer#analysesAsWritten}: {@code KGB}, {@code CPSU}, Italian {@code PCI} stay as they are,
 * PROPN when the dictionary has no other entry for them) and flagged {@link #ALL_CAPS}, so that the
 * document-level pass ({@link Truecaser}) gives it the reading of the same word written in lower case
 * elsewhere in the document ({@code THE CAT met ...} with a {@code cat} elsewhere: {@code cat}, NOUN).
 *
 * <p>Hot path: one scan over the characters, a cache of word forms (a Lucene {@link CharArrayMap}
 * looked up on a reused {@code char[]}, so repeated words cost no allocation and no stemming), and
 * a look-ahead of a few tokens for sentence decisions; memory does not grow with the block's length.
 *
 * <pre>{@code
 * TextAnalyzer a = new TextAnalyzer(LanguageKit.of(Language.EN));
 * a.analyze(text, 0, text.length(), sink);
 * }</pre>
 *
 * <p>Not thread-safe; reuse one per thread across blocks and documents of its language.
 */
public final class TextAnalyzer {
    /**
     * Token flag (above the {@link Tokenizer} flags): a word where a capital letter says nothing about case,
     * the first word of a sentence (after nothing but punctuation or symbols) or any word of a title-case
     * heading.
     */
    public static final int CASE_NEUTRAL = 1 << 20;
    /**
     * Token flag: a capitalized word (not a stopword) read as a proper noun only because of its capital:
     * the dictionary does not know it (its lemma is then its surface) or knows the capitalized form only as
     * a proper noun. Cleared in a document when {@link Truecaser} gives the word the reading of its
     * lower-case occurrences.
     */
    public static final int NAME_BY_CAPITAL = 1 << 21;
    /**
     * Token flag: a word written in capitals ({@link Capitals#isWrittenInCapitals}), not a stopword, read as
     * written, an acronym or a name ({@code KGB}, {@code USSR}, {@code CPSU}): its lemma and UPOS come from
     * the dictionary's entry for the form as written ({@link Lemmatizer#analysesAsWritten}), else it is a
     * proper noun with its surface as lemma. Not set on a word of a shouted line ({@link Capitals#isShoutedLine})
     * whose lower-case form the dictionary knows: that word is read in lower case. Cleared in a document when
     * {@link Truecaser} gives the word the reading of its lower-case occurrences ({@code THE CAT} where the
     * document also writes {@code cat}).
     */
    public static final int ALL_CAPS = 1 << 22;

    private static final int CACHE_LIMIT = 200_000;
    private static final int Q = 16;

    /** Cached per-form data. */
    private record Form(String norm, String stem, boolean stopword, List<Lemmatizer.Analysis> analyses,
                        Lemmatizer.Analysis fixed, boolean onlyNames, boolean allCaps,
                        List<Lemmatizer.Analysis> lowerCase) {}

    private final LanguageKit kit;
    private final Tokenizer tokenizer;
    private final SnowballStemmer stemmer;
    private final Lemmatizer lemmatizer;
    private final boolean lemmatize;
    private final CharArrayMap<Form> cache = new CharArrayMap<>(4096, false);
    private char[] buf = new char[64];

    // look-ahead queue
    private final int[] qs = new int[Q];
    private final int[] qe = new int[Q];
    private final TokenType[] qt = new TokenType[Q];
    private final int[] qf = new int[Q];
    private final double[] qv = new double[Q];
    private int qHead;
    private int qSize;
    private boolean exhausted;

    private CharSequence text;
    private String previousUpos;
    private boolean atSentenceStart;
    private boolean titleCaseBlock;
    private boolean headingBlock;
    private int blockFrom;
    private int blockTo;
    private int shoutedFrom = -1; // the last line looked at by inShoutedLine, and its answer
    private int shoutedTo = -1;
    private boolean shouted;
    private Tokenizer headingScanner;

    /** An analyzer with lemmas. */
    public TextAnalyzer(LanguageKit kit) {
        this(kit, true);
    }

    /** An analyzer; without lemmas when {@code lemmatize} is false (faster: no dictionary lookups). */
    public TextAnalyzer(LanguageKit kit, boolean lemmatize) {
        this.kit = kit;
        this.tokenizer = new Tokenizer(kit);
        this.stemmer = kit.newStemmer();
        this.lemmatize = lemmatize && kit.hasDictionary();
        this.lemmatizer = this.lemmatize ? kit.newLemmatizer() : null;
    }

    /** The language kit. */
    public LanguageKit kit() { return kit; }

    /**
     * Analyzes {@code text[from, to)} as one block: every token goes to the sink, and a sentence end
     * after each sentence (always one after the last token, if there is any).
     */
    public void analyze(CharSequence text, int from, int to, AnalysisSink sink) {
        analyze(text, from, to, false, sink);
    }

    /**
     * Analyzes one block that may be a heading: when {@code heading} is true and the heading is written in
     * title case (every word that is not a stopword starts with a capital: {@code The Secret Speech and
     * De-Stalinization}), all its words are flagged {@link #CASE_NEUTRAL}.
     */
    public void analyze(CharSequence text, int from, int to, boolean heading, AnalysisSink sink) {
        this.text = text;
        titleCaseBlock = heading && isTitleCase(text, from, to);
        headingBlock = heading;
        blockFrom = from;
        blockTo = to;
        shoutedFrom = -1;
        shoutedTo = -1;
        tokenizer.reset(text, from, to);
        qHead = 0;
        qSize = 0;
        exhausted = false;
        previousUpos = null;
        atSentenceStart = true;
        boolean open = false;
        while (fill(1)) {
            int i = qHead;
            emit(i, sink);
            open = true;
            pop();
            int terminal = terminalKind(i);
            if (terminal == NOT_TERMINAL) continue;
            int lastEnd = qe[i];
            // closing quotes and brackets attached to the terminal belong to the sentence
            while (fill(1) && isCloser(qHead) && qs[qHead] == lastEnd) {
                lastEnd = qe[qHead];
                emit(qHead, sink);
                pop();
            }
            if (!fill(1)) break;
            if (startsSentence(qHead, terminal)) {
                sink.sentenceEnd();
                open = false;
                atSentenceStart = true;
                previousUpos = null;
            }
        }
        if (open) sink.sentenceEnd();
        this.text = null;
    }

    /**
     * Whether {@code text[from, to)} is written in title case: at least one word that is not a stopword,
     * and every such word starting with a letter starts with a capital.
     */
    private boolean isTitleCase(CharSequence text, int from, int to) {
        if (headingScanner == null) headingScanner = new Tokenizer(kit);
        headingScanner.reset(text, from, to);
        int capitalized = 0;
        while (headingScanner.next()) {
            if (headingScanner.type() != TokenType.WORD) continue;
            char c = text.charAt(headingScanner.start());
            if (!Character.isLetter(c)) continue;
            String norm = Normalizer.normalize(text.subSequence(headingScanner.start(), headingScanner.end()).toString());
            if (kit.isStopword(norm)) continue;
            if (Character.isLowerCase(c)) return false;
            capitalized++;
        }
        return capitalized > 0;
    }

    private static final int NOT_TERMINAL = 0;
    private static final int PUNCT_TERMINAL = 1;
    private static final int ABBREV_GENERAL = 2;
    private static final int ABBREV_MONTH = 3;

    private int terminalKind(int i) {
        TokenType t = qt[i];
        if (t == TokenType.PUNCT) {
            for (int k = qs[i]; k < qe[i]; k++) {
                char c = text.charAt(k);
                if (c != '.' && c != '!' && c != '?' && c != '\u2026') return NOT_TERMINAL;
            }
            return PUNCT_TERMINAL;
        }
        if (t == TokenType.WORD && (qf[i] & Tokenizer.ABBREVIATION) != 0) {
            if ((qf[i] & Tokenizer.ABBREV_TITLE) != 0) return NOT_TERMINAL;
            return (qf[i] & Tokenizer.ABBREV_MONTH) != 0 ? ABBREV_MONTH : ABBREV_GENERAL;
        }
        return NOT_TERMINAL;
    }

    private boolean startsSentence(int i, int terminal) {
        TokenType t = qt[i];
        char c = text.charAt(qs[i]);
        boolean upperWord = t == TokenType.WORD && (Character.isUpperCase(c) || Character.isTitleCase(c)
                || (Character.isLetter(c) && !Character.isLowerCase(c)));
        if (terminal == ABBREV_GENERAL || terminal == ABBREV_MONTH) return upperWord;
        if (upperWord) return true;
        if (t == TokenType.NUMBER || t == TokenType.SYMBOL) return true;
        if (t == TokenType.PUNCT || t == TokenType.WORD) return isOpener(c); // "(", or a Dutch 's Avonds
        return false;
    }

    private boolean isCloser(int i) {
        if (qt[i] != TokenType.PUNCT || qe[i] - qs[i] != 1) return false;
        char c = text.charAt(qs[i]);
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == '\u00BB' || c == ')' || c == ']' || c == '}'
                || c == '\u203A';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '\'' || c == '\u201C' || c == '\u2018' || c == '\u00AB' || c == '(' || c == '['
                || c == '\u201E' || c == '\u2039' || c == '\u00BF' || c == '\u00A1';
    }

    private boolean fill(int want) {
        while (qSize < want && !exhausted) {
            if (!tokenizer.next()) {
                exhausted = true;
                break;
            }
            int slot = (qHead + qSize) % Q;
            qs[slot] = tokenizer.start();
            qe[slot] = tokenizer.end();
            qt[slot] = tokenizer.type();
            qf[slot] = tokenizer.flags();
            qv[slot] = tokenizer.value();
            qSize++;
        }
        return qSize >= want;
    }

    private void pop() {
        qHead = (qHead + 1) % Q;
        qSize--;
    }

    private void emit(int i, AnalysisSink sink) {
        int s = qs[i];
        int e = qe[i];
        TokenType type = qt[i];
        int len = e - s;
        if (buf.length < len) buf = new char[Math.max(len, buf.length * 2)];
        if (text instanceof String str) {
            str.getChars(s, e, buf, 0);
        } else {
            for (int k = 0; k < len; k++) buf[k] = text.charAt(s + k);
        }
        Form f = cache.get(buf, 0, len);
        if (f == null) {
            f = makeForm(new String(buf, 0, len), type, qf[i]);
            if (cache.size() >= CACHE_LIMIT) cache.clear();
            cache.put(new String(buf, 0, len), f);
        }
        String lemma;
        String upos;
        int flags = qf[i];
        if (type == TokenType.WORD && (atSentenceStart || titleCaseBlock)) flags |= CASE_NEUTRAL;
        switch (type) {
            case NUMBER -> { lemma = f.norm; upos = "NUM"; }
            case PUNCT -> { lemma = f.norm; upos = "PUNCT"; }
            case SYMBOL -> { lemma = f.norm; upos = "SYM"; }
            default -> {
                Lemmatizer.Analysis a;
                if (f.allCaps && !f.lowerCase.isEmpty() && inShoutedLine(s)) {
                    a = Lemmatizer.choose(f.lowerCase, previousUpos, false); // a shouted word: its case says nothing
                } else {
                    a = f.fixed != null ? f.fixed : Lemmatizer.choose(f.analyses, previousUpos, f.stopword);
                    if (f.allCaps) flags |= ALL_CAPS;
                }
                if (a != null) {
                    lemma = a.lemma();
                    upos = a.upos();
                    if (f.onlyNames && !f.stopword && (Character.isUpperCase(buf[0]) || Character.isTitleCase(buf[0]))) {
                        flags |= NAME_BY_CAPITAL;
                    }
                } else if (!lemmatize) {
                    lemma = f.norm;
                    upos = null;
                } else if (!f.stopword && (Character.isUpperCase(buf[0]) || Character.isTitleCase(buf[0]))) {
                    lemma = new String(buf, 0, len);
                    upos = "PROPN";
                    flags |= NAME_BY_CAPITAL;
                } else {
                    lemma = f.norm;
                    upos = "X";
                }
            }
        }
        boolean spaceAfter = e < text.length() && Tokenizer.isSpace(text.charAt(e));
        sink.token(s, e, type, flags, qv[i], f.norm, f.stem, lemma, upos, f.stopword, spaceAfter);
        previousUpos = upos;
        // opening quotes, brackets and symbols may come before the first word
        if (type == TokenType.WORD || type == TokenType.NUMBER) atSentenceStart = false;
    }

    /**
     * Whether the position lies in a shouted line of the current block: the line's part inside the block
     * ({@link Capitals#isShoutedLine}, a heading block counting as a heading). Computed only for words in
     * capitals, and remembered for the last line looked at.
     */
    private boolean inShoutedLine(int pos) {
        if (pos >= shoutedFrom && pos < shoutedTo) return shouted;
        int a = pos;
        while (a > blockFrom && text.charAt(a - 1) != '\n' && text.charAt(a - 1) != '\r') a--;
        int b = pos;
        while (b < blockTo && text.charAt(b) != '\n' && text.charAt(b) != '\r') b++;
        shoutedFrom = a;
        shoutedTo = b;
        shouted = Capitals.isShoutedLine(text, a, b, headingBlock);
        return shouted;
    }

    private Form makeForm(String surface, TokenType type, int flags) {
        String norm = Normalizer.normalize(surface);
        if (type != TokenType.WORD) return new Form(norm, norm, false, List.of(), null, false, false, List.of());
        boolean clitic = (flags & Tokenizer.CLITIC) != 0;
        boolean stop = kit.isStopword(norm) || (clitic && kit.apostropheMode() == LanguageKit.ApostropheMode.SUFFIX_CLITICS);
        String stem = stem(norm);
        Lemmatizer.Analysis fixed = kit.lemmaOverride(norm);
        boolean allCaps = !stop && fixed == null && Capitals.isWrittenInCapitals(surface);
        List<Lemmatizer.Analysis> analyses = !lemmatize || fixed != null ? List.of()
                : stop ? lemmatizer.functionWordAnalyses(surface)
                : allCaps ? lemmatizer.analysesAsWritten(surface) : lemmatizer.analyses(surface);
        List<Lemmatizer.Analysis> lowerCase = allCaps && lemmatize
                ? lemmatizer.analyses(surface.toLowerCase(Locale.ROOT)) : List.of();
        boolean onlyNames = !analyses.isEmpty();
        for (Lemmatizer.Analysis a : analyses) onlyNames &= "PROPN".equals(a.upos());
        return new Form(norm, stem, stop, analyses, fixed, onlyNames, allCaps, lowerCase);
    }

    private String stem(String norm) {
        if (stemmer == null) return norm;
        if (norm.indexOf('\'') >= 0 && (norm.endsWith("'") || norm.startsWith("'"))) return norm; // dell' 's
        if (norm.indexOf('-') > 0) {
            StringBuilder sb = new StringBuilder(norm.length());
            int from = 0;
            for (int i = 0; i <= norm.length(); i++) {
                if (i == norm.length() || norm.charAt(i) == '-') {
                    if (sb.length() > 0) sb.append('-');
                    sb.append(stemOne(norm.substring(from, i)));
                    from = i + 1;
                }
            }
            return sb.toString();
        }
        return stemOne(norm);
    }

    private String stemOne(String w) {
        if (w.isEmpty()) return w;
        stemmer.setCurrent(w);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}

package org.parallax.core;

import org.parallax.core.text.AnalysisSink;
import org.parallax.core.text.Lemmatizer;
import org.parallax.core.text.TextAnalyzer;
import org.parallax.core.text.Truecaser;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.RandomAccess;
import java.util.Set;

/**
 * The tokens of a document in primitive columns: offsets, sentence, block and type as {@code int} and
 * {@code byte} arrays, the string layers as shared (per-document interned) references: each string
 * column is an {@code int[]} of indexes into one pool of the document's distinct strings, so that a large
 * document has no large array of references (G1 on JDK 17 reclaims a dead humongous {@code int[]} at the
 * next young collection, a dead humongous {@code String[]} only after a full marking cycle). Hot paths read
 * columns directly ({@link #norm(int)}, {@link #stem(int)} ...) without creating {@link Token} records;
 * {@link Document#tokens()} gives the friendly record view.
 *
 * <pre>{@code
 * TokenTable t = doc.tokenTable();
 * for (int i = 0; i < t.size(); i++) if (t.isWord(i) && !t.isStopword(i)) count(t.lemma(i));
 * }</pre>
 *
 * <p>Immutable once built; safe to share between threads.
 */
public final class TokenTable {
    private static final byte STOP = 1;
    private static final byte SPACE_AFTER = 2;
    private static final byte BOILERPLATE = 4;
    private static final TokenType[] TYPES = TokenType.values();

    private final int size;
    private final int[] start;
    private final int[] end;
    private final int[] sentence;
    private final int[] block;
    private final byte[] type;
    private final byte[] bits;
    private final int[] flags;
    private final double[] value;
    private final String[] pool; // distinct strings; index 0 is null
    private final int[] norm;
    private final int[] stem;
    private final int[] lemma;
    private final int[] upos;

    private TokenTable(Builder b) {
        this.size = b.size;
        this.start = Arrays.copyOf(b.start, size);
        this.end = Arrays.copyOf(b.end, size);
        this.sentence = Arrays.copyOf(b.sentence, size);
        this.block = Arrays.copyOf(b.block, size);
        this.type = Arrays.copyOf(b.type, size);
        this.bits = Arrays.copyOf(b.bits, size);
        this.flags = Arrays.copyOf(b.flags, size);
        this.value = Arrays.copyOf(b.value, size);
        this.pool = Arrays.copyOf(b.pool, b.poolSize);
        this.norm = Arrays.copyOf(b.norm, size);
        this.stem = Arrays.copyOf(b.stem, size);
        this.lemma = Arrays.copyOf(b.lemma, size);
        this.upos = Arrays.copyOf(b.upos, size);
    }

    /** Number of tokens. */
    public int size() { return size; }

    /** Start offset of token {@code i}. */
    public int start(int i) { return start[i]; }

    /**
     * The first token that starts at or after a character offset ({@link #size()} if none), by binary
     * search over the start offsets, which increase with the token index.
     */
    public int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** End offset of token {@code i}. */
    public int end(int i) { return end[i]; }

    /** Sentence index of token {@code i}. */
    public int sentence(int i) { return sentence[i]; }

    /** Block index of token {@code i}. */
    public int block(int i) { return block[i]; }

    /** Type of token {@code i}. */
    public TokenType type(int i) { return TYPES[type[i]]; }

    /** Whether token {@code i} is a word. */
    public boolean isWord(int i) { return type[i] == 0; }

    /** Whether token {@code i} is a number. */
    public boolean isNumber(int i) { return type[i] == 1; }

    /** Whether token {@code i} is a stopword. */
    public boolean isStopword(int i) { return (bits[i] & STOP) != 0; }

    /** Whether whitespace follows token {@code i}. */
    public boolean spaceAfter(int i) { return (bits[i] & SPACE_AFTER) != 0; }

    /** Whether token {@code i} is in a boilerplate block. */
    public boolean isBoilerplate(int i) { return (bits[i] & BOILERPLATE) != 0; }

    /** {@link org.parallax.core.text.Tokenizer} flags of token {@code i}. */
    public int flags(int i) { return flags[i]; }

    /** Numeric value of token {@code i} (NaN for non-numbers). */
    public double value(int i) { return value[i]; }

    /** Normalized form of token {@code i}. */
    public String norm(int i) { return pool[norm[i]]; }

    /** Stem of token {@code i}. */
    public String stem(int i) { return pool[stem[i]]; }

    /** Lemma of token {@code i}. */
    public String lemma(int i) { return pool[lemma[i]]; }

    /** Universal POS guess of token {@code i}, or null. */
    public String upos(int i) { return pool[upos[i]]; }

    /** The value of a layer for token {@code i}. */
    public String layer(Layer layer, int i, String text) {
        return switch (layer) {
            case SURFACE -> text.substring(start[i], end[i]);
            case NORM -> norm(i);
            case STEM -> stem(i);
            case LEMMA -> lemma(i);
        };
    }

    /**
     * One line: the number of tokens by type, how many are in boilerplate, sentences and blocks, and the
     * layers present ({@code TokenTable: 590 tokens (526 words, 12 numbers, 52 punctuation or symbols),
     * 16 sentences in 6 blocks; layers surface, norm, stem, lemma, upos}); without lemmas the lemma layer is
     * the norm and there is no UPOS.
     */
    @Override
    public String toString() {
        int words = 0;
        int numbers = 0;
        int boilerplate = 0;
        boolean pos = false;
        for (int i = 0; i < size; i++) {
            if (isWord(i)) {
                words++;
                pos |= upos[i] != 0; // without lemmas words have no UPOS (punctuation and numbers always do)
            } else if (isNumber(i)) {
                numbers++;
            }
            if (isBoilerplate(i)) boilerplate++;
        }
        int sentences = size == 0 ? 0 : sentence[size - 1] + 1;
        int blocks = 0;
        for (int i = 0; i < size; i++) if (i == 0 || block[i] != block[i - 1]) blocks++;
        return "TokenTable: " + count(size, "token") + " (" + count(words, "word") + ", " + count(numbers, "number") + ", "
                + (size - words - numbers) + " punctuation or symbols" + (boilerplate > 0 ? "; " + boilerplate + " in boilerplate" : "")
                + "), " + count(sentences, "sentence") + " in " + count(blocks, "block") + "; layers surface, norm, stem, "
                + (pos ? "lemma, upos" : "lemma (= norm: no lemmas)");
    }

    private static String count(int n, String noun) { return n + " " + noun + (n == 1 ? "" : "s"); }

    /** Token {@code i} as a record; {@code lineStarts} maps offsets to lines. */
    Token token(int i, String text, LineLookup lines) {
        return new Token(i, text.substring(start[i], end[i]), norm(i), stem(i), lemma(i), upos(i), type(i),
                isStopword(i), spaceAfter(i), start[i], end[i], sentence[i], block[i], lines.lineOf(start[i]),
                isBoilerplate(i), value[i]);
    }

    /** Maps an offset to a 1-based line. */
    interface LineLookup {
        int lineOf(int offset);
    }

    /** A read-only list view of records over a range of tokens. */
    List<Token> asList(String text, LineLookup lines, int from, int to) {
        return new TokenList(text, lines, from, to);
    }

    private final class TokenList extends AbstractList<Token> implements RandomAccess {
        private final String text;
        private final LineLookup lines;
        private final int from;
        private final int to;

        TokenList(String text, LineLookup lines, int from, int to) {
            this.text = text;
            this.lines = lines;
            this.from = from;
            this.to = to;
        }

        @Override
        public Token get(int index) {
            if (index < 0 || index >= to - from) throw new IndexOutOfBoundsException(index);
            return token(from + index, text, lines);
        }

        @Override
        public int size() { return to - from; }
    }

    /** Collects tokens and sentence ends from the analyzer into columns; also builds the sentence list. */
    static final class Builder implements AnalysisSink {
        int size;
        int[] start = new int[256];
        int[] end = new int[256];
        int[] sentence = new int[256];
        int[] block = new int[256];
        byte[] type = new byte[256];
        byte[] bits = new byte[256];
        int[] flags = new int[256];
        double[] value = new double[256];
        int[] norm = new int[256];
        int[] stem = new int[256];
        int[] lemma = new int[256];
        int[] upos = new int[256];
        // the pool of distinct strings (index 0: null) and each string's index
        String[] pool = new String[256];
        int poolSize = 1;

        int currentBlock;
        boolean currentBoilerplate;
        int sentenceCount;
        int sentenceFirstToken;
        // sentences as (block, firstToken, endToken)
        int[] sBlock = new int[64];
        int[] sFirst = new int[64];
        int[] sEnd = new int[64];

        private final java.util.HashMap<String, Integer> ids = new java.util.HashMap<>();

        void startBlock(int blockIndex, boolean boilerplate) {
            currentBlock = blockIndex;
            currentBoilerplate = boilerplate;
            sentenceFirstToken = size;
        }

        /** The pool index of a string (0 for null), adding the string on first sight. */
        private int in(String s) {
            if (s == null) return 0;
            Integer id = ids.get(s);
            if (id != null) return id;
            if (poolSize == pool.length) pool = Arrays.copyOf(pool, poolSize * 2);
            pool[poolSize] = s;
            ids.put(s, poolSize);
            return poolSize++;
        }

        @Override
        public void token(int st, int en, TokenType t, int fl, double v, String n, String sm, String lm, String up,
                          boolean stop, boolean space) {
            if (size == start.length) grow();
            start[size] = st;
            end[size] = en;
            sentence[size] = sentenceCount;
            block[size] = currentBlock;
            type[size] = (byte) t.ordinal();
            bits[size] = (byte) ((stop ? STOP : 0) | (space ? SPACE_AFTER : 0) | (currentBoilerplate ? BOILERPLATE : 0));
            flags[size] = fl;
            value[size] = v;
            norm[size] = in(n);
            stem[size] = in(sm);
            lemma[size] = in(lm);
            upos[size] = in(up);
            size++;
        }

        @Override
        public void sentenceEnd() {
            if (sentenceCount == sBlock.length) {
                sBlock = Arrays.copyOf(sBlock, sentenceCount * 2);
                sFirst = Arrays.copyOf(sFirst, sentenceCount * 2);
                sEnd = Arrays.copyOf(sEnd, sentenceCount * 2);
            }
            sBlock[sentenceCount] = currentBlock;
            sFirst[sentenceCount] = sentenceFirstToken;
            sEnd[sentenceCount] = size;
            sentenceCount++;
            sentenceFirstToken = size;
        }

        private void grow() {
            int n = start.length * 2;
            start = Arrays.copyOf(start, n);
            end = Arrays.copyOf(end, n);
            sentence = Arrays.copyOf(sentence, n);
            block = Arrays.copyOf(block, n);
            type = Arrays.copyOf(type, n);
            bits = Arrays.copyOf(bits, n);
            flags = Arrays.copyOf(flags, n);
            value = Arrays.copyOf(value, n);
            norm = Arrays.copyOf(norm, n);
            stem = Arrays.copyOf(stem, n);
            lemma = Arrays.copyOf(lemma, n);
            upos = Arrays.copyOf(upos, n);
        }

        /**
         * Document-level truecasing ({@link Truecaser}): a name by capital where its capital says nothing takes
         * the reading of the same word written in lower case in the document's content (boilerplate is no
         * evidence), and so does a word in capitals read as written; its {@link TextAnalyzer#NAME_BY_CAPITAL} and
         * {@link TextAnalyzer#ALL_CAPS} flags are then cleared.
         */
        void truecase(String text) {
            Set<String> wanted = new HashSet<>();
            for (int i = 0; i < size; i++) if (Truecaser.isCandidate(flags[i])) wanted.add(pool[norm[i]]);
            if (wanted.isEmpty()) return;
            Truecaser tc = new Truecaser();
            for (int i = 0; i < size; i++) {
                String n = pool[norm[i]];
                if ((bits[i] & BOILERPLATE) == 0 && wanted.contains(n)) {
                    tc.observe(TYPES[type[i]], text.charAt(start[i]), n, pool[lemma[i]], pool[upos[i]]);
                }
            }
            for (int i = 0; i < size; i++) {
                if (!Truecaser.isCandidate(flags[i])) continue;
                Lemmatizer.Analysis r = tc.reading(pool[norm[i]]);
                if (r == null) continue;
                lemma[i] = in(r.lemma());
                upos[i] = in(r.upos());
                flags[i] &= ~Truecaser.CLEARED;
            }
        }

        TokenTable build() { return new TokenTable(this); }
    }
}

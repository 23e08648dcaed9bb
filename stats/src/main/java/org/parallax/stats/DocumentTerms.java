package org.parallax.stats;

import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.TokenTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A document as a sequence of term ids (the tokens a {@link TokenSelection} counts), with the sentence
 * and the token index of each: the input of every counting statistic. Built for a whole corpus with one
 * shared {@link TermDictionary}.
 *
 * <p>Immutable: the constructor copies the arrays, and {@link #terms()}, {@link #sentence()} and
 * {@link #token()} return copies (use {@link #term(int)}, {@link #sentence(int)} and {@link #token(int)} to
 * read single values without copying). Two instances are equal when their id and arrays are.
 *
 * <pre>{@code
 * TermDictionary dict = new TermDictionary();
 * List<DocumentTerms> docs = DocumentTerms.of(Corpus.seeds(), TokenSelection.defaults(), dict);
 * docs.get(0).size();                      // 529 counted tokens in it-destalinizzazione
 * dict.term(docs.get(0).term(0));          // "la": the first counted token's term
 * System.out.println(docs.get(0));         // a summary line and the first counted tokens
 * }</pre>
 *
 * @param doc      document id
 * @param terms    term ids of the counted tokens, in text order
 * @param sentence sentence index of each counted token
 * @param token    index of each counted token in the document's {@link TokenTable}
 */
public record DocumentTerms(String doc, int[] terms, int[] sentence, int[] token) {
    /** Validates and copies the arrays. */
    public DocumentTerms {
        Objects.requireNonNull(doc, "doc");
        terms = Objects.requireNonNull(terms, "terms").clone();
        sentence = Objects.requireNonNull(sentence, "sentence").clone();
        token = Objects.requireNonNull(token, "token").clone();
        if (sentence.length != terms.length || token.length != terms.length) {
            throw new IllegalArgumentException("terms, sentence and token differ in length: " + terms.length + ", "
                    + sentence.length + ", " + token.length);
        }
    }

    /** Number of counted tokens. */
    public int size() { return terms.length; }

    /** A copy of the term ids of the counted tokens. */
    @Override
    public int[] terms() { return terms.clone(); }

    /** A copy of the sentence indexes of the counted tokens. */
    @Override
    public int[] sentence() { return sentence.clone(); }

    /** A copy of the token indexes of the counted tokens. */
    @Override
    public int[] token() { return token.clone(); }

    /** The term id of counted token {@code i}. */
    public int term(int i) { return terms[i]; }

    /** The sentence index of counted token {@code i}. */
    public int sentence(int i) { return sentence[i]; }

    /** The token index (in the document's {@link TokenTable}) of counted token {@code i}. */
    public int token(int i) { return token[i]; }

    /** The counted tokens of one document. */
    public static DocumentTerms of(Document d, TokenSelection sel, TermDictionary dict) {
        TokenTable t = d.tokenTable();
        int n = t.size();
        int[] terms = new int[n];
        int[] sent = new int[n];
        int[] tok = new int[n];
        int m = 0;
        String text = d.text();
        for (int i = 0; i < n; i++) {
            String term = sel.term(t, i, text);
            if (term == null) continue;
            terms[m] = dict.add(term);
            sent[m] = t.sentence(i);
            tok[m] = i;
            m++;
        }
        return new DocumentTerms(d.id(), Arrays.copyOf(terms, m), Arrays.copyOf(sent, m), Arrays.copyOf(tok, m));
    }

    /** The counted tokens of every document of a corpus, with one dictionary (unmodifiable). */
    public static List<DocumentTerms> of(Corpus corpus, TokenSelection sel, TermDictionary dict) {
        List<DocumentTerms> out = new ArrayList<>(corpus.size());
        for (Document d : corpus) out.add(of(d, sel, dict));
        return List.copyOf(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentTerms x && doc.equals(x.doc) && Arrays.equals(terms, x.terms)
                && Arrays.equals(sentence, x.sentence) && Arrays.equals(token, x.token);
    }

    @Override
    public int hashCode() {
        return Objects.hash(doc, Arrays.hashCode(terms), Arrays.hashCode(sentence), Arrays.hashCode(token));
    }

    /** Rows shown by {@link #toString()}. */
    private static final int SHOWN = 5;

    /**
     * A summary line (counted tokens, distinct term ids, sentences) and the first counted tokens as a table
     * {@code i, token, sentence, term}.
     */
    @Override
    public String toString() {
        long distinctTerms = Arrays.stream(terms).distinct().count();
        long sentences = Arrays.stream(sentence).distinct().count();
        String nl = System.lineSeparator();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "DocumentTerms %s: %d counted tokens, %d distinct term ids, %d sentences", doc, terms.length, distinctTerms, sentences));
        if (terms.length == 0) return sb.toString();
        int shown = Math.min(SHOWN, terms.length);
        int w = "sentence".length();
        for (int i = 0; i < shown; i++) w = Math.max(w, String.valueOf(Math.max(token[i], terms[i])).length());
        String row = "%" + w + "s  %" + w + "s  %" + w + "s  %" + w + "s";
        sb.append(nl).append(String.format(Locale.ROOT, row, "i", "token", "sentence", "term"));
        for (int i = 0; i < shown; i++) sb.append(nl).append(String.format(Locale.ROOT, row, i, token[i], sentence[i], terms[i]));
        if (terms.length > shown) sb.append(nl).append("... ").append(terms.length - shown).append(" more");
        return sb.toString();
    }
}
